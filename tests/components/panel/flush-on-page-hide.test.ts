// Issue 10: a reload or a closed tab right after typing must not lose the last keystrokes.
import { flushOnPageHide } from '../../../components/panel/flush-on-page-hide';
import { setupPanel } from '../../stores/panel-fakes';

test.each([
  ['pagehide', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
  [
    'visibilitychange to hidden',
    () => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
    },
  ],
])('%s sends every panel\'s save synchronously, with the last keystrokes', (_name, hide) => {
  const abort = new AbortController();
  const panels = [setupPanel(), setupPanel()];
  flushOnPageHide(window, () => panels.map((p) => p.store.getState()), abort.signal);
  panels[0]!.port.text = 'Typed 150 ms before the reload';
  panels[0]!.store.getState().textChanged(panels[0]!.port.text);
  panels[1]!.port.text = 'Not yet seen by the observer';
  hide();
  expect(panels[0]!.backend.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ text: 'Typed 150 ms before the reload' }));
  expect(panels[1]!.backend.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ text: 'Not yet seen by the observer' }));
  abort.abort();
});

test('a visible page is not flushed on every visibility event', () => {
  const abort = new AbortController();
  const p = setupPanel();
  flushOnPageHide(window, () => [p.store.getState()], abort.signal);
  p.port.text = 'Still typing';
  p.store.getState().textChanged(p.port.text);
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(p.backend.saveDraft).not.toHaveBeenCalled();
  abort.abort();
});
