/**
 * Compressed responses for `npm start` and the bench's server, as a CDN serves them: brotli or gzip by the
 * request's Accept-Encoding (brotli preferred), for text a CDN compresses (HTML, JavaScript,
 * JSON, CSS, SVG). @web/dev-server sends everything uncompressed, which over an emulated Fast 3G
 * link would time the bytes no reader downloads. Brotli at quality 11 and gzip at level 9, the
 * levels a CDN uses for static files; each distinct body is compressed once and kept.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/html|text\/css|text\/javascript|application\/javascript|application\/json|application\/ld\+json|image\/svg\+xml)\b/;
const cache = new Map();

/** Per response: the encoding it was sent with ('br', 'gzip' or 'identity'), counted by type. */
export const encodingsSent = {};

async function bodyBytes(body) {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return undefined;
}

function compress(bytes, encoding) {
  const key = `${encoding}:${createHash('sha1').update(bytes).digest('hex')}`;
  let compressed = cache.get(key);
  if (!compressed) {
    compressed =
      encoding === 'br'
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
        : gzipSync(bytes, { level: 9 });
    cache.set(key, compressed);
  }
  return compressed;
}

/** Koa middleware (first in the list, so it sees every other middleware's answer). */
export async function compressResponses(ctx, next) {
  await next();
  if (ctx.status !== 200 || ctx.response.get('Content-Encoding') || !COMPRESSIBLE.test(ctx.response.type)) return;
  ctx.vary('Accept-Encoding');
  // Brotli whenever the request allows it, as CDNs choose (browsers list gzip first, at equal weight).
  const encoding = ['br', 'gzip'].find(name => ctx.acceptsEncodings(name) === name) ?? 'identity';
  const kind = ctx.response.type.split('/')[1].replace(/\W.*/, '');
  encodingsSent[`${kind} ${encoding}`] = (encodingsSent[`${kind} ${encoding}`] ?? 0) + 1;
  if (encoding === 'identity') return;
  const bytes = await bodyBytes(ctx.body);
  if (!bytes) return;
  const type = ctx.response.type;
  ctx.body = compress(bytes, encoding);
  ctx.type = type;
  ctx.set('Content-Encoding', encoding);
}
