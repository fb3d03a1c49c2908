// The normalised failure: the ElbError class, its brand, and the check for values made elsewhere.
import { redactText } from './redact.js';
import { get, isStatus } from './inputShape.js';
import { MAX_TIME } from './retryAfter.js';
import { SERIALIZED_ELB_ERROR, type SerializedElbError } from './serialize.js';
import type { ElbError, ErrorCategory, ErrorKind, Severity } from './types.js';

const BRAND = Symbol.for('elb-status-ui.ElbError');
/** The original input of each error made here (also marks it as made by this copy of the library). */
const CAUSES = new WeakMap<object, unknown>();
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type StackTraceLimit = { stackTraceLimit?: unknown };

/**
 * Switches V8's stack capture off (and answers the limit to restore), where there is one to switch
 * off. An ElbError describes a server's answer, and which of the library's functions built it says
 * nothing: the failure that was caught keeps its own stack in `cause`. Capturing one took a third of
 * a normalisation's time and most of its garbage (npm run bench:banners). `throwIfNotOk`, which
 * throws, gives its error the caller's stack.
 */
function pauseStackTraces(): number | undefined {
  const limit = (Error as StackTraceLimit).stackTraceLimit;
  if (typeof limit !== 'number') return undefined;
  try {
    (Error as StackTraceLimit).stackTraceLimit = 0;
    return limit;
  } catch {
    // A frozen Error (a hardened realm): the stack is captured as usual.
    return undefined;
  }
}

function resumeStackTraces(limit: number | undefined): void {
  if (limit !== undefined) (Error as StackTraceLimit).stackTraceLimit = limit;
}

/**
 * The normalised failure. `instanceof Error`, so it can be thrown and caught like any error.
 * Every string field, `message` and `stack` included, is redacted; `stack` is only its first line
 * (`ElbError: <message>`), except for the errors `throwIfNotOk` throws. The original input is not a
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

  constructor(fields: Omit<ElbError, 'name' | 'message'> & { message?: string | undefined }) {
    const head = fields.status != null ? `${fields.status} ${fields.reason}` : fields.reason;
    const tail = [fields.code, fields.serverMessage].filter(Boolean).join(': ');
    // The message (and with it the stack's first line) is redacted like every other field.
    const message = redactText(fields.message ?? (tail ? `${head} (${tail})` : head));
    const limit = pauseStackTraces();
    super(message);
    resumeStackTraces(limit);
    // Field by field, in one order: every ElbError has the same shape (and `cause` is not one of them).
    this.kind = fields.kind;
    this.status = fields.status;
    this.reason = fields.reason;
    this.descriptions = fields.descriptions;
    this.severity = fields.severity;
    this.retryable = fields.retryable;
    this.retryAfterMs = fields.retryAfterMs;
    this.code = fields.code;
    this.serverMessage = fields.serverMessage;
    this.requestId = fields.requestId;
    this.method = fields.method;
    this.url = fields.url;
    this.category = fields.category;
    this.time = fields.time;
    this.message = message;
    this.name = 'ElbError';
    CAUSES.set(this, fields.cause);
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
export function isOwn(value: unknown): value is ElbError {
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
