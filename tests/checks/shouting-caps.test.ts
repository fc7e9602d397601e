import { shoutingCaps } from '../../utils/checks/shouting-caps';
import { context, spans } from './helpers';

describe('shouting-caps', () => {
  test.each(["WE ARE HIRING IN PARIS", "NE RATEZ PAS NOTRE CONFÉRENCE", "This is HUGE NEWS FOR THE TEAM", "MERCI À TOUTE L’ÉQUIPE"])('flags %s', (text) => {
    expect(spans(shoutingCaps, text).length).toBeGreaterThan(0);
  });
  test.each(["NDA, CEO, IA and RGPD", "Our CEO and CFO met the EU", "KPI review done, OKR for H2 set", "AWS_ACCESS_KEY_ID=x", "BIG news", "-----BEGIN OPENSSH PRIVATE KEY-----", "key: -----BEGIN PRIVATE KEY----- MIIEvQ -----END PRIVATE KEY-----", "CONFIDENTIEL – NE PAS DIFFUSER"])('passes %s', (text) => {
    expect(spans(shoutingCaps, text)).toEqual([]);
  });
});

test('fix keeps acronyms', () => {
  expect(shoutingCaps.check('WE ARE HIRING AT THE CEO OFFICE', context())[0]?.fix).toBe('We are hiring at the CEO office');
});

test('fix lowers every word but the acronyms, in ASCII and accented runs alike', () => {
  // The reference: each word (letters, digits, apostrophes, "&") lowered unless it is an acronym.
  const acronyms = new Set(['CEO', 'R&D', 'M&A', 'RGPD', 'EBITDA', 'Q3']);
  const reference = (run: string) => run.replace(/[\p{L}\p{N}'’&]+/gu, (word) => (acronyms.has(word) ? word : word.toLowerCase()));
  for (const run of [
    'CEO AND R&D TEAMS MEET THE M&A DESK, SAYS THE CEO',
    "WE'RE READY: RGPD, EBITDA AND Q3 PLANS ARE DONE CEO",
    'NE RATEZ PAS ÇA : LE CEO ARRIVE AUJOURD’HUI À LYON',
    'BIG NEWS FOR R&D-TEAMS AND CEOS (CEO) TODAY',
  ]) {
    const fix = shoutingCaps.check(run, context())[0]?.fix ?? '';
    expect(fix).toBe(reference(run).charAt(0).toUpperCase() + reference(run).slice(1));
  }
});

test('a heading that holds a label in capitals does not shout; a shouted line ending in one does (fresh39, 2026-12-04)', () => {
  expect(spans(shoutingCaps, 'EMBARGO: NOT FOR RELEASE BEFORE 06:00 GMT, 3 FEBRUARY\nHarbourline opens a centre.')).toEqual([]);
  expect(spans(shoutingCaps, 'WE ARE HIRING AMAZING PEOPLE TODAY, CONFIDENTIAL').length).toBe(1);
});
