// Building an ElbError from what was read of an input: status table, body, headers, redaction.
import { categorize, type ErrorCodeLookup } from './category.js';
import { classifyKind, isPermanentConflict, isTransientLock } from './classify.js';
import { ElbErrorImpl } from './elbError.js';
import { readHeaders } from './headers.js';
import type { Fields } from './inputShape.js';
import { parseBody } from './parseBody.js';
import { parseRetryAfter } from './retryAfter.js';
import { getStatusInfo } from './statusCodes.js';
import { cleanId, cleanText, MAX_REQUEST_ID, redactUrl } from './text.js';
import type { ElbError, ErrorKind, RequestContext } from './types.js';

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

/** The ElbError for `fields` (from `classifyInput`), with the request `context`; `cause` is the original input. */
export function build(fields: Fields, context: RequestContext | undefined, cause: unknown, options: NormalizeOptions | undefined): ElbError {
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
    message: fields.detail || undefined,
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
