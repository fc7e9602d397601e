import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PanelActions, PanelState, PanelStore } from '../../utils/stores/panel-store';

export const PanelStoreContext = createContext<PanelStore | null>(null);

/** One store per composer: each panel reads its own. */
export function usePanel<T>(selector: (state: PanelState & PanelActions) => T): T {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreContext provider');
  return useStore(store, selector);
}
