import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { sha256Hex } from '../../utils/policy/sha256';

// The hand-written digest must be SHA-256: @noble/hashes is the reference.
const reference = (message: string) => bytesToHex(sha256(utf8ToBytes(message)));

test('known vectors (FIPS 180-4 examples)', () => {
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
});

test('every length across block boundaries, ASCII and not, as @noble/hashes', () => {
  for (let length = 0; length <= 200; length += 1) {
    const ascii = 'a'.repeat(length);
    expect(sha256Hex(ascii), `length ${length}`).toBe(reference(ascii));
    const accented = 'é'.repeat(length);
    expect(sha256Hex(accented), `é × ${length}`).toBe(reference(accented));
  }
});

test('any string, lone surrogates included, as @noble/hashes', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (message) => {
      expect(sha256Hex(message)).toBe(reference(message));
    }),
    { numRuns: 1000 },
  );
});
