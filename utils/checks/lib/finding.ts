import { translate, type Locale } from '../../i18n/translate';
import type { CheckContext, CheckRule, Finding } from '../types';

// A draft with thousands of findings (a pasted table, a crafted post) asks for the same few messages
// again and again: remember recent ones (bounded, a pure memo: translate reads static catalogs).
const MESSAGE_MEMO_LIMIT = 2000;
const messages = new Map<string, string>();

// The previous call: a rule reporting the same name thousands of times asks for one message in a row,
// answered without building a memo key.
let lastLocale: Locale | undefined;
let lastKey = '';
let lastSubstitutions: ReadonlyArray<string | number> = [];
let lastMessage = '';

function sameSubstitutions(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function message(locale: Locale, key: string, substitutions: ReadonlyArray<string | number>): string {
  if (locale === lastLocale && key === lastKey && sameSubstitutions(substitutions, lastSubstitutions)) return lastMessage;
  lastMessage = memoised(locale, key, substitutions);
  lastLocale = locale;
  lastKey = key;
  lastSubstitutions = substitutions;
  return lastMessage;
}

// Messages without substitutions (most of them), by locale then key: the rules' keys are string literals, whose hashes the
// engine keeps, so no memo key is built (building one per finding was 3 % of a dense draft, 2026-12-05).
const plainMessages = new Map<Locale, Map<string, string>>();
const singleMessages = new Map<Locale, Map<string, Map<string, string>>>();

function memoised(locale: Locale, key: string, substitutions: ReadonlyArray<string | number>): string {
  if (substitutions.length === 0) {
    let byKey = plainMessages.get(locale);
    if (byKey === undefined) plainMessages.set(locale, (byKey = new Map()));
    let plain = byKey.get(key);
    if (plain === undefined) byKey.set(key, (plain = translate(locale, key, substitutions)));
    return plain;
  }
  // One substitution (a name, a token's first characters: most messages that have any): by locale, key, then the value, with no
  // key string built (building one was 1 % of a dense draft, 2026-12-05).
  if (substitutions.length === 1 && typeof substitutions[0] === 'string') {
    let byKey = singleMessages.get(locale);
    if (byKey === undefined) singleMessages.set(locale, (byKey = new Map()));
    let byValue = byKey.get(key);
    if (byValue === undefined) byKey.set(key, (byValue = new Map()));
    let single = byValue.get(substitutions[0]);
    if (single === undefined) {
      single = translate(locale, key, substitutions);
      if (byValue.size >= MESSAGE_MEMO_LIMIT) byValue.clear();
      byValue.set(substitutions[0], single);
    }
    return single;
  }
  // Length-prefixed substitutions: no two different lists give the same memo key.
  let memoKey = locale + '\u0000' + key;
  for (const value of substitutions) {
    const text = String(value);
    memoKey += '\u0000' + text.length + ':' + text;
  }
  let result = messages.get(memoKey);
  if (result === undefined) {
    result = translate(locale, key, substitutions);
    if (messages.size >= MESSAGE_MEMO_LIMIT) messages.clear();
    messages.set(memoKey, result);
  }
  return result;
}

/** Builds a finding of `rule` with its message looked up in the locale files. */
export function finding(
  rule: Pick<CheckRule, 'id' | 'category' | 'severity'>,
  context: CheckContext,
  span: { start: number; end: number },
  messageKey: string,
  substitutions: ReadonlyArray<string | number> = [],
  fix?: string,
): Finding {
  const result: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start: span.start,
    end: span.end,
    message: message(context.locale ?? 'en', messageKey, substitutions),
  };
  if (fix !== undefined) result.fix = fix;
  return result;
}

/** Text of a "removed" placeholder in the person's language. */
export function removedPlaceholder(context: CheckContext): string {
  const locale = context.locale ?? 'en';
  let removed = removedPlaceholders.get(locale);
  if (removed === undefined) removedPlaceholders.set(locale, (removed = translate(locale, 'check_fix_secret_removed')));
  return removed;
}
// Asked once per secret found: one lookup per locale.
const removedPlaceholders = new Map<Locale, string>();

/**
 * For findings whose message names the matched text: `[text.slice(start, end)]`, the same array as the
 * previous span's when the text there is the same. A pasted text repeats its names thousands of times;
 * one array and one string per finding was much of the first call's garbage, and an identical array
 * lets the message lookup answer at once.
 */
export function spanTextSubstitutions(text: string): (span: { start: number; end: number }) => readonly [string] {
  let last: readonly [string] | undefined;
  return ({ start, end }) => {
    if (last === undefined || last[0].length !== end - start || !text.startsWith(last[0], start)) last = [text.slice(start, end)];
    return last;
  };
}
