/** Verifies a batch of inputs one after another (in a Web Worker in the page), with progress; each valid
 * result keeps the result code that reproduces it, for storage. Plain data in, plain data out. */
import { type VerifyInput, verifyInput } from '../../engine/classroom';
import { encodeResultCode, type SessionConfig } from '../../engine/codes';
import type { CollectedResult } from './collection';

/** One verified input, before the page numbers it. */
export type BatchResult = Omit<CollectedResult, 'id'>;

/** Verifies every input in order; `onProgress` after each one. */
export function verifyBatch(
  inputs: readonly VerifyInput[],
  session: SessionConfig | null,
  onProgress: (done: number, total: number) => void = () => {},
): BatchResult[] {
  return inputs.map((input, index) => {
    const verification = verifyInput(input, session ? { session } : {});
    const code = verification.ok
      ? input.kind === 'code'
        ? input.text.replace(/\s+/g, '')
        : encodeResultCode(verification.entry.record)
      : null;
    onProgress(index + 1, inputs.length);
    return { source: input.source, verification, code };
  });
}

/** A request to the verification worker. */
export interface VerifyRequest {
  id: number;
  inputs: VerifyInput[];
  session: SessionConfig | null;
}

/** The worker's answers: progress now and then, then the results. */
export type VerifyReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; results: BatchResult[] };
