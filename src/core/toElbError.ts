import { categorize, type ErrorCodeLookup } from './category.js';
import { classifyKind, isPermanentConflict, isTransientLock } from './classify.js';
import { readHeaders } from './headers.js';
import { MAX_BODY_CHARS, parseBody } from './parseBody.js';
import { parseRetryAfter } from './retryAfter.js';
import { readSerializedElbError, SERIALIZED_ELB_ERROR, type SerializedElbError } from './serialize.js';
import { getStatusInfo } from './statusCodes.js';
import { redactText } from './redact.js';
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

/** The original input of each error made here (also marks it as made by this copy of the library). */
const CAUSES = new WeakMap<object, unknown>();
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The normalised failure. `instanceof Error`, so it can be thrown and caught like any error.
 * Every string field, `message` and `stack` included, is redacted. The original input is not a
 * property of the error at all: `cause` is a getter on the prototype, so that `JSON.stringify`, a
 * spread, `util.inspect` / `console.log` and the browser's console do not show it (it may hold
 * request headers with tokens), while `error.cause` still returns it.
 */
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

  constructor({ cause, ...fields }: Omit<ElbError, 'name' | 'message'> & { message?: string }) {
    const head = fields.status != null ? `${fields.status} ${fields.reason}` : fields.reason;
    const tail = [fields.code, fields.serverMessage].filter(Boolean).join(': ');
    // The message (and with it the stack's first line) is redacted like every other field.
    const message = redactText(fields.message ?? (tail ? `${head} (${tail})` : head));
    super(message);
    Object.assign(this, fields, { message });
    this.name = 'ElbError';
    CAUSES.set(this, cause);
  }

  /** The original input (what was thrown or returned), as given. */
  override get cause(): unknown {
    return CAUSES.get(this);
  }

  /** The brand `isElbError` looks for: on the prototype, so it is shared by every copy's instances. */
  get [BRAND](): true {
    return true;
  }

  /** The plain-data form (`JSON.stringify` calls it), as `serializeElbError` makes it; `cause` is not enumerable. */
  toJSON(): SerializedElbError {
    return { $type: SERIALIZED_ELB_ERROR, ...this, descriptions: [...this.descriptions], message: this.message };
  }

  /** What `util.inspect` / `console.log` print in Node: the stack and the fields, never the cause. */
  [INSPECT](_depth: number, options: unknown, inspect?: (value: unknown, options: unknown) => string): string {
    const fields = { ...this };
    return `${this.stack ?? `${this.name}: ${this.message}`} ${typeof inspect === 'function' ? inspect(fields, options) : JSON.stringify(fields)}`;
  }
}

const SEVERITIES: readonly unknown[] = ['success', 'info', 'warning', 'error'];
/** `null`, or a bounded string with nothing left to redact (a forged `url: '?token=…'` is not an ElbError's). */
const cleanOrNull = (value: unknown) => value === null || (typeof value === 'string' && value.length <= 2048 && redactText(value) === value);

/** Does a value from elsewhere (another copy of the library, or a forgery) carry every field of an ElbError? */
function wellFormed(value: unknown): boolean {
  const status = get(value, 'status');
  const retryAfter = get(value, 'retryAfterMs');
  return (
    typeof get(value, 'kind') === 'string' &&
    typeof get(value, 'reason') === 'string' &&
    Array.isArray(get(value, 'descriptions')) &&
    SEVERITIES.includes(get(value, 'severity')) &&
    typeof get(value, 'retryable') === 'boolean' &&
    (status === null || isStatus(status)) &&
    (retryAfter === null || (typeof retryAfter === 'number' && retryAfter >= 0 && retryAfter <= MAX_TIME)) &&
    Number.isFinite(get(value, 'time')) &&
    ['code', 'serverMessage', 'requestId', 'method', 'url', 'category'].every((key) => cleanOrNull(get(value, key)))
  );
}

/** Made by this copy of the library (so every field was checked and redacted here). */
function isOwn(value: unknown): value is ElbError {
  return typeof value === 'object' && value !== null && CAUSES.has(value);
}

/**
 * True for any value made by `toElbError` / `readElbError` (also across copies of the library).
 * A value that carries the brand but not the fields is not one; never throws.
 */
export function isElbError(value: unknown): value is ElbError {
  try {
    return typeof value === 'object' && value !== null && (CAUSES.has(value) || ((value as Record<symbol, unknown>)[BRAND] === true && wellFormed(value)));
  } catch {
    return false;
  }
}

// ---- reading untrusted input without ever throwing -------------------------------------------

