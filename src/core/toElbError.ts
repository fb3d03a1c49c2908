import { categorize, type ErrorCodeLookup } from './category.js';
import { classifyKind, isPermanentConflict, isTransientLock } from './classify.js';
import { getHeader } from './headers.js';
import { MAX_BODY_CHARS, parseBody } from './parseBody.js';
import { parseRetryAfter } from './retryAfter.js';
import { readSerializedElbError, SERIALIZED_ELB_ERROR, type SerializedElbError } from './serialize.js';
import { getStatusInfo } from './statusCodes.js';
import { cleanId, cleanText, MAX_REQUEST_ID, redactUrl } from './text.js';
import type { ElbError, ErrorCategory, ErrorKind, RequestContext, Severity } from './types.js';

const BRAND = Symbol.for('elb-status-ui.ElbError');
/** Where a request id is found when the body has none, in order. */
const REQUEST_ID_HEADERS = ['x-request-id', 'x-openstack-request-id', 'x-compute-request-id'];

/** Reasons for failures that have no status line. */
export const KIND_REASONS: Readonly<Record<Exclude<ErrorKind, 'http'>, string>> = {
  network: 'Network Error',
  timeout: 'Request Timeout',
  aborted: 'Request Aborted',
  unknown: 'Unknown Error',
  operation: 'Operation Failed',
};

/** Options for normalisation beyond the request context. */
export interface NormalizeOptions {
  /** Category lookup for published error codes (see `elb-status-ui/error-codes`). */
  errorCodes?: ErrorCodeLookup | undefined;
  /** Clock for `time` and HTTP-date `Retry-After` values. */
  now?: (() => number) | undefined;
}

interface Fields {
  kind: ErrorKind;
  status: number | null;
  /** The body as it came: parsed JSON, text or bytes (parsed by `build`). */
  body?: unknown;
  headers?: unknown;
  method?: unknown;
  url?: unknown;
  detail?: string | null;
  retryAfterMs?: number | null;
  time?: number;
  category?: ErrorCategory;
}

/** The normalised failure. `instanceof Error`, so it can be thrown and caught like any error. */
export class ElbErrorImpl extends Error implements ElbError {
  declare readonly kind: ErrorKind;
  declare readonly status: number | null;
  declare readonly reason: string;
  declare readonly descriptions: readonly string[];
  declare readonly severity: Severity;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs: number | null;
  declare readonly code: string | null;
  declare readonly serverMessage: string | null;
  declare readonly requestId: string | null;
  declare readonly method: string | null;
  declare readonly url: string | null;
  declare readonly category: ErrorCategory | null;
  declare readonly time: number;
  declare readonly cause: unknown;

  constructor(fields: Omit<ElbError, 'name' | 'message'> & { message?: string }) {
    const head = fields.status != null ? `${fields.status} ${fields.reason}` : fields.reason;
    const tail = [fields.code, fields.serverMessage].filter(Boolean).join(': ');
    // As with `new Error(message, { cause })`, the original input is a non-enumerable `cause`: it may hold
    // request headers with tokens, and JSON.stringify or a spread of the error (a log line, telemetry)
    // must not carry them. Object.assign then sets it again and keeps it non-enumerable.
    super(fields.message ?? (tail ? `${head} (${tail})` : head), fields);
    // `message` (when given) is already this error's own message: assigning it again keeps it so.
    Object.assign(this, fields);
    this.name = 'ElbError';
  }

  /** The brand `isElbError` looks for: on the prototype, so it is shared by every copy's instances. */
  get [BRAND](): true {
    return true;
  }

  /** The plain-data form (`JSON.stringify` calls it), as `serializeElbError` makes it; `cause` is not enumerable. */
  toJSON(): SerializedElbError {
    return { $type: SERIALIZED_ELB_ERROR, ...this, descriptions: [...this.descriptions], message: this.message };
  }
}

/** True for any value made by `toElbError` / `readElbError` (also across copies of the library). */
export function isElbError(value: unknown): value is ElbError {
  try {
    return typeof value === 'object' && (value as Record<symbol, unknown> | null)?.[BRAND] === true;
  } catch {
    return false;
  }
}

// ---- reading untrusted input without ever throwing -------------------------------------------

