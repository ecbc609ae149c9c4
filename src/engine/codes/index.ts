/** Result codes and session codes: compact, URL-safe, checksummed text with strict decoders. */
export { decodeBase64url, encodeBase64url } from './base64url';
export { crc32 } from './checksum';
export { MAX_CODE_CHARS, MAX_EXPANDED_BYTES } from './envelope';
export { decodeResultCode, encodeResultCode, RESULT_CODE_PREFIX } from './result-code';
export { decodeSessionCode, encodeSessionCode, SESSION_CODE_PREFIX } from './session-code';
export { SESSION_LIMITS, type SessionConfig, validateSessionConfig } from './session-config';
export { sessionId } from './session-id';
export {
  builtInScenarioHash,
  restrictsPlay,
  rulesBreaches,
  type SessionRules,
  sessionRules,
} from './session-rules';
