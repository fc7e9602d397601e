// Issue 10: every stored date is one a Date can hold, on write and on import.
import { DraftSchema, EpochMsSchema, MAX_EPOCH_MS, ReachEntrySchema } from '../../utils/db/records';
import { EXPORT_FORMAT, parseImport } from '../../utils/db/data';

test.each([MAX_EPOCH_MS + 1, 9e18, Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5])('%s is not a stored time', (time) => {
  expect(EpochMsSchema.safeParse(time).success).toBe(false);
});

test('the largest time Date holds is accepted', () => {
  expect(EpochMsSchema.parse(MAX_EPOCH_MS)).toBe(MAX_EPOCH_MS);
  expect(Number.isFinite(new Date(MAX_EPOCH_MS).getTime())).toBe(true);
});

test('drafts and reach entries with an out-of-range date are refused', () => {
  const draft = { id: 'a', platform: 'x', composerKind: 'post', url: '', text: 't', createdAt: 1, updatedAt: 9e15, status: 'open', dismissedFindings: [] };
  expect(DraftSchema.safeParse(draft).success).toBe(false);
  const entry = { id: 1, platform: 'x', publishedAt: 9e15, text: 't', hashtags: [], personalVoice: null, length: 1, kind: 'own' };
  expect(ReachEntrySchema.safeParse(entry).success).toBe(false);
});

test('an export file holding a draft dated beyond Date is not imported', () => {
  const file = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(0).toISOString(),
    drafts: [{ id: 'a', platform: 'x', composerKind: 'post', url: '', text: 't', createdAt: 1, updatedAt: 9e15, status: 'open', dismissedFindings: [] }],
    reachLog: [],
  };
  expect(parseImport(file).ok).toBe(false);
  // The same file with a date Date can hold is fine: the date is what is refused.
  expect(parseImport({ ...file, drafts: [{ ...file.drafts[0], updatedAt: 2_000 }] }).ok).toBe(true);
});
