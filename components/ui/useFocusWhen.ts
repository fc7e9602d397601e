import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes the focus each time `shown` turns true, so keyboard and screen-reader
 * users land on what just appeared (an import's review step) instead of staying on the file input.
 * The element needs tabIndex={-1} when it is not focusable itself.
 */
export function useFocusWhen<T extends HTMLElement>(shown: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
