/**
 * Response bytes to text, in the encoding the publisher used. `response.text()` always decodes
 * UTF-8, which turns every ISO-8859-1, windows-1251 or gb2312 feed into `M�e`; `TextDecoder`
 * knows every encoding the web uses, so the library picks the label itself, in the order a feed
 * reader does: a byte order mark, then the Content-Type `charset`, then the XML declaration's
 * `encoding`, then UTF-8, and windows-1252 for bytes that are not UTF-8 when nothing was declared.
 * A label the browser does not know falls through to the next rule.
 */

/** Byte order marks by their first two bytes (EF BB starts the three of UTF-8's). */
const BOMS: Record<number, string> = { 0xefbb: 'utf-8', 0xfeff: 'utf-16be', 0xfffe: 'utf-16le' };

/** Decodes a whole body; `contentType` is the response's Content-Type header, if any. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  // The web's default single-byte encoding: the last resort, and how the declaration is read (the
  // first bytes of any ASCII-compatible encoding read the same in it).
  // Bytes that read as an ASCII declaration are not UTF-16, whatever the declaration says.
  const legacy = new TextDecoder('windows-1252');
  const labels = [
    BOMS[(bytes[0] << 8) | bytes[1]],
    /charset="?([^\s";]+)/i.exec(contentType!)?.[1],
    /^\s*<\?xml[^>]*?encoding\s*=\s*["']?(?!utf-16)([\w.:-]+)/i.exec(legacy.decode(bytes.subarray(0, 200)))?.[1],
    // Then UTF-8 when the bytes are UTF-8: its decoder alone is fatal, throwing when they are not.
    'utf-8',
  ];
  for (const [i, label] of labels.entries()) {
    try {
      if (label) return new TextDecoder(label, { fatal: i > 2 }).decode(bytes);
    } catch {
      // An unknown label, or bytes that are not UTF-8: the next rule decides.
    }
  }
  // Nothing declared and not UTF-8: a legacy feed (uol.com.br's, in ISO-8859-1). Read it as the
  // web's default single-byte encoding, as browsers and feed readers do, rather than show U+FFFD.
  return legacy.decode(bytes);
}
