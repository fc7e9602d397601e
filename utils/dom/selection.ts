// Selection helpers that work when the editor sits inside a shadow root.
// In Blink, document.getSelection() is retargeted to the shadow host; ShadowRoot.getSelection() (non-standard) is not.
import { offsetAtPoint, pointAtOffset } from './editor-text';

type SelectionRoot = Document | (ShadowRoot & { getSelection?: () => Selection | null });

export function selectionFor(element: Element): Selection | null {
  const root = element.getRootNode() as SelectionRoot;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument.getSelection();
}

/** The active element, looking through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export interface TextRange {
  start: number;
  end: number;
}

/** The editor's current selection as text offsets, or null when the selection is elsewhere. */
export function readSelectionOffsets(editor: HTMLElement): TextRange | null {
  if (editor instanceof HTMLTextAreaElement) return { start: editor.selectionStart, end: editor.selectionEnd };
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetAtPoint(editor, range.startContainer, range.startOffset);
  const end = offsetAtPoint(editor, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** Focuses the editor and selects [start, end) by text offsets. */
export function selectOffsets(editor: HTMLElement, range: TextRange): void {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(range.start, range.end);
    return;
  }
  const selection = selectionFor(editor) ?? editor.ownerDocument.getSelection();
  if (!selection) return;
  const start = pointAtOffset(editor, range.start);
  const end = range.end === range.start ? start : pointAtOffset(editor, range.end);
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  // The real selectionchange arrives as a later task; editors that mirror the selection in their
  // model (Draft.js through React's onSelect, ProseMirror's DOM observer) must see it before we
  // insert, or a paste lands at the old caret instead of replacing the span.
  editor.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

/** True when the selection (caret) is currently inside the editor. */
export function selectionIsInside(editor: HTMLElement): boolean {
  if (editor instanceof HTMLTextAreaElement) return deepActiveElement(editor.ownerDocument) === editor;
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return false;
  return editor.contains(selection.getRangeAt(0).startContainer);
}
