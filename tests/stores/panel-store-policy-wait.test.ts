// Issue 10: panels start before the company policy is read (managed storage can take seconds after
// the browser starts). A Publish clicked in those moments must wait for the policy, not skip its names.
import type { PanelBackend } from '../../utils/background-client';
import { createPanelStore } from '../../utils/stores/panel-store';
import { PolicySchema } from '../../utils/policy';
import { fakeEditor } from './panel-fakes';

const backend: PanelBackend = {
  saveDraft: async () => ({ saved: true }),
  restorableDraft: async () => null,
  discardDraft: async () => {},
  recordPublish: async () => {},
  feedItems: async () => [],
  sharedItemIds: async () => [],
};

function setup(text: string, confirm = vi.fn(() => false)) {
  const port = fakeEditor(text);
  const store = createPanelStore(
    { port, backend, platform: 'x', composerKind: 'post', limit: 280, attachments: () => [], pageUrl: () => 'https://x.com/home', confirm },
    { policy: PolicySchema.parse({}), policyLoaded: false },
  );
  return { store, confirm };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('a Publish before the policy is read waits, then is held for a codename the policy names', () => {
  const { store } = setup('Orion ships next week');
  expect(store.getState().shouldHold()).toBe(true);
  const resume = vi.fn();
  expect(store.getState().hold(resume)).toBe(true);
  expect(store.getState().held).toMatchObject({ findings: [], awaitingPolicy: true });
  vi.advanceTimersByTime(800);
  store.getState().configure({ policy: PolicySchema.parse({ codenames: ['Orion'] }), policyLoaded: true });
  expect(store.getState().held?.findings.map((finding) => finding.category)).toEqual(['codename']);
  expect(resume).not.toHaveBeenCalled();
});

test('a Publish before the policy is read goes through once the policy finds nothing to hold', () => {
  const { store } = setup('A quiet sunny day at the office');
  expect(store.getState().shouldHold()).toBe(true);
  const resume = vi.fn();
  store.getState().hold(resume);
  store.getState().configure({ policy: PolicySchema.parse({ codenames: ['Orion'] }), policyLoaded: true });
  expect(resume).toHaveBeenCalledTimes(1);
  expect(store.getState().held).toBeNull();
});

test('while the policy is not read the person sees why and can still publish: nothing silent, no swallowed click', () => {
  const { store, confirm } = setup('Orion ships next week');
  store.getState().shouldHold();
  const resume = vi.fn();
  store.getState().hold(resume);
  vi.advanceTimersByTime(60_000);
  expect(resume).not.toHaveBeenCalled();
  expect(store.getState().held?.awaitingPolicy).toBe(true);
  store.getState().releaseHold(true);
  expect(resume).toHaveBeenCalledTimes(1);
  expect(confirm).not.toHaveBeenCalled();
  // A policy that arrives after the person decided changes nothing.
  store.getState().configure({ policy: PolicySchema.parse({ codenames: ['Orion'] }), policyLoaded: true });
  expect(store.getState().held).toBeNull();
  expect(resume).toHaveBeenCalledTimes(1);
});
