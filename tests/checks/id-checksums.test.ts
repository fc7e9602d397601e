import { spanishSocialSecurityValid,
  chineseIdValid,
  cnpjValid,
  cuitValid,
  hkidValid,
  kennitalaValid,
  rnokppValid,
  rrnValid,
  rutValid,
  taiwanIdValid,
  tajValid,
  thaiIdValid,
} from '../../utils/checks/lib/id-checksums';

// Valid numbers computed outside the repository (fresh40, fresh41, 2026-12-04), and the same with their check changed.
describe('id checksums of further countries', () => {
  test.each([
    ['kennitala', kennitalaValid, '120485-9469', '120485-9569'],
    ['TAJ', tajValid, '651 512 716', '651 512 717'],
    ['RNOKPP', rnokppValid, '3307209399', '3307209398'],
    ['RUT', rutValid, '15.873.442-7', '15.873.442-K'],
    ['CUIT', cuitValid, '20-31845709-4', '20-31845709-5'],
    ['CNPJ', cnpjValid, '41.827.365/0001-71', '41.827.365/0001-72'],
    ['RRN', rrnValid, '930715-1038461', '930715-1038462'],
    ['Taiwan ID', taiwanIdValid, 'F228416577', 'F228416578'],
    ['HKID', hkidValid, 'K518274(3)', 'K518274(4)'],
    ['Chinese ID', chineseIdValid, '440305198706234818', '440305198706234819'],
    ['Thai ID', thaiIdValid, '1-1015-00471-28-1', '1-1015-00471-28-2'],
  ] as const)('%s accepts %s, not %s', (_name, valid, written, wrong) => {
    expect(valid(written)).toBe(true);
    expect(valid(wrong)).toBe(false);
  });
});

test("reads Spain's older social security numbers, whose serial is under ten million (review, 2026-12-04)", () => {
  expect(spanishSocialSecurityValid('28 01234567 42')).toBe(true);
  expect(spanishSocialSecurityValid('28 01234567 43')).toBe(false);
  expect(spanishSocialSecurityValid('281034567176')).toBe(true);
});