/** Reads a property; a throwing getter or proxy trap counts as absent. */
function get(value: unknown, key: PropertyKey): unknown {
  try {
    // Primitives have none of the keys read here (status, headers, code, ...).
    return value == null ? undefined : (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The largest epoch ms a Date can hold. */
const MAX_TIME = 8.64e15;
const isStatus = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 999;

/** A fetch `Response` (or look-alike), recognised by shape rather than `instanceof`. */
function isResponseLike(value: unknown): boolean {
  return isStatus(get(value, 'status')) && typeof get(value, 'ok') === 'boolean' && typeof get(get(value, 'headers'), 'get') === 'function';
}

/**
 * The messages of network failures, whole (an app bug's TypeError, "Cannot read properties of
 * undefined (reading 'networkError')", is not one): Chromium, Firefox, Safari (macOS and iOS), undici
 * (Node's fetch, with the socket error as its cause), React Native and the whatwg-fetch polyfill,
 * axios, Electron.
 */
const NETWORK_MESSAGE =
  /^(failed to fetch( \([^()]{0,256}\))?|networkerror when attempting to fetch resource\.?|load failed|the network connection was lost\.?|the internet connection appears to be offline\.?|could not connect to the server\.?|a server with the specified hostname could not be found\.?|fetch failed|network request failed|network error|net::err_[a-z_]{1,64})$/i;
/** Error codes of failed connections: Node and undici (`err.code`, `err.cause.code`), axios, node-fetch. */
const NETWORK_CODE =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|EHOSTDOWN|ENETUNREACH|ENETDOWN|EPIPE|ENOTCONN|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|UND_ERR_CLOSED|ERR_NETWORK|ERR_INTERNET_DISCONNECTED)$/;

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
    (typeof code === 'string' && NETWORK_CODE.test(code)) ||
    name === 'NetworkError' ||
    // axios' and the polyfills' errors are Errors, fetch's are TypeErrors: the message decides
    (/^(TypeError|Error|AxiosError|FetchError)$/.test(name) && NETWORK_MESSAGE.test(errMessage(value).trim())) ||
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
  // One pass over the headers; each read below is then O(1).
  const header = readHeaders(fields.headers ?? context?.headers);
  const { code, serverMessage, requestId: bodyRequestId } = parseBody(fields.body !== undefined ? fields.body : context?.body, header('content-type'));
  let requestId = bodyRequestId;
  for (const name of REQUEST_ID_HEADERS) requestId ??= cleanId(header(name), MAX_REQUEST_ID);
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
    retryAfterMs: fields.retryAfterMs ?? (status == null ? null : parseRetryAfter(header('retry-after'), now)),
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

/** Drops the slashes at the end (or the start) of a path; a loop, as `/\/+$/` is quadratic on a run of slashes. */
function trimSlashes(text: string, leading: boolean): string {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && text[start] === '/') start++;
  else while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
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
    const url = typeof path === 'string' && typeof base === 'string' && !/^[a-z]+:\/\//i.test(path) ? trimSlashes(base, false) + '/' + trimSlashes(path, true) : path;
    const response = get(input, 'response');
    const status = get(response, 'status');
    if (isStatus(status)) {
      return { kind: 'http', status, headers: get(response, 'headers'), body: get(response, 'data'), method, url };
    }
    // Without a response: a network failure only when it says so (ERR_NETWORK, ECONNREFUSED, ...).
    const kind: ErrorKind = abortLike(input) ? 'aborted' : timeoutLike(input) ? 'timeout' : networkLike(input) ? 'network' : 'unknown';
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
  // Only an error made by this copy is returned as it is; anything else carrying the brand (another
  // copy's error, a forgery) is rebuilt from its fields, re-checked like any input.
  if (isOwn(input)) return input;
  try {
    return build(classifyInput(input), context, input, options);
  } catch {
    // Only reached through hostile input (a throwing getter deep inside): what is left is the input itself.
    return build({ kind: 'unknown', status: null }, undefined, input, undefined);
  }
}

/** Longest time spent reading an error body before using what has arrived (the default). */
export const BODY_READ_TIMEOUT_MS = 5000;
/** The most `bodyTimeoutMs` may ask for; larger values (and `Infinity`) are clamped to it. */
export const MAX_BODY_READ_TIMEOUT_MS = 60_000;

/** `bodyTimeoutMs` as a timer may take it: NaN, negatives and non-numbers give the default; huge values the maximum. */
export function clampBodyTimeout(value: unknown): number {
  return typeof value === 'number' && value >= 0 ? Math.min(value, MAX_BODY_READ_TIMEOUT_MS) : BODY_READ_TIMEOUT_MS;
}

const TIMEOUT = Symbol('timeout');

/** Collects at most `MAX_BODY_CHARS` bytes (or characters) of a body; an oversized chunk is cut before it is decoded. */
function collector() {
  const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder() : null;
  let size = 0;
  let text = '';
  return {
    /** Adds a chunk; `false` when the body is complete enough (the limit is reached) or the chunk unreadable. */
    add(value: unknown): boolean {
      const room = MAX_BODY_CHARS - size;
      if (typeof value === 'string') {
        const part = value.slice(0, room);
        text += part;
        size += part.length;
      } else {
        // Tag checks rather than instanceof: chunks may come from another realm (jsdom, iframes).
        const buffer = Object.prototype.toString.call(value) === '[object ArrayBuffer]';
        if (!decoder || !(buffer || ArrayBuffer.isView(value))) return false;
        const view = value as ArrayBufferView;
        const bytes = buffer ? new Uint8Array(value as ArrayBuffer, 0, Math.min(room, (value as ArrayBuffer).byteLength)) : new Uint8Array(view.buffer, view.byteOffset, Math.min(room, view.byteLength));
        size += bytes.byteLength;
        text += decoder.decode(bytes, { stream: true });
        return size < MAX_BODY_CHARS;
      }
      return size < MAX_BODY_CHARS;
    },
    text(): string {
      return text + (decoder?.decode() ?? '');
    },
  };
}

/**
 * Reads at most `MAX_BODY_CHARS` bytes of a body, whatever its form: a WHATWG stream (fetch), an
 * async-iterable stream (node-fetch 2), else `blob()`, `arrayBuffer()` or `text()` (polyfills).
 * Settles by `deadline` with what has arrived. `null` when it cannot be read.
 */
async function readBody(response: unknown, deadline: Promise<typeof TIMEOUT>): Promise<string | null> {
  if (get(response, 'bodyUsed') === true) return null;
  const within = <T>(value: T): Promise<Awaited<T> | typeof TIMEOUT> => Promise.race([value, deadline]);
  const body = get(response, 'body');
  const getReader = get(body, 'getReader');
  const iterate = get(body, Symbol.asyncIterator);
  if (typeof getReader === 'function' || typeof iterate === 'function') {
    const collected = collector();
    const reader = (typeof getReader === 'function' ? getReader.call(body) : (iterate as () => unknown).call(body)) as {
      read?: () => Promise<IteratorResult<unknown>>;
      next?: () => Promise<IteratorResult<unknown>>;
      cancel?: () => Promise<void>;
      return?: () => Promise<unknown>;
    };
    try {
      for (;;) {
        const chunk = await within(reader.read ? reader.read() : reader.next!());
        if (chunk === TIMEOUT || chunk.done || !collected.add(chunk.value)) break;
      }
    } catch {
      /* a stream that errors mid-way: keep what arrived */
    } finally {
      // Stop the download; an error here (already closed) is of no interest.
      try {
        Promise.resolve(reader.cancel ? reader.cancel() : reader.return?.()).catch(() => undefined);
      } catch {
        /* ignore */
      }
    }
    return collected.text();
  }
  for (const method of ['blob', 'arrayBuffer', 'text'] as const) {
    const read = get(response, method);
    if (typeof read !== 'function') continue;
    let value: unknown = await within(read.call(response));
    if (value === TIMEOUT) return null;
    // A Blob is cut before it is read.
    const slice = method === 'blob' ? get(value, 'slice') : undefined;
    if (typeof slice === 'function') {
      const part = slice.call(value, 0, MAX_BODY_CHARS) as Blob;
      value = await within(typeof part.arrayBuffer === 'function' ? part.arrayBuffer() : part.text());
      if (value === TIMEOUT) return null;
    }
    const collected = collector();
    collected.add(value);
    return collected.text();
  }
  return null;
}

/** `readBody` with one time limit for the whole read. */
async function readBoundedText(response: unknown, timeoutMs: number): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), timeoutMs);
  });
  try {
    return await readBody(response, deadline);
  } finally {
    clearTimeout(timer);
  }
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
    if (isOwn(input)) return input;
    const response = isResponseLike(input) ? input : isResponseLike(get(input, 'response')) && get(input, 'isAxiosError') !== true ? get(input, 'response') : null;
    if (!response || (context && context.body !== undefined)) return toElbError(input, context, options);
    let text: string | null = null;
    try {
      text = await readBoundedText(response, clampBodyTimeout(options?.bodyTimeoutMs));
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
