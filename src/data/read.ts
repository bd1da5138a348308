/**
 * Small typed readers shared by every format parser. Each either returns a clean value or
 * throws a DataError that names the field and what was wrong with it.
 */
import { DataError, at, lenient, lenientField, missingOrUnexpected, unexpected } from './errors.js';
import { safeUrl, type UrlUse } from './urls.js';

export type JsonObject = { [key: string]: unknown };

/**
 * The deepest nesting a reader descends into where the data nest by design (marks inside marks,
 * lists of lists); real articles and feeds stay under 15. Each reader that descends counts its own
 * levels, so what no reader reads is never walked, and a value that contains itself (`data` given
 * as an object) ends there too.
 */
export const MAX_DEPTH = 64;

/** The error for content nested deeper than MAX_DEPTH at `path`. */
export function tooDeep(path: string): DataError {
  return new DataError(path, `is nested more than ${MAX_DEPTH} levels deep`);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be one thing or a list of things, as a list (`undefined`/`null` → `[]`). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The entries of a value that may be one thing or a list, each with its path: `author[1]` in a
 * list, `author` itself when it is one thing.
 */
export function listEntries(value: unknown, path: string): Array<[item: unknown, path: string]> {
  return asList(value).map((item, i) => [item, Array.isArray(value) ? at(path, i) : path]);
}

/**
 * The entries of a value that may be one thing or a list (see listEntries), each read by `read`:
 * an entry it cannot use (a DataError, or `undefined`) is left out, with a warning for the error.
 */
export function readEntries<T>(value: unknown, path: string, read: (item: unknown, path: string) => T | T[] | undefined): T[] {
  return listEntries(value, path).flatMap(([item, itemPath]) => lenient(() => read(item, itemPath)) ?? []);
}

/** A trimmed, non-blank attribute value of a feed's element or an `<img>` (XML and HTML alike). */
export function attribute(el: Element, name: string): string | undefined {
  return el.getAttribute(name)?.trim() || undefined;
}

/** Collapses runs of whitespace so text from any source renders as one clean line. */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Required, non-empty text. */
export function requireText(value: unknown, path: string): string {
  const text = optionalText(value, path);
  if (text === undefined) throw missingOrUnexpected(path, 'text', value);
  return text;
}

/** Optional text: absent, null or blank gives `undefined`; anything but text is an error. */
export function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unexpected(path, 'text', value);
  const text = cleanText(value);
  return text || undefined;
}

/** Optional id: text, or a number read as text (as JSON Feed says an `id` should be). */
export function optionalId(value: unknown, path: string): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : optionalText(value, path);
}

/** Optional positive number (image dimensions); numeric strings like "1200" are accepted (see lenientSize). */
export function optionalSize(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const size = lenientSize(value);
  if (size === undefined) throw unexpected(path, 'a positive number', value);
  return size;
}

/**
 * A size from markup or loosely typed data (`width="1200"`, `"1200px"`, `"auto"`, `"50%"`): a
 * positive number of pixels (rounded), or `undefined` for anything else. A wrong size only costs
 * a layout hint.
 */
export function lenientSize(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.replace(/px$/, '')) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/**
 * ISO 8601, also as publishers loosen it (a space or a lower-case `t` before the time, a space
 * before the zone, a zone without its colon or minutes, `UTC`, `GMT` or a lower-case `z`), which
 * some browsers read and others do not.
 */
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(?:([Zz]|UTC|GMT)|([+-]\d{2}):?(\d{2})?)?)?$/;
/** A month name, or a numeric day/month/year: what a written date has and "Episode 12" has not. */
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

/**
 * A date as publishers write it, as ISO 8601 that every browser's `Date` reads alike: ISO 8601
 * written strictly (as written when it is; its loose forms made so: `2025-07-29 14:05:00 +0200` is
 * `2025-07-29T14:05:00+02:00`), RFC 822 as RSS writes it ("Tue, 29 Jul 2025 14:05:00 +0000") and
 * the other forms `Date` reads ("Mon, Jan 7 2019 15:37:00 EST"), converted. The shape is checked
 * first because `Date.parse` alone accepts almost anything ("Episode 12" is a date to it).
 * `undefined` for text that is not a date.
 */
export function isoDate(text: string): string | undefined {
  let value = cleanText(text);
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, day, time, utc, hours, minutes = '00'] = iso;
    const zone = utc ? 'Z' : hours ? `${hours}:${minutes}` : '';
    if (time) value = `${day}T${time}${zone}`;
  } else if (!WRITTEN_DATE.test(value) || !/\d{4}|\d{1,2}\s+[a-z]{3,}\.?\s+\d{2}\b/i.test(value)) {
    // A year is what keeps "July 29" and "Episode 12" from being read as dates in 2001.
    return undefined;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : iso ? value : new Date(time).toISOString();
}

/** Optional date (see isoDate), as ISO 8601; text that is not a date is an error. */
export function optionalDate(value: unknown, path: string): string | undefined {
  const text = optionalText(value, path);
  const date = text && isoDate(text);
  if (text && !date) throw new DataError(path, `expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "${text.slice(0, 40)}"`);
  return date;
}

/**
 * Optional BCP 47 language tag, canonicalized (`en_us` → `en-US`). A tag that is text but not a
 * valid tag is ignored rather than rejected: a wrong `lang` only affects hyphenation and voices.
 */
export function optionalLang(value: unknown, path: string): string | undefined {
  const text = optionalText(value, path);
  try {
    return text && Intl.getCanonicalLocales(text.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * Optional text kept as written, line breaks included (they separate paragraphs in bodies);
 * absent, null or blank gives `undefined`; anything but text is an error.
 */
export function optionalRawText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unexpected(path, 'text', value);
  return value.trim() ? value : undefined;
}

/**
 * Optional list of text (`tags`): a list, or one comma-separated text ("space, ISS"). An entry
 * that is not text is left out with a warning.
 */
export function textList(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.split(',');
  return readEntries(value, path, optionalText);
}

/**
 * Optional URL text, kept as written apart from trimming: whitespace inside a URL means something
 * to the URL parser (it drops tabs and line breaks, so `java\tscript:` is `javascript:`), so it
 * must reach the allowlist unchanged.
 */
export function optionalUrl(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unexpected(path, 'a URL', value);
  return value.trim() || undefined;
}

/** Optional URL of `owner[key]` (see optionalUrl), through the allowlist for `use`; a wrong type is a warning. */
export function fieldUrl(owner: JsonObject, key: string, path: string, base: string | undefined, use?: UrlUse): string | undefined {
  return safeUrl(lenientField(optionalUrl, owner, key, path), base, use);
}

/** Required URL text (see optionalUrl). */
export function requireUrl(value: unknown, path: string): string {
  const url = optionalUrl(value, path);
  if (url === undefined) throw missingOrUnexpected(path, 'a URL', value);
  return url;
}

/**
 * Whether text is written as an absolute URL (a scheme, then no space), as opposed to a name like
 * "Reuters: report". Tabs and line breaks are removed first, as the URL parser does, so that
 * `java\tscript:` counts as the URL it would become.
 */
export function looksLikeUrl(text: string): boolean {
  return /^\s*[a-z][a-z\d+.-]*:\S/i.test(text.replace(/[\t\n\r]/g, ''));
}

/**
 * The object without its `undefined` properties, so an absent field is absent (not present and
 * undefined) and the model compares and serializes cleanly.
 */
export function defined<T extends object>(value: T): T {
  // A plain loop over the object's own fields (a model draft is a plain object literal): it runs
  // for every item, and makes no arrays on the way.
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
