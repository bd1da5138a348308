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

/** What `together` has been given since its last task, to do in the next one. */
const arrived: Array<() => void> = [];

/**
 * Does `work` in a new task, with whatever else is given to it before that task runs: answers that
 * are read in tasks one after another (several preloaded answers, read as the module runs) are
 * shown in one task, so the browser lays the page out and paints it once for all of them rather
 * than once per answer. Each piece runs as a microtask of its own (one that throws costs only
 * itself), and once the task's slice is used up the rest wait for the next, in the same order.
 */
export function together(work: () => void): void {
  if (arrived.push(work) === 1) void nextTask().then(() => arrived.splice(0).forEach(piece => queueMicrotask(() => (inSlice() ? piece() : together(piece)))));
}
