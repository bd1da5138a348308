/**
 * decodeText: the publisher's bytes to text, by BOM, then the Content-Type charset, then the XML
 * declaration's encoding, then UTF-8; a label the browser does not know falls to the next rule.
 */
import { expect } from '@open-wc/testing';
import { decodeText } from '../../src/data/decode.js';

/** Text whose characters are all below 256, as one byte each (ISO-8859-1 / the ASCII part of anything). */
const latin1 = (text: string) => Uint8Array.from(text, c => c.charCodeAt(0));
const concat = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap(part => [...part]));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes: number[] = [];
  for (const unit of Array.from(text, c => c.charCodeAt(0))) bytes.push(...(littleEndian ? [unit & 255, unit >> 8] : [unit >> 8, unit & 255]));
  return bytes;
};

/** "Привет" in windows-1251, "新闻" in gb2312. */
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const XINWEN_GB2312 = [0xd0, 0xc2, 0xce, 0xc5];

describe('decodeText', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(decodeText(utf8('<rss><title>Mãe de utente — 新闻</title></rss>'))).to.equal('<rss><title>Mãe de utente — 新闻</title></rss>');
    expect(decodeText(utf8('{"headline": "Mãe"}'), 'application/json')).to.equal('{"headline": "Mãe"}');
  });

  it('follows the Content-Type charset (ISO-8859-1, windows-1251, gb2312), for XML and JSON alike', () => {
    expect(decodeText(latin1('<rss><title>Mãe de utente</title></rss>'), 'application/rss+xml; charset=ISO-8859-1')).to.equal('<rss><title>Mãe de utente</title></rss>');
    expect(decodeText(concat(latin1('<title>'), PRIVET_1251, latin1('</title>')), 'text/xml;charset=windows-1251')).to.equal('<title>Привет</title>');
    expect(decodeText(concat(latin1('<title>'), XINWEN_GB2312, latin1('</title>')), 'application/xml; charset="gb2312"')).to.equal('<title>新闻</title>');
    expect(decodeText(latin1('{"headline": "Mãe"}'), 'application/json; charset=iso-8859-1')).to.equal('{"headline": "Mãe"}');
  });

  it('reads windows-1252 punctuation that ISO-8859-1 labels mean on the web', () => {
    expect(decodeText(latin1('\x93Hi\x94 \x80 5'), 'text/xml; charset=iso-8859-1')).to.equal('“Hi” € 5');
  });

  it('follows the XML declaration when the Content-Type has no charset', () => {
    const feed = concat(latin1('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss><title>Mãe</title></rss>'));
    expect(decodeText(feed, 'application/rss+xml')).to.equal('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss><title>Mãe</title></rss>');
    expect(decodeText(feed, null)).to.equal('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss><title>Mãe</title></rss>');
    const cyrillic = concat(latin1(" \n<?xml version='1.0' encoding='windows-1251' standalone='yes'?><title>"), PRIVET_1251, latin1('</title>'));
    expect(decodeText(cyrillic)).to.equal(" \n<?xml version='1.0' encoding='windows-1251' standalone='yes'?><title>Привет</title>");
  });

  it('puts the Content-Type charset before the XML declaration', () => {
    const feed = concat(latin1('<?xml version="1.0" encoding="gb2312"?><title>'), PRIVET_1251, latin1('</title>'));
    expect(decodeText(feed, 'text/xml; charset=windows-1251')).to.equal('<?xml version="1.0" encoding="gb2312"?><title>Привет</title>');
  });

  it('puts a byte order mark before everything else, and drops it', () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><title>Mãe 新闻</title>';
    expect(decodeText(concat([0xff, 0xfe], utf16(text, true)), 'text/xml; charset=iso-8859-1')).to.equal(text);
    expect(decodeText(concat([0xfe, 0xff], utf16(text, false)))).to.equal(text);
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(text)), 'text/xml; charset=windows-1251')).to.equal(text);
  });

  it('falls to the next rule when a label is unknown', () => {
    const feed = latin1('<?xml version="1.0" encoding="latin1"?><title>Mãe</title>');
    expect(decodeText(feed, 'text/xml; charset=no-such-encoding')).to.equal('<?xml version="1.0" encoding="latin1"?><title>Mãe</title>');
    expect(decodeText(utf8('<?xml version="1.0" encoding="x-unknown"?><title>Mãe</title>'), 'text/xml; charset=utf-9')).to.equal('<?xml version="1.0" encoding="x-unknown"?><title>Mãe</title>');
  });

  it('ignores a declaration of UTF-16 in bytes that read as ASCII (it cannot be true), and reads UTF-8', () => {
    expect(decodeText(utf8('<?xml version="1.0" encoding="UTF-16"?><title>Mãe</title>'))).to.equal('<?xml version="1.0" encoding="UTF-16"?><title>Mãe</title>');
  });

  it('reads bytes that are not UTF-8, with nothing declared, as windows-1252', () => {
    expect(decodeText(latin1('<rss><title>Simula\xe7\xf5es de 2\xba turno \x96 \x93Ibope\x94</title></rss>'), 'application/rss+xml')).to.equal('<rss><title>Simulações de 2º turno – “Ibope”</title></rss>');
    expect(decodeText(Uint8Array.of(0x4d, 0xe3, 0x65))).to.equal('Mãe');
    expect(decodeText(new Uint8Array(0))).to.equal('');
  });

  it('keeps U+FFFD for bytes that are invalid in a declared encoding', () => {
    expect(decodeText(Uint8Array.of(0x4d, 0xe3, 0x65), 'text/xml; charset=utf-8')).to.equal('M\uFFFDe');
    expect(decodeText(concat(latin1('<?xml version="1.0" encoding="utf-8"?>'), [0x4d, 0xe3, 0x65]))).to.equal('<?xml version="1.0" encoding="utf-8"?>M\uFFFDe');
  });
});
