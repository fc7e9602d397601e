// Insertion strategies that go through the editor's own input handling, so its model, the site's
// Post button and undo stay right. Never write innerHTML/textContent into a site's editor.
// Evidence: `npm run probe` (every editor × method × case, in Chromium and Firefox).

export type InsertStrategy = 'paste' | 'execCommand';

/**
 * A synthetic paste carrying the text: Draft.js and ProseMirror split it into blocks themselves.
 * Chromium takes the text from `clipboardData`; Firefox ignores that init field (the event
 * carries an empty DataTransfer, Firefox ESR 153, 2026-12-01) but honours its own `dataType` and
 * `data` fields, so both are given. Returns true when the editor took it (it cancels the
 * browser's own paste); Draft.js then redraws on React's schedule, so the DOM may not show the
 * text yet. False when the event reached the editor without the text.
 */
export function pasteText(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const event = new ClipboardEvent('paste', init);
  if (event.clipboardData?.getData('text/plain') !== text) return false;
  return !editor.dispatchEvent(event);
}

/**
 * Native editing at the caret. Lines go one by one with insertParagraph between them, because
 * insertText with "\n" corrupts some editors' state (Draft.js and ProseMirror, as public editor extensions such as
 * Briskine's editor-execcommand also found, 2026).
 */
export function execInsertText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) doc.execCommand('insertParagraph', false);
    if (line) doc.execCommand('insertText', false, line);
  });
  if (text === '') doc.execCommand('delete', false);
}

/** Inserts through the editor; true when the editor handled it (its model may update a moment later). */
export function insertWith(strategy: InsertStrategy, editor: HTMLElement, text: string): boolean {
  if (editor instanceof HTMLTextAreaElement) {
    // X's narrow layout uses a React-controlled textarea: execCommand keeps React's value and undo in step.
    return editor.ownerDocument.execCommand('insertText', false, text);
  }
  if (strategy === 'paste') return pasteText(editor, text);
  execInsertText(editor, text);
  return false;
}
