/** The verification worker: replays results off the page's main thread, so a large or hostile batch never
 * freezes the page; reports progress about every 100 ms of work. */
import { type VerifyReply, type VerifyRequest, verifyBatch } from './verify-batch';

const post = (reply: VerifyReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<VerifyRequest>) => {
  const { id, inputs, session } = event.data;
  let reported = performance.now();
  const results = verifyBatch(inputs, session, (done, total) => {
    if (performance.now() - reported < 100 && done < total) return;
    reported = performance.now();
    post({ id, type: 'progress', done, total });
  });
  // Posting copies every entry: its record and key getters are read here, so the page receives plain values.
  post({ id, type: 'done', results });
});
