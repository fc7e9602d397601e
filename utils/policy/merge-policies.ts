import type { z } from 'zod';
import type { Category } from '../checks/types';
import {
  CategorySchema,
  DomainSchema,
  HashtagSchema,
  MAX_POLICY_SALTS,
  MAX_POLICY_TERMS,
  POLICY_FIELDS,
  TOO_MANY_ENTRIES,
  entrySalt,
  tooManySalts,
  PolicySchema,
  SeveritySettingSchema,
  TermEntrySchema,
  type Policy,
  type PolicyField,
  type TermEntry,
} from './policy-schema';
import { formatIssues } from './parse-policy-document';

/** Where an effective setting came from, for "set by your company" in settings. */
export type PolicySource = 'managed' | 'imported' | 'default';

export interface PolicyLayer {
  source: Exclude<PolicySource, 'default'>;
  /** Raw, possibly partial and possibly invalid policy object (storage.managed, imported file). */
  value: unknown;
}

/** One thing of a policy document that was ignored, shown in Settings. */
export interface PolicyIssue {
  /** The document it is in. */
  source: Exclude<PolicySource, 'default'>;
  /** Where in it, dotted ("codenames.1"); "" for the document itself. */
  path: string;
  /** What is wrong with it (the schema's message). */
  message: string;
  /** What was ignored, as short JSON (`""`, `42`), cut at {@link MAX_IGNORED_CHARS}. */
  ignored: string;
}

export interface MergedPolicy {
  policy: Policy;
  /** Per field, the layer that set it. */
  sources: Record<PolicyField, PolicySource>;
  /** Per category, the layer that set its severity (categories left at the rule default are absent). */
  severitySources: Partial<Record<Category, PolicySource>>;
  /** Everything that was ignored because invalid, in document order. */
  issues: PolicyIssue[];
}

/** Longest quote of an ignored value: enough to recognise it, not a whole list. */
export const MAX_IGNORED_CHARS = 80;

const FIELD_NAMES = Object.keys(POLICY_FIELDS) as PolicyField[];
/** Fields whose entries are kept one by one: one bad entry must not drop the others (issue 10). */
const LIST_ITEMS: Partial<Record<PolicyField, z.ZodType>> = {
  codenames: TermEntrySchema,
  clientNames: TermEntrySchema,
  internalDomains: DomainSchema,
  companyDomains: DomainSchema,
  allowedHashtags: HashtagSchema,
};

/**
 * Resolves the effective policy from layers given in priority order (managed first, then
 * imported); defaults fill the rest. Field by field: the first layer that sets a valid value wins,
 * so a company setting beats the person's. Severities merge per category. Hashed names keep the
 * salt of the layer that listed them, so a list and a salt from different layers still match.
 * Lists keep their valid entries and severities their valid categories; everything ignored is
 * reported in `issues`. Pure; never throws.
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
  const issues: PolicyIssue[] = [];
  const taken = new Set<PolicyField>();

  for (const layer of layers) {
    if (layer.value === undefined || layer.value === null) continue;
    const report = (path: readonly PropertyKey[], message: string, ignored: unknown) =>
      issues.push({ source: layer.source, path: path.map(String).join('.'), message, ignored: quote(ignored) });
    if (typeof layer.value !== 'object' || Array.isArray(layer.value)) {
      report([], 'Expected a JSON object', layer.value);
      continue;
    }
    const raw = layer.value as Record<string, unknown>;
    const layerSalt = validSalt(raw.hashSalt ?? raw.salt);
    // Distinct salts of this document's hashed names, across both lists (MAX_POLICY_SALTS).
    const salts = new Set<string>();
    for (const field of FIELD_NAMES) {
      const rawValue = field === 'hashSalt' ? (raw.hashSalt ?? raw.salt) : raw[field];
      if (rawValue === undefined) continue;
      let value: unknown;
      if (field === 'severities') {
        value = validSeverities(rawValue, report);
        if (value === undefined) continue;
        for (const [category, setting] of Object.entries(value as Policy['severities'])) {
          const key = category as Category;
          if (setting === undefined || key in severities) continue;
          severities[key] = setting;
          severitySources[key] = layer.source;
          if (sources.severities === 'default') sources.severities = layer.source;
        }
        continue;
      }
      const itemSchema = LIST_ITEMS[field];
      if (itemSchema && Array.isArray(rawValue)) {
        value = validItems(field, itemSchema, rawValue, report);
        if (value === undefined) continue;
        if (field === 'codenames' || field === 'clientNames') value = withinSaltCap(field, value as TermEntry[], layerSalt, salts, report);
      } else {
        const parsed = POLICY_FIELDS[field].safeParse(rawValue);
        if (!parsed.success) {
          report([field], describeAll(parsed.error.issues), rawValue);
          continue;
        }
        value = parsed.data;
      }
      if (taken.has(field)) continue;
      taken.add(field);
      sources[field] = layer.source;
      policy[field] = field === 'codenames' || field === 'clientNames' ? withSalt(value as TermEntry[], layerSalt) : value;
    }
  }
  policy.severities = severities;
  return { policy: policy as Policy, sources, severitySources, issues };
}

type Report = (path: readonly PropertyKey[], message: string, ignored: unknown) => void;

/** The document's salt as POLICY_FIELDS.hashSalt reads it ('' when absent or invalid; the field reports why). */
function validSalt(raw: unknown): string {
  const parsed = POLICY_FIELDS.hashSalt.safeParse(raw);
  return parsed.success ? parsed.data : '';
}

