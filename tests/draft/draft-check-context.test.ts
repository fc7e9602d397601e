import { draftCheckContext, surfaceOf, type DraftSituation } from '../../utils/draft/draft-check-context';
import { PolicySchema } from '../../utils/policy';
import { electrolyserItem } from '../stores/panel-fakes';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const situation: DraftSituation = {
  platform: 'linkedin',
  composerKind: 'comment',
  preferences: { policy: PolicySchema.parse({ companyDomains: ['alpinea.example'] }), locale: 'fr', timeZone: 'Europe/Paris', disclosure: null },
  items: [{ ...electrolyserItem, id: 'helio', embargoUntil: '2026-12-03T08:00:00Z' }, electrolyserItem],
  linkedItem: electrolyserItem,
  dismissed: [],
  now: NOW,
};

test.each([
  ['post', 'post'],
  ['reply', 'post'],
  ['comment', 'comment'],
] as const)('a %s is checked as a %s', (kind, surface) => {
  expect(surfaceOf(kind)).toBe(surface);
});

test('the checks get the site, the person\'s language and zone, the items under embargo and what the draft shares', () => {
  const context = draftCheckContext(situation);
  expect(context).toMatchObject({ platform: 'linkedin', locale: 'fr', timeZone: 'Europe/Paris', surface: 'comment', now: NOW });
  expect(context.embargoedItems?.map((item) => item.embargoUntil)).toEqual(['2026-12-03T08:00:00Z']);
  expect(context.companyContent).toMatchObject({ sharesItem: true, disclosure: null });
  expect(context.companyContent?.companyHosts).toEqual(expect.arrayContaining(['alpinea.example', 'newsroom.alpinea.example']));
  expect(context).not.toHaveProperty('attachments');
});

test('attachments are passed only when given (the Publish hold never reads them)', () => {
  expect(draftCheckContext(situation, [{ kind: 'image' }]).attachments).toEqual([{ kind: 'image' }]);
});
