// The panel store's test environment, shared by the store and panel component tests: a fake editor, a fake
// background that records what it is sent, and one createPanelStore call with the shipped timing by default.
import type { PanelBackend } from '../../utils/browser/background-client';
import type { FeedItem } from '../../utils/feed/feed-item';
import type { DraftInput, PublishInput, SuggestRequest } from '../../utils/messaging/protocol';
import { createRanker } from '../../utils/feed/rank-items';
import { suggestItems } from '../../utils/feed/suggest-items';
import type { Platform } from '../../utils/platform';
import type { EditorPort } from '../../utils/platforms/editor-port';
import type { PanelPreferences } from '../../utils/preferences';
import { createPanelStore, type PanelEnvironment } from '../../utils/stores/panel-store';

/** An editor that behaves like the real ones: inserts at the caret, replaces ranges. */
export function fakeEditor(initial = ''): EditorPort & { text: string; caret: number; select: ReturnType<typeof vi.fn> } {
  const port = {
    text: initial,
    caret: initial.length,
    readText: () => port.text,
    insert(text: string) {
      port.text = port.text.slice(0, port.caret) + text + port.text.slice(port.caret);
      port.caret += text.length;
      return true;
    },
    select: vi.fn(),
    replace(range: { start: number; end: number }, text: string) {
      port.text = port.text.slice(0, range.start) + text + port.text.slice(range.end);
      return true;
    },
  };
  return port;
}

/** A company news item about the Grenoble electrolyser, with a suggested caption. */
export const electrolyserItem: FeedItem = {
  id: 'h2',
  title: 'Alpinéa commissions its first industrial electrolyser in Grenoble',
  url: 'https://newsroom.alpinea.example/h2',
  summary: 'The 20 MW electrolyser will supply green hydrogen to the Grenoble industrial zone.',
  tags: ['hydrogen'],
  source: 'https://newsroom.alpinea.example/feed.json',
  suggestedCaption: 'Our first industrial electrolyser is live in Grenoble.',
  published: '2026-10-29T08:00:00Z',
};

/** A recent company news item without a caption. */
export const hiringItem: FeedItem = {
  id: 'jobs',
  title: 'Alpinéa is hiring 200 wind-farm technicians',
  url: 'https://newsroom.alpinea.example/jobs',
  summary: 'Six months of paid training in Nantes.',
  tags: ['hiring'],
  source: 'https://newsroom.alpinea.example/feed.json',
  published: '2026-11-24T08:00:00Z',
};

/** A background that saves and records everything, and keeps what it was sent. */
export function fakeBackend(over: Partial<PanelBackend> = {}): PanelBackend & { saved: DraftInput[]; published: PublishInput[] } {
  const saved: DraftInput[] = [];
  const published: PublishInput[] = [];
  const backend: PanelBackend & { saved: DraftInput[]; published: PublishInput[] } = {
    saved,
    published,
    saveDraft: vi.fn(async (draft: DraftInput) => {
      saved.push(draft);
      return { saved: true };
    }),
    restorableDraft: vi.fn(async () => null),
    discardDraft: vi.fn(async () => {}),
    recordPublish: vi.fn(async (entry: PublishInput) => void published.push(entry)),
    feedItems: vi.fn(async () => []),
    // Ranked as the background ranks them (entrypoints/background/suggestions.ts), over the fake's own items.
    suggest: vi.fn(async (request: SuggestRequest) => {
      const items = await backend.feedItems();
      const linkedItem = items.find((item) => item.id === request.linkedItemId) ?? null;
      return suggestItems(createRanker(items), { ...request, items, sharedItemIds: [], linkedItem });
    }),
    ...over,
  };
  return backend;
}

export interface PanelSetup {
  /** Text already in the editor when the panel opens. */
  text?: string;
  platform?: Platform;
  backend?: Partial<PanelBackend>;
  /** Anything else of the composer's environment (timings, confirm, attachments). */
  env?: Partial<PanelEnvironment>;
  preferences?: Partial<PanelPreferences>;
}

/** A panel over a fake editor and background; X's home composer unless told otherwise. */
export function setupPanel(options: PanelSetup = {}) {
  const platform = options.platform ?? 'x';
  const port = fakeEditor(options.text);
  const backend = fakeBackend(options.backend);
  const store = createPanelStore(
    {
      port,
      backend,
      platform,
      composerKind: 'post',
      limit: platform === 'x' ? 280 : 3000,
      attachments: () => [],
      pageUrl: () => (platform === 'x' ? 'https://x.com/home' : 'https://www.linkedin.com/feed/'),
      ...options.env,
    },
    options.preferences,
  );
  return { port, backend, store };
}

/** Fake timers for every test of the file: debounces and embargo ends are stepped through, never waited for. */
export function fakeTimersInEveryTest(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
