// Issue 7: onboarding on install (skippable, never a gate), the company policy from MANAGED
// storage (real Chromium policy file), quiet hours (the right to disconnect: no nudges, checks
// still protect), French and English, all applied to open tabs without reload.
import type { Locator, Page } from 'playwright-core';
import { SEL, URLS, type Harness } from './harness';
import {
  clearStoredSettings,
  installManagedPolicy,
  managedStorage,
  panelIn,
  patchStoredSettings,
  quietHoursExcluding,
  storedSettings,
  waitFor,
  withExtension,
} from './helpers';

const SECRET = 'ghp_8fK2mQ9xR4tL7vN1pW3sY6zB0cD5eH2jA9kT';
const X_SCOPE = '[data-testid="primaryColumn"]';

/** Text of the elements an element's aria-describedby names (what a screen reader adds to its name). */
function description(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** Resolves after `ms` (used only before asserting that something did NOT appear). */
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** X's home composer with its panel, the caret in the editor. */
async function xComposer(tabs: { open(url: string): Promise<Page> }) {
  const page = await tabs.open(URLS.xHome);
  await page.locator(SEL.xHomeEditor).click();
  const panel = panelIn(page, X_SCOPE);
  await panel.getByRole('region', { name: 'Porte-Voix' }).waitFor();
  return { page, panel };
}

describe('a fresh install, no company policy', () => {
  const tabs = withExtension();
  let h: Harness;
  beforeAll(() => {
    h = tabs.h;
  });

  const onboardingUrl = () => `chrome-extension://${h.extensionId}/options.html#/onboarding`;

  test('the onboarding page opens by itself on install, once', async () => {
    const page = await waitFor(
      async () => h.context.pages().find((p) => p.url() === onboardingUrl()),
      Boolean,
      15_000,
    );
    expect(page, `no tab at ${onboardingUrl()} among ${h.context.pages().map((p) => p.url()).join(', ')}`).toBeDefined();
    await page!.getByRole('heading', { level: 1, name: 'Welcome to Porte-Voix' }).waitFor();
    await page!.getByRole('heading', { name: 'What Porte-Voix does, and what it never does' }).waitFor();
    expect(await page!.title()).toBe('Welcome · Porte-Voix');
    expect(h.context.pages().filter((p) => p.url() === onboardingUrl())).toHaveLength(1);
    await h.screenshot(page!, 'onboarding');
  });

  test('the panel works before onboarding is done (checks, suggestions); no codename list without a policy', async () => {
    expect((await storedSettings(h))?.onboardingDone ?? false).toBe(false);
    const { page, panel } = await xComposer(tabs);
    // The bundled sample newsroom feeds suggestions offline, before any setup.
    await panel.getByRole('button', { name: /^Insert “/ }).first().waitFor();
    await page.keyboard.type(`Orion ships next week. Deploy token ${SECRET}`);
    await panel.locator('li[data-category="secret"]').waitFor();
    await settle(500);
    // "Orion" is only a codename when the company says so (see the managed policy below).
    expect(await panel.locator('li[data-category="codename"]').count()).toBe(0);
  });

  test('onboarding can be skipped: it is marked done and the page goes to the dashboard', async () => {
    const page = h.context.pages().find((p) => p.url() === onboardingUrl());
    expect(page).toBeDefined();
    // The same page elsewhere invites to set up while onboarding is pending.
    const settings = await tabs.openExtensionPage('options.html#/settings');
    await settings.getByRole('button', { name: 'Set up (optional)' }).waitFor();

    await page!.getByRole('button', { name: 'Skip for now' }).click();
    await expect.poll(async () => (await storedSettings(h))?.onboardingDone).toBe(true);
    await expect.poll(() => new URL(page!.url()).hash).toBe('#/reach');
    // The invitation leaves the other open page without reload.
    await expect.poll(() => settings.getByRole('button', { name: 'Set up (optional)' }).count()).toBe(0);
    await page!.close();
  });

  test('without a company policy nothing in settings is company-set', async () => {
    const page = await tabs.openExtensionPage('options.html#/settings');
    const feed = page.getByLabel('Feed address (JSON Feed, RSS or Atom)');
    await feed.waitFor();
    expect(await feed.isEnabled()).toBe(true);
    expect(await page.getByText('Set by your company').count()).toBe(0);
    expect(await page.getByText('Your company manages a policy in this browser.').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Unpublished figures' }).isEnabled()).toBe(true);
  });

  describe('quiet hours', () => {
    afterEach(async () => {
      await clearStoredSettings(h);
    });

    /** Turns quiet hours on (a one-minute window twelve hours away, every day) or off, in the settings page. */
    async function setQuietHoursInSettings(settings: Page, on: boolean) {
      const enabled = settings.getByRole('checkbox', { name: 'Only suggest things during my hours' });
      if (on) {
        await enabled.check();
        // The browser's own zone (the default): the window is computed where it is read.
        const [start, end] = await settings.evaluate(() => {
          const at = (offset: number) => {
            const d = new Date(Date.now() + offset * 60_000);
            return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
          };
          return [at(12 * 60), at(12 * 60 + 1)];
        });
        await settings.getByLabel('From').fill(start!);
        await settings.getByLabel('Until').fill(end!);
        for (const day of ['Saturday', 'Sunday']) await settings.getByRole('checkbox', { name: day }).check();
      } else {
        await enabled.uncheck();
      }
      await settings.getByRole('button', { name: 'Save' }).click();
      await settings.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
      await expect.poll(async () => ((await storedSettings(h))?.quietHours as { enabled?: boolean })?.enabled).toBe(on);
    }

    test('turning them on in settings hides the opinion prompt and suggestions of an open composer, not the confidentiality warning; off brings them back', async () => {
      const { page, panel } = await xComposer(tabs);
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      const prompt = panel.getByTestId('pv-voice-prompt');
      const suggestions = panel.getByRole('region', { name: 'Company news that fits' });

      // Sharing a company item without a take: the opinion prompt shows.
      await panel.getByRole('button', { name: /^Insert “/ }).first().click();
      await prompt.waitFor();
      await page.keyboard.type(` Deploy token ${SECRET}`);
      const secret = panel.locator('li[data-category="secret"]');
      await secret.waitFor();
      expect(await prompt.count()).toBe(1);

      const settings = await tabs.openExtensionPage('options.html#/settings');
      await setQuietHoursInSettings(settings, true);

      // The open composer follows without reload: no prompt, no suggestions; the secret stays flagged.
      await expect.poll(() => prompt.count()).toBe(0);
      await expect.poll(() => suggestions.count()).toBe(0);
      expect(await secret.count()).toBe(1);
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      // Still quiet after more typing (a fresh analysis), and Publish is still held for the secret.
      await page.locator(SEL.xHomeEditor).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' ok');
      await settle(600);
      expect(await prompt.count()).toBe(0);
      expect(await suggestions.count()).toBe(0);
      expect(await secret.count()).toBe(1);
      await page.click(SEL.xInlineButton);
      const hold = panel.getByRole('alertdialog');
      await hold.locator('li[data-category="secret"]').waitFor();
      expect(await hold.locator('li[data-category="secret"]').count()).toBe(1);
      await hold.getByRole('button', { name: 'Review' }).click();
      expect(await h.published(page)).toEqual([]);

      await setQuietHoursInSettings(settings, false);
      await prompt.waitFor();
      await suggestions.waitFor();
      expect(await secret.count()).toBe(1);
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    });

    test('a composer opened during quiet hours shows no suggestion or prompt, and still flags a secret', async () => {
      await patchStoredSettings(h, { quietHours: quietHoursExcluding() });
      const { page, panel } = await xComposer(tabs);
      await page.keyboard.type(`Deploy token ${SECRET}`);
      await panel.locator('li[data-category="secret"]').waitFor();
      await panel.getByRole('button', { name: 'Start my take' }).waitFor();
      // The feed is cached and loads in well under this (the panel of the test above showed it).
      await settle(1500);
      expect(await panel.getByRole('region', { name: 'Company news that fits' }).count()).toBe(0);
      expect(await panel.getByRole('button', { name: /^Insert “/ }).count()).toBe(0);
      expect(await panel.getByTestId('pv-voice-prompt').count()).toBe(0);

      // Turned off elsewhere (another extension page): suggestions appear in this tab.
      await patchStoredSettings(h, { quietHours: { ...quietHoursExcluding(), enabled: false } });
      await panel.getByRole('region', { name: 'Company news that fits' }).waitFor();
    });
  });

  describe('language', () => {
    afterEach(async () => {
      await clearStoredSettings(h);
    });

    test('choosing Français in settings turns the open panel French without reload, and back', async () => {
      const { page, panel } = await xComposer(tabs);
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
      await panel.getByText('Nothing to flag so far.').waitFor();

      const settings = await tabs.openExtensionPage('options.html#/settings');
      await settings.getByRole('combobox', { name: 'Language' }).selectOption('fr');
      await settings.getByRole('button', { name: 'Save' }).click();
      // The settings page itself follows the saved language.
      await settings.locator('.pv-settings h1', { hasText: 'Réglages' }).waitFor();
      expect(await settings.evaluate(() => document.documentElement.lang)).toBe('fr');

      await panel.getByText("Rien à signaler pour l'instant.").waitFor();
      await panel.getByRole('heading', { name: "Actualités de l'entreprise en lien" }).waitFor();
      await page.locator(SEL.xHomeEditor).click();
      await page.keyboard.type(`Jeton de déploiement ${SECRET}`);
      const secret = panel.locator('li[data-category="secret"]');
      await secret.waitFor();
      expect(await secret.locator('.pv-finding__label').innerText()).toBe('Secret ou identifiant');
      await secret.getByRole('button', { name: 'Montrer' }).waitFor();
      expect(await panel.getByRole('button', { name: 'Masquer' }).count()).toBe(1);
      expect(await panel.getByText('Nothing to flag so far.').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await h.screenshot(page, 'panel-french');

      // Back to English from another page: the same panel follows.
      await patchStoredSettings(h, { language: 'en' });
      await secret.getByRole('button', { name: 'Show' }).waitFor();
      expect(await secret.locator('.pv-finding__label').innerText()).toBe('Secret or credential');
    });
  });
});

describe('a company policy from managed storage (Chromium policy file)', () => {
  const COMPANY_FEED = 'https://news.porte-voix-e2e.example/feed.json';
  const COMPANY_ITEM = 'Alpinéa opens its Quimper training centre';
  const POLICY = {
    codenames: ['Orion'],
    feedUrl: COMPANY_FEED,
    severities: { financial: 'high', caps: 'off' },
  };
  let policyFile: { file: string; remove: () => Promise<void> } | undefined;
  const tabs = withExtension({
    async beforeLaunch({ id }) {
      policyFile = await installManagedPolicy(id, POLICY);
    },
    serve: [
      {
        url: COMPANY_FEED,
        headers: { 'content-type': 'application/feed+json', 'access-control-allow-origin': '*' },
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Alpinéa (company-set feed)',
          items: [
            {
              id: 'https://news.porte-voix-e2e.example/quimper',
              url: 'https://news.porte-voix-e2e.example/quimper',
              title: COMPANY_ITEM,
              content_text: 'A new centre trains 120 wind turbine technicians a year.',
              date_published: new Date(Date.now() - 3600_000).toISOString(),
            },
          ],
        }),
      },
    ],
  });
  let h: Harness | undefined;
  beforeAll(() => {
    h = tabs.h;
  });
  // Machine-wide: never leave it behind for other tests or the machine, even when the browser did not start.
  afterAll(async () => {
    await policyFile?.remove();
  });

  // Chromium loads policies a few seconds after startup (about 3.5 s here).
  const policyLoaded = () => waitFor(() => managedStorage(h!), (value) => Object.keys(value).length > 0, 20_000);

  test('the extension reads the policy from chrome.storage.managed', async () => {
    expect(policyFile).toBeDefined();
    expect(await policyLoaded()).toEqual(POLICY);
  });

  test('its codename is flagged in a composer, and its feed is not fetched before the person allows its host', async () => {
    await policyLoaded();
    const { page, panel } = await xComposer(tabs);
    await page.keyboard.type('Orion ships next week. THIS IS HUGE NEWS FOR EVERYONE');
    const codename = panel.locator('li[data-category="codename"]');
    await codename.waitFor();
    expect(await codename.innerText()).toContain('“Orion” is an internal codename.');
    // The company turned the capitals check off.
    await settle(500);
    expect(await panel.locator('li[data-category="caps"]').count()).toBe(0);
    // A feed set by a policy never went through the permission prompt: not fetched silently (issue 10).
    expect(h!.servedRequests).not.toContain(COMPANY_FEED);
    expect(await panel.getByRole('button', { name: `Insert “${COMPANY_ITEM}”` }).count()).toBe(0);
  });

  test('the page never sees a finding: nothing outside the panel quotes the policy term (issue 10)', async () => {
    await policyLoaded();
    const { page, panel } = await xComposer(tabs);
    await page.keyboard.type('Orion ships next week.');
    await panel.locator('li[data-category="codename"]').waitFor();
    // From the page's own world: its title, every attribute of its DOM (the panel's host included) and
    // all text outside the editor it owns. The editor holds what the person typed, nothing of ours.
    const seen = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const editor of clone.querySelectorAll('[contenteditable="true"]')) editor.remove();
      const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => `${element.localName}[${attribute.name}=${attribute.value}]`),
      );
      return { title: document.title, text: clone.textContent ?? '', attributes };
    });
    expect(seen.title).not.toMatch(/Orion|codename/i);
    expect(seen.text).not.toMatch(/internal codename|Orion/);
    expect(seen.attributes.filter((attribute) => /Orion|codename/i.test(attribute))).toEqual([]);
  });

  test('settings show the company-set values locked, "Set by your company"', async () => {
    await policyLoaded();
    const page = await tabs.openExtensionPage('options.html#/settings');
    await page.getByText('Your company manages a policy in this browser.').waitFor();
    const feed = page.getByLabel('Feed address (JSON Feed, RSS or Atom)');
    expect(await feed.inputValue()).toBe(COMPANY_FEED);
    expect(await feed.isDisabled()).toBe(true);
    expect(await description(feed)).toBe('Set by your company');

    const financial = page.getByRole('checkbox', { name: 'Unpublished figures' });
    expect(await financial.isDisabled()).toBe(true);
    expect(await financial.isChecked()).toBe(true);
    expect(await description(financial)).toBe('Set by your company');
    expect(await page.getByRole('combobox', { name: 'Severity of Unpublished figures' }).inputValue()).toBe('high');
    const caps = page.getByRole('checkbox', { name: 'All capitals' });
    expect(await caps.isDisabled()).toBe(true);
    expect(await caps.isChecked()).toBe(false);
    expect(await description(caps)).toBe('Set by your company');
    // What the company did not set stays the person's.
    expect(await page.getByRole('checkbox', { name: 'Project codenames' }).isEnabled()).toBe(true);
    // Its feed needs a host permission the person has not given: said here, with the way to give it.
    await page.getByText('The news feed set by a policy is on news.porte-voix-e2e.example, which Porte-Voix may not read yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Allow reading news.porte-voix-e2e.example' }).waitFor();
    await page.getByLabel('Feed address (JSON Feed, RSS or Atom)').scrollIntoViewIfNeeded();
    await h!.screenshot(page, 'settings-company-set');
  });
});
