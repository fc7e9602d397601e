import { focusFirstInvalidField, focusNamedField } from '../../utils/dom/focus-field';

function form(html: string): HTMLFormElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form')!;
}

test('focusFirstInvalidField lands on the first field marked invalid', () => {
  const element = form('<input name="a"><input name="b" aria-invalid="true"><input name="c" aria-invalid="true">');
  expect(focusFirstInvalidField(element)).toBe(true);
  expect(document.activeElement?.getAttribute('name')).toBe('b');
});

test('focusFirstInvalidField leaves focus alone when every field is valid', () => {
  const element = form('<input name="a" aria-invalid="false">');
  expect(focusFirstInvalidField(element)).toBe(false);
  expect(focusFirstInvalidField(null)).toBe(false);
  expect(document.activeElement).toBe(document.body);
});

test('focusNamedField focuses the field by its name, quotes and all', () => {
  const element = form('<input name="impressions"><input name="odd&quot;name">');
  expect(focusNamedField(element, 'odd"name')).toBe(true);
  expect(document.activeElement?.getAttribute('name')).toBe('odd"name');
  expect(focusNamedField(element, 'missing')).toBe(false);
});
