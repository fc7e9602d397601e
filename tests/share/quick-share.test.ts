import twitter from 'twitter-text';
import { composeQuickShare } from '../../utils/share';

// X replaces every link with a t.co link of 23 characters, whatever the original looks like.
const TCO = 'https://t.co/abcdefghij';
const CAPTION = 'Nous recrutons 200 techniciens de maintenance éolienne, avec six mois de formation payée à Nantes.';
const LONG_CAPTION = `${CAPTION} `.repeat(4).trim();
/** What X counts once the intent's url parameter is appended after a space. */
const xWeight = (text: string) => twitter.parseTweet(`${text} ${TCO}`).weightedLength;

describe('composeQuickShare', () => {
  test('the take comes first, the company words quoted after it', () => {
    expect(composeQuickShare({ platform: 'linkedin', locale: 'en', take: '  I trained there.  ', url: 'https://a.example/x', caption: 'Hiring 200.' })).toBe(
      'I trained there.\n\n“Hiring 200.” (company news)',
    );
  });

  test('LinkedIn is never shortened', () => {
    const text = composeQuickShare({ platform: 'linkedin', locale: 'fr', take: '', url: 'https://a.example/x', caption: LONG_CAPTION });
    expect(text).toContain(LONG_CAPTION);
  });

  test.each([
    ['a link on a TLD twitter-text does not know', `https://newsroom.alpinea.example/fr/${'recrutement-'.repeat(12)}2027`],
    ['a short link on a known TLD', 'https://alpinea.com/r'],
  ])('on X the link counts 23 whatever it looks like: %s', (_name, url) => {
    const take = 'J’ai fait cette formation en 2019, je la recommande.';
    const text = composeQuickShare({ platform: 'x', locale: 'fr', take, url, caption: LONG_CAPTION });
    expect(text.startsWith(`${take}\n\n« `)).toBe(true);
    expect(text).toMatch(/… » \(actualité de l'entreprise\)$/);
    // Fits with the t.co link…
    expect(xWeight(text)).toBeLessThanOrEqual(280);
    // …and is as long as it can be: the caption was not cut because the raw link looked long.
    expect(xWeight(text)).toBeGreaterThan(260);
  });

  test('the take is never cut on X; the quote is dropped when nothing of it fits', () => {
    const take = 'Mon avis '.repeat(30).trim();
    const text = composeQuickShare({ platform: 'x', locale: 'fr', take, url: 'https://newsroom.alpinea.example/x', caption: CAPTION });
    expect(text).toBe(take);
  });
});
