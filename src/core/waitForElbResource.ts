import { KIND_REASONS } from './buildElbError.js';
import { ElbErrorImpl } from './elbError.js';
import { isResponseLike } from './inputShape.js';
import { readElbError, toElbError, type NormalizeOptions } from './toElbError.js';
import { clampDelay, isAutoRetryable, planRetry, type RetryBudget, type RetryPolicy } from './retryPolicy.js';
import { cleanText } from './text.js';
import type { ElbError, RequestContext } from './types.js';

/** What `onProgress` reports after every read. */
export interface WaitProgress {
  /** The last status read (trimmed, upper-case), `null` when the resource has none, its status is not usable text, or no read succeeded yet. */
  status: string | null;
  /** Reads made so far (successful or not). */
  polls: number;
  /** Milliseconds since the wait started. */
  elapsedMs: number;
}

/** How `waitForElbResource` ended well. */
export interface WaitResult<T> {
  /** The last resource read; `null` when the wait ended on a 404 (`until: 'deleted'`). */
  resource: T | null;
  /** Its status (trimmed, upper-case); `null` after a 404 or for a resource without a status field. */
  status: string | null;
  polls: number;
}

/** Timers and the clock. Looked up at call time by default, so fake timers installed after import apply. */
export interface WaitClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Where the page's visibility comes from (`document` in a browser). */
export interface VisibilitySource {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface WaitForElbResourceOptions<T> {
  /**
   * Reads the status from a resource. `undefined` or `null` means the resource has no status (settled once
   * read); anything else that is not usable text (a number, an object, a promise) is an unknown status.
   * @defaultValue `provisioning_status` of the body or of its one top-level object
   */
  status?: (resource: T) => unknown;
  /** `'deleted'`: a 404 (or the status DELETED) is success. @defaultValue 'active' */
  until?: 'active' | 'deleted';
  /** Stops the wait at once: pending timers are cleared, the read in flight is aborted, the promise rejects (kind `aborted`). */
  signal?: AbortSignal;
  /** Overall deadline, ms; clamped to [MIN_WAIT_TIMEOUT_MS, MAX_WAIT_TIMEOUT_MS]. @defaultValue 600000 (10 min) */
  timeoutMs?: number;
  /** Called after every read. Exceptions it throws are ignored. */
  onProgress?: (progress: WaitProgress) => void;
  // ---- beyond the contract: what a provider or a test passes in ----
  /** Retry policy for a read's own transient failures (a function policy chooses the delay). @defaultValue DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy;
  /** Shared retry budget: each retried read failure takes from it; when it is spent the wait fails with that read's error. */
  budget?: RetryBudget | null;
  /** Describes the reads (method GET by default, url) for the errors they produce. */
  context?: RequestContext;
  normalize?: NormalizeOptions;
  clock?: WaitClock;
  /** Randomness for the poll jitter, in [0, 1). @defaultValue Math.random */
  random?: () => number;
  /** Page visibility; `null` never pauses. @defaultValue globalThis.document when there is one */
  visibility?: VisibilitySource | null;
}

/** First interval between polls, ms; also the smallest wait before any poll. */
export const POLL_MIN_INTERVAL_MS = 1000;
/** Longest interval between polls, ms (a server's Retry-After may ask for longer). */
export const POLL_MAX_INTERVAL_MS = 10_000;
/** Growth of the interval from one poll to the next. */
export const POLL_INTERVAL_FACTOR = 1.5;
/** Share of an interval that jitter may add or take away. */
export const POLL_JITTER = 0.2;
export const DEFAULT_WAIT_TIMEOUT_MS = 600_000;
export const MIN_WAIT_TIMEOUT_MS = 1000;
/** One day: a longer wait is a bug, and a timer beyond 2^31-1 ms would fire at once. */
export const MAX_WAIT_TIMEOUT_MS = 86_400_000;
/** Consecutive failed reads retried at most, whatever the policy says (DESIGN.md's hard attempt cap). */
export const MAX_READ_RETRIES = 10;

const systemClock: WaitClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * The wait before poll number `index + 1` (after `index + 1` reads): about 1 s, growing by 1.5
 * up to 10 s, jittered by ±20 %, and always within [POLL_MIN_INTERVAL_MS, POLL_MAX_INTERVAL_MS].
 */
export function pollInterval(index: number, random: () => number = Math.random): number {
  const n = Number.isFinite(index) ? Math.max(0, Math.min(index, 64)) : 64;
  const base = Math.min(POLL_MAX_INTERVAL_MS, POLL_MIN_INTERVAL_MS * POLL_INTERVAL_FACTOR ** n);
  let r: number;
  try {
    r = random();
  } catch {
    r = 0.5;
  }
  if (!(r >= 0 && r < 1)) r = 0.5;
  return boundPoll(base * (1 - POLL_JITTER + 2 * POLL_JITTER * r));
}

function boundPoll(ms: number): number {
  return Math.min(POLL_MAX_INTERVAL_MS, Math.max(POLL_MIN_INTERVAL_MS, Math.round(Number.isFinite(ms) ? ms : POLL_MAX_INTERVAL_MS)));
}

/** Clamps a caller's deadline; anything not a number gives the default. */
export function clampWaitTimeout(ms: unknown): number {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return DEFAULT_WAIT_TIMEOUT_MS;
  return Math.min(MAX_WAIT_TIMEOUT_MS, Math.max(MIN_WAIT_TIMEOUT_MS, Math.round(ms)));
}

/** Reads a property without ever throwing (hostile getters and proxies count as absent). */
function get(value: unknown, key: string): unknown {
  try {
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The body itself, or its one top-level object: `{ loadbalancer: { ... } }`, also next to plain
 * values such as ELB v3's `request_id`. Two or more objects (or a list) leave the body as it is.
 */
function resourceObject(body: unknown): unknown {
  if (get(body, 'provisioning_status') !== undefined) return body;
  try {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
    let found: unknown;
    let count = 0;
    // Bounded: a resource body has a handful of keys; a huge hostile object is not scanned whole.
    const keys = Object.keys(body).slice(0, 64);
    for (const key of keys) {
      const inner = (body as Record<string, unknown>)[key];
      if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
        found = inner;
        if (++count > 1) return body;
      }
    }
    if (count === 1) return found;
  } catch {
    /* a hostile object: use it as it is */
  }
  return body;
}

/** The default status getter: `provisioning_status` of the body or of its one top-level object. */
export function defaultResourceStatus(body: unknown): unknown {
  return get(resourceObject(body), 'provisioning_status');
}

/** A status value as compared here: trimmed, upper-case, bounded; `null` when there is none. */
export function normalizeResourceStatus(value: unknown): string | null {
  const text = cleanText(typeof value === 'string' ? value : null, 64);
  return text ? text.toUpperCase() : null;
}

// Provisioning values (and Huawei job states, for a custom `status` getter over `/elb/jobs/{id}`).
const DONE = new Set(['ACTIVE', 'SUCCESS', 'COMPLETE']);
const FAILED = new Set(['ERROR', 'FAIL', 'FAILED', 'UPGRADE_FAILED', 'ROLLBACK_FAILED', 'ROLLBACK_FAIL', 'CANCEL', 'CANCELLED']);

/**
 * Does the resource have a status at all? A getter's `undefined` (no such field) or `null` (JSON's "no
 * value") says it has none; anything else is a status, whether or not it is usable text.
 */
export function hasResourceStatus(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * What one status means for a wait: keep polling, done, failed, or gone. `status` is the normalised
 * value; `present` whether the resource had a status at all (`hasResourceStatus`).
 */
export function resourceOutcome(status: string | null, until: 'active' | 'deleted', present = status !== null): 'pending' | 'done' | 'failed' | 'gone' {
  if (status === 'DELETED') return until === 'deleted' ? 'done' : 'gone';
  if (status !== null && FAILED.has(status)) return 'failed';
  if (until === 'deleted') return 'pending';
  // A resource without a status field (ELB v3 listeners and pools) is settled once it can be read. One whose
  // status is there but not usable text (a number, an object, an async getter's promise, only padding) says
  // nothing about the resource: like an unknown value, it is polled until the deadline, never taken as done.
  if (status === null) return present ? 'pending' : 'done';
  if (DONE.has(status)) return 'done';
  // PENDING_*, INITIAL, RUNNING and values not known here: keep polling until the deadline.
  return 'pending';
}

const FAULT_KEYS = ['fault', 'fault_reason', 'faultstring', 'status_reason', 'provisioning_status_reason', 'error_msg', 'error_message', 'error_description', 'reason'];

/** The resource's own words about why it failed, when it carries any (bounded plain text). */
export function resourceFault(body: unknown): string | null {
  for (const candidate of [resourceObject(body), body]) {
    for (const key of FAULT_KEYS) {
      const value = get(candidate, key);
      const text = cleanText(typeof value === 'string' ? value : get(value, 'message') ?? get(value, 'details'));
      if (text) return text;
    }
  }
  return null;
}

/** The `ElbError` for a resource that ended in ERROR (or gone while it was expected to become active). */
export function operationError(resource: unknown, status: string | null, context?: RequestContext, normalize?: NormalizeOptions): ElbError {
  const fault = resourceFault(resource);
  // Through the same normalisation as any server text (cleaning, redaction, bounds).
  const base = toElbError({ status: 500, body: fault ? { faultstring: fault } : null }, context, normalize);
  const head = `${KIND_REASONS.operation}${status ? ` (${status})` : ''}`;
  return new ElbErrorImpl({
    ...base,
    kind: 'operation',
    status: null,
    reason: KIND_REASONS.operation,
    descriptions: [],
    severity: 'error',
    retryable: false,
    retryAfterMs: null,
    code: null,
    category: null,
    cause: resource,
    message: base.serverMessage ? `${head}: ${base.serverMessage}` : head,
  });
}

function abortError(signal: AbortSignal | undefined, context?: RequestContext, normalize?: NormalizeOptions): ElbError {
  const reason: unknown = signal?.reason;
  // AbortSignal.timeout() aborts with a TimeoutError (a DOMException, which need not be an Error in every realm).
  if (get(reason, 'name') === 'TimeoutError') return toElbError(reason, context, normalize);
  return toElbError(namedError('The wait was aborted', 'AbortError'), context, normalize);
}

function namedError(message: string, name: string): Error {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const error = new Error(message);
  error.name = name;
  return error;
}

function defaultVisibility(): VisibilitySource | null {
  const doc = (globalThis as { document?: unknown }).document as VisibilitySource | undefined;
  return doc && typeof doc.addEventListener === 'function' && typeof doc.visibilityState === 'string' ? doc : null;
}

/**
 * Waits for an ELB resource to settle after a write: polls `read` until the status says done
 * (ACTIVE; or 404 / DELETED with `until: 'deleted'`), with growing, jittered intervals. Honours
 * Retry-After and 429 from a read, retries a read's transient failures by the retry policy (they
 * take from the shared budget), pauses while the page is hidden and polls at once when it shows
 * again. Rejects with an `ElbError`: kind `operation` when the resource reaches ERROR, `timeout`
 * at the deadline, `aborted` on abort, or the read's own error when a read fails for good.
 * Never two reads at a time; nothing runs after the promise has settled. `read` should resolve
 * with the parsed body; a fetch `Response` is accepted too (not ok: a failed read; ok: read as
 * JSON). The deadline keeps running while the page is hidden.
 */
export function waitForElbResource<T>(read: (signal: AbortSignal) => Promise<T>, options: WaitForElbResourceOptions<T> = {}): Promise<WaitResult<T>> {
  const clock = options.clock ?? systemClock;
  const until = options.until === 'deleted' ? 'deleted' : 'active';
  const context: RequestContext = { method: 'GET', ...options.context };
  const normalize = options.normalize;
  const statusOf = options.status ?? (defaultResourceStatus as (resource: T) => unknown);
  const random = options.random ?? Math.random;
  const budget = options.budget ?? null;
  const outer = options.signal;
  const visibility = options.visibility === undefined ? defaultVisibility() : options.visibility;

  return new Promise<WaitResult<T>>((resolve, reject) => {
    if (outer?.aborted) {
      reject(abortError(outer, context, normalize));
      return;
    }
    const started = safeNow(clock);
    const inner = new AbortController();
    let done = false;
    let polls = 0;
    /** Polls that read a status; drives the interval growth. */
    let intervalIndex = 0;
    /** Consecutive failed reads (the retry policy's attempt number). */
    let failures = 0;
    /** The read failure whose retry took tokens from the budget, until a read succeeds. */
    let paid: ElbError | null = null;
    let lastStatus: string | null = null;
    /** The last read had a status that is not usable text (said in the timeout's message). */
    let unusable = false;
    let reading = false;
    let timer: unknown = null;
    let paused = false;
    let lastReadEnd: number | null = null;
    /** The paid retry has not read yet: if the wait ends first, its cost goes back to the budget. */
    let paidPending = false;
    /** Epoch ms before which the server asked not to be read again (Retry-After), and how long that wait was. */
    let notBefore = -Infinity;
    let notBeforeDelay = 0;

    const timeoutMs = clampWaitTimeout(options.timeoutMs);
    const deadline = clock.setTimeout(() => {
      const error = toElbError(namedError(`The resource did not settle within ${Math.round(timeoutMs / 1000)} s (last status: ${lastStatus ?? (unusable ? 'not a usable value' : 'none')})`, 'TimeoutError'), context, normalize);
      finish(() => reject(error));
    }, clampDelay(timeoutMs));

    const onAbort = () => finish(() => reject(abortError(outer, context, normalize)));
    const onVisibility = () => {
      if (done) return;
      if (hidden()) {
        // Stop the scheduled poll; it runs at once when the page shows again.
        if (timer != null) {
          clock.clearTimeout(timer);
          timer = null;
          paused = true;
        }
      } else if (paused && !reading && timer == null) {
        // At once, but never sooner than the minimum interval after the last read (rapid tab switching).
        paused = false;
        // A server's Retry-After still holds.
        // Each wait is bounded by its own length, so that a clock set back meanwhile does not stretch it.
        const now = safeNow(clock);
        const sinceRead = lastReadEnd == null ? 0 : Math.min(POLL_MIN_INTERVAL_MS, POLL_MIN_INTERVAL_MS - (now - lastReadEnd));
        schedule(Math.max(sinceRead, Math.min(notBeforeDelay, notBefore - now)));
      }
    };
    outer?.addEventListener('abort', onAbort);
    visibility?.addEventListener('visibilitychange', onVisibility);

    function hidden(): boolean {
      try {
        return visibility?.visibilityState === 'hidden';
      } catch {
        return false;
      }
    }

    function finish(settle: () => void): void {
      if (done) return;
      done = true;
      clock.clearTimeout(deadline);
      if (timer != null) clock.clearTimeout(timer);
      timer = null;
      outer?.removeEventListener('abort', onAbort);
      visibility?.removeEventListener('visibilitychange', onVisibility);
      inner.abort();
      // A paid retry that never ran gives its tokens back; one that ran and failed keeps them spent.
      if (paid && paidPending) budget?.refund(paid);
      paid = null;
      settle();
    }

    function report(): void {
      try {
        options.onProgress?.({ status: lastStatus, polls, elapsedMs: Math.max(0, safeNow(clock) - started) });
      } catch {
        /* a failing progress callback must not break the wait */
      }
    }

    function schedule(ms: number): void {
      if (done) return;
      timer = clock.setTimeout(() => {
        timer = null;
        if (hidden()) {
          paused = true;
          return;
        }
        start();
      }, clampDelay(ms));
    }

    function start(): void {
      poll().catch((failure: unknown) => finish(() => reject(toElbError(failure, context, normalize))));
    }

    async function poll(): Promise<void> {
      if (done || reading) return;
      reading = true;
      paidPending = false;
      polls++;
      let resource: T;
      try {
        resource = await asResource<T>(await read(inner.signal));
      } catch (failure) {
        lastReadEnd = safeNow(clock);
        if (done) return;
        const error = await readElbError(failure, context, normalize);
        reading = false;
        if (done) return;
        report();
        onReadFailure(error);
        return;
      }
      reading = false;
      lastReadEnd = safeNow(clock);
      if (done) return;
      let raw: unknown;
      try {
        raw = statusOf(resource);
      } catch (failure) {
        finish(() => reject(toElbError(failure, context, normalize)));
        return;
      }
      const status = normalizeResourceStatus(raw);
      const present = hasResourceStatus(raw);
      lastStatus = status;
      unusable = present && status === null;
      failures = 0;
      if (paid) {
        budget?.recordSuccess(paid);
        paid = null;
      }
      report();
      const outcome = resourceOutcome(status, until, present);
      if (outcome === 'done') {
        finish(() => resolve({ resource, status, polls }));
      } else if (outcome === 'failed' || outcome === 'gone') {
        const error = operationError(resource, status, context, normalize);
        finish(() => reject(error));
      } else {
        schedule(pollInterval(intervalIndex++, random));
      }
    }

    function onReadFailure(error: ElbError): void {
      if (until === 'deleted' && error.status === 404) {
        // The 404 a delete waits for is a successful read: a paid retry that got it returns its tokens.
        if (paid) {
          budget?.recordSuccess(paid);
          paid = null;
        }
        lastStatus = null;
        finish(() => resolve({ resource: null, status: null, polls }));
        return;
      }
      if (error.kind === 'aborted') {
        // The read was stopped by something other than this wait: it will not settle by itself.
        finish(() => reject(error));
        return;
      }
      // A read is a GET: an error made without a method (throwIfNotOk with no context) is planned as one.
      const planned: ElbError = error.method ? error : { ...error, method: 'GET' };
      // A function policy chooses delays only: it cannot make a failure retryable or lift the attempt cap.
      const decision = isAutoRetryable(planned) === true && failures < MAX_READ_RETRIES ? planRetry(planned, failures, options.retryPolicy) : null;
      if (!decision?.retry || (budget && !budget.acquire(error))) {
        finish(() => reject(error));
        return;
      }
      if (budget) {
        paid = error;
        paidPending = true;
      }
      failures++;
      // A server's Retry-After is waited for (the policy bounds it); other delays stay within the poll range.
      const delay = decision.reason === 'retry-after' ? Math.max(POLL_MIN_INTERVAL_MS, decision.delayMs) : boundPoll(Math.max(decision.delayMs, pollInterval(intervalIndex, random)));
      if (decision.reason === 'retry-after') {
        notBefore = safeNow(clock) + delay;
        notBeforeDelay = delay;
      }
      schedule(delay);
    }

    if (hidden()) paused = true;
    else start();
  });
}

/**
 * A read that hands back a fetch `Response` (or look-alike): one that is not ok is a failed read
 * (so a 404 ends a delete); an ok one is read as JSON, whose body is then the resource.
 */
async function asResource<T>(value: T): Promise<T> {
  if (!isResponseLike(value) || typeof get(value, 'json') !== 'function') return value;
  if (get(value, 'ok') === false) throw value;
  return (await (value as unknown as { json(): Promise<unknown> }).json()) as T;
}

function safeNow(clock: WaitClock): number {
  try {
    const t = clock.now();
    return Number.isFinite(t) ? t : Date.now();
  } catch {
    return Date.now();
  }
}
