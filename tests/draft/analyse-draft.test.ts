import { analyseDraft, type DraftAnalysisInput } from '../../utils/draft/analyse-draft';
import type { FeedItem } from '../../utils/feed/feed-item';
import { PolicySchema } from '../../utils/policy';
import { electrolyserItem, hiringItem } from '../stores/panel-fakes';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const EMBARGO_END = Date.parse('2026-12-03T08:00:00Z');
const acquisition: FeedItem = { ...hiringItem, id: 'helio', title: 'Alpinéa to acquire Helio Storage', url: 'https://newsroom.alpinea.example/helio', embargoUntil: new Date(EMBARGO_END).toISOString() };
const items = [acquisition, electrolyserItem, hiringItem];

function input(text: string, over: Partial<DraftAnalysisInput> = {}): DraftAnalysisInput {
  return {
    text,
    platform: 'linkedin',
    composerKind: 'post',
    preferences: { policy: PolicySchema.parse({ codenames: ['Orion'] }), locale: 'en', disclosure: null, goals: [], interests: [] },
    items,
    linkedItem: null,
    dismissed: [],
    now: NOW,
    attachments: [],
    ...over,
  };
}

test('findings come in display order, without the dismissed ones', () => {
  const text = 'Orion is LIVE!!! See https://example.com/?utm_source=x';
  const categories = analyseDraft(input(text)).findings.map((finding) => finding.category);
  expect(categories[0]).toBe('codename');
  expect(categories).toContain('tracking_link');
  expect(analyseDraft(input(text, { dismissed: ['codename:orion'] })).findings.map((finding) => finding.category)).not.toContain('codename');
});

test('an attachment without alt text is flagged from the attachments given', () => {
  const findings = analyseDraft(input('Our new site', { attachments: [{ kind: 'image' }] })).findings;
  expect(findings.map((finding) => finding.category)).toContain('alt_text');
});

test('a draft that only repeats the linked item asks for the person\'s take', () => {
  const text = `${electrolyserItem.suggestedCaption} ${electrolyserItem.url}`;
  expect(analyseDraft(input(text, { linkedItem: electrolyserItem })).voice.needsTake).toBe(true);
  expect(analyseDraft(input(text)).voice.companyShare).toBe(0);
});

test('the analysis goes stale when the embargo lifts, and never without one', () => {
  expect(analyseDraft(input('')).staleAt).toBe(EMBARGO_END);
  expect(analyseDraft(input('', { items: [electrolyserItem] })).staleAt).toBeNull();
});
