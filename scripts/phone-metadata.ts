// Writes utils/checks/lib/phone-metadata.json: libphonenumber-js's min metadata without the formats the phone
// check never uses (see utils/checks/lib/phone-metadata-subset.ts). Run after upgrading libphonenumber-js:
//   npx tsx scripts/phone-metadata.ts
// tests/checks/phone-metadata.test.ts fails until the file matches the installed version.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import metadata from 'libphonenumber-js/metadata.min.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { withoutFormats } from '../utils/checks/lib/phone-metadata-subset';

export const PHONE_METADATA_FILE = fileURLToPath(new URL('../utils/checks/lib/phone-metadata.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PHONE_METADATA_FILE, JSON.stringify(withoutFormats(metadata as MetadataJson)) + '\n');
  console.log(`wrote ${PHONE_METADATA_FILE}`);
}
