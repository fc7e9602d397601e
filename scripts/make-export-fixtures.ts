// Writes the committed .xlsx fixture of LinkedIn's creator analytics export (tests/fixtures/exports/).
// Run: npx tsx scripts/make-export-fixtures.ts
import { writeFileSync } from 'node:fs';
import { buildXlsx, linkedInAnalyticsSheets } from './xlsx-fixture';

const target = new URL('../tests/fixtures/exports/linkedin-creator-analytics.xlsx', import.meta.url);
writeFileSync(target, buildXlsx(linkedInAnalyticsSheets()));
console.log(`wrote ${target.pathname}`);
