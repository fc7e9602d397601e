import { holdFindings } from '../../utils/draft/hold-findings';
import type { DraftSituation } from '../../utils/draft/draft-check-context';
import { PolicySchema } from '../../utils/policy';

const situation = (dismissed: string[] = []): DraftSituation => ({
  platform: 'x',
  composerKind: 'post',
  preferences: { policy: PolicySchema.parse({ codenames: ['Orion'] }), locale: 'en', disclosure: null },
  items: [],
  linkedItem: null,
  dismissed,
  now: Date.parse('2026-12-02T10:00:00Z'),
});

test('a secret and a codename hold a Publish, in display order', () => {
  const text = 'Orion uses key AKIAZ7XQ4N2M5P8R3T6W';
  expect(holdFindings(text, situation()).map((finding) => finding.category)).toEqual(['codename', 'secret']);
});

test('hygiene findings never hold, however loud', () => {
  expect(holdFindings('ALL CAPS IS NOT A SECRET BUT IT IS LOUD AND ANNOYING TO READ #a #b #c #d #e #f', situation())).toEqual([]);
});

test('a finding the person marked "Not a secret" does not hold', () => {
  expect(holdFindings('Orion ships next week', situation(['codename:orion']))).toEqual([]);
});
