import { holdFindings } from '../../draft/hold-findings';
import { translate } from '../../i18n/translate';
import { draftSituation } from './draft-situation';
import type { HoldActions, PanelSliceContext } from './panel-types';

export function holdActions(ctx: PanelSliceContext): HoldActions {
  const { env, now, set, get } = ctx;
  return {
    shouldHold() {
      // Check the text as it is at the click, not as it was at the last debounce.
      const text = env.port.readText();
      get().textChanged(text);
      // Not read yet: hold, and decide with the company's names once they are here.
      if (!get().preferences.policyLoaded) {
        set({ holdDecision: [] });
        return true;
      }
      const found = holdFindings(text, draftSituation(ctx, now()));
      set({ holdDecision: found });
      return found.length > 0;
    },

    hold(resume) {
      if (get().viewBroken || get().disposed) return false;
      // Not read yet: the dialog says so and lets the person decide; settleAwaitedHold() decides when it comes.
      if (!get().preferences.policyLoaded) set({ held: { findings: [], resume, awaitingPolicy: true } });
      else set({ held: { findings: get().holdDecision, resume } });
      return true;
    },

    releaseHold(publish) {
      const held = get().held;
      set({ held: null });
      if (publish) held?.resume();
    },

    settleAwaitedHold() {
      const held = get().held;
      if (!held?.awaitingPolicy || !get().preferences.policyLoaded) return;
      // The click that waited is decided now, with the company's names.
      if (get().shouldHold()) {
        get().hold(held.resume);
      } else {
        set({ held: null });
        held.resume();
      }
    },

    confirmText() {
      return translate(get().preferences.locale, 'panel_hold_confirm');
    },

    viewFailed() {
      const held = get().held;
      set({ viewBroken: true, held: null });
      // The dialog itself broke while a post was held: ask plainly rather than leave the click swallowed.
      if (!held) return;
      const ask = env.confirm ?? ((message: string) => globalThis.confirm?.(message) ?? false);
      if (ask(get().confirmText())) held.resume();
    },
  };
}
