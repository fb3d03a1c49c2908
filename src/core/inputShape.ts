// Reading untrusted input by its shape, without ever throwing: what a thrown or returned value is.
import { readSerializedElbError } from './serialize.js';
import { cleanText } from './text.js';
import type { ErrorCategory, ErrorKind } from './types.js';

/** What `classifyInput` reads from an input, for `build`. */
export interface Fields {
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

/** Reads a property; a throwing getter or proxy trap counts as absent. */
export function get(value: unknown, key: PropertyKey): unknown {
  try {
    // Primitives have none of the keys read here (status, headers, code, ...).
    return value == null ? undefined : (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

export const isStatus = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 999;

/** A fetch `Response` (or look-alike), recognised by shape rather than `instanceof`: the one rule for it. */
export function isResponseLike(value: unknown): boolean {
  return isStatus(get(value, 'status')) && typeof get(value, 'ok') === 'boolean' && typeof get(get(value, 'headers'), 'get') === 'function';
}

/** The response whose body tells more about a failure: the input itself, or the one inside a ky-style error (axios errors carry their body already). */
export function responseOf(input: unknown): unknown {
  if (isResponseLike(input)) return input;
  const response = get(input, 'response');
  return isResponseLike(response) && get(input, 'isAxiosError') !== true ? response : null;
}

/** A failure whose body can still be read (so normalising it is asynchronous). */
export function looksLikeResponse(value: unknown): boolean {
  return responseOf(value) != null;
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

/** Drops the slashes at the end (or the start) of a path; a loop, as `/\/+$/` is quadratic on a run of slashes. */
function trimSlashes(text: string, leading: boolean): string {
  let start = 0;
  let end = text.length;
  if (leading) while (start < end && text[start] === '/') start++;
  else while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

/** What a thrown or returned value is: its kind, status, headers, body and request, read by shape. */
export function classifyInput(input: unknown): Fields {
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
