import { disclosure } from '../../utils/checks/disclosure';
import type { CompanyContent } from '../../utils/checks/types';
import type { Platform } from '../../utils/platform';
import { resolveDisclosure } from '../../utils/policy/disclosure';
import { context, spans } from './helpers';

const company = (overrides: Partial<CompanyContent> = {}): CompanyContent => ({
  disclosure: resolveDisclosure({ disclosureByLanguage: { en: 'I work at Alpinéa.', fr: 'Je travaille chez Alpinéa.' } }),
  sharesItem: false,
  companyHosts: ['alpinea.example'],
  ...overrides,
});
const check = (text: string, content = company(), platform: Platform = 'linkedin') =>
  disclosure.check(text, context({ platform, companyContent: content }));

describe('disclosure', () => {

  test.each([
    'Proud of this launch https://newsroom.alpinea.example/en/launch',
    'Read this: www.alpinea.example/careers and apply',
    'Great news from the team at http://ALPINEA.example',
  ])('flags a link to the company %s', (text) => {
    expect(spans(disclosure, text, { companyContent: company() })).toHaveLength(1);
  });

  test.each([
    'Proud of this launch https://newsroom.alpinea.example/en/launch\n\nI work at Alpinéa.',
    'i WORK at   alpinea — https://alpinea.example',
    'Je travaille chez ALPINEA ! https://alpinea.example',
    'A link elsewhere: https://example.org/alpinea.example',
    'No link at all, just words about energy.',
  ])('passes %s', (text) => {
    expect(spans(disclosure, text, { companyContent: company() })).toEqual([]);
  });

  test('an inserted company item needs it even without a company link', () => {
    expect(check('My take on this news.', company({ sharesItem: true }))).toHaveLength(1);
    expect(check('My take on this news.', company({ sharesItem: false }))).toEqual([]);
  });

  test('nothing to say when neither the company nor the person set a line', () => {
    expect(check('https://alpinea.example', company({ disclosure: null }))).toEqual([]);
  });

  test('the fix appends the line in the post’s language, after a blank line, replacing trailing space', () => {
    const english = 'We are hiring and this is the place to be https://alpinea.example/jobs  \n';
    const [found] = check(english);
    expect(found?.fix).toBe('\n\nI work at Alpinéa.');
    expect(english.slice(0, found!.start) + found!.fix).toBe('We are hiring and this is the place to be https://alpinea.example/jobs\n\nI work at Alpinéa.');
    const french = 'Nous recrutons et je suis fier de cette équipe https://alpinea.example/emploi';
    expect(check(french)[0]?.fix).toBe('\n\nJe travaille chez Alpinéa.');
  });

  test('unclear language: the shared item’s language, then the interface’s', () => {
    expect(check('https://alpinea.example', company({ itemLanguage: 'fr-FR' }))[0]?.fix).toBe('\n\nJe travaille chez Alpinéa.');
    expect(check('https://alpinea.example')[0]?.fix).toBe('\n\nI work at Alpinéa.');
  });

  test('on X, says when the line would not fit the weighted limit', () => {
    const long = `${'a'.repeat(250)} https://alpinea.example`;
    expect(check(long, company(), 'x')[0]?.message).toContain('Shorten');
    expect(check('Short https://alpinea.example', company(), 'x')[0]?.message).not.toContain('Shorten');
  });

  test('comments owe no disclosure', () => {
    expect(disclosure.check('https://alpinea.example', context({ surface: 'comment', companyContent: company() }))).toEqual([]);
  });

  test('the company line wins over the person’s; the person’s applies when the company sets none', () => {
    expect(resolveDisclosure({ disclosure: 'Company line' }, 'Mine')).toEqual({ lines: { '*': 'Company line' }, source: 'company' });
    expect(resolveDisclosure({}, ' Mine ')).toEqual({ lines: { '*': 'Mine' }, source: 'personal' });
    expect(resolveDisclosure({}, '')).toBeNull();
  });
});
