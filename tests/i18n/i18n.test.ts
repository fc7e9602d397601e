import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/*
 * Conventions for the UI languages, as tests: both locale files hold the same keys, no message
 * is empty, placeholders match, and components show no hard-coded text (every string comes from
 * public/_locales through useI18n).
 */

const root = join(__dirname, '..', '..');
type Catalog = Record<string, { message: string; description?: string }>;
const load = (locale: string) =>
  JSON.parse(readFileSync(join(root, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const catalogs = { en: load('en'), fr: load('fr') };

/** Positional ($1) and named ($name$) placeholders of a message, sorted. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\$(?:[1-9]|[A-Za-z0-9_@]+\$)/g)].map((match) => match[0]).sort();
}

test('every key exists in both English and French', () => {
  const en = Object.keys(catalogs.en);
  const fr = Object.keys(catalogs.fr);
  expect({ missingInFrench: en.filter((key) => !(key in catalogs.fr)), missingInEnglish: fr.filter((key) => !(key in catalogs.en)) }).toEqual({
    missingInFrench: [],
    missingInEnglish: [],
  });
});

test('no message is empty', () => {
  const empty = Object.entries(catalogs).flatMap(([locale, catalog]) =>
    Object.entries(catalog)
      .filter(([, entry]) => typeof entry?.message !== 'string' || entry.message.trim() === '')
      .map(([key]) => `${locale}:${key}`),
  );
  expect(empty).toEqual([]);
});

test('placeholders are the same in both languages', () => {
  const mismatched = Object.keys(catalogs.en)
    .filter((key) => key in catalogs.fr)
    .filter((key) => {
      const en = placeholders(catalogs.en[key]?.message ?? '');
      const fr = placeholders(catalogs.fr[key]?.message ?? '');
      return en.join(',') !== fr.join(',');
    });
  expect(mismatched).toEqual([]);
});

// Attributes a person reads or hears (screen readers); other attributes hold ids and class names.
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const LETTER = /\p{L}/u;
// Names that read the same in every language (the product and the sites it works on).
const PROPER_NAMES = new Set(['Porte-Voix', 'LinkedIn', 'X', 'Twitter']);
const isUserText = (text: string) => LETTER.test(text) && !PROPER_NAMES.has(text.trim());

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return componentFiles(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

/** JSX text with letters, and string literals with letters in visible attributes, as "file:line: text". */
function hardCodedStrings(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${text.trim().replace(/\s+/g, ' ').slice(0, 60)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isUserText(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sourceFile)) && node.initializer) {
      const value = node.initializer;
      const literal = ts.isStringLiteral(value)
        ? value
        : ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
          ? value.expression
          : undefined;
      if (literal && isUserText(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

test('the scanner finds text nodes and visible attributes, and ignores keys and class names', () => {
  const sample = `const A = () => <p className="note" aria-label="Close">Hello {t('onb_x')} <b>{'é'}</b> 42 — <i>LinkedIn</i></p>;`;
  expect(hardCodedStrings('A.tsx', sample)).toEqual(['A.tsx:1: Close', 'A.tsx:1: Hello']);
});

test('components show no hard-coded text (use useI18n and the locale files)', () => {
  const found = componentFiles(join(root, 'components')).flatMap((path) =>
    hardCodedStrings(relative(root, path), readFileSync(path, 'utf8')),
  );
  expect(found).toEqual([]);
});

test("a locale's messages installed from their sent form read as the catalogue does", async () => {
  const { installMessages, messagesOf, translate } = await import('../../utils/i18n/translate');
  const french = messagesOf('fr');
  expect(Object.keys(french).sort()).toEqual(Object.keys(catalogs.fr).sort());
  try {
    installMessages('fr', {});
    expect(translate('fr', 'panel_show')).toBe(catalogs.en.panel_show!.message);
    installMessages('fr', french);
    for (const key of Object.keys(catalogs.fr)) expect(translate('fr', key)).toBe(translate('fr', key, []));
    expect(translate('fr', 'panel_show')).toBe(catalogs.fr.panel_show!.message);
  } finally {
    installMessages('fr', french);
  }
});
