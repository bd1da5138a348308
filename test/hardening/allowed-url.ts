/**
 * The test suite's own URL oracle, written independently of src/data/urls.ts so that a broken
 * `safeUrl` cannot also break the check: an absolute URL, already in its serialized form, whose
 * scheme is http(s) (plus mailto/tel for links).
 */
export function allowedUrl(value: unknown, use: 'link' | 'media'): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const schemes = use === 'link' ? ['http:', 'https:', 'mailto:', 'tel:'] : ['http:', 'https:'];
  return schemes.includes(url.protocol) && url.href === value && !/^\s|[\t\n\r]|\s$/.test(value);
}
