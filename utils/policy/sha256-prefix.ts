// A prefilter for hashed policy names. The name matcher hashes every 1- to 4-word n-gram of a draft (1,700 of them in 3,000 characters
// of prose) to find the few a policy lists. Through @noble/hashes each hash allocates a hasher, its buffers, the digest
// and its hex, and on a first call, before the engine has optimised anything, 1,700 of them took 30-35 ms (2026-12-04).
// This allocates nothing and does the same arithmetic (FIPS 180-4) in about half the time; a hit is confirmed with the
// full digest from @noble/hashes (hashNormalised), so a 32-bit collision costs one more hash, never a false match.
const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL_STATE = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const schedule = new Int32Array(64);
const state = new Int32Array(8);
const encoder = new TextEncoder();
/** The message, padded: grown when a longer one comes (UTF-8 takes at most 3 bytes per UTF-16 code unit). */
let message = new Uint8Array(256);

/** The first 32 bits of SHA-256 over the UTF-8 of `text`, as an unsigned number. */
export function sha256Prefix(text: string): number {
  const most = text.length * 3 + 72;
  if (message.length < most) message = new Uint8Array(most * 2);
  const length = encoder.encodeInto(text, message).written;
  // Padding: a 1 bit, zeros, then the length in bits as a 64-bit big-endian number (under 2^32 here).
  const padded = ((length + 9 + 63) >> 6) << 6;
  message.fill(0, length, padded);
  message[length] = 0x80;
  const bits = length * 8;
  message[padded - 4] = bits >>> 24;
  message[padded - 3] = bits >>> 16;
  message[padded - 2] = bits >>> 8;
  message[padded - 1] = bits;
  state.set(INITIAL_STATE);
  for (let block = 0; block < padded; block += 64) compress(block);
  return (state[0] as number) >>> 0;
}

function compress(block: number): void {
  const words = schedule;
  for (let index = 0; index < 16; index += 1) {
    const at = block + index * 4;
    words[index] = ((message[at] as number) << 24) | ((message[at + 1] as number) << 16) | ((message[at + 2] as number) << 8) | (message[at + 3] as number);
  }
  for (let index = 16; index < 64; index += 1) {
    const back15 = words[index - 15] as number;
    const back2 = words[index - 2] as number;
    const sigma0 = ((back15 >>> 7) | (back15 << 25)) ^ ((back15 >>> 18) | (back15 << 14)) ^ (back15 >>> 3);
    const sigma1 = ((back2 >>> 17) | (back2 << 15)) ^ ((back2 >>> 19) | (back2 << 13)) ^ (back2 >>> 10);
    words[index] = ((words[index - 16] as number) + sigma0 + (words[index - 7] as number) + sigma1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let index = 0; index < 64; index += 1) {
    const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const first = (h + sum1 + choice + (ROUND_CONSTANTS[index] as number) + (words[index] as number)) | 0;
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
