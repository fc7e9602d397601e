import { foldAccents } from '../text/fold-accents';

/**
 * Feed dates to ISO 8601 (UTC, "2026-03-04T09:30:00.000Z"). Accepts ISO 8601 / RFC 3339 (Atom,
 * JSON Feed, dc:date) and RFC 822 (RSS), including the localised day and month names some feeds
 * emit ("Seg, 24 Set 2018", "mar., 3 févr. 2026"). Returns undefined rather than guessing.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, janv: 0, janvier: 0, january: 0, ene: 0, gen: 0,
  feb: 1, fev: 1, fevr: 1, fevrier: 1, february: 1, fevereiro: 1,
  mar: 2, mars: 2, march: 2, marco: 2,
  apr: 3, avr: 3, avril: 3, april: 3, abr: 3,
  may: 4, mai: 4, mayo: 4, maio: 4, mag: 4,
  jun: 5, juin: 5, june: 5, junho: 5, giu: 5,
  jul: 6, juil: 6, juillet: 6, july: 6, julho: 6, lug: 6,
  aug: 7, aou: 7, aout: 7, august: 7, ago: 7,
  sep: 8, sept: 8, septembre: 8, september: 8, set: 8,
  oct: 9, octobre: 9, october: 9, out: 9, ott: 9,
  nov: 10, novembre: 10, november: 10,
  dec: 11, decembre: 11, december: 11, dez: 11, dic: 11,
};

const ZONES: Readonly<Record<string, string>> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  CET: '+0100', CEST: '+0200', BST: '+0100',
};

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 = /^(?:[^\d,\s]+,?\s+)?(\d{1,2})\s+([^\d\s.]+)\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s+([+-]\d{4}|[A-Za-z]{1,5}))?$/;

export function toIsoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || text.length > 64) return undefined;
  if (ISO.test(text)) return valid(new Date(text.replace(' ', 'T')));
  const match = RFC822.exec(text.replace(/\s+/g, ' '));
  if (match) {
    const [, day, monthName = '', yearText = '', hour = '0', minute = '0', second = '0', zone = 'GMT'] = match;
    const month = MONTHS[fold(monthName)];
    if (month === undefined) return undefined;
    let year = Number(yearText);
    if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
    const offset = /^[+-]\d{4}$/.test(zone) ? zone : ZONES[zone.toUpperCase()];
    if (offset === undefined) return undefined;
    const sign = offset.startsWith('-') ? -1 : 1;
    const offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
    const utc = Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second)) - offsetMinutes * 60_000;
    return valid(new Date(utc));
  }
  return undefined;
}

function fold(word: string): string {
  return foldAccents(word).replace(/\.$/, '');
}

function valid(date: Date): string | undefined {
  const time = date.getTime();
  // Years outside 1970..2100 are typos or epoch zeroes, not news.
  if (!Number.isFinite(time) || date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 2100) return undefined;
  return date.toISOString();
}
