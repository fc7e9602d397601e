// Proves the offline fixture pages themselves (with the extension loaded): real URLs, no
// request escapes, the REAL editors' models follow typing, Post buttons follow the models,
// publishing records the text, SDUI placeholder replacement, X thread parts.
import { existsSync } from 'node:fs';
import { launchWithExtension, MOD, SEL, URLS, type Harness } from './harness';
import { withExtension } from './helpers';

const ext = withExtension();
const { open, pageErrors: errorsOf } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});
const MULTI = 'Première ligne 🚀\nsecond line\n\nafter a blank 👩🏽‍💻';

/**
 * A comment box under a feed post: no submit button while empty, the model follows typing, the button posts
 * the exact text, and the box empties (the button goes with the text).
 */
async function expectCommentBoxPosts(box: { url: string; editor: string; submit: string; model: string }, text: string) {
  const page = await open(box.url);
  expect(await page.locator(box.submit).count()).toBe(0);
  await page.locator(box.editor).click();
  await page.keyboard.type(text);
  expect(await h.modelText(page, box.model)).toBe(text);
  await page.click(box.submit);
  expect(await h.published(page)).toMatchObject([{ composer: box.model, text }]);
  expect(await h.modelText(page, box.model)).toBe('');
  expect(await page.locator(box.submit).count()).toBe(0);
}

