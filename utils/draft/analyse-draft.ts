import { runChecks, sortFindings } from '../checks';
import type { Attachment, Finding } from '../checks/types';
import type { FeedItem } from '../feed/feed-item';
import { nextPublishingChange } from '../feed/publishing-window';
import type { RankedItem, Ranker } from '../feed/rank-items';
import { suggestItems } from '../feed/suggest-items';
import type { PanelPreferences } from '../preferences';
import { analyseVoice, type VoiceAnalysis } from '../voice';
import { draftCheckContext, type DraftSituation } from './draft-check-context';
import { withoutDismissed } from './finding-key';

export interface DraftAnalysisInput extends DraftSituation {
  text: string;
  preferences: DraftSituation['preferences'] & Pick<PanelPreferences, 'goals' | 'interests'>;
  attachments: readonly Attachment[];
  /** Ranker over `items`; null until the feed is loaded (no suggestions then). */
  ranker: Ranker | null;
  sharedItemIds: readonly string[];
}

/** What the panel shows about a draft at one moment. */
export interface DraftAnalysis {
  /** Check findings, in display order, without the ones the person dismissed. */
  findings: Finding[];
  voice: VoiceAnalysis;
  suggestions: RankedItem[];
  /** When an embargo lifts or an item expires, changing this analysis with no edit (ms), or null. */
  staleAt: number | null;
}

/** The company's words the draft is compared with to see whose voice it is in. */
function companyTexts(linkedItem: FeedItem | null): string[] {
  return linkedItem ? [linkedItem.title, linkedItem.summary, linkedItem.suggestedCaption ?? ''].filter(Boolean) : [];
}

/** Checks, voice and suggestions for a draft: everything the panel derives from the text and its situation. */
export function analyseDraft(input: DraftAnalysisInput): DraftAnalysis {
  const { text, preferences, linkedItem, items, now } = input;
  const findings = sortFindings(withoutDismissed(runChecks(text, draftCheckContext(input, input.attachments)), input.dismissed, text));
  const voice = analyseVoice(text, { companyTexts: companyTexts(linkedItem), goals: preferences.goals, locale: preferences.locale });
  const suggestions = input.ranker
    ? suggestItems(input.ranker, { items, draft: text, interests: preferences.interests, sharedItemIds: input.sharedItemIds, locale: preferences.locale, linkedItem, now })
    : [];
  return { findings, voice, suggestions, staleAt: nextPublishingChange(items, now) };
}
