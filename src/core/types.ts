/** How a result should be presented: colour, icon and urgency of announcements. */
export type Severity = 'success' | 'info' | 'warning' | 'error';

/** One row of the API reference's status table (or the defaults for an undocumented status). */
export interface StatusInfo {
  /** The HTTP status code, e.g. `503`. */
  status: number;
  /** The spec table's "Message" column verbatim, or the standard reason phrase. */
  reason: string;
  /** The spec table's "Description" lines for the code, verbatim and in order. */
  descriptions: readonly string[];
  severity: Severity;
  /** Whether asking again can help (a Retry button is offered). */
  retryable: boolean;
  /** `true` iff the status is in the API reference's table. */
  documented: boolean;
}

/** Where a failure came from. */
/** `operation`: the request succeeded but the resource it changed ended in ERROR (see `waitForElbResource`). */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'unknown' | 'operation';

/**
 * What kind of problem an ELB / gateway error code stands for. Drives the hint an
 * `ErrorPanel` shows.
 */
export type ErrorCategory =
  | 'invalid-input'
  | 'not-found'
  | 'quota'
  | 'conflict'
  | 'locked'
  | 'auth'
  | 'permission'
  | 'throttled'
  | 'unsupported'
  | 'server';

/** The request that failed, as far as the caller knows it. */
export interface RequestContext {
  /** HTTP method; auto retry is only considered for known idempotent methods. */
  method?: string | undefined;
  /** Request URL; redacted before it is stored or shown. */
  url?: string | undefined;
  /**
   * Response headers the caller already holds (consulted for the request id, `Retry-After`
   * and the content type when the input carries none). Never shown or copied.
   */
  headers?: HeadersInit | undefined;
  /** The response body when the caller has already read it (text or parsed JSON). */
  body?: unknown;
}

/** One failed request, normalised. Every field is plain data and safe to render as text. */
export interface ElbError {
  kind: ErrorKind;
  /** HTTP status; `null` when no response arrived. */
  status: number | null;
  /** `StatusInfo.reason`, or a fitting text for network / timeout / aborted / unknown. */
  reason: string;
  descriptions: readonly string[];
  severity: Severity;
  retryable: boolean;
  /** From `Retry-After` (delay-seconds or HTTP-date), else `null`. */
  retryAfterMs: number | null;
  /** Service error code: `'ELB.1003'`, `'APIGW.0101'`, `'StateInvalid'`. */
  code: string | null;
  /** The server's message as plain text (never HTML), trimmed and bounded. */
  serverMessage: string | null;
  /** Body `request_id`, else the `X-Request-Id` / `X-Openstack-Request-Id` header. */
  requestId: string | null;
  method: string | null;
  /** The request URL with credentials and token-like query values redacted. */
  url: string | null;
  /** What kind of problem this is, from the status and the error code / message. */
  category: ErrorCategory | null;
  /** Epoch ms when the failure was normalised. */
  time: number;
  /** The original input. */
  cause: unknown;
  /** A one-line developer message (like `Error.message`). */
  message: string;
  name: string;
}
