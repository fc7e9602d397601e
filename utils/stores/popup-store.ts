import { create } from 'zustand';
import type { FeedItem } from '../feed/feed-item';
import type { ShareSubject } from '../browser/pending-share';

export interface PopupState {
  items: FeedItem[];
  query: string;
  subject: ShareSubject | null;
  take: string;
  loadError: string | null;
}

export interface PopupActions {
  setItems(items: FeedItem[]): void;
  setQuery(query: string): void;
  startShare(subject: ShareSubject): void;
  setTake(take: string): void;
  cancelShare(): void;
  setLoadError(key: string | null): void;
  reset(): void;
}

export const initialPopupState: PopupState = { items: [], query: '', subject: null, take: '', loadError: null };

export const usePopupStore = create<PopupState & PopupActions>()((set) => ({
  ...initialPopupState,
  setItems: (items) => set({ items }),
  setQuery: (query) => set({ query }),
  startShare: (subject) => set({ subject, take: '' }),
  setTake: (take) => set({ take }),
  cancelShare: () => set({ subject: null, take: '' }),
  setLoadError: (loadError) => set({ loadError }),
  reset: () => set(initialPopupState),
}));
