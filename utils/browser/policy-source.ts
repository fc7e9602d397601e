import { browser } from 'wxt/browser';
import { mergePolicies, parsePolicyDocument, type MergedPolicy, type Policy } from '../policy';
import { importedPolicyItem } from './storage';
import { STORAGE_KEYS } from '../storage-keys';

/*
 * Where the company policy comes from, in priority order:
 *  1. browser.storage.managed, pushed by the company's admins through browser policies
 *     (schema: public/managed-schema.json). Absent on most machines: Chrome gives {}, Firefox
 *     throws when no policy is installed; both read as "no managed policy".
 *  2. A policy JSON file the person imported themselves (local:importedPolicy).
 *  3. Defaults.
 * Field by field, the first source that sets a valid value wins (mergePolicies).
 */

/** Reads the raw managed policy. Injected in tests and wherever managed storage is not wanted. */
export type ManagedPolicyReader = () => Promise<unknown>;

export interface PolicySourceOptions {
  /** Default: readManagedPolicy (browser.storage.managed). */
  readManaged?: ManagedPolicyReader;
}

/** Larger than any real policy, small enough that a wrong file cannot fill local storage. */
export const MAX_POLICY_FILE_CHARS = 1_000_000;

/** The managed policy, or {} when there is none or the browser cannot give it. Never throws. */
export async function readManagedPolicy(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return {};
    return (await area.get()) ?? {};
  } catch {
    // Firefox: "Managed storage manifest not found" when no policy is installed.
    return {};
  }
}

/** The effective policy with, per field, where it came from. */
export async function loadPolicy({ readManaged = readManagedPolicy }: PolicySourceOptions = {}): Promise<MergedPolicy> {
  const [managed, imported] = await Promise.all([
    readManaged().catch(() => ({})),
    importedPolicyItem.getValue().catch(() => null),
  ]);
  return mergePolicies([
    { source: 'managed', value: managed },
    { source: 'imported', value: imported?.document },
  ]);
}

export type ImportPolicyResult = { ok: true; policy: Policy } | { ok: false; error: string };

/**
 * Validates a policy file's text and, only when valid, stores it as the person's imported
 * policy. An invalid file leaves the previous policy in place and returns the error, one line
 * per problem with its path ("codenames.2: Invalid input: …").
 */
export async function importPolicyFile(text: string, fileName?: string): Promise<ImportPolicyResult> {
  if (text.length > MAX_POLICY_FILE_CHARS) return { ok: false, error: `File larger than ${MAX_POLICY_FILE_CHARS} characters` };
  const result = parsePolicyDocument(text);
  if (!result.ok) return result;
  // Store the document as written, not the parsed policy, so merging still knows which
  // fields the file set (and which are defaults).
  const document = JSON.parse(text) as Record<string, unknown>;
  await importedPolicyItem.setValue({
    document,
    importedAt: new Date().toISOString(),
    ...(fileName ? { fileName } : {}),
  });
  return { ok: true, policy: result.policy };
}

/** Forgets the imported policy (the managed one, if any, stays). */
export async function clearImportedPolicy(): Promise<void> {
  await importedPolicyItem.removeValue();
}

/**
 * Calls `callback` with the reloaded policy when the managed policy or the imported file
 * changes. Returns the function that stops watching.
 */
export function watchPolicy(callback: (policy: MergedPolicy) => void, options: PolicySourceOptions = {}): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'managed' || (areaName === 'local' && STORAGE_KEYS.importedPolicy in changes)) {
      void loadPolicy(options).then(callback);
    }
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
