import twitter from 'twitter-text';
import { buildShareText } from '../../utils/share';
import { analyseVoice } from '../../utils/voice';
import { translate } from '../../utils/i18n/translate';

const URL_ = 'https://newsroom.alpinea.example/fr/recrutement-200-techniciens-2027';
const CAPTION = 'Nous recrutons 200 techniciens de maintenance éolienne, avec six mois de formation payée à Nantes.';
const item = { url: URL_, suggestedCaption: CAPTION };

describe('buildShareText', () => {
  test('LinkedIn, French: placeholder, caption quoted and attributed, link', () => {
    const { text, placeholder, fits } = buildShareText(item, { platform: 'linkedin', locale: 'fr', includeCaption: true });
    expect(text).toBe(`[Votre avis : qu'est-ce qui vous a marqué ?]\n\n« ${CAPTION} » — selon l'entreprise\n\n${URL_}`);
    expect(text.slice(placeholder!.start, placeholder!.end)).toBe("[Votre avis : qu'est-ce qui vous a marqué ?]");
    expect(fits).toBe(true);
  });

  test('English quotes, company name as attribution, the person’s take instead of the placeholder', () => {
    const { text, placeholder } = buildShareText(item, { platform: 'linkedin', locale: 'en', includeCaption: true, take: '  I did this training in 2019.  ', companyName: 'Alpinéa' });
    expect(text).toBe(`I did this training in 2019.\n\n“${CAPTION}” — Alpinéa\n\n${URL_}`);
    expect(placeholder).toBeNull();
  });

  test('without the caption, or when the item has none', () => {
    const expected = `[Your take: what struck you?]\n\n${URL_}`;
    expect(buildShareText(item, { platform: 'x', locale: 'en', includeCaption: false }).text).toBe(expected);
    expect(buildShareText({ url: URL_ }, { platform: 'x', locale: 'en', includeCaption: true }).text).toBe(expected);
  });

  test('an item without a link gives no link line', () => {
    expect(buildShareText({ url: '', suggestedCaption: 'Hi' }, { platform: 'linkedin', locale: 'en', includeCaption: true }).text).toBe(
      '[Your take: what struck you?]\n\n“Hi” — in the company\'s words',
    );
  });

  test('on X a long caption is shortened with an ellipsis to fit, never the link', () => {
    // A domain twitter-text recognises, so parseTweet is an independent check of the weight.
    const url = 'https://newsroom.alpinea.example.com/fr/recrutement-200-techniciens-2027';
    const long = { url, suggestedCaption: `${CAPTION} `.repeat(6).trim() };
    const { text, fits } = buildShareText(long, { platform: 'x', locale: 'fr', includeCaption: true });
    const parsed = twitter.parseTweet(text);
    expect(parsed.valid).toBe(true);
    expect(fits).toBe(true);
    expect(text.endsWith(url)).toBe(true);
    expect(text).toMatch(/… » — selon l'entreprise/);
    // As long as possible: one more word would not fit.
    expect(parsed.weightedLength).toBeGreaterThan(250);
  });

  test('the link counts as 23 on X whatever its length', () => {
    const longUrl = `https://newsroom.alpinea.example/${'a'.repeat(300)}`;
    const { text } = buildShareText({ url: longUrl, suggestedCaption: CAPTION }, { platform: 'x', locale: 'en', includeCaption: true });
    expect(text).toContain(CAPTION);
    expect(text.endsWith(longUrl)).toBe(true);
  });

  test('LinkedIn is not shortened', () => {
    const long = { url: URL_, suggestedCaption: `${CAPTION} `.repeat(6).trim() };
    expect(buildShareText(long, { platform: 'linkedin', locale: 'fr', includeCaption: true }).text).toContain(long.suggestedCaption);
  });

  test('a take longer than X allows is kept whole; the caption goes and fits says false', () => {
    const take = 'Vraiment '.repeat(40).trim();
    const { text, fits } = buildShareText(item, { platform: 'x', locale: 'fr', includeCaption: true, take });
    expect(text).toBe(`${take}\n\n${URL_}`);
    expect(fits).toBe(false);
  });

  test('the placeholder is not mistaken for a personal take', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { text } = buildShareText(item, { platform: 'linkedin', locale, includeCaption: true });
      const voice = analyseVoice(text, { companyTexts: [CAPTION], locale });
      expect(voice.personalVoice).toBe(false);
      expect(voice.needsTake).toBe(true);
    }
  });
});

test('a French caption is quoted and attributed in French even when the interface is English', () => {
  const { text } = buildShareText(
    { url: 'https://newsroom.alpinea.example/fr/h2', suggestedCaption: 'Notre premier électrolyseur', language: 'fr' },
    { platform: 'linkedin', locale: 'en', includeCaption: true },
  );
  expect(text).toContain(translate('fr', 'share_caption_quote', ['Notre premier électrolyseur', translate('fr', 'share_company_words')]));
  expect(text.startsWith(translate('en', 'share_take_placeholder'))).toBe(true);
});

test('on X a share inserted into an existing draft shortens its caption to fit beside it', () => {
  const item = { url: 'https://newsroom.alpinea.example/en/h2', suggestedCaption: 'Our first industrial electrolyser now supplies green hydrogen to the Grenoble buses, a first for the region.' };
  const alone = buildShareText(item, { platform: 'x', locale: 'en', includeCaption: true });
  const beside = buildShareText(item, { platform: 'x', locale: 'en', includeCaption: true, reservedWeight: 200 });
  expect(alone.text).toContain(item.suggestedCaption);
  expect(beside.text).not.toContain(item.suggestedCaption);
  const draft = 'd'.repeat(198);
  expect(twitter.parseTweet(`${draft}\n\n${beside.text.replace(item.url, 'https://t.co/abcdefghij')}`).weightedLength).toBeLessThanOrEqual(280);
});
