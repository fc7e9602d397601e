import { runChecks, sortFindings } from '../checks';
import type { Attachment, Finding } from '../checks/types';
import type { FeedItem } from '../feed/feed-item';
import { nextPublishingChange } from '../feed/publishing-window';
import type { PanelPreferences } from '../preferences';
import { analyseVoice, type VoiceAnalysis } from '../voice';
import { draftCheckContext, type DraftSituation } from './draft-check-context';
import { withoutDismissed } from './finding-key';

export interface DraftAnalysisInput extends DraftSituation {
  text: string;
  preferences: DraftSituation['preferences'] & Pick<PanelPreferences, 'goals' | 'interests'>;
  attachments: readonly Attachment[];
}

/** What the panel shows about a draft at one moment. */
export interface DraftAnalysis {
  /** Check findings, in display order, without the ones the person dismissed. */
  findings: Finding[];
  voice: VoiceAnalysis;
  /** When an embargo lifts or an item expires, changing this analysis with no edit (ms), or null. */
  staleAt: number | null;
}

/** The company's words the draft is compared with to see whose voice it is in. */
function companyTexts(linkedItem: FeedItem | null): string[] {
  return linkedItem ? [linkedItem.title, linkedItem.summary, linkedItem.suggestedCaption ?? ''].filter(Boolean) : [];
}

/** Checks and voice for a draft: what the panel derives from the text and its situation (the background ranks suggestions). */
export function analyseDraft(input: DraftAnalysisInput): DraftAnalysis {
  const { text, preferences, linkedItem, items, now } = input;
  const findings = sortFindings(withoutDismissed(runChecks(text, draftCheckContext(input, input.attachments)), input.dismissed, text));
  const voice = analyseVoice(text, { companyTexts: companyTexts(linkedItem), goals: preferences.goals, locale: preferences.locale });
  return { findings, voice, staleAt: nextPublishingChange(items, now) };
}
