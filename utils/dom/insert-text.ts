// Insertion strategies that go through the editor's own input handling, so its model, the site's
// Post button and undo stay right. Never write innerHTML/textContent into a site's editor.
// Evidence: ../shared/TOOLCHAIN.md (probe on Quill 2 / Draft.js) and COMPOSERS.md §3 (field reports).

export type InsertStrategy = 'paste' | 'execCommand';

/**
 * A synthetic paste carrying a DataTransfer: Draft.js and ProseMirror split it into blocks themselves.
 * Returns true when the editor took it (it cancels the browser's own paste); Draft.js then redraws
 * on React's schedule, so the DOM may not show the text yet.
 */
export function pasteText(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  return !editor.dispatchEvent(event);
}

/**
 * Native editing at the caret. Lines go one by one with insertParagraph between them, because
 * insertText with "\n" corrupts some editors' state (COMPOSERS.md §3.2, Briskine editor-execcommand).
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
