/**
 * The date forms the platforms' export files use (seen in files and public parsers, 2024–2026):
 * LinkedIn creator analytics "11/5/2024" (month first) or a spreadsheet serial number; LinkedIn archive
 * "2024-11-05 08:15:32" (UTC); X "Fri, Jun 5, 2026" (day only), "2026-06-05", or "2026-06-05 13:12 +0000" (older export).
 * A day without a time becomes noon local time, so it lands in the right day and week whatever the time zone.
 */

export interface ExportDate {
  time: number;
  dayOnly: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function localNoon(year: number, month: number, day: number): ExportDate | undefined {
  if (year < 2000 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(year, month - 1, day, 12);
  if (date.getMonth() !== month - 1) return undefined; // 31 February
  return { time: date.getTime(), dayOnly: true };
}

function utc(year: number, month: number, day: number, hours: number, minutes: number, seconds: number, offsetMinutes = 0): ExportDate | undefined {
  if (year < 2000 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const time = Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return undefined;
  return { time, dayOnly: false };
}

/** "11/5/2024" (month first, as both platforms write it in English) or "2024-11-05". */
function numericDay(text: string): ExportDate | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return localNoon(Number(us[3]), Number(us[1]), Number(us[2]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return localNoon(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** "11/5/2024" (LinkedIn, month first), "2024-11-05", or an Excel serial day (1900 date system). */
export function parseLinkedInDay(cell: string): ExportDate | undefined {
  const text = cell.trim();
  const day = numericDay(text);
  if (day) return day;
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    // Serial 25569 is 1970-01-01 in Excel's 1900 system.
    const day = new Date(Math.round((Number(text) - 25_569) * 86_400_000));
    return localNoon(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return undefined;
}

/** LinkedIn archive (Shares.csv): "2024-11-05 08:15:32", UTC. */
export function parseArchiveDate(cell: string): ExportDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:Z| ?UTC)?$/.exec(cell.trim());
  if (!match) return parseLinkedInDay(cell);
  return utc(Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0));
}

/** X: "Fri, Jun 5, 2026", "Jun 5, 2026", "2026-06-05", "2026-06-05 13:12 +0000", "2026-06-05T13:12:00.000Z". */
export function parseXDate(cell: string): ExportDate | undefined {
  const text = cell.trim();
  const words = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (words) {
    const month = MONTHS.indexOf((words[1] as string).slice(0, 3).toLowerCase()) + 1;
    return month > 0 ? localNoon(Number(words[3]), month, Number(words[2])) : undefined;
  }
  const stamp = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (stamp) {
    const zone = stamp[7];
    let offset = 0;
    if (zone && zone !== 'Z') {
      const digits = zone.replace(':', '');
      offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
    return utc(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]), Number(stamp[4]), Number(stamp[5]), Number(stamp[6] ?? 0), offset);
  }
  return numericDay(text);
}
