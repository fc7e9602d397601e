import type { FeedItem } from '../../utils/feed/feed-item';
import type { EditorPort } from '../../utils/platforms/editor-port';

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
