import { z } from 'zod';
import { CONFIDENTIALITY_CATEGORIES, HYGIENE_CATEGORIES } from '../checks/types';

const HEX_64 = /^[0-9a-f]{64}$/i;

/*
 * Caps per document (issue 10: a hostile policy froze the site's tab). Far above any real policy;
 * a file over them is refused with the reason, a managed list keeps its first entries.
 */
/** Entries per list (codenames, client names, internal domains, hashtags). */
export const MAX_POLICY_TERMS = 10_000;
/** Different salts among a document's hashed names (its hashSalt and the per-entry ones). Each costs a hash of every n-gram of the draft. */
export const MAX_POLICY_SALTS = 8;
/** Characters of one name: a name is a few words, and matching walks at most its length in words. */
export const MAX_TERM_CHARS = 200;

/** Characters of a disclosure line: a short sentence that still fits an X post. */
export const MAX_DISCLOSURE_CHARS = 200;

export const TOO_MANY_ENTRIES = `At most ${MAX_POLICY_TERMS.toLocaleString('en')} entries per list`;
export const tooManySalts = (found: number) => `Use at most ${MAX_POLICY_SALTS} different salts per document (found ${found})`;

/**
 * One protected name (codename, client name). Either the name itself, or its salted hash
 * (see hashTerm) as `{ sha256 }` or the string `"sha256:<hex>"`, so a leaked policy file
 * does not reveal the names. `salt` on an entry overrides the policy's `hashSalt`.
 */
export const TermEntrySchema = z.union([
  z
    .string()
    .trim()
    .min(1)
    .max(MAX_TERM_CHARS, { error: `At most ${MAX_TERM_CHARS} characters per name` })
    // "sha256:" promises a hash: a typo there would otherwise be a name that never matches, silently.
    .refine((entry) => !entry.toLowerCase().startsWith('sha256:') || HEX_64.test(entry.slice(7).trim()), {
      error: 'Expected "sha256:" followed by 64 hexadecimal characters',
    }),
  z.object({
    sha256: z.string().regex(HEX_64, 'Expected 64 hexadecimal characters').transform((hex) => hex.toLowerCase()),
    salt: z.string().max(MAX_TERM_CHARS).optional(),
  }),
]);
export type TermEntry = z.infer<typeof TermEntrySchema>;

export const SeveritySettingSchema = z.enum(['high', 'medium', 'low', 'off']);
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;

export const CategorySchema = z.enum([...CONFIDENTIALITY_CATEGORIES, ...HYGIENE_CATEGORIES]);

/** A host of the company's private sites. */
export const DomainSchema = z.string().trim().min(1).max(253);
/** A hashtag the company recommends. */
export const HashtagSchema = z.string();

// https only (issue 10): an http feed is refused here and by fetchFeed, with the reason.
const httpsUrl = z.url({ protocol: /^https$/, error: 'Expected an https:// URL' });

/**
 * The fields of a company policy, each with its default. Exported for mergePolicies,
 * which resolves field by field.
 */
export const POLICY_FIELDS = {
  /** Internal project names that must not appear in public posts. Default []. */
  codenames: z.array(TermEntrySchema).max(MAX_POLICY_TERMS, { error: TOO_MANY_ENTRIES }).default([]),
  /** Customers that may not be named publicly. Default []. */
  clientNames: z.array(TermEntrySchema).max(MAX_POLICY_TERMS, { error: TOO_MANY_ENTRIES }).default([]),
  /** Hosts of the company's private sites (e.g. "corp.example.com"); subdomains included. Default []. */
  internalDomains: z.array(DomainSchema).max(MAX_POLICY_TERMS, { error: TOO_MANY_ENTRIES }).default([]),
  /** Company news feed (JSON Feed, RSS or Atom), https only. */
  feedUrl: httpsUrl.optional(),
  /**
   * Disclosure a post that shares company content must carry, e.g. "I work at Example". Required by
   * advertising-standards guidance (US FTC endorsement guides; France's ARPP and law on influence).
   */
  disclosure: z.string().trim().max(MAX_DISCLOSURE_CHARS).optional(),
  /** The disclosure per language ("en", "fr"); the post's language picks one, `disclosure` is the fallback. */
  disclosureByLanguage: z.record(z.string().regex(/^[A-Za-z]{2,3}$/, 'Expected a language code such as "en"'), z.string().trim().min(1).max(MAX_DISCLOSURE_CHARS)).optional(),
  /** Hosts of the company's public sites (e.g. "example.com"); a link to one shares company content. Default []. */
  companyDomains: z.array(DomainSchema).max(MAX_POLICY_TERMS, { error: TOO_MANY_ENTRIES }).default([]),
  /** Hashtags the company recommends; never reported as badly cased. */
  allowedHashtags: z.array(HashtagSchema).max(MAX_POLICY_TERMS, { error: TOO_MANY_ENTRIES }).optional(),
  /** Per-category severity override, or 'off' to silence a category. Default {} (rule defaults). */
  severities: z.partialRecord(CategorySchema, SeveritySettingSchema).default({}),
  /** Salt of the hashed entries in codenames/clientNames. Default ''. */
  hashSalt: z.string().max(MAX_TERM_CHARS).default(''),
} as const;

/** The salt each hashed entry of a list is matched with (undefined for a plain name). */
export function entrySalt(entry: TermEntry, documentSalt: string): string | undefined {
  if (typeof entry !== 'string') return entry.salt ?? documentSalt;
  return entry.toLowerCase().startsWith('sha256:') ? documentSalt : undefined;
}

const PolicyObjectSchema = z.object(POLICY_FIELDS).superRefine((policy, ctx) => {
  const salts = new Set<string>();
  for (const field of ['codenames', 'clientNames'] as const) {
    for (const entry of policy[field]) {
      const salt = entrySalt(entry, policy.hashSalt);
      if (salt !== undefined) salts.add(salt);
    }
    if (salts.size > MAX_POLICY_SALTS) {
      ctx.addIssue({ code: 'custom', path: [field], message: tooManySalts(salts.size) });
      return;
    }
  }
});

/**
 * Parses a partial policy into a full one with defaults: `PolicySchema.parse({})` works.
 * Accepts `salt` as another name for `hashSalt`, as admins write either.
 */
export const PolicySchema = z.preprocess((input) => {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    if (record.hashSalt === undefined && typeof record.salt === 'string') {
      const { salt, ...rest } = record;
      return { ...rest, hashSalt: salt };
    }
  }
  return input;
}, PolicyObjectSchema);

export type Policy = z.infer<typeof PolicyObjectSchema>;
export type PolicyField = keyof Policy;
export type PolicyInput = z.input<typeof PolicyObjectSchema> & { salt?: string };
