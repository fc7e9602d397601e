import { offsetAtPoint, pointAtOffset, readEditorText } from '../../utils/dom/editor-text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e')!;
}

test.each([
  ['Quill lines and an empty line', '<p>a <b>b</b></p><p><br></p><p>c</p>', 'a b\n\nc'],
  ['ProseMirror trailing breaks and a hard break', '<p>x<br>y</p><p><br class="ProseMirror-trailingBreak"></p>', 'x\ny\n'],
  ['Quill list items', '<ol><li>one</li><li>two</li></ol><p>end</p>', 'one\ntwo\nend'],
  ['non-breaking spaces', '<p>a\u00a0b</p>', 'a b'],
  ['empty editor', '<p><br></p>', ''],
])('reads %s', (_name, html, expected) => {
  expect(readEditorText(editor(html))).toBe(expected);
});

test('text offsets map to DOM points and back, across lines', () => {
  const element = editor('<p>Hello <b>you</b></p><p><br></p><p>end</p>');
  const text = readEditorText(element);
  for (let offset = 0; offset <= text.length; offset++) {
    const point = pointAtOffset(element, offset);
    expect(offsetAtPoint(element, point.node, point.offset)).toBe(offset);
  }
});
