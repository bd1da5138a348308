/**
 * The one URL allowlist. Every URL that reaches an `href` or `src` has passed through here.
 * Relative URLs are resolved against `base` (the URL the data came from).
 */

/** The schemes allowed for each use (a parsed URL's `protocol` is lowercase, with its colon). */
const LINK_PROTOCOLS = /^(?:https?|mailto|tel):$/;
const MEDIA_PROTOCOLS = /^https?:$/;

/** What a URL is used for: links may also be `mailto:`/`tel:`; images and fetches only http(s). */
export type UrlUse = 'link' | 'media';

/**
 * Returns the absolute URL when it is allowed for `use`, otherwise `undefined`.
 * Control characters and whitespace inside the scheme (`java\tscript:`) are handled
 * by the WHATWG URL parser exactly as the browser would handle them in an `href`.
 */
export function safeUrl(value: unknown, base?: string, use: UrlUse = 'link'): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed || trimmed.length > 4096) return undefined;
  try {
    const url = new URL(trimmed, base || undefined);
    return (use === 'link' ? LINK_PROTOCOLS : MEDIA_PROTOCOLS).test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
