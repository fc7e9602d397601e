import { withSpacing } from '../../utils/platforms/editor-port';

test.each([
  ['empty editor', '', 0, 'Hi', 'Hi'],
  ['after a space', 'Hello ', 6, 'you', 'you'],
  ['glued after a link', 'see https://a.co/x', 18, 'Great', ' Great'],
  ['before a word', 'Hello world', 6, 'dear', 'dear '],
  ['in the middle of a word', 'Helloworld', 5, 'big', ' big '],
  ['a block after text', 'My take', 7, 'Link\nhttps://a.co', '\n\nLink\nhttps://a.co'],
  ['a block after a space', 'My take ', 8, 'Link\nhttps://a.co', '\nLink\nhttps://a.co'],
  ['a block before text', 'after', 0, 'A\nB', 'A\nB\n\n'],
  ['at the end of a line: no trailing space', 'end', 3, 'x', ' x'],
])('%s', (_name, text, caret, inserted, expected) => {
  expect(withSpacing(text, { start: caret, end: caret }, inserted)).toBe(expected);
});
