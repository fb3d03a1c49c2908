import { categorize, type ErrorCodeLookup } from './category.js';
import { classifyKind, isPermanentConflict, isTransientLock } from './classify.js';
import { getHeader } from './headers.js';
import { MAX_BODY_CHARS, parseBody, type ParsedBody } from './parseBody.js';
import { parseRetryAfter } from './retryAfter.js';
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
};

/** Options for normalisation beyond the request context. */
export interface NormalizeOptions {
  /** Category lookup for published error codes (see `elb-status-ui/error-codes`). */
  errorCodes?: ErrorCodeLookup;
  /** Clock for `time` and HTTP-date `Retry-After` values. */
  now?: () => number;
}

interface Fields {
  kind: ErrorKind;
  status: number | null;
  body?: ParsedBody;
  headers?: unknown;
  method?: unknown;
  url?: unknown;
  detail?: string | null;
  retryAfterMs?: number | null;
  time?: number;
}

/** The normalised failure. `instanceof Error`, so it can be thrown and caught like any error. */
export class ElbErrorImpl extends Error implements ElbError {
  declare readonly [BRAND]: true;
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
    super(fields.message ?? (tail ? `${head} (${tail})` : head));
    Object.defineProperty(this, BRAND, { value: true });
    const { message: _message, ...rest } = fields;
    Object.assign(this, rest);
    this.name = 'ElbError';
  }
}

