/** Locale-aware formatting through Intl, with the formatters, and what they write, cached. */
import { remembered } from './memo.js';

type Formatter = Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

/**
 * The formatters by locale and options, and what they have written by formatter and value: a list
 * renders the same dates again on every update (a new ranking, the relative times' refresh), and
 * an Intl call costs more than a lookup. Cleared before it grows large.
 */
const memory = new Map<string, Formatter | string>();

/** What is cached under `key`, made by `make` the first time. */
function cached<T extends Formatter | string>(key: string, make: () => T): T {
  if (memory.size > 2000) memory.clear();
  return remembered(memory, key, make) as T;
}

/**
 * Formats an ISO 8601 date for readers. A bare date (`2025-07-29`) is shown as that calendar
 * day wherever the reader is; a date-time also shows the time, unless `withTime` is false (cards
 * show the day only), in `timeZone` (then named: "10:00 AM GMT+1") or else in the reader's zone.
 */
export function formatDate(iso: string, locale: string, withTime = true, timeZone?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const key = `${locale}|${dateOnly}|${withTime}|${timeZone}`;
  return cached(`${key}|${iso}`, () => cached(key, () => new Intl.DateTimeFormat(locale, dateOptions(dateOnly, withTime, timeZone))).format(new Date(iso)));
}

function dateOptions(dateOnly: boolean, withTime: boolean, timeZone: string | undefined): Intl.DateTimeFormatOptions {
  // A bare date is that calendar day in UTC, where the Date made of it is midnight.
  if (dateOnly || !withTime) return { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : timeZone };
  // A zone chosen for the reader is named; dateStyle and timeStyle cannot name it.
  return timeZone
    ? { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }
    : { dateStyle: 'long', timeStyle: 'short' };
}

/** Splits a list into the locale's conjunction parts ("A, B and C"), so items can be rendered as links. */
export function listParts(items: string[], locale: string): Array<{ type: 'element' | 'literal'; value: string }> {
  return cached(`${locale}|list`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).formatToParts(items);
}

/**
 * Makes the formatters an element will want for `locale` and `timeZone`, so that the first
 * render does not pay for them: called while the element's data is in flight.
 */
export function prepareFormats(locale: string, timeZone: string | undefined): void {
  const someDate = '2000-01-01T00:00:00Z';
  formatDate(someDate, locale, true, timeZone);
  formatDate(someDate, locale, false, timeZone);
  formatRelative(someDate, locale);
  listParts([], locale);
}

/** Languages written right to left, and the right-to-left scripts a tag may name (`ku-Arab`, `pa-Arab`). */
const RTL = /^(?:ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(?:-|$)|-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$)/i;

/** The writing direction of a language tag. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.test(lang) ? 'rtl' : 'ltr');

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "yesterday", "in 2 days": the largest whole unit, through Intl.RelativeTimeFormat. */
export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['minute', 1e99];
  // `|| 0`: now (-0, which some locales word apart) or a date Date cannot read (NaN) is "this minute".
  const count = Math.trunc(seconds / size) || 0;
  return cached(`${locale}|${count}|${unit}`, () => cached(`${locale}|relative`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(count, unit));
}
