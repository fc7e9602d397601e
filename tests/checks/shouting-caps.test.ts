import { shoutingCaps } from '../../utils/checks/shouting-caps';
import { context, spans } from './helpers';

describe('shouting-caps', () => {
  test('id matches the file name', () => expect(shoutingCaps.id).toBe('shouting-caps'));
  test.each(["WE ARE HIRING IN PARIS", "NE RATEZ PAS NOTRE CONFÉRENCE", "This is HUGE NEWS FOR THE TEAM", "MERCI À TOUTE L’ÉQUIPE"])('flags %s', (text) => {
    expect(spans(shoutingCaps, text).length).toBeGreaterThan(0);
  });
  test.each(["NDA, CEO, IA and RGPD", "Our CEO and CFO met the EU", "KPI review done, OKR for H2 set", "AWS_ACCESS_KEY_ID=x", "BIG news", "-----BEGIN OPENSSH PRIVATE KEY-----", "CONFIDENTIEL – NE PAS DIFFUSER"])('passes %s', (text) => {
    expect(spans(shoutingCaps, text)).toEqual([]);
  });
});

test('fix keeps acronyms', () => {
  expect(shoutingCaps.check('WE ARE HIRING AT THE CEO OFFICE', context())[0]?.fix).toBe('We are hiring at the CEO office');
});
