/**
 * Pictures from publisher `<img>` elements as publishers really write them: lazy-loaded (the real
 * URL in `data-src` or `srcset`, a placeholder in `src`), inside `<picture>`, or not a picture at
 * all (tracking pixels, emoji). Only the attributes read here are ever read from an image.
 */
import type { Picture } from './model.js';
import { attribute, cleanText, lenientSize } from './read.js';
import { sizedPicture } from './picture.js';
import { safeUrl } from './urls.js';

/**
 * Where lazy-loading scripts keep the real URL until the image scrolls into view (WordPress
 * plugins, lazysizes, jQuery lazyload); they come before `src`, which on a lazy image holds a
 * placeholder (a `data:` GIF, which the URL allowlist drops, or a spacer file). Source sets come
 * after `src`, for images that have none.
 */
const SOURCES = ['data-lazy-src', 'data-src', 'data-original', 'src'];
const SOURCE_SETS = ['data-srcset', 'srcset'];

/**
 * What is no picture of the story: feed statistics beacons (FeedBurner `/~r/` and `/~ff/`,
 * WordPress stats) and the spacer GIFs lazy loaders leave in `src`.
 */
const NOT_A_PICTURE = /\/~(r|ff)\/|(pixel|stats)\.w(p|ordpress)\.com|\/(lazy|blank|spacer|1x1|pixel|transparent)[^/]*\.gif/i;

/**
 * What an `<img>` is: a picture, an emoji (a string: its `alt`, which is the character), or
 * `undefined` when it is nothing worth showing. Relative URLs resolve against `base`.
 */
export function readImage(img: Element, base: string | undefined): Picture | string | undefined {
  // `<picture><source srcset>` holds the real URL where the `<img>` has none.
  const sets = [...SOURCE_SETS.map(name => attribute(img, name)), img.closest('picture')?.querySelector('source')?.getAttribute('srcset')];
  const candidates = [...SOURCES.map(name => attribute(img, name)), ...sets.map(bestCandidate)];
  const url = candidates.map(value => safeUrl(value, base, 'media')).find(value => value && !NOT_A_PICTURE.test(value));
  const alt = cleanText(attribute(img, 'alt') ?? '');
  // Emoji and smilies drawn as images of the character (WordPress: `class="wp-smiley"`,
  // s.w.org/images/core/emoji/…, wp-includes/images/smilies/…; Twemoji: `class="emoji"`) are text.
  if (/\/(emoji|smilies)\//.test(url ?? '') || img.matches('.wp-smiley,.emoji')) return alt || undefined;
  const width = lenientSize(attribute(img, 'width'));
  const height = lenientSize(attribute(img, 'height'));
  // A 1×1 (or 2×2) image is a tracking pixel, whatever its name.
  if (!url || (width ?? 3) < 3 || (height ?? 3) < 3) return undefined;
  return sizedPicture(url, width, height, alt);
}

/**
 * The URL of the largest candidate of a `srcset` ("a.jpg 300w, b.jpg 1024w", "a.jpg, b.jpg 2x"),
 * split as browsers split it: a URL runs to the next space (CDN transforms such as `c_fill,w_300`
 * hold commas), less any commas it ends with; its descriptor runs to the next comma.
 */
function bestCandidate(srcset: string | null | undefined): string | undefined {
  let best: string | undefined;
  let bestSize = 0;
  for (const [, url, descriptor] of srcset?.matchAll(/([^\s,](?:\S*[^\s,])?)(?:,+|(\s[^,]*))?/g) ?? []) {
    const size = parseFloat(descriptor) || 1;
    if (size > bestSize) [best, bestSize] = [url, size];
  }
  return best;
}
