// Conventions that keep the code base navigable, enforced as tests (as refined-github does).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { rules } from '../utils/checks';
import { adapters } from '../utils/platforms';

const root = process.cwd();

function filesUnder(dir: string, extensions = ['.ts', '.tsx']): string[] {
  return readdirSync(resolve(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(resolve(root, path)).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

const SELECTOR_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

const isLiteral = (node: ts.Node): boolean => ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);

/**
 * `path:line method` of every selector-method call whose first argument is a string or template literal, or a
 * constant of the same file holding one.
 */
function literalSelectorCalls(path: string, source = readFileSync(resolve(root, path), 'utf8')): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const literalNames = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isLiteral(node.initializer)) literalNames.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SELECTOR_METHODS.has(node.expression.name.text)) {
      const [selector] = node.arguments;
      if (selector && (isLiteral(selector) || (ts.isIdentifier(selector) && literalNames.has(selector.text)))) {
        found.push(`${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.expression.name.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('check rules', () => {
  const ruleFiles = readdirSync(resolve(root, 'utils/checks'))
    .filter((name) => name.endsWith('.ts') && !['index.ts', 'types.ts'].includes(name))
    .map((name) => name.replace(/\.ts$/, ''));

  test('every rule file is registered, once, with an id equal to its file name', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  test.each(ruleFiles)('%s has its own table-driven test file', (id) => {
    expect(() => statSync(resolve(root, `tests/checks/${id}.test.ts`))).not.toThrow();
  });
});

describe('site knowledge lives in the adapters only', () => {
  // Share intents and post permalinks are the platforms' public URL formats (post links are read from the
  // platforms' export files, in the dashboard, far from any adapter); a tracking rule knows which hosts use which
  // click ids. Everything else must ask an adapter.
  const allowed = new Set(['utils/share/build-intent-url.ts', 'utils/checks/tracking-link.ts', 'utils/reach/post-url.ts']);
  const siteKnowledge = /tweetTextarea|tweetButton|ql-editor|ShareBox_textEditor|interop-outlet|componentkey|linkedin\.com|\bx\.com|twitter\.com/;
  const sources = ['components', 'utils', 'entrypoints']
    .flatMap((dir) => filesUnder(dir))
    .filter((path) => !path.startsWith('utils/platforms/') && !allowed.has(path));

  test('no selector or hostname of LinkedIn or X outside utils/platforms', () => {
    const offenders = sources.filter((path) => siteKnowledge.test(readFileSync(resolve(root, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  // Structural, not a list of today's selectors: any selector written as a literal is knowledge of a page, and
  // belongs in an adapter (the sites' pages) or utils/dom (our own markup). Only a constant imported from there may be passed.
  test('no querySelector, querySelectorAll, closest or matches with a literal selector outside utils/platforms and utils/dom', () => {
    const offenders = filesUnder('components')
      .concat(filesUnder('entrypoints'), filesUnder('utils'))
      .filter((path) => !path.startsWith('utils/platforms/') && !path.startsWith('utils/dom/'))
      .flatMap((path) => literalSelectorCalls(path));
    expect(offenders).toEqual([]);
  });

  test('the selector scan finds literals, templates, type arguments and local literal constants, and lets imported constants through', () => {
    const source = [
      "form.querySelector<HTMLElement>('[aria-invalid]');",
      'node?.closest(`[data-id="${id}"]`);',
      "element.matches('.a');",
      'root.querySelectorAll(`li`);',
      'root.querySelector(COMPOSER_SELECTOR);',
      "list.find('.a');",
      "const LOCAL = '.b';",
      'root.querySelector(LOCAL);',
    ].join('\n');
    expect(literalSelectorCalls('example.ts', source)).toEqual([
      'example.ts:1 querySelector',
      'example.ts:2 closest',
      'example.ts:3 matches',
      'example.ts:4 querySelectorAll',
      'example.ts:8 querySelector',
    ]);
  });

  test('every adapter has saved composer fixtures and a test', () => {
    for (const id of Object.keys(adapters)) {
      expect(readdirSync(resolve(root, `tests/fixtures/${id}`)).some((name) => name.endsWith('.html'))).toBe(true);
      expect(() => statSync(resolve(root, `tests/platforms/${id}.test.ts`))).not.toThrow();
    }
  });
});

describe('pure domain logic', () => {
  // utils/ must run in Node and in the service worker: no DOM, no browser API, no React. What reaches the browser
  // lives in its own layers, whole folders, never single files let off: sites (platforms, dom), extension APIs
  // (browser: storage, messaging client, panel loader), IndexedDB (db) and state (stores).
  const browserFacing = ['utils/platforms/', 'utils/dom/', 'utils/browser/', 'utils/db/', 'utils/stores/'];
  const pure = filesUnder('utils').filter((path) => !browserFacing.some((prefix) => path.startsWith(prefix)));

  test('browser-facing code sits in its layers: every other folder and file of utils/ is checked', () => {
    expect(browserFacing.every((layer) => layer.endsWith('/'))).toBe(true);
    expect(pure).toContain('utils/preferences.ts');
  });

  test.each(pure.map((path) => [relative(root, resolve(root, path))]))('%s imports no DOM, browser or React', (path) => {
    const source = readFileSync(resolve(root, path), 'utf8');
    // Any wxt/ module: wxt/utils/storage reaches browser.storage as surely as wxt/browser does.
    expect(source).not.toMatch(/from ['"](react|react-dom|wxt\/|#imports|webextension-polyfill)['"/]/);
    expect(source).not.toMatch(/\b(document|window)\.[a-z]/);
  });
});
