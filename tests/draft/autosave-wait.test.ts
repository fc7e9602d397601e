import { autosaveWait } from '../../utils/draft/autosave-wait';

test.each([
  ['a first change waits the whole delay', 1000, 300],
  ['typing for 0.8 s leaves 0.2 s before the save is due', 1800, 200],
  ['a change after the deadline saves at once', 2500, 0],
])('%s', (_name, now, wait) => {
  expect(autosaveWait({ delay: 300, maxWait: 1000, unsavedSince: 1000, now })).toBe(wait);
});
