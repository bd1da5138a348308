/**
 * How the drop-in's size is measured, shared by the build's size budget (rollup.config.mjs) and
 * `npm run bench`, so both report the same numbers: gzip at level 9, brotli at quality 11.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes in bytes of `code` (a string or Buffer): raw, gzip -9 and brotli -q 11. */
export function measureSize(code) {
  const bytes = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bytes as KiB with one decimal: "14.2 KiB". */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
