import type { Attachment, CheckContext } from '../checks/types';
import { companyCheckContext } from '../feed/company-context';
import type { FeedItem } from '../feed/feed-item';
import type { Platform } from '../platform';
import type { ComposerKind } from '../platforms/types';
import type { PanelPreferences } from '../preferences';

/** Where a draft is written and what it is checked against at one moment, as plain data. */
export interface DraftSituation {
  platform: Platform;
  composerKind: ComposerKind;
  preferences: Pick<PanelPreferences, 'policy' | 'locale' | 'timeZone' | 'disclosure'>;
  /** Every company item known, embargoed and expired ones included (their links are what leaks). */
  items: readonly FeedItem[];
  /** The company item the draft shares, if any. */
  linkedItem: FeedItem | null;
  /** Keys (findingKey) of findings the person marked "Not a secret" for this draft. */
  dismissed: readonly string[];
  now: number;
}

/** Comments have their own limits; a reply is a post as far as counting and checks go. */
export function surfaceOf(composerKind: ComposerKind): 'post' | 'comment' {
  return composerKind === 'comment' ? 'comment' : 'post';
}

/** What the checks are run with for a draft in this situation. */
export function draftCheckContext(situation: DraftSituation, attachments?: readonly Attachment[]): CheckContext {
  const { platform, composerKind, preferences, items, linkedItem, now } = situation;
  return {
    platform,
    policy: preferences.policy,
    locale: preferences.locale,
    ...(attachments ? { attachments } : {}),
    surface: surfaceOf(composerKind),
    now,
    timeZone: preferences.timeZone,
    ...companyCheckContext({ items, linkedItem, disclosure: preferences.disclosure, companyDomains: preferences.policy.companyDomains, now }),
  };
}