/** Reads a property; a throwing getter or proxy trap counts as absent. */
function get(value: unknown, key: string): unknown {
  try {
    // Primitives have none of the keys read here (status, headers, code, ...).
    return value == null ? undefined : (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const isStatus = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 999;

/** A fetch `Response` (or look-alike), recognised by shape rather than `instanceof`. */
function isResponseLike(value: unknown): boolean {
  return isStatus(get(value, 'status')) && typeof get(value, 'ok') === 'boolean' && typeof get(get(value, 'headers'), 'get') === 'function';
}

/** Network failures: error codes (Node, undici, axios) and messages (browsers, Node, React Native), case-insensitive. */
const NETWORK =
  /failed to fetch|fetch failed|network ?error|network request failed|load failed|econn(refused|reset)|enotfound|eai_again|e(host|net)unreach|epipe|und_err_(socket|connect_timeout)|socket hang up|err_(network|internet_disconnected)|net::/i;

const errName = (v: unknown) => String(get(v, 'name') ?? '');
const errMessage = (v: unknown) => {
  const m = get(v, 'message');
  return typeof m === 'string' ? m : '';
};

/** Is this thrown value a network failure (fetch's TypeError, Node's ECONNREFUSED, ...)? */
function networkLike(value: unknown, depth = 0): boolean {
  const code = get(value, 'code');
  const name = errName(value);
  const cause = get(value, 'cause');
  return (
    (typeof code === 'string' && NETWORK.test(code)) ||
    ((name === 'TypeError' || name === 'NetworkError') && NETWORK.test(errMessage(value))) ||
    // fetch in Node: TypeError('fetch failed') with the socket error as its cause
    (name === 'TypeError' && depth < 3 && cause !== undefined && cause !== value && networkLike(cause, depth + 1))
  );
}

function timeoutLike(value: unknown): boolean {
  return errName(value) === 'TimeoutError' || /^(ETIMEDOUT|ECONNABORTED|UND_ERR_(HEADERS|BODY)_TIMEOUT)$/.test(String(get(value, 'code')));
}

function abortLike(value: unknown): boolean {
  return /^(AbortError|CanceledError)$/.test(errName(value)) || get(value, 'code') === 'ERR_CANCELED' || get(value, '__CANCEL__') === true;
}

// ---- building -------------------------------------------------------------------------------

function build(fields: Fields, context: RequestContext | undefined, cause: unknown, options: NormalizeOptions | undefined): ElbError {
  const now = safeNow(options);
  const headers = fields.headers ?? context?.headers;
  const { code, serverMessage, requestId: bodyRequestId } = parseBody(fields.body !== undefined ? fields.body : context?.body, getHeader(headers, 'content-type'));
  let requestId = bodyRequestId;
  for (const name of REQUEST_ID_HEADERS) requestId ??= cleanId(getHeader(headers, name), MAX_REQUEST_ID);
  // An HTTP failure without a status is an unknown one.
  const status = fields.kind === 'http' ? fields.status : null;
  const kind = status == null ? (fields.kind === 'http' ? 'unknown' : fields.kind) : 'http';
  const { reason, descriptions, severity, retryable } =
    status == null ? { reason: KIND_REASONS[kind as Exclude<ErrorKind, 'http'>], descriptions: [], ...classifyKind(kind as Exclude<ErrorKind, 'http'>) } : getStatusInfo(status);
  return new ElbErrorImpl({
    kind,
    status,
    reason,
    descriptions,
    severity,
    // A 409 whose message says the conflict lasts (exists already, quota) is not worth retrying.
    retryable: retryable && !(status === 409 && !isTransientLock(serverMessage) && isPermanentConflict(serverMessage)),
    // A clone keeps its own (null when it had none); it has no headers to read one from.
    retryAfterMs: fields.retryAfterMs ?? (status == null ? null : parseRetryAfter(getHeader(headers, 'retry-after'), now)),
    code,
    serverMessage,
    requestId,
    method: (cleanText(fields.method, 16) ?? cleanText(context?.method, 16))?.toUpperCase() ?? null,
    url: redactUrl(fields.url ?? context?.url),
    category: (!options?.errorCodes && fields.category) || categorize(kind, status, code, serverMessage, options?.errorCodes),
    time: fields.time ?? now,
    cause,
    ...(fields.detail ? { message: fields.detail } : {}),
  });
}

function safeNow(options: NormalizeOptions | undefined): number {
  try {
    const t = options?.now?.();
    if (Number.isFinite(t)) return t as number;
  } catch {
    /* a failing clock: use the real one */
  }
  return Date.now();
}

function classifyInput(input: unknown): Fields {
  if (typeof input !== 'object' || input === null) {
    // A status number, a message string, or garbage.
    return isStatus(input) ? { kind: 'http', status: input } : { kind: 'unknown', status: null, detail: cleanText(input, 200) };
  }
  // An ElbError's plain-data form (toJSON), or a copy that lost its prototype (structuredClone, a store).
  const cloned = readSerializedElbError(input);
  if (cloned) return cloned;
  // axios
  if (get(input, 'isAxiosError') === true) {
    const config = get(input, 'config');
    const method = get(config, 'method');
    const base = get(config, 'baseURL');
    const path = get(config, 'url');
    const url = typeof path === 'string' && typeof base === 'string' && !/^[a-z]+:\/\//i.test(path) ? base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '') : path;
    const response = get(input, 'response');
    const status = get(response, 'status');
    if (isStatus(status)) {
      return { kind: 'http', status, headers: get(response, 'headers'), body: get(response, 'data'), method, url };
    }
    const kind: ErrorKind = abortLike(input) ? 'aborted' : timeoutLike(input) ? 'timeout' : 'network';
    return { kind, status: null, method, url, detail: cleanText(errMessage(input), 200) };
  }
  // ky HTTPError (and anything else carrying a Response)
  const response = get(input, 'response');
  if (isResponseLike(response)) {
    const request = get(input, 'request');
    return { kind: 'http', status: get(response, 'status') as number, headers: get(response, 'headers'), method: get(request, 'method'), url: get(request, 'url') || get(response, 'url') || undefined };
  }
  if (isResponseLike(input)) return { kind: 'http', status: get(input, 'status') as number, headers: get(input, 'headers'), url: get(input, 'url') || undefined };
  // { status, body?, headers? } (also statusCode, as some clients name it)
  const status = get(input, 'status') ?? get(input, 'statusCode');
  if (isStatus(status) && Object.prototype.toString.call(input) !== '[object Error]') {
    return { kind: 'http', status, headers: get(input, 'headers'), body: get(input, 'body') ?? get(input, 'data'), method: get(input, 'method'), url: get(input, 'url') };
  }
  const request = get(input, 'request');
  const kind: ErrorKind = abortLike(input)
    ? // An abort whose reason is a timeout (AbortSignal.timeout) is a timeout.
      timeoutLike(get(input, 'cause'))
      ? 'timeout'
      : 'aborted'
    : timeoutLike(input)
      ? 'timeout'
      : networkLike(input)
        ? 'network'
        : // An Error carrying an HTTP status (many wrappers set err.status)
          isStatus(status)
          ? 'http'
          : 'unknown';
  return {
    kind,
    status: kind === 'http' ? (status as number) : null,
    headers: kind === 'http' ? get(input, 'headers') : undefined,
    method: get(request, 'method') ?? get(input, 'method'),
    url: get(request, 'url') ?? get(input, 'url'),
    detail: cleanText(errMessage(input), 200),
  };
}

/**
 * Turns anything a failed request produces into one `ElbError`. Synchronous and never throws;
 * a `Response`'s body is not read (use `readElbError` for that).
 */
export function toElbError(input: unknown, context?: RequestContext, options?: NormalizeOptions): ElbError {
  if (isElbError(input)) return input;
  try {
    return build(classifyInput(input), context, input, options);
  } catch {
    // Only reached through hostile input (a throwing getter deep inside): what is left is the input itself.
    return build({ kind: 'unknown', status: null }, undefined, input, undefined);
  }
}

/** Longest time spent reading an error body before using what has arrived. */
export const BODY_READ_TIMEOUT_MS = 5000;

/** Reads at most `MAX_BODY_CHARS` of a response body as text; `null` when it cannot be read. */
async function readBoundedText(response: unknown, timeoutMs: number): Promise<string | null> {
  if (get(response, 'bodyUsed') === true) return null;
  const stream = get(response, 'body');
  const getReader = get(stream, 'getReader');
  if (typeof getReader === 'function') {
    const reader = getReader.call(stream) as ReadableStreamDefaultReader<Uint8Array>;
    const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder() : null;
    if (!decoder) return null;
    let text = '';
    let bytes = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      // Bounded by bytes received, so a body that never decodes to text still ends the loop.
      while (bytes < MAX_BODY_CHARS) {
        const chunk = await Promise.race([reader.read(), timeout]);
        if (chunk === 'timeout' || chunk.done) break;
        const value: unknown = chunk.value;
        // ArrayBuffer.isView, not instanceof: chunks may come from another realm (jsdom, iframes).
        if (ArrayBuffer.isView(value)) {
          bytes += value.byteLength;
          text += decoder.decode(value, { stream: true });
        } else if (typeof value === 'string') {
          bytes += value.length;
          text += value;
        } else {
          break;
        }
      }
    } catch {
      /* a stream that errors mid-way: keep what arrived */
    } finally {
      clearTimeout(timer);
      // Stop the download; an error here (already closed) is of no interest.
      reader.cancel().catch(() => undefined);
    }
    return text.slice(0, MAX_BODY_CHARS);
  }
  const textFn = get(response, 'text');
  if (typeof textFn === 'function') {
    const text: unknown = await textFn.call(response);
    return typeof text === 'string' ? text.slice(0, MAX_BODY_CHARS) : null;
  }
  return null;
}

/**
 * Like `toElbError`, and also reads the body of a `Response` (or of the response inside an
 * axios / ky error) - a bounded prefix, with a time limit. Never rejects.
 */
export async function readElbError(
  input: unknown,
  context?: RequestContext,
  options?: NormalizeOptions & { bodyTimeoutMs?: number },
): Promise<ElbError> {
  try {
    if (isElbError(input)) return input;
    const response = isResponseLike(input) ? input : isResponseLike(get(input, 'response')) && get(input, 'isAxiosError') !== true ? get(input, 'response') : null;
    if (!response || (context && context.body !== undefined)) return toElbError(input, context, options);
    let text: string | null = null;
    try {
      text = await readBoundedText(response, options?.bodyTimeoutMs ?? BODY_READ_TIMEOUT_MS);
    } catch {
      text = null;
    }
    const fields = classifyInput(input);
    if (text != null) fields.body = text;
    return build(fields, context, input, options);
  } catch {
    return toElbError(input, context, options);
  }
}
