import { insertWith } from '../dom/insert-text';
import { readSelectionOffsets, selectOffsets, selectionIsInside, type TextRange } from '../dom/selection';
import type { Composer, PlatformAdapter } from './types';

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
 * (or ProseMirror's blur handling) loses the live Range (COMPOSERS.md §3.2).
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

  const insertAt = (range: TextRange | null, text: string): boolean => {
    const before = readText();
    const target = range ?? (selectionIsInside(editor) ? readSelectionOffsets(editor) : null) ?? lastCaret ?? {
      start: before.length,
      end: before.length,
    };
    const clamped = { start: Math.min(target.start, before.length), end: Math.min(target.end, before.length) };
    for (const strategy of adapter.insertStrategies(composer)) {
      selectOffsets(editor, clamped);
      insertWith(strategy, editor, text);
      const after = readText();
      if (after !== before) {
        const caret = clamped.start + text.length;
        lastCaret = { start: caret, end: caret };
        return true;
      }
    }
    return false;
  };

  return {
    readText,
    insert: (text) => insertAt(null, text),
    select: (range) => {
      selectOffsets(editor, range);
      lastCaret = range;
    },
    replace: (range, text) => insertAt(range, text),
  };
}
