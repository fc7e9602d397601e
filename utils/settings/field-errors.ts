import type { z } from 'zod';

/**
 * Issues keyed by dotted path ("quietHours.start"), first message per field, so a form can show
 * each error next to its field. Messages are locale keys (set_err_*) or zod's own text.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
