// The Publish hold: only confidentiality findings hold a post, a broken view falls back to a plain
// confirmation, and (issue 10) a Publish clicked before the company policy is read waits for it: panels
// start before managed storage answers, which can take seconds after the browser starts.
import { PolicySchema } from '../../utils/policy';
import { setupPanel, fakeTimersInEveryTest } from './panel-fakes';

/** A panel whose company policy has not been read yet. */
function setupBeforePolicy(text: string, confirm = vi.fn(() => false)) {
  const { store } = setupPanel({ text, env: { confirm }, preferences: { policy: PolicySchema.parse({}), policyLoaded: false } });
  return { store, confirm };
}

fakeTimersInEveryTest();

test('a Publish before the policy is read waits, then is held for a codename the policy names', () => {
  const { store } = setupBeforePolicy('Orion ships next week');
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
  const { store } = setupBeforePolicy('A quiet sunny day at the office');
  expect(store.getState().shouldHold()).toBe(true);
  const resume = vi.fn();
  store.getState().hold(resume);
  store.getState().configure({ policy: PolicySchema.parse({ codenames: ['Orion'] }), policyLoaded: true });
  expect(resume).toHaveBeenCalledTimes(1);
  expect(store.getState().held).toBeNull();
});

test('while the policy is not read the person sees why and can still publish: nothing silent, no swallowed click', () => {
  const { store, confirm } = setupBeforePolicy('Orion ships next week');
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

test('the hold decision runs only the confidentiality rules: a failing hygiene input cannot make it fail open', () => {
  const { store } = setupPanel({
    text: 'My key is AKIAZ7XQ4N2M5P8R3T6W',
    env: {
      // The adapter's attachment lookup (alt-text, a hygiene rule) broke with a site change.
      attachments: () => {
        throw new Error('selector drift');
      },
    },
  });
  expect(store.getState().shouldHold()).toBe(true);
  expect(store.getState().hold(() => {})).toBe(true);
  expect(store.getState().held?.findings.map((f) => f.category)).toEqual(['secret']);
});

test('a panel whose view failed cannot show the hold dialog, and says so to the guard', () => {
  const { store } = setupPanel({ text: 'My key is AKIAZ7XQ4N2M5P8R3T6W' });
  store.getState().viewFailed();
  expect(store.getState().shouldHold()).toBe(true);
  expect(store.getState().hold(() => {})).toBe(false);
  expect(store.getState().confirmText()).toMatch(/publish/i);
  store.getState().configure({ locale: 'fr' });
  expect(store.getState().confirmText()).toMatch(/publier/i);
});

test('a dialog that breaks while holding a post falls back to the plain confirmation: the click is not swallowed', () => {
  const confirm = vi.fn(() => true);
  const { store } = setupPanel({ text: 'My key is AKIAZ7XQ4N2M5P8R3T6W', env: { confirm } });
  const resume = vi.fn();
  expect(store.getState().shouldHold()).toBe(true);
  expect(store.getState().hold(resume)).toBe(true);
  // The hold dialog's render throws; the error boundary reports it.
  store.getState().viewFailed();
  expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/publish it anyway/i));
  expect(resume).toHaveBeenCalledTimes(1);
  expect(store.getState().held).toBeNull();
});
