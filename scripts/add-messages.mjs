// Merges message entries into public/_locales/<locale>/messages.json, keeping keys sorted by insertion.
// Usage: node scripts/add-messages.mjs path/to/entries.json
//   where entries.json is { "en": { "key": "English text" }, "fr": { "key": "Texte français" } }.
// Read-modify-write in one go so that several people adding keys do not clobber each other.
import { readFileSync, writeFileSync } from 'node:fs';

const entries = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [locale, messages] of Object.entries(entries)) {
  const file = new URL(`../public/_locales/${locale}/messages.json`, import.meta.url);
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, message] of Object.entries(messages)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`Invalid message key "${key}" (only A-Z, a-z, 0-9, _)`);
    catalog[key] = typeof message === 'string' ? { message } : message;
  }
  writeFileSync(file, JSON.stringify(catalog, null, 2) + '\n');
}
