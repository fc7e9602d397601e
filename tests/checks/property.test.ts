import fc from 'fast-check';
import { rules, runChecks } from '../../utils/checks';
import { context } from './helpers';

// Fragments that push the rules into their edge cases: partial tokens, digits, separators, markers.
const FRAGMENTS = [
  'sk-', 'ghp_', 'AKIA', 'eyJ', '.', '@', ' at ', ' dot ', '[at]', '(dot)', '://', 'http://', 'user:pass@', '#', '＃', '𝗯', 'ＢＩＧ',
  '0', '06 ', '+33 ', 'FR76', '4111 ', '2A', '-----BEGIN PRIVATE KEY-----', '€', '%', 'M€', ' will ', ' pas encore annoncé ',
  'CONFIDENTIEL', 'NDA', 'Orion', 'Atlas Bleu', 'Société', 'password: ', 'mot de passe : ', '?utm_source=x&', '\n', ' ', 'é', '\u0301',
  '👨‍👩‍👧', '\uD83D', 'WE ARE', '10.0.0.', 'intranet.', '.corp', 'C3 - ',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 2000 })).map(([part, times]) => part.repeat(times)),
);
const platform = fc.constantFrom('linkedin' as const, 'x' as const);

test('runChecks never throws and keeps spans inside the text', () => {
  fc.assert(
    fc.property(text, platform, (draft, site) => {
      const findings = runChecks(draft, context({ platform: site, attachments: [{ kind: 'image' }] }));
      for (const finding of findings) {
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeGreaterThanOrEqual(finding.start);
        expect(finding.end).toBeLessThanOrEqual(draft.length);
        expect(finding.message.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 150 },
  );
}, 120_000);

test('spans of one rule do not overlap', () => {
  fc.assert(
    fc.property(text, platform, (draft, site) => {
      for (const rule of rules) {
        const spans = rule.check(draft, context({ platform: site })).sort((a, b) => a.start - b.start);
        for (let index = 1; index < spans.length; index += 1) {
          expect(spans[index]!.start).toBeGreaterThanOrEqual(spans[index - 1]!.end);
        }
      }
    }),
    { numRuns: 100 },
  );
}, 120_000);