describe('extension + harness', () => {
  it('loads the extension and finds its id from the service worker', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.serviceWorker?.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    const popup = await ext.openExtensionPage('popup.html');
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/popup.html`);
  });

  it('serves a registered feed to the service worker and blocks anything else', async () => {
    h.serveAt('https://news.example.com/feed.xml', '<rss version="2.0"></rss>', { 'content-type': 'application/rss+xml' });
    const body = await h.serviceWorker!.evaluate(async () => (await fetch('https://news.example.com/feed.xml')).text());
    expect(body).toContain('<rss');
    const err = await h.serviceWorker!.evaluate(() => fetch('https://escape.example.org/x').then(() => 'fetched', (e) => String(e)));
    expect(err).toMatch(/Failed to fetch/);
    expect(h.blockedRequests.splice(0)).toEqual(['https://escape.example.org/x']);
  });

  it.each(Object.entries(URLS))('serves %s at its real URL', async (_name, url) => {
    const page = await open(url);
    expect(page.url()).toBe(url);
    expect(errorsOf(page)).toEqual([]);
  });
});

describe('LinkedIn classic (Quill 1 in #interop-outlet shadow root)', () => {
  it('opens the share modal inside the open shadow root, ignores the decoy, types, posts', async () => {
    const page = await open(URLS.linkedinFeed);
    // Decoy: a hidden light-DOM .ql-editor exists before the composer opens.
    expect(
      await page.evaluate(() => ({
        decoyHidden: (document.querySelector('.share-box--preload .ql-editor[data-test-ql-editor-contenteditable="true"]') as HTMLElement).offsetParent === null,
        lightEditors: document.querySelectorAll('.ql-editor').length,
      })),
    ).toEqual({ decoyHidden: true, lightEditors: 2 }); // decoy + comment box
    await page.click(SEL.linkedinClassicTrigger);
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector('div#interop-outlet[data-testid="interop-shadowdom"]');
      return Boolean(host?.shadowRoot?.querySelector('[data-test-modal-id="sharebox"][role=dialog] .ql-editor[contenteditable=true][role=textbox][data-test-ql-editor-contenteditable="true"][aria-label="Text editor for creating content"][data-placeholder]'));
    });
    expect(inShadow).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-test-modal-id="sharebox"]'))).toBeNull();
    await expect.poll(() => page.locator(SEL.linkedinClassicPost).isDisabled()).toBe(true);
    await page.locator(SEL.linkedinClassicEditor).click();
    await page.keyboard.type(MULTI);
    expect(await h.modelText(page, 'linkedin-classic-share')).toBe(MULTI);
    expect(await page.locator(SEL.linkedinClassicPost).isEnabled()).toBe(true);
    await page.keyboard.press(`${MOD}+A`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => h.modelText(page, 'linkedin-classic-share')).toBe('');
    expect(await page.locator(SEL.linkedinClassicPost).isDisabled()).toBe(true);
    await page.keyboard.type('Hello LinkedIn 👋');
    // __fixture.undo(id) drives the editor's own history.
    await page.waitForTimeout(1100);
    await page.keyboard.type('!');
    await page.evaluate(() => (window as unknown as { __fixture: { undo(id: string): void } }).__fixture.undo('linkedin-classic-share'));
    expect(await h.modelText(page, 'linkedin-classic-share')).toBe('Hello LinkedIn 👋');
    await page.click(SEL.linkedinClassicPost);
    await page.locator(SEL.linkedinToastSuccess).waitFor();
    expect(await h.published(page)).toMatchObject([{ composer: 'linkedin-classic-share', text: 'Hello LinkedIn 👋' }]);
    expect(await page.locator(SEL.linkedinClassicModal).count()).toBe(0);
    await h.screenshot(page, 'fixture-linkedin-classic-posted');
    expect(errorsOf(page)).toEqual([]);
  });

  it('opens and prefills the composer from ?shareActive=true&text=', async () => {
    const page = await open(`${URLS.linkedinShareActive}&text=${encodeURIComponent('Prefilled ✨')}`);
    await page.locator(SEL.linkedinClassicEditor).waitFor();
    await expect.poll(() => h.modelText(page, 'linkedin-classic-share')).toBe('Prefilled ✨');
    expect(await page.locator(SEL.linkedinClassicPost).isEnabled()).toBe(true);
  });

  it('closes on a backdrop click', async () => {
    const page = await open(URLS.linkedinFeed);
    await page.click(SEL.linkedinClassicTrigger);
    await page.mouse.click(10, 600);
    await expect.poll(() => page.locator(SEL.linkedinClassicModal).count()).toBe(0);
    expect((await h.modelTexts(page)).map((m) => m.id)).toEqual(['linkedin-classic-comment']);
  });

  it('comment box: the submit button appears only with text, and posts', async () => {
    await expectCommentBoxPosts({ url: URLS.linkedinFeed, editor: SEL.linkedinClassicCommentEditor, submit: SEL.linkedinClassicCommentSubmit, model: 'linkedin-classic-comment' }, 'Great news!\nCongrats 🎉');
  });
});

describe('LinkedIn SDUI 2026 (TipTap in a native <dialog>)', () => {
  it('/sharing/compose mounts a placeholder dialog, then replaces it with the editor', async () => {
    // Record every <dialog> as it is inserted (timing-proof, even on a loaded machine).
    const page = ext.track(await h.context.newPage());
    await page.addInitScript(() => {
      const seen: { el: Element; editor: boolean; modal: boolean }[] = [];
      (window as unknown as { __dialogs: typeof seen }).__dialogs = seen;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLDialogElement)
              queueMicrotask(() => seen.push({ el: n, editor: Boolean(n.querySelector('[contenteditable]')), modal: n.matches(':modal') }));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(URLS.linkedinSharingCompose);
    await page.locator(SEL.linkedinSduiEditor).waitFor();
    const first = await page.evaluate(() => {
      const d = (window as unknown as { __dialogs: { el: Element; editor: boolean; modal: boolean }[] }).__dialogs;
      (window as unknown as { __firstDialog: Element | undefined }).__firstDialog = d[0]?.el;
      return d.map(({ editor, modal }) => ({ editor, modal }));
    });
    expect(first).toEqual([
      { editor: false, modal: true }, // placeholder
      { editor: true, modal: true }, // replacement
    ]);
    const after = await page.evaluate(() => {
      const d = document.querySelector('dialog')!;
      const ed = d.querySelector('[componentkey="ShareBox_textEditor"]')!;
      return {
        replaced: (window as unknown as { __firstDialog: Element }).__firstDialog !== d,
        firstConnected: (window as unknown as { __firstDialog: Element }).__firstDialog.isConnected,
        modal: d.matches(':modal'),
        classes: ed.className,
        wrapper: Boolean(ed.closest('[data-testid="ui-core-tiptap-text-editor-wrapper"]')),
        screen: Boolean(d.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"]')),
        media: Boolean(d.querySelector('button[aria-label="Media"] svg')),
        textOnlyButtons: [...d.querySelectorAll('button')].filter((b) => !b.querySelector('svg')).map((b) => b.textContent),
      };
    });
    expect(after).toMatchObject({ replaced: true, firstConnected: false, modal: true, wrapper: true, screen: true, media: true, textOnlyButtons: ['Post'] });
    expect(after.classes).toMatch(/\btiptap\b.*\bProseMirror\b|\bProseMirror\b.*\btiptap\b/);
    expect(await page.locator(SEL.linkedinSduiPost).isDisabled()).toBe(true);
    await page.keyboard.type(MULTI);
    expect(await h.modelText(page, 'linkedin-sdui-share')).toBe(MULTI);
    expect(await page.locator(SEL.linkedinSduiPost).isEnabled()).toBe(true);
    await h.screenshot(page, 'fixture-linkedin-sdui-dialog');
    await page.click(SEL.linkedinSduiPost);
    expect(await h.published(page)).toMatchObject([{ composer: 'linkedin-sdui-share', text: MULTI }]);
    expect(await page.locator('dialog').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });

  it('the feed trigger ignores an untrusted .click() but opens on a real click', async () => {
    const page = await open(URLS.linkedinSduiFeed);
    await page.evaluate(() => (document.querySelector('div[aria-label="Start a post"]') as HTMLElement).click());
    await page.waitForTimeout(700);
    expect(await page.locator('dialog').count()).toBe(0);
    await page.click(SEL.linkedinSduiTrigger);
    await page.locator(SEL.linkedinSduiEditor).waitFor();
    // Outside the modal dialog is inert.
    expect(await page.evaluate(() => document.querySelector('main')!.matches(':modal'))).toBe(false);
    await page.keyboard.type('x');
    expect(await h.modelText(page, 'linkedin-sdui-share')).toBe('x');
    await page.click('dialog button[aria-label="Dismiss"]');
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
  });

  it('TipTap comment box: Comment button appears with text, and posts', async () => {
    await expectCommentBoxPosts({ url: URLS.linkedinSduiFeed, editor: SEL.linkedinSduiCommentEditor, submit: SEL.linkedinSduiCommentButton, model: 'linkedin-sdui-comment' }, 'Bravo !\nÀ bientôt 🙌');
  });
});

describe('X (Draft.js 0.11.7 on React 18)', () => {
  it('home inline box: model follows typing, button follows model, Ctrl/Cmd+Enter posts', async () => {
    const page = await open(URLS.xHome);
    const btn = page.locator(SEL.xInlineButton);
    expect(await btn.getAttribute('aria-disabled')).toBe('true');
    const ed = page.locator(SEL.xHomeEditor);
    expect(await ed.evaluate((e) => [e.className, e.getAttribute('role'), e.getAttribute('aria-label'), Boolean(e.closest('[data-testid="tweetTextarea_0RichTextInputContainer"]')), Boolean(e.closest('[data-testid="tweetTextarea_0_label"]')), Boolean(e.closest('[data-testid="toolBar"]'))])).toEqual([
      'notranslate public-DraftEditor-content',
      'textbox',
      'Post text',
      true,
      true,
      false,
    ]);
    await ed.click();
    await page.keyboard.type(MULTI);
    expect(await h.modelText(page, 'x-home')).toBe(MULTI);
    expect(await btn.getAttribute('aria-disabled')).toBeNull();
    await page.keyboard.press(`${MOD}+Enter`);
    await page.locator(`${SEL.xToast} a[href*="/status/"]`).waitFor();
    expect(await h.published(page)).toMatchObject([{ composer: 'x-home', text: MULTI }]);
    expect(await h.modelText(page, 'x-home')).toBe('');
    expect(await btn.isDisabled()).toBe(true);
    expect(errorsOf(page)).toEqual([]);
  });

  it('SideNav opens /compose/post in #layers; thread parts; Post all; close', async () => {
    const page = await open(URLS.xHome);
    await page.click(SEL.xSideNavPost);
    await page.locator(SEL.xModal).waitFor();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await page.locator(SEL.xModalEditor(0)).click();
    await page.keyboard.type('1/ thread 🧵');
    await page.click(SEL.xAddButton);
    await page.locator(SEL.xModalEditor(1)).waitFor();
    expect(await page.locator(SEL.xModalButton).isDisabled()).toBe(true); // empty part
    await page.locator(SEL.xModalEditor(1)).click();
    await page.keyboard.type('2/ second\npart');
    await page.click(SEL.xAddButton);
    await page.locator(SEL.xModalEditor(2)).click();
    await page.keyboard.type('3/ end');
    expect(await page.locator(SEL.xModalButton).innerText()).toBe('Post all');
    expect(await page.locator(SEL.xModalButton).isEnabled()).toBe(true);
    await h.screenshot(page, 'fixture-x-thread');
    await page.click(SEL.xModalButton);
    expect((await h.published(page)).map((p) => [p.part, p.text])).toEqual([
      [0, '1/ thread 🧵'],
      [1, '2/ second\npart'],
      [2, '3/ end'],
    ]);
    await expect.poll(() => page.locator(SEL.xModal).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/home');
    // Close removes the composer.
    await page.click(SEL.xSideNavPost);
    await page.locator(SEL.xModal).waitFor();
    await page.click(SEL.xClose);
    await expect.poll(() => page.locator(SEL.xModal).count()).toBe(0);
    expect((await h.modelTexts(page)).map((m) => m.id)).toEqual(['x-home']);
  });

  it('/compose/post deep link shows the modal over home', async () => {
    const page = await open(URLS.xCompose);
    await page.locator(SEL.xModalEditor(0)).waitFor();
    expect((await h.modelTexts(page)).map((m) => m.id).sort()).toEqual(['x-compose-0', 'x-home']);
    await page.keyboard.type('deep link');
    expect(await h.modelText(page, 'x-compose-0')).toBe('deep link');
  });

  it('status page: the reply box mounts lazily, Reply posts', async () => {
    const page = await open(URLS.xStatus);
    expect(await page.locator('[data-testid="tweetTextarea_0"]').count()).toBe(0);
    await page.click(SEL.xReplyPlaceholder);
    await page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]').waitFor();
    await page.keyboard.type('Nice one 👏');
    expect(await h.modelText(page, 'x-reply')).toBe('Nice one 👏');
    expect(await page.locator(SEL.xInlineButton).innerText()).toBe('Reply');
    await page.click(SEL.xInlineButton);
    expect(await h.published(page)).toMatchObject([{ composer: 'x-reply', text: 'Nice one 👏' }]);
  });
});

describe('locale option', () => {
  // Chromium's UI language (chrome.i18n.getUILanguage, and which _locales/ the extension uses)
  // needs the locale's .pak: Debian ships only en-US.pak unless `chromium-l10n` is installed.
  const hasFrPak = existsSync('/usr/lib/chromium/locales/fr.pak');

  it('sets navigator.language / Accept-Language for pages', async () => {
    const fr = await launchWithExtension({ locale: 'fr-FR' });
    try {
      const page = await fr.open(URLS.xHome);
      expect(await page.evaluate(() => navigator.language)).toBe('fr-FR');
      expect(fr.blockedRequests).toEqual([]);
    } finally {
      await fr.close();
    }
  });

  it.skipIf(!hasFrPak)('sets the browser UI language seen by chrome.i18n (needs chromium-l10n)', async () => {
    const fr = await launchWithExtension({ locale: 'fr' });
    try {
      const ui = await fr.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
      expect(ui).toMatch(/^fr/);
    } finally {
      await fr.close();
    }
  });
});
