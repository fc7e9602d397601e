/** How our forms mark a field that needs fixing. */
const INVALID_FIELD = '[aria-invalid="true"]';

/** Takes the person to the first field of `form` marked invalid; false when none is. */
export function focusFirstInvalidField(form: ParentNode | null | undefined): boolean {
  const field = form?.querySelector<HTMLElement>(INVALID_FIELD);
  field?.focus();
  return Boolean(field);
}

/** Focuses the field of `form` with this name attribute (before a re-render has marked it invalid). */
export function focusNamedField(form: HTMLFormElement | null | undefined, name: string): boolean {
  const field = form?.elements.namedItem(name);
  if (!(field instanceof HTMLElement)) return false;
  field.focus();
  return true;
}
