import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normaliseTerm } from '../text/words';

/**
 * Hash of a codename or client name, so a policy file can list names without revealing them.
 *
 * Format: lowercase hex of SHA-256 over UTF-8 `salt + normaliseTerm(term)`, where
 * normaliseTerm folds case, accents and compatibility forms, and joins the words with one
 * space ("SOCIÉTÉ  Générique" -> "societe generique"). Put the result in a policy list as
 * `{ "sha256": "<hex>" }` or `"sha256:<hex>"`, with the same salt in the policy's `hashSalt`
 * (or on the entry as `{ "sha256": "<hex>", "salt": "…" }`). A name of 1 to 4 words can be
 * matched this way. Synchronous (@noble/hashes) so checks stay synchronous.
 */
export function hashTerm(term: string, salt: string): string {
  return hashNormalised(normaliseTerm(term), salt);
}

// Checks run on every keystroke and a draft changes by a few words between two runs: remember the
// digests of recent n-grams so each run hashes only new ones. Bounded; a pure memo (same input, same
// output), so rules stay pure in behaviour.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** Hash of an already normalised n-gram; the matcher calls this for every n-gram of a draft. */
export function hashNormalised(normalised: string, salt: string): string {
  const key = salt + '\u0000' + normalised;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const digest = bytesToHex(sha256(utf8ToBytes(salt + normalised)));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, digest);
  return digest;
}
