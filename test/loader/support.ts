/** What the loader tests share: documents stored on the test server as exact bytes, and a fake clock. */
import type { Clock } from '@sinonjs/fake-timers';

export const unique = () => `k${Math.random().toString(36).slice(2)}`;

/** The absolute URL of a path on the test server, as events report it. */
export const absolute = (path: string) => new URL(path, document.baseURI).href;

/** Text whose characters are all below 256, one byte each (ISO-8859-1, or the ASCII part of any encoding). */
export const latin1 = (text: string) => Uint8Array.from(text, c => c.charCodeAt(0));

export const concat = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap(part => [...part]));

/** Stores `body` at /__test__/store/<path>, served back byte for byte with exactly this Content-Type. */
export async function store(path: string, body: Uint8Array | string, type: string): Promise<string> {
  const response = await fetch(`/__test__/store/${path}`, { method: 'POST', headers: { 'content-type': type }, body: body as BodyInit });
  if (response.status !== 204) throw new Error(`could not store ${path}: ${response.status}`);
  return `/__test__/store/${path}`;
}

/** Waits until the server saw the client close /__test__/stream/<key> early (a cancelled download); the error names how far it got. */
export async function untilCancelled(key: string): Promise<void> {
  await untilFrame(async () => (await streamState(key))?.closed === true, 'the download was not cancelled', 1500).catch(async (error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify(await streamState(key))}`);
  });
}

/** How far the server got writing /__test__/stream/<key>. */
export async function streamState(key: string): Promise<{ written: number; closed: boolean; finished: boolean } | null> {
  return (await fetch(`/__test__/streams/${key}`)).json();
}

export const gateUrl = (key: string, path: string) => `/__test__/gate/${key}/${path}`;
export const openGate = (key: string, status = 200) => fetch(`/__test__/gate/${key}?status=${status}`, { method: 'POST' });
export const gateState = async (key: string) => (await (await fetch(`/__test__/gates/${key}`)).json()) as { requests: number; aborted: number; served: number; waiting: number };

/**
 * Installs a fake clock for setTimeout/clearTimeout, and `Date` when asked (animation frames and the network stay real).
 * @sinonjs/fake-timers ships CommonJS only, which the dev server cannot hand a browser; the test
 * server serves it bundled as an ES module.
 */
export async function installClock(toFake: Array<'setTimeout' | 'clearTimeout' | 'Date'> = ['setTimeout', 'clearTimeout']): Promise<Clock> {
  const url = '/__test__/lib/fake-timers.js';
  const { install } = ((await import(url)) as { default: typeof import('@sinonjs/fake-timers') }).default;
  return install({ toFake });
}

/** Waits for `condition` on animation frames (real time even under a fake clock), failing after `frames`. */
export async function untilFrame(condition: () => boolean | Promise<boolean>, what: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (await condition()) return;
    await new Promise(resolve => requestAnimationFrame(resolve));
  }
  throw new Error(`${what} (after ${frames} frames)`);
}

/** Captures console.warn calls as text, for checks of what a page's author sees. */
export function captureWarnings(): { lines: string[]; restore: () => void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => void lines.push(args.map(arg => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  return { lines, restore: () => (console.warn = original) };
}
