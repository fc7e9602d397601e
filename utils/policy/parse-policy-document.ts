import type { z } from 'zod';
import { PolicySchema, type Policy } from './policy-schema';

export type PolicyDocumentResult = { ok: true; policy: Policy } | { ok: false; error: string };

/** "codenames.2: Invalid input: expected string, received number" — one line per issue. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${describe(issue)}` : describe(issue);
    })
    .join('\n');
}

// A union ("a name or { sha256 }") only says "Invalid input": say what each alternative expected.
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.message;
  const expected = issue.errors.map((branch) => branch[0]?.message).filter(Boolean);
  return expected.length ? expected.join(', or ') : issue.message;
}

/**
 * Validates a policy file the person imports (already parsed JSON, or its text).
 * Never throws: errors come back readable, with the path of each problem.
 */
export function parsePolicyDocument(input: unknown): PolicyDocumentResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `JSON: ${(error as Error).message}` };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'Expected a JSON object' };
  }
  const result = PolicySchema.safeParse(value);
  return result.success ? { ok: true, policy: result.data } : { ok: false, error: formatIssues(result.error.issues) };
}
