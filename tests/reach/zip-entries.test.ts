import { strToU8, zipSync } from 'fflate';
import { buildXlsx, linkedInAnalyticsSheets } from '../../scripts/xlsx-fixture';
import { parseLinkedInAnalytics } from '../../utils/reach/linkedin-analytics';
import { readZipEntries, ZipError } from '../../utils/reach/zip-entries';
import { readXlsxSheets } from '../../utils/reach/xlsx-sheets';

/** Rewrites the uncompressed size of every entry, in the central directory and in the local headers, as a bomb would. */
function declareSize(zip: Uint8Array, size: number, where: 'central' | 'both'): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
    if (signature === 0x04034b50 && where === 'both') view.setUint32(at + 22, size, true);
  }
  return bytes;
}

const expectZipError = (run: () => unknown, reason: ZipError['reason']) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError);
    expect((error as ZipError).reason).toBe(reason);
    return;
  }
  throw new Error('expected a ZipError');
};

describe('zip bombs in an xlsx', () => {
  test('declared sizes beyond the cap are refused before anything is inflated', () => {
    const xlsx = declareSize(buildXlsx(linkedInAnalyticsSheets()), 2_000_000_000, 'central');
    expect(parseLinkedInAnalytics(xlsx)).toEqual({ ok: false, errorKey: 'reach_import_file_zip_bomb' });
  });

  test('an entry that inflates past its (small, lying) declared size is stopped while inflating', () => {
    // 40 MB of zeros deflate to about 40 KB; the directory claims 1,000 bytes.
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const zip = declareSize(zipSync({ 'xl/worksheets/sheet1.xml': zeros }, { level: 9 }), 1_000, 'both');
    expect(zip.length).toBeLessThan(100_000);
    expectZipError(() => readZipEntries(zip, () => true), 'zip_bomb');
  });

  test('an honest entry larger than the total cap is refused from its declared size', () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expectZipError(() => readZipEntries(zip, () => true, { maxTotalBytes: 1024 * 1024, maxEntries: 10 }), 'zip_bomb');
  });

  test('too many entries', () => {
    const parts = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`f${index}.xml`, strToU8('<a/>')]));
    expectZipError(() => readZipEntries(zipSync(parts), () => true, { maxTotalBytes: 1024, maxEntries: 20 }), 'zip_bomb');
  });

  test('a corrupt deflate stream reads as truncated', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook>'.repeat(500)) }, { level: 9 });
    const broken = zip.slice();
    for (let at = 40; at < 80; at++) broken[at] = 0xff;
    expectZipError(() => readZipEntries(broken, () => true), 'truncated');
  });

  test('a DOCTYPE (entity expansion) is refused, not expanded', () => {
    const sheets = buildXlsx(linkedInAnalyticsSheets());
    const doctype = zipSync({
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><workbook><sheets><sheet name="TOP POSTS" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>'),
    });
    expect(() => readXlsxSheets(doctype)).toThrow(/not_xlsx/);
    expect(readXlsxSheets(sheets).map((sheet) => sheet.name)).toEqual(['DISCOVERY', 'ENGAGEMENT', 'TOP POSTS', 'FOLLOWERS', 'DEMOGRAPHICS']);
  });
});
