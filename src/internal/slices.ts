/**
 * The library's work in slices of the main thread: once it has worked SLICE_MS in one task
 * (connecting elements, starting their requests, rendering), what remains waits for a new task,
 * so that a page of 200 elements has no long task of the library's and the browser is free in
 * between.
 */

/** How long the library works in one task before the rest waits for a new task, in milliseconds. */
const SLICE_MS = 80;

/** When the library's work in the current task began (0: not yet). */
let sliceStart = 0;

/** Whether the library has worked less than SLICE_MS in the current task (its first call starts the count). */
export function inSlice(): boolean {
  const now = performance.now();
  if (!sliceStart) {
    sliceStart = now;
    void nextTask().then(() => (sliceStart = 0));
  }
  return now - sliceStart < SLICE_MS;
}

/** The channel the library's messages to itself go through, and who waits for each, in order. */
let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * A new task: a message to oneself, which (unlike a timer) neither waits nor is clamped, nor is
 * faked by test clocks. All go through one channel, whose messages arrive in the order they were
 * sent (those of different channels need not), so a slice's end comes before any later wait.
 */
export const nextTask = (): Promise<void> =>
  new Promise(resolve => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()!();
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
