/**
 * Dev-server middleware that compresses what it serves, as a CDN does: brotli when the browser
 * accepts it, else gzip, for text (HTML, JavaScript, CSS, JSON, SVG, XML). Each file is compressed
 * once per version (its ETag, or its bytes), at the quality a CDN uses for static files.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /^(?:text\/|application\/(?:javascript|json|ld\+json|xml|rss\+xml|atom\+xml|feed\+json)|image\/svg\+xml)/;
const cache = new Map();

async function bytesOf(body) {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return undefined;
}

export function compression() {
  return async (ctx, next) => {
    await next();
    const accepts = ctx.get('accept-encoding');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    if (!encoding || ctx.status !== 200 || ctx.response.get('content-encoding') || !TEXT.test(ctx.response.type ?? '')) return;
    const bytes = await bytesOf(ctx.body);
    if (!bytes || bytes.length < 1024) {
      if (bytes) ctx.body = bytes;
      return;
    }
    const key = `${encoding} ${ctx.path} ${ctx.response.get('etag') || createHash('sha1').update(bytes).digest('hex')}`;
    let compressed = cache.get(key);
    if (!compressed) {
      compressed = encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(bytes, { level: 9 });
      cache.set(key, compressed);
    }
    ctx.vary('Accept-Encoding');
    ctx.set('Content-Encoding', encoding);
    ctx.body = compressed;
  };
}
