import type { MouseEvent } from 'react';

/** A mouse press in the panel must not take the caret out of the site's editor. */
export function keepEditorFocus(event: MouseEvent) {
  event.preventDefault();
}
