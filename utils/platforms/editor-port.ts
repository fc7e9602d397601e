import { insertWith } from '../dom/insert-text';
import { readSelectionOffsets, selectOffsets, selectionIsInside, type TextRange } from '../dom/selection';
import type { Composer, PlatformAdapter } from './types';

/**
 * Keeps inserted text from gluing onto its neighbours (a link followed by a word breaks the link):
 * a block of lines gets a blank line before it, a phrase a space on each side where needed.
 * A trailing space is only added before more text: at the end of a line the browser would keep it
 * as a non-breaking space, which Quill then keeps in its model.
 */
export function withSpacing(text: string, range: TextRange, inserted: string): string {
  const before = text.slice(0, range.start);
  const after = text.slice(range.end);
  const multiline = inserted.includes('\n');
  let result = inserted;
  if (before && !/\s$/.test(before) && !/^\s/.test(inserted)) result = (multiline ? '\n\n' : ' ') + result;
  else if (multiline && before && !/\n\s*$/.test(before)) result = '\n' + result;
  if (after && !/^\s/.test(after) && !/\s$/.test(inserted)) result += multiline ? '\n\n' : ' ';
  return result;
}

/** What the panel may do to a composer's editor. Every write goes through the site's own editing. */
export interface EditorPort {
  readText(): string;
  /** Inserts at the caret (or the last caret the person left), replacing any selection. */
  insert(text: string): boolean;
  /** Selects [start, end) in the editor so the person sees it. */
  select(range: TextRange): void;
  /** Replaces [start, end) with text, through the editor (undoable). */
  replace(range: TextRange, text: string): boolean;
}

/**
 * Binds an adapter to one composer. Remembers the caret as text offsets, because a click in the panel
 * (or ProseMirror's blur handling) loses the live Range (both browsers, 2026).
 */
export function createEditorPort(adapter: PlatformAdapter, composer: Composer, signal: AbortSignal): EditorPort {
  const { editor } = composer;
  let lastCaret: TextRange | null = null;
  const remember = () => {
    if (selectionIsInside(editor)) lastCaret = readSelectionOffsets(editor) ?? lastCaret;
  };
  for (const type of ['keyup', 'mouseup', 'input', 'focusout'] as const) {
    editor.addEventListener(type, remember, { signal, capture: true });
  }
  editor.ownerDocument.addEventListener('selectionchange', remember, { signal });

  const readText = () => adapter.readText(composer);

  const insertAt = (range: TextRange | null, text: string, spacing: boolean): boolean => {
    const before = readText();
    const target = range ?? (selectionIsInside(editor) ? readSelectionOffsets(editor) : null) ?? lastCaret ?? {
      start: before.length,
      end: before.length,
    };
    const clamped = { start: Math.min(target.start, before.length), end: Math.min(target.end, before.length) };
    // A Fix replaces a span exactly; only new text gets room around it.
    const padded = spacing ? withSpacing(before, clamped, text) : text;
    for (const strategy of adapter.insertStrategies(composer)) {
      selectOffsets(editor, clamped);
      const handled = insertWith(strategy, editor, padded);
      // Native editing shows in the DOM at once; a paste the editor took may redraw a moment later.
      if (handled || readText() !== before) {
        const caret = clamped.start + padded.length;
        lastCaret = { start: caret, end: caret };
        return true;
      }
    }
    return false;
  };

  return {
    readText,
    insert: (text) => insertAt(null, text, true),
    select: (range) => {
      selectOffsets(editor, range);
      lastCaret = range;
    },
    replace: (range, text) => insertAt(range, text, false),
  };
}
