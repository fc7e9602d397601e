// @vitest-environment node
// The phone check ships libphonenumber-js's min metadata without its formats (utils/checks/lib/phone-metadata-subset.ts).
// It must read every number exactly as the full min metadata does, and stay in step with the installed library.
import { readFileSync } from 'node:fs';
import metadata from 'libphonenumber-js/metadata.min.json';
import { getCountries, parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { withoutFormats } from '../../utils/checks/lib/phone-metadata-subset';
import { PHONE_METADATA_FILE } from '../../scripts/phone-metadata';

const full = metadata as MetadataJson;
const shipped = JSON.parse(readFileSync(PHONE_METADATA_FILE, 'utf8')) as MetadataJson;

test('the shipped metadata is the installed min metadata without formats (else run: npx tsx scripts/phone-metadata.ts)', () => {
  expect(shipped).toEqual(JSON.parse(JSON.stringify(withoutFormats(full))));
});

test('it is much smaller than the full min metadata', () => {
  expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(full).length * 0.5);
});

// A seeded generator: the same numbers on every run.
function* numbers(count: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const digits = (length: number) => Array.from({ length }, () => Math.floor(next() * 10)).join('');
  for (let i = 0; i < count; i += 1) {
    const length = 6 + Math.floor(next() * 10);
    yield next() < 0.5 ? `0${digits(length)}` : digits(length);
  }
}

test('every region reads national and international numbers exactly as with the full metadata', () => {
  const regions = getCountries(full) as CountryCode[];
  const read = (meta: MetadataJson, text: string, region?: CountryCode) => {
    const parsed = region ? parsePhoneNumberFromString(text, region, meta) : parsePhoneNumberFromString(text, meta);
    return parsed ? [parsed.country, parsed.countryCallingCode, parsed.nationalNumber, parsed.isPossible(), parsed.isValid()] : null;
  };
  let compared = 0;
  let valid = 0;
  let region = 0;
  for (const number of numbers(6000)) {
    const home = regions[region++ % regions.length]!;
    const national = read(full, number, home);
    expect(read(shipped, number, home)).toEqual(national);
    if (national?.[4]) valid += 1;
    expect(read(shipped, `+${number.replace(/^0/, '')}`)).toEqual(read(full, `+${number.replace(/^0/, '')}`));
    compared += 2;
  }
  expect(compared).toBe(12_000);
  // Not a vacuous comparison: many of the generated numbers are real numbers of their region.
  expect(valid).toBeGreaterThan(200);
});
