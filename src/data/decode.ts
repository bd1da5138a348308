/**
 * Response bytes to text, in the encoding the publisher used. `response.text()` always decodes
 * UTF-8, which turns every ISO-8859-1, windows-1251 or gb2312 feed into `M�e`; `TextDecoder`
 * knows every encoding the web uses, so the library picks the label itself, in the order a feed
 * reader does: a byte order mark, then the Content-Type `charset`, then the XML declaration's
 * `encoding`, then UTF-8. A label the browser does not know falls through to the next rule.
 */

/** Decodes a whole body; `contentType` is the response's Content-Type header, if any. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  const [a, b, c] = bytes;
  const bom = a === 0xef && b === 0xbb && c === 0xbf ? 'utf-8' : a === 0xfe && b === 0xff ? 'utf-16be' : a === 0xff && b === 0xfe ? 'utf-16le' : undefined;
  // The first bytes of any ASCII-compatible encoding read the same in Latin-1.
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']?([\w.:-]+)/.exec(String.fromCharCode(...bytes.subarray(0, 200)))?.[1];
  const labels = [
    bom,
    /;\s*charset\s*=\s*"?([^\s";]+)/i.exec(contentType ?? '')?.[1],
    // Bytes that read as an ASCII declaration are not UTF-16, whatever the declaration says.
    declared && !/^utf-16/i.test(declared) ? declared : undefined,
  ];
  for (const label of labels) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: the next rule decides.
    }
  }
  return new TextDecoder().decode(bytes);
}
