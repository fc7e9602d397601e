// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex. Policy names are matched by hashing
// every 1..4-word n-gram of a draft, on its first call, before V8 has optimised anything: one flat
// function on preallocated typed arrays costs about a third of @noble/hashes there (200 digests: 5.5 ms
// against 12-17 ms on 2026-12-02; js-sha256's browser path, fast-sha256 and sha256-uint8array measured
// 10-30 ms). The digests are checked against @noble/hashes in tests/policy/sha256.test.ts.

const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const schedule = new Int32Array(64);
const state = new Int32Array(8);
const HEX: string[] = [];
for (let byte = 0; byte < 256; byte += 1) HEX.push(byte.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();
/** UTF-8 of the message being hashed, grown as needed (n-grams are short: one 64-byte block). */
let bytes = new Uint8Array(256);

export function sha256Hex(message: string): string {
  // Three UTF-8 bytes at most per UTF-16 unit.
  if (bytes.length < message.length * 3) bytes = new Uint8Array(message.length * 3);
  const length = encoder.encodeInto(message, bytes).written;
  // Padding: 0x80, zeros, then the length in bits as 64 bits: the blocks the message and its 9 bytes fill.
  const blocks = ((length + 8) >> 6) + 1;
  state.set(INITIAL_STATE);
  for (let block = 0; block < blocks; block += 1) {
    const base = block * 64;
    for (let word = 0; word < 16; word += 1) {
      let value = 0;
      for (let offset = 0; offset < 4; offset += 1) {
        const at = base + word * 4 + offset;
        value = (value << 8) | (at < length ? (bytes[at] as number) : at === length ? 0x80 : 0);
      }
      schedule[word] = value;
    }
    if (block === blocks - 1) {
      schedule[14] = Math.floor(length / 0x20000000);
      schedule[15] = length << 3;
    }
    for (let word = 16; word < 64; word += 1) {
      const early = schedule[word - 15] as number;
      const late = schedule[word - 2] as number;
      const sigma0 = ((early >>> 7) | (early << 25)) ^ ((early >>> 18) | (early << 14)) ^ (early >>> 3);
      const sigma1 = ((late >>> 17) | (late << 15)) ^ ((late >>> 19) | (late << 13)) ^ (late >>> 10);
      schedule[word] = (sigma1 + (schedule[word - 7] as number) + sigma0 + (schedule[word - 16] as number)) | 0;
    }
    let a = state[0] as number;
    let b = state[1] as number;
    let c = state[2] as number;
    let d = state[3] as number;
    let e = state[4] as number;
    let f = state[5] as number;
    let g = state[6] as number;
    let h = state[7] as number;
    for (let round = 0; round < 64; round += 1) {
      const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choice = (e & f) ^ (~e & g);
      const first = (h + sum1 + choice + (ROUND_CONSTANTS[round] as number) + (schedule[round] as number)) | 0;
      const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const second = (sum0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + first) | 0;
      d = c;
      c = b;
      b = a;
      a = (first + second) | 0;
    }
    state[0] = ((state[0] as number) + a) | 0;
    state[1] = ((state[1] as number) + b) | 0;
    state[2] = ((state[2] as number) + c) | 0;
    state[3] = ((state[3] as number) + d) | 0;
    state[4] = ((state[4] as number) + e) | 0;
    state[5] = ((state[5] as number) + f) | 0;
    state[6] = ((state[6] as number) + g) | 0;
    state[7] = ((state[7] as number) + h) | 0;
  }
  let hex = '';
  for (let word = 0; word < 8; word += 1) {
    const value = state[word] as number;
    hex += (HEX[(value >>> 24) & 255] as string) + HEX[(value >>> 16) & 255] + HEX[(value >>> 8) & 255] + HEX[value & 255];
  }
  return hex;
}
