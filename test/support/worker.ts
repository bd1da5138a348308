/**
 * Runs `source` as a module worker (no `document`, no `DOMParser`) and resolves with the first
 * message it posts. The worker and its object URL are released afterwards.
 */
export async function runInWorker(source: string): Promise<Record<string, unknown>> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url, { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = event => resolve(event.data);
      worker.onerror = event => reject(new Error(event.message || 'worker failed to load'));
    });
  } finally {
    worker.terminate();
    URL.revokeObjectURL(url);
  }
}
