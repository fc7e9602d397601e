import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Builds small .xlsx workbooks (ECMA-376 parts: content types, workbook, its relations, shared strings, one part per
 * sheet) for the export-import tests and the committed fixtures. A cell is a number, a string (stored as a shared
 * string), { inline } (an inline string), or { formula } (a formula with a cached value, as Excel saves it).
 */

export type FixtureCell = string | number | { inline: string } | { formula: string; cached?: string | number } | null;
export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function buildXlsxParts(sheets: readonly FixtureSheet[]): Zippable {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const sheetXml = (sheet: FixtureSheet) => {
    const rows = sheet.rows
      .map((cells, rowIndex) => {
        const r = rowIndex + 1;
        const xml = cells
          .map((cell, columnIndex) => {
            const ref = `${columnName(columnIndex)}${r}`;
            if (cell === null || cell === '') return '';
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
            if ('inline' in cell) return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell.inline)}</t></is></c>`;
            const cached = cell.cached ?? 0;
            return typeof cached === 'number'
              ? `<c r="${ref}"><f>${escapeXml(cell.formula)}</f><v>${cached}</v></c>`
              : `<c r="${ref}" t="str"><f>${escapeXml(cell.formula)}</f><v>${escapeXml(cached)}</v></c>`;
          })
          .join('');
        return `<row r="${r}">${xml}</row>`;
      })
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  };
  const parts: Zippable = {};
  sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(sheet));
  });
  parts['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  parts['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
      .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  parts['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
      .join('')}</sst>`,
  );
  return parts;
}

/** Fixed timestamps so the committed fixtures are byte-for-byte reproducible. */
export function buildXlsx(sheets: readonly FixtureSheet[]): Uint8Array {
  return zipSync(buildXlsxParts(sheets), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** A LinkedIn creator analytics export as documented (README, "Reach log imports"), sheet names as LinkedIn writes them. */
export function linkedInAnalyticsSheets(options: { upperCase?: boolean } = {}): FixtureSheet[] {
  const name = (text: string) => (options.upperCase === false ? text.charAt(0) + text.slice(1).toLowerCase() : text);
  return [
    { name: name('DISCOVERY'), rows: [['Overall Performance', '11/1/2026 - 11/30/2026'], ['Impressions', 5321], ['Members reached', 2100]] },
    {
      name: name('ENGAGEMENT'),
      rows: [['Date', 'Impressions', 'Engagements'], ['11/3/2026', 1200, 40], ['11/4/2026', 800, 12], ['11/10/2026', 3321, 101]],
    },
    {
      name: name('TOP POSTS'),
      rows: [
        ['Maximum of 50 posts available to include in this list'],
        [],
        ['Post URL', 'Post publish date', 'Engagements', null, 'Post URL', 'Post publish date', 'Impressions'],
        ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001', '11/10/2026', 101, null, 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001', '11/10/2026', 3321],
        ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000002', '11/3/2026', 40, null, 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000002', '11/3/2026', 1200],
        [null, null, null, null, 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000003', '11/4/2026', 800],
      ],
    },
    { name: name('FOLLOWERS'), rows: [['Total followers on 11/30/2026:', 812], [], ['Date', 'New followers'], ['11/3/2026', 4]] },
    { name: name('DEMOGRAPHICS'), rows: [['Top Demographics', 'Value', 'Percentage'], ['Job titles', 'Software Engineer', '0.12']] },
  ];
}
