/**
 * Pictures as every parser makes them: from the library's own formats (article and list JSON), as
 * a card keeps them, and from a URL with the size a feed or an `<img>` gives.
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
  const field = <T>(read: (value: unknown, path: string) => T, key: string) => read(value[key], at(path, key));
  // Every field is checked even when the URL is unsafe, so type mistakes surface either way.
  const picture = defined({
    url: safeUrl(field(requireUrl, 'url'), base, 'media'),
    alt: field(optionalText, 'alt'),
    ...(captioned && {
      caption: field(optionalText, 'caption'),
      credit: field(optionalText, 'credit'),
    }),
    width: field(optionalSize, 'width'),
    height: field(optionalSize, 'height'),
  });
  return picture.url ? (picture as Picture) : undefined;
}

/** What a card keeps of a picture: captions and credits belong to an article page, not a card. */
export function cardPicture(picture: Picture | undefined): Picture | undefined {
  return picture && sizedPicture(picture.url, picture.width, picture.height, picture.alt);
}

/** A picture with only the size and alt text it has (blank and zero values left out). */
export function sizedPicture(url: string, width?: number, height?: number, alt?: string): Picture {
  return defined({ url, alt: alt || undefined, width: width || undefined, height: height || undefined });
}