/**
 * The valid entries of a list, at most MAX_POLICY_TERMS of them; undefined (the field is not set) when
 * it had entries and none was valid.
 */
function validItems(field: PolicyField, schema: z.ZodType, list: readonly unknown[], report: Report): unknown[] | undefined {
  const kept: unknown[] = [];
  if (list.length > MAX_POLICY_TERMS) {
    const rest = list.slice(MAX_POLICY_TERMS);
    report([field], `${TOO_MANY_ENTRIES}: the last ${rest.length.toLocaleString('en')} were ignored`, rest);
  }
  list.slice(0, MAX_POLICY_TERMS).forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else report([field, index], describeAll(parsed.error.issues), item);
  });
  return list.length > 0 && kept.length === 0 ? undefined : kept;
}

/** Drops hashed entries whose salt would be the document's (MAX_POLICY_SALTS + 1)th; `salts` is shared by its lists. */
function withinSaltCap(field: PolicyField, entries: TermEntry[], documentSalt: string, salts: Set<string>, report: Report): TermEntry[] {
  const ignored: TermEntry[] = [];
  const kept = entries.filter((entry) => {
    const salt = entrySalt(entry, documentSalt);
    if (salt === undefined || salts.has(salt)) return true;
    if (salts.size < MAX_POLICY_SALTS) {
      salts.add(salt);
      return true;
    }
    ignored.push(entry);
    return false;
  });
  if (ignored.length > 0) {
    report([field], `${tooManySalts(salts.size + new Set(ignored.map((entry) => entrySalt(entry, documentSalt))).size)}: ${ignored.length.toLocaleString('en')} hashed names with other salts were ignored`, ignored);
  }
  return kept;
}

function validSeverities(raw: unknown, report: Report): Policy['severities'] | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    report(['severities'], 'Expected an object of category: severity', raw);
    return undefined;
  }
  const kept: Policy['severities'] = {};
  for (const [category, setting] of Object.entries(raw)) {
    const key = CategorySchema.safeParse(category);
    const value = SeveritySettingSchema.safeParse(setting);
    if (!key.success) report(['severities', category], describeAll(key.error.issues), setting);
    else if (!value.success) report(['severities', category], describeAll(value.error.issues), setting);
    else kept[key.data] = value.data;
  }
  return kept;
}

/** The messages of issues found at one place, without their (relative) paths. */
function describeAll(issues: readonly z.core.$ZodIssue[]): string {
  return formatIssues(issues.map((issue) => ({ ...issue, path: [] })));
}

function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_IGNORED_CHARS ? `${text.slice(0, MAX_IGNORED_CHARS - 1)}…` : text;
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
