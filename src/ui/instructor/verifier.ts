/** The page's verifier: a Web Worker when the browser has one (the page stays responsive and shows progress on
 * large batches), else the same work on the main thread in small slices. */
import type { Verifier } from './store';
import { type BatchResult, type VerifyReply, type VerifyRequest, verifyBatch } from './verify-batch';

/** A verifier backed by one worker, created on first use; requests are answered in order. */
export function workerVerifier(): Verifier {
  let worker: Worker | null = null;
  let nextRequest = 1;
  const pending = new Map<
    number,
    { resolve: (r: BatchResult[]) => void; progress: (d: number, t: number) => void }
  >();
  const start = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === 'undefined') return null;
    try {
      worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<VerifyReply>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      if (!request) return;
      if (reply.type === 'progress') request.progress(reply.done, reply.total);
      else {
        pending.delete(reply.id);
        request.resolve(reply.results);
      }
    });
    return worker;
  };
  return (inputs, session, onProgress) => {
    const running = inputs.length > 0 ? start() : null;
    if (!running) return slicedVerify(inputs, session, onProgress);
    const id = nextRequest++;
    return new Promise((resolve) => {
      pending.set(id, { resolve, progress: onProgress });
      const request: VerifyRequest = { id, inputs: [...inputs], session };
      running.postMessage(request);
    });
  };
}

/** The fallback: a few inputs at a time on the main thread, yielding to the browser between slices. */
export const slicedVerify: Verifier = async (inputs, session, onProgress) => {
  const results: BatchResult[] = [];
  for (let at = 0; at < inputs.length; at += 4) {
    results.push(...verifyBatch(inputs.slice(at, at + 4), session));
    onProgress(results.length, inputs.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  onProgress(inputs.length, inputs.length);
  return results;
};
