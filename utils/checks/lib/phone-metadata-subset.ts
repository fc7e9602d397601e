import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * libphonenumber-js's `min` metadata without its formatting rules. The phone check parses and validates numbers
 * (calling codes, national prefixes, lengths, number patterns); it never formats one, and the formats were about
 * half the metadata shipped in every panel (18.9 → 10.1 kB gzipped, libphonenumber-js 1.13.16, 2026-12-02).
 * In the compressed `min` layout a country is an array whose fifth entry holds its formats.
 */
export function withoutFormats(metadata: MetadataJson): MetadataJson {
  const countries = Object.fromEntries(
    Object.entries(metadata.countries as Record<string, unknown[]>).map(([region, entry]) => [region, entry.map((field, index) => (index === FORMATS ? [] : field))]),
  );
  const nonGeographic = (metadata as { nonGeographic?: Record<string, unknown[]> }).nonGeographic;
  return {
    ...metadata,
    countries,
    ...(nonGeographic
      ? { nonGeographic: Object.fromEntries(Object.entries(nonGeographic).map(([code, entry]) => [code, entry.map((field, index) => (index === FORMATS ? [] : field))])) }
      : {}),
  } as MetadataJson;
}
const FORMATS = 4;
