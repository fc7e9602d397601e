import { MessagingError, REPLY_ERROR_KEYS, request } from '../../utils/messaging/protocol';
import { STORAGE_ERROR_MESSAGE_KEYS } from '../../utils/db/errors';

const failWith = (messageKey: string) => async () => ({ ok: false, error: { kind: 'quota', messageKey, detail: 'disk full' } });

test('a reply error carries its locale key to the page', async () => {
  const error = await request(failWith(STORAGE_ERROR_MESSAGE_KEYS.quota), { type: 'feed:get' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MessagingError);
  expect(error).toMatchObject({ kind: 'quota', messageKey: 'dash_storage_error_quota', message: 'disk full' });
});

test('a key no handler may send is shown as "unknown error", never as a raw key', async () => {
  const error = await request(failWith('some_new_key'), { type: 'feed:get' }).catch((e: unknown) => e);
  expect(error).toMatchObject({ messageKey: 'err_unknown' });
});

test('every key a reply may carry is listed (the panel bundle keeps exactly these strings)', () => {
  for (const key of Object.values(STORAGE_ERROR_MESSAGE_KEYS)) expect(REPLY_ERROR_KEYS.has(key)).toBe(true);
  expect(REPLY_ERROR_KEYS.has('err_invalid_message')).toBe(true);
});

test('a worker that restarts is retried; one that stays away is "background unavailable"', async () => {
  vi.useFakeTimers();
  let calls = 0;
  const flaky = async () => {
    calls += 1;
    if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, data: { items: [] } };
  };
  const reply = request(flaky, { type: 'feed:get' });
  await vi.runAllTimersAsync();
  await expect(reply).resolves.toEqual({ items: [] });
  const away = request(async () => { throw new Error('Could not establish connection.'); }, { type: 'feed:get' });
  const settled = away.catch((e: unknown) => e);
  await vi.runAllTimersAsync();
  expect(await settled).toMatchObject({ messageKey: 'err_background_unavailable' });
  vi.useRealTimers();
});
