// Conventions that keep the code base navigable, enforced as tests (as refined-github does).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

  test('every adapter has saved composer fixtures and a test', () => {
    for (const id of Object.keys(adapters)) {
      expect(readdirSync(resolve(root, `tests/fixtures/${id}`)).some((name) => name.endsWith('.html'))).toBe(true);
      expect(() => statSync(resolve(root, `tests/platforms/${id}.test.ts`))).not.toThrow();
    }
  });
});

describe('pure domain logic', () => {
  // utils/ must run in Node and in the service worker: no DOM, no browser API, no React.
  const browserFacing = ['utils/platforms/', 'utils/dom/', 'utils/stores/', 'utils/db/', 'utils/storage.ts',
    'utils/policy-source.ts', 'utils/background-client.ts', 'utils/panel-loader.ts', 'utils/pending-share.ts', 'utils/preferences.ts'];
  const pure = filesUnder('utils').filter((path) => !browserFacing.some((prefix) => path.startsWith(prefix)));

  test.each(pure.map((path) => [relative(root, resolve(root, path))]))('%s imports no DOM, browser or React', (path) => {
    const source = readFileSync(resolve(root, path), 'utf8');
    // Any wxt/ module: wxt/utils/storage reaches browser.storage as surely as wxt/browser does.
    expect(source).not.toMatch(/from ['"](react|react-dom|wxt\/|#imports|webextension-polyfill)['"/]/);
    expect(source).not.toMatch(/\b(document|window)\.[a-z]/);
  });
});
