import type { z } from 'zod';

/** Validation messages keyed by dotted field path ("quietHours.start"). */
export type FieldErrors = Record<string, string>;

/**
 * Issues keyed by dotted path ("quietHours.start"), first message per field, so a form can show
 * each error next to its field. Messages are locale keys (set_err_*) or zod's own text.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The errors of one group of fields, keyed relative to it: "quietHours.start" under "quietHours" is "start". */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, message]) => [path.slice(prefix.length + 1), message]),
  );
}
