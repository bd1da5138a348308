/**
 * A picture as the library's own formats (article and list JSON) write it: shared by both parsers.
 */
import { at, unexpected } from './errors.js';
import type { Picture } from './model.js';
import { defined, isObject, optionalSize, optionalText, requireUrl } from './read.js';
import { safeUrl } from './urls.js';

/**
 * A picture as the native formats write it: an image URL, or `{url, alt, width, height}` and,
 * when `captioned` (an article's pictures; a card shows none), `caption` and `credit`.
 * `undefined` when the URL fails the allowlist.
 */
export function readPicture(value: unknown, path: string, base: string | undefined, captioned: boolean): Picture | undefined {
  if (typeof value === 'string') {
    const url = safeUrl(requireUrl(value, path), base, 'media');
    return url ? { url } : undefined;
  }
  if (!isObject(value)) throw unexpected(path, 'an image URL or an object with a "url"', value);
  // Every field is checked even when the URL is unsafe, so type mistakes surface either way.
  const picture = defined({
    url: safeUrl(requireUrl(value.url, at(path, 'url')), base, 'media'),
    alt: optionalText(value.alt, at(path, 'alt')),
    caption: captioned ? optionalText(value.caption, at(path, 'caption')) : undefined,
    credit: captioned ? optionalText(value.credit, at(path, 'credit')) : undefined,
    width: optionalSize(value.width, at(path, 'width')),
    height: optionalSize(value.height, at(path, 'height')),
  });
  return picture.url ? (picture as Picture) : undefined;
}
