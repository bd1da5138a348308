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

/** A new task: a message to oneself, which (unlike a timer) neither waits nor is clamped, nor is faked by test clocks. */
export const nextTask = (): Promise<void> =>
  new Promise(resolve => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(0);
  });
