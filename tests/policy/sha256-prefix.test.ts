import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { sha256Prefix } from '../../utils/policy/sha256-prefix';

const nobleFirstBits = (text: string) => Number.parseInt(bytesToHex(sha256(utf8ToBytes(text))).slice(0, 8), 16);

test('the prefilter gives the first 32 bits of the SHA-256 @noble/hashes computes, for any text and length', () => {
  // Lengths around the one-block limit (55 bytes) and several blocks; accents, emoji, lone surrogates as UTF-8 encodes them.
  for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é'.repeat(40), '𝗯'.repeat(30), 'x\ud800y', 'salt' + 'societe generique']) {
    expect(sha256Prefix(text)).toBe(nobleFirstBits(text));
  }
  expect(sha256Prefix('abc')).toBe(0xba7816bf);
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expect(sha256Prefix(text)).toBe(nobleFirstBits(text));
    }),
    { numRuns: 2000 },
  );
});