/** True for any value made by `toElbError` / `readElbError` (also across copies of the library). */
export function isElbError(value: unknown): value is ElbError {
  try {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}

// ---- reading untrusted input without ever throwing -------------------------------------------

/** Reads a property; a throwing getter or proxy trap counts as absent. */
function get(value: unknown, key: string): unknown {
  try {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const isStatus = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 999;

/** A fetch `Response` (or look-alike), recognised by shape rather than `instanceof`. */
function isResponseLike(value: unknown): boolean {
  return isStatus(get(value, 'status')) && typeof get(value, 'ok') === 'boolean' && typeof get(get(value, 'headers'), 'get') === 'function';
}

const NETWORK_MESSAGE =
  /failed to fetch|fetch failed|network ?error|network request failed|load failed|econn(refused|reset)|enotfound|eai_again|e(host|net)unreach|socket hang up|err_(network|internet_disconnected)|net::/i;

const errName = (v: unknown) => String(get(v, 'name') ?? '');
const errMessage = (v: unknown) => {
  const m = get(v, 'message');
  return typeof m === 'string' ? m : '';
};

/** Is this thrown value a network failure (fetch's TypeError, Node's ECONNREFUSED, ...)? */
function networkLike(value: unknown, depth = 0): boolean {
  if (depth > 3) return false;
  const code = get(value, 'code');
  if (typeof code === 'string' && /^(ECONN(REFUSED|RESET)|ENOTFOUND|EAI_AGAIN|E(HOST|NET)UNREACH|EPIPE|ERR_NETWORK|UND_ERR_(SOCKET|CONNECT_TIMEOUT))$/.test(code))
    return true;
  const name = errName(value);
  if ((name === 'TypeError' || name === 'NetworkError') && NETWORK_MESSAGE.test(errMessage(value))) return true;
  const cause = get(value, 'cause');
  return cause !== undefined && cause !== value && name === 'TypeError' && networkLike(cause, depth + 1);
}

function timeoutLike(value: unknown): boolean {
  const name = errName(value);
  const code = get(value, 'code');
  return name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

function abortLike(value: unknown): boolean {
  const name = errName(value);
  return name === 'AbortError' || name === 'CanceledError' || get(value, 'code') === 'ERR_CANCELED' || get(value, '__CANCEL__') === true;
}

// ---- building -------------------------------------------------------------------------------

function build(fields: Fields, context: RequestContext | undefined, cause: unknown, options: NormalizeOptions | undefined): ElbError {
  const now = safeNow(options);
  const headers = fields.headers ?? context?.headers;
  let body = fields.body;
  if (!body && context && context.body !== undefined) body = parseBody(context.body, getHeader(headers, 'content-type'));
  const parsed: ParsedBody = body ?? { code: null, serverMessage: null, requestId: null };
  let requestId = parsed.requestId;
  for (const name of REQUEST_ID_HEADERS) requestId ??= cleanId(getHeader(headers, name), MAX_REQUEST_ID);
  const method = cleanText(typeof fields.method === 'string' ? fields.method : context?.method, 16)?.toUpperCase() ?? null;
  const url = redactUrl(fields.url ?? context?.url);

  let reason: string;
  let descriptions: readonly string[] = [];
  let severity: Severity;
  let retryable: boolean;
  if (fields.kind === 'http' && fields.status != null) {
    const info = getStatusInfo(fields.status);
    ({ reason, descriptions, severity, retryable } = info);
    if (fields.status === 409 && !isTransientLock(parsed.serverMessage) && isPermanentConflict(parsed.serverMessage)) retryable = false;
  } else {
    const kind = fields.kind === 'http' ? 'unknown' : fields.kind;
    reason = KIND_REASONS[kind];
    ({ severity, retryable } = classifyKind(kind));
  }
  const retryAfterMs =
    fields.retryAfterMs !== undefined ? fields.retryAfterMs : fields.kind === 'http' ? parseRetryAfter(getHeader(headers, 'retry-after'), now) : null;
  const kind = fields.kind === 'http' && fields.status == null ? 'unknown' : fields.kind;
  return new ElbErrorImpl({
    kind,
    status: kind === 'http' ? fields.status : null,
    reason,
    descriptions,
    severity,
    retryable,
    retryAfterMs,
    code: parsed.code,
    serverMessage: parsed.serverMessage,
    requestId,
    method,
    url,
    category: categorize(kind, fields.status, parsed.code, parsed.serverMessage, options?.errorCodes),
    time: fields.time ?? now,
    cause,
    ...(fields.detail ? { message: fields.detail } : {}),
  });
}

function safeNow(options: NormalizeOptions | undefined): number {
  try {
    const t = options?.now ? options.now() : Date.now();
    return Number.isFinite(t) ? t : Date.now();
  } catch {
    return Date.now();
  }
}

function fromResponse(response: unknown, body: ParsedBody | undefined, extra: Partial<Fields>): Fields {
  const headers = get(response, 'headers');
  return {
    kind: 'http',
    status: get(response, 'status') as number,
    headers,
    ...(body ? { body } : {}),
    url: get(response, 'url') || undefined,
    ...extra,
  };
}

const KINDS: readonly unknown[] = ['http', 'network', 'timeout', 'aborted', 'unknown'];

/**
 * An ElbError that lost its prototype on the way (structuredClone, postMessage, a Redux store,
 * Storybook args): rebuilt from its fields, which are re-checked as if they came from a server.
 */
function fromClone(input: unknown): Fields | null {
  const kind = get(input, 'kind');
  if (!KINDS.includes(kind) || typeof get(input, 'reason') !== 'string' || typeof get(input, 'retryable') !== 'boolean') return null;
  const status = get(input, 'status');
  const retryAfter = get(input, 'retryAfterMs');
  const time = get(input, 'time');
  return {
    kind: kind as ErrorKind,
    status: isStatus(status) ? status : null,
    body: {
      code: cleanId(get(input, 'code'), 64),
      serverMessage: cleanText(get(input, 'serverMessage')),
      requestId: cleanId(get(input, 'requestId'), MAX_REQUEST_ID),
    },
    method: get(input, 'method'),
    url: get(input, 'url'),
    retryAfterMs: typeof retryAfter === 'number' && retryAfter >= 0 && Number.isFinite(retryAfter) ? retryAfter : null,
    ...(typeof time === 'number' && Number.isFinite(time) ? { time } : {}),
  };
}

function classifyInput(input: unknown): Fields {
  if (typeof input === 'number') return isStatus(input) ? { kind: 'http', status: input } : { kind: 'unknown', status: null };
  if (typeof input !== 'object' || input === null) {
    if (typeof input === 'string') return { kind: 'unknown', status: null, detail: cleanText(input, 200) };
    return { kind: 'unknown', status: null };
  }
  const cloned = fromClone(input);
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
      const headers = get(response, 'headers');
      const body = parseBody(get(response, 'data'), getHeader(headers, 'content-type'));
      return { kind: 'http', status, headers, body, method, url };
    }
    const kind: ErrorKind = abortLike(input) ? 'aborted' : timeoutLike(input) ? 'timeout' : 'network';
    return { kind, status: null, method, url, detail: cleanText(errMessage(input), 200) };
  }
  // ky HTTPError (and anything else carrying a Response)
  const response = get(input, 'response');
  if (isResponseLike(response)) {
    const request = get(input, 'request');
    return fromResponse(response, undefined, { method: get(request, 'method'), url: get(request, 'url') || get(response, 'url') || undefined });
  }
  if (isResponseLike(input)) return fromResponse(input, undefined, {});
  // { status, body?, headers? } (also statusCode, as some clients name it)
  const status = get(input, 'status') ?? get(input, 'statusCode');
  if (isStatus(status) && Object.prototype.toString.call(input) !== '[object Error]') {
    const headers = get(input, 'headers');
    const body = parseBody(get(input, 'body') ?? get(input, 'data'), getHeader(headers, 'content-type'));
    return { kind: 'http', status, headers, body, method: get(input, 'method'), url: get(input, 'url') };
  }
  const request = get(input, 'request');
  const method = get(request, 'method') ?? get(input, 'method');
  const url = get(request, 'url') ?? get(input, 'url');
  const detail = cleanText(errMessage(input), 200);
  if (abortLike(input)) {
    // An abort whose reason is a timeout (AbortSignal.timeout) is a timeout.
    return { kind: timeoutLike(get(input, 'cause')) ? 'timeout' : 'aborted', status: null, method, url, detail };
  }
  if (timeoutLike(input)) return { kind: 'timeout', status: null, method, url, detail };
  if (networkLike(input)) return { kind: 'network', status: null, method, url, detail };
  // An Error carrying an HTTP status (many wrappers set err.status)
  if (isStatus(status)) return { kind: 'http', status, headers: get(input, 'headers'), method, url, detail };
  return { kind: 'unknown', status: null, method, url, detail };
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
    try {
      return build({ kind: 'unknown', status: null }, undefined, input, options);
    } catch {
      const { severity, retryable } = classifyKind('unknown');
      return new ElbErrorImpl({
        kind: 'unknown', status: null, reason: KIND_REASONS.unknown, descriptions: [], severity, retryable,
        retryAfterMs: null, code: null, serverMessage: null, requestId: null, method: null, url: null,
        category: null, time: Date.now(), cause: input,
      });
    }
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
    if (text != null) fields.body = parseBody(text, getHeader(get(response, 'headers'), 'content-type'));
    return build(fields, context, input, options);
  } catch {
    return toElbError(input, context, options);
  }
}
