import { createNamedTimers } from '../../utils/time/named-timers';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('starting a timer again replaces it: a debounce runs once, after the last start', () => {
  const timers = createNamedTimers<'save'>();
  const run = vi.fn();
  timers.start('save', run, 300);
  vi.advanceTimersByTime(200);
  timers.start('save', run, 300);
  vi.advanceTimersByTime(299);
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(run).toHaveBeenCalledTimes(1);
});

test('timers of different names run independently; cancel stops one, cancelAll stops every one', () => {
  const timers = createNamedTimers<'check' | 'save' | 'window'>();
  const check = vi.fn();
  const save = vi.fn();
  const window = vi.fn();
  timers.start('check', check, 10);
  timers.start('save', save, 10);
  timers.cancel('check');
  vi.advanceTimersByTime(10);
  expect(check).not.toHaveBeenCalled();
  expect(save).toHaveBeenCalledTimes(1);
  timers.start('check', check, 10);
  timers.start('window', window, 10);
  timers.cancelAll();
  vi.advanceTimersByTime(1000);
  expect(check).not.toHaveBeenCalled();
  expect(window).not.toHaveBeenCalled();
  expect(vi.getTimerCount()).toBe(0);
});
