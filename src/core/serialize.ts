import { SERIALIZED_ELB_ERROR } from './errorView.js';
import { cleanText } from './text.js';
import { MAX_TIME } from './retryAfter.js';
import type { ElbError, ErrorCategory, ErrorKind } from './types.js';

export { SERIALIZED_ELB_ERROR };

/** `ElbError` as plain data: the same fields, `cause` excluded (it may hold request headers). */
export interface SerializedElbError extends Omit<ElbError, 'cause' | 'descriptions'> {
  $type: typeof SERIALIZED_ELB_ERROR;
  descriptions: string[];
}

const FIELDS = ['kind', 'status', 'reason', 'descriptions', 'severity', 'retryable', 'retryAfterMs', 'code', 'serverMessage', 'requestId', 'method', 'url', 'category', 'time', 'message', 'name'] as const;

/**
 * An `ElbError` as a tagged plain object (what `error.toJSON()` returns): pass it from a Server
 * Component to `<ErrorPanel error>` / `<StatusBadge error>`, through `structuredClone`,
 * `postMessage` or a JSON log; `toElbError` restores it (re-checked like any untrusted input).
 */
export function serializeElbError(error: ElbError): SerializedElbError {
  const data: Record<string, unknown> = { $type: SERIALIZED_ELB_ERROR };
  for (const key of FIELDS) data[key] = key === 'descriptions' ? (Array.isArray(error.descriptions) ? [...error.descriptions] : []) : error[key];
  return data as unknown as SerializedElbError;
}

const KINDS: readonly unknown[] = ['http', 'network', 'timeout', 'aborted', 'unknown', 'operation'];
const CATEGORIES: readonly unknown[] = ['invalid-input', 'not-found', 'quota', 'conflict', 'locked', 'auth', 'permission', 'throttled', 'unsupported', 'server'];

/** Reads a property; a throwing getter or proxy trap counts as absent. */
function get(value: unknown, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * What a serialised (or cloned) `ElbError` says about itself, for `toElbError` to rebuild it: only
 * the facts (kind, status, code, message, request id, method, url, times, category), re-checked as
 * if they came from a server; reason, descriptions, severity and retryability are derived again
 * from them, so a tampered copy cannot make a 400 retryable. `null` when the value is not one: a
 * tag alone proves nothing, the kind must be known, and an untagged copy must look like an ElbError.
 */
export function readSerializedElbError(input: unknown) {
  if (typeof input !== 'object' || input === null) return null;
  const kind = get(input, 'kind') as ErrorKind;
  const tagged = get(input, '$type') === SERIALIZED_ELB_ERROR;
  if (!KINDS.includes(kind) || !(tagged || (typeof get(input, 'reason') === 'string' && typeof get(input, 'retryable') === 'boolean'))) return null;
  const status = get(input, 'status') as number;
  const retryAfter = get(input, 'retryAfterMs') as number;
  const time = get(input, 'time') as number;
  const category = get(input, 'category') as ErrorCategory;
  return {
    kind,
    status: Number.isInteger(status) && status >= 100 && status <= 999 ? status : null,
    // The flat ELB body shape re-checks code, message and request id as server text.
    body: { error_code: get(input, 'code'), error_msg: get(input, 'serverMessage'), request_id: get(input, 'requestId') },
    method: get(input, 'method'),
    url: get(input, 'url'),
    retryAfterMs: typeof retryAfter === 'number' && retryAfter >= 0 && retryAfter <= MAX_TIME ? Math.round(retryAfter) : null,
    ...(Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? { time } : {}),
    ...(CATEGORIES.includes(category) ? { category } : {}),
    // An HTTP failure's message is made again from its fields; others carry what was thrown.
    detail: kind === 'http' ? null : cleanText(get(input, 'message'), 200),
  };
}
