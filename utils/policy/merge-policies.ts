import type { Category } from '../checks/types';
import { POLICY_FIELDS, PolicySchema, type Policy, type PolicyField, type TermEntry } from './policy-schema';
import { formatIssues } from './parse-policy-document';

/** Where an effective setting came from, for "set by your company" in settings. */
export type PolicySource = 'managed' | 'imported' | 'default';

export interface PolicyLayer {
  source: Exclude<PolicySource, 'default'>;
  /** Raw, possibly partial and possibly invalid policy object (storage.managed, imported file). */
  value: unknown;
}

export interface MergedPolicy {
  policy: Policy;
  /** Per field, the layer that set it. */
  sources: Record<PolicyField, PolicySource>;
  /** Per category, the layer that set its severity (categories left at the rule default are absent). */
  severitySources: Partial<Record<Category, PolicySource>>;
  /** Fields that were ignored because invalid, readable ("managed: codenames.2: …"). */
  issues: string[];
}

const FIELD_NAMES = Object.keys(POLICY_FIELDS) as PolicyField[];

/**
 * Resolves the effective policy from layers given in priority order (managed first, then
 * imported); defaults fill the rest. Field by field: the first layer that sets a valid value wins,
 * so a company setting beats the person's. Severities merge per category. Hashed names keep the
 * salt of the layer that listed them, so a list and a salt from different layers still match.
 * Pure; an invalid field is skipped and reported, never thrown.
 */
export function mergePolicies(layers: readonly PolicyLayer[]): MergedPolicy {
  const defaults = PolicySchema.parse({});
  const policy: Record<string, unknown> = { ...defaults };
  const sources = Object.fromEntries(FIELD_NAMES.map((field) => [field, 'default'])) as Record<
    PolicyField,
    PolicySource
  >;
  const severitySources: Partial<Record<Category, PolicySource>> = {};
  const severities: Policy['severities'] = {};
  const issues: string[] = [];
  const taken = new Set<PolicyField>();

  for (const layer of layers) {
    if (!layer.value || typeof layer.value !== 'object' || Array.isArray(layer.value)) continue;
    const raw = layer.value as Record<string, unknown>;
    const layerSalt = typeof raw.hashSalt === 'string' ? raw.hashSalt : typeof raw.salt === 'string' ? raw.salt : '';
    for (const field of FIELD_NAMES) {
      const rawValue = field === 'hashSalt' ? (raw.hashSalt ?? raw.salt) : raw[field];
      if (rawValue === undefined) continue;
      const parsed = POLICY_FIELDS[field].safeParse(rawValue);
      if (!parsed.success) {
        issues.push(`${layer.source}: ${formatIssues(parsed.error.issues.map((i) => ({ ...i, path: [field, ...i.path] })))}`);
        continue;
      }
      if (field === 'severities') {
        for (const [category, setting] of Object.entries(parsed.data as Policy['severities'])) {
          const key = category as Category;
          if (setting === undefined || key in severities) continue;
          severities[key] = setting;
          severitySources[key] = layer.source;
          if (sources.severities === 'default') sources.severities = layer.source;
        }
        continue;
      }
      if (taken.has(field)) continue;
      taken.add(field);
      sources[field] = layer.source;
      policy[field] =
        field === 'codenames' || field === 'clientNames'
          ? withSalt(parsed.data as TermEntry[], layerSalt)
          : parsed.data;
    }
  }
  policy.severities = severities;
  return { policy: policy as Policy, sources, severitySources, issues };
}

const HASH_PREFIX = 'sha256:';
const HEX_64 = /^[0-9a-f]{64}$/i;

/**
 * Every hashed entry leaves the merge with its document's salt written on it, in both forms
 * (`"sha256:<hex>"` too): the merged `hashSalt` comes from whichever layer set one, and must not
 * decide how another layer's entries match (issue 10: importing `{"hashSalt":"x"}` used to switch
 * the company's hashed codenames off).
 */
function withSalt(entries: TermEntry[], salt: string): TermEntry[] {
  return entries.map((entry) => {
    if (typeof entry !== 'string') return entry.salt !== undefined ? entry : { ...entry, salt };
    if (!entry.toLowerCase().startsWith(HASH_PREFIX)) return entry;
    const hex = entry.slice(HASH_PREFIX.length).trim();
    return HEX_64.test(hex) ? { sha256: hex.toLowerCase(), salt } : entry;
  });
}
