import { get, isResponseLike } from './inputShape.js';
import { readElbError, toElbError, type NormalizeOptions } from './toElbError.js';
import type { RetryBudget, RetryPolicy } from './retryPolicy.js';
import { waitForElbResource, type VisibilitySource, type WaitClock, type WaitProgress } from './waitForElbResource.js';
import type { ElbError, RequestContext } from './types.js';

/** Where an operation is: nothing yet, the write request running, waiting for the resource, done, failed. */
export type OperationState = 'idle' | 'submitting' | 'in-progress' | 'succeeded' | 'failed';

export interface OperationProgress {
  /** Last status read while waiting (`PENDING_UPDATE`), `null` before the first read or without a status field. */
  status: string | null;
  /** Reads made while waiting. */
  polls: number;
  /** Milliseconds from the start of the operation to the last update (the UI ticks its own clock from `startedAt`). */
  elapsedMs: number;
  /** Epoch ms when the operation (or its retry) started. */
  startedAt: number;
}

export interface OperationSnapshot {
  state: OperationState;
  error: ElbError | null;
  progress: OperationProgress | null;
  /** What the operation ended with: the wait's result (`{ resource, status, polls }` for a wait spec), or the submit's without a wait. */
  result: unknown;
  /** Which step failed: the write request (`submit`) or the wait for the resource (`wait`). */
  failedIn: 'submit' | 'wait' | null;
  /** Whether `retry()` would re-run anything (see `ElbOperation.retry`). */
  canRetry: boolean;
  /** The method of the write request, upper-case, as far as it is known. */
  method: string | null;
}

/** Sends the write request. Gets a signal that fires on cancel and unmount. A rejection (or a fetch `Response` that is not ok) is the failure. */
export type OperationSubmit<S = unknown> = (signal: AbortSignal) => Promise<S> | S;

/** Waits for the written resource with `waitForElbResource`: `read` gets what `submit` returned (say, the new listener's id). */
export interface OperationWaitSpec<S = unknown, T = unknown> {
  read: (signal: AbortSignal, submitted: S) => Promise<T>;
  status?: (resource: T) => unknown;
  until?: 'active' | 'deleted';
  timeoutMs?: number;
}

/** A wait of one's own: must stop when `signal` fires; may report progress. */
export type OperationWaitFunction<S = unknown> = (submitted: S, helpers: { signal: AbortSignal; onProgress: (progress: WaitProgress) => void }) => Promise<unknown>;

export type OperationWait<S = unknown, T = unknown> = OperationWaitSpec<S, T> | OperationWaitFunction<S>;

export interface OperationRunOptions {
  /** Method and URL of the write request: the method decides whether `retry()` may send it again. */
  context?: RequestContext;
}

export interface ElbOperationOptions {
  /** Default context of the write request (a run's own context wins). */
  context?: RequestContext | undefined;
  /** Shared retry budget, for the wait's transient read failures. */
  budget?: RetryBudget | null | undefined;
  /** Retry policy for the wait's transient read failures. */
  retryPolicy?: RetryPolicy | undefined;
  normalize?: NormalizeOptions | undefined;
  clock?: WaitClock | undefined;
  random?: (() => number) | undefined;
  visibility?: VisibilitySource | null | undefined;
}

const IDLE: OperationSnapshot = Object.freeze({ state: 'idle', error: null, progress: null, result: undefined, failedIn: null, canRetry: false, method: null });
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * May a failed write be sent again when the user asks? Always for idempotent methods; for POST,
 * PATCH and unknown methods only when the server said it did not process it (a 4xx such as a 409
 * lock or a 429, or a 503 with Retry-After). A POST that may have been processed (network failure,
 * timeout, other 5xx) is not re-sent: the resource may exist already.
 */
export function mayResubmit(error: ElbError, method: string | null): boolean {
  if (!error.retryable) return false;
  if (method && IDEMPOTENT.has(method)) return true;
  if (error.status == null) return false;
  return (error.status >= 400 && error.status < 500) || (error.status === 503 && error.retryAfterMs != null);
}

function notOkResponse(value: unknown): boolean {
  return isResponseLike(value) && get(value, 'ok') === false;
}

const systemNow = () => Date.now();

/**
 * A listener's own error, reported without being thrown into the operation: `reportError` where the
 * platform has one (browsers: the console and `window.onerror` see it as uncaught), else the console.
 */
function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  try {
    if (typeof report === 'function') report(error);
    else console.error('elb-status-ui: an ElbOperation listener threw', error);
  } catch {
    /* reporting must not break the operation either */
  }
}

interface Run {
  submit: OperationSubmit<unknown>;
  wait: OperationWait<unknown> | undefined;
  context: RequestContext | undefined;
}

/**
 * One long-running operation, framework-free: send the write request, wait for the resource to
 * settle, expose the state, cancel, retry where the method allows. One operation at a time: `run`
 * while one is running is ignored (no double submit); `cancel` first to replace it.
 * React binds to it with `useSyncExternalStore` (`useElbOperation`).
 */
export class ElbOperation {
  private snapshot: OperationSnapshot = IDLE;
  private listeners = new Set<() => void>();
  private abort: AbortController | null = null;
  private running: Promise<OperationSnapshot> | null = null;
  private last: Run | null = null;
  /** What submit returned in the last run (a retry of the wait reuses it). */
  private submitted: unknown = undefined;
  /** Bumped on every run, cancel and detach: late results of older runs are dropped. */
  private generation = 0;
  private attached = true;
  options: ElbOperationOptions;

  constructor(options: ElbOperationOptions = {}) {
    this.options = options;
  }

  getSnapshot = (): OperationSnapshot => this.snapshot;

  /** Calls `listener` on every change. A listener that throws is reported and skipped: the operation goes on. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Replaces the options; read when the operation acts, so the latest budget and policy are used. */
  setOptions(options: ElbOperationOptions): void {
    this.options = options;
  }

  private set(next: Partial<OperationSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    this.notify();
  }

  /**
   * Tells every listener. Listeners are called while the operation runs (at "submitting", at its end):
   * one that throws must not stop the others, keep the write from being sent, leave the operation
   * running for good or make `run` reject. Its error is reported like any uncaught error instead.
   */
  private notify(): void {
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  private now(): number {
    try {
      const t = (this.options.clock?.now ?? systemNow)();
      return Number.isFinite(t) ? t : Date.now();
    } catch {
      return Date.now();
    }
  }

  /**
   * Sends `submit`, then waits with `wait` (a `waitForElbResource` spec or a function). Resolves
   * with the final snapshot; never rejects. Ignored while an operation runs or after `detach`: it
   * then resolves with the running operation's outcome (or the current snapshot).
   */
  run = <S, T = unknown>(submit: OperationSubmit<S>, wait?: OperationWait<S, T>, options?: OperationRunOptions): Promise<OperationSnapshot> => {
    if (this.running) return this.running;
    if (!this.attached || typeof submit !== 'function') return Promise.resolve(this.snapshot);
    this.last = { submit: submit as OperationSubmit<unknown>, wait: wait as OperationWait<unknown> | undefined, context: options?.context };
    return this.execute(this.last, 'submit');
  };

  private context(run: Run): RequestContext | undefined {
    return run.context ?? this.options.context;
  }

  private execute(run: Run, from: 'submit' | 'wait'): Promise<OperationSnapshot> {
    const generation = ++this.generation;
    const abort = new AbortController();
    this.abort = abort;
    const context = this.context(run);
    const method = typeof context?.method === 'string' ? context.method.trim().toUpperCase() || null : null;
    const startedAt = this.now();
    const live = () => generation === this.generation && !abort.signal.aborted;
    // The final state: the operation stops running first, so a listener may start the next one.
    const end = (next: Partial<OperationSnapshot>) => {
      if (!live()) return;
      this.abort = null;
      this.running = null;
      this.set(next);
    };
    // Running from here on: a listener told of the new state below that calls `run` gets this operation
    // (ignored, no second write), and one that calls `cancel` stops it.
    let settled!: (snapshot: OperationSnapshot) => void;
    this.running = new Promise((resolve) => (settled = resolve));
    this.set({
      state: from === 'submit' ? 'submitting' : 'in-progress',
      error: null,
      result: undefined,
      failedIn: null,
      canRetry: false,
      method,
      progress: { status: null, polls: 0, elapsedMs: 0, startedAt },
    });
    const promise = (async (): Promise<OperationSnapshot> => {
      // Cancelled by a listener of the state above: nothing is sent.
      if (!live()) return this.snapshot;
      if (from === 'submit') {
        let submitted: unknown;
        try {
          submitted = await run.submit(abort.signal);
          if (notOkResponse(submitted)) throw submitted;
        } catch (failure) {
          const error = await readElbError(failure, context, this.options.normalize);
          end(this.failure(error, 'submit', method));
          return this.snapshot;
        }
        if (!live()) return this.snapshot;
        this.submitted = submitted;
        if (!run.wait) {
          end({ state: 'succeeded', result: submitted, progress: { ...this.snapshot.progress!, elapsedMs: Math.max(0, this.now() - startedAt) } });
          return this.snapshot;
        }
        this.set({ state: 'in-progress' });
      }
      try {
        const result = await this.wait(run.wait!, abort.signal, (p) => {
          if (live()) this.set({ progress: { status: p.status, polls: p.polls, elapsedMs: Math.max(0, this.now() - startedAt), startedAt } });
        });
        end({ state: 'succeeded', result, progress: { ...this.snapshot.progress!, elapsedMs: Math.max(0, this.now() - startedAt) } });
      } catch (failure) {
        // The wait reads (GET): its failures are described as reads, not as the write.
        const error = toElbError(failure, { method: 'GET' }, this.options.normalize);
        end(this.failure(error, 'wait', method));
      }
      return this.snapshot;
    })();
    void promise.then(settled);
    // Unless it already ended synchronously (it cannot: submit is awaited), this is the running operation.
    if (this.abort === abort) this.running = promise;
    return promise;
  }

  private wait(wait: OperationWait<unknown>, signal: AbortSignal, onProgress: (p: WaitProgress) => void): Promise<unknown> {
    const submitted = this.submitted;
    if (typeof wait === 'function') return Promise.resolve().then(() => wait(submitted, { signal, onProgress }));
    const spec = wait as OperationWaitSpec<unknown, unknown>;
    if (!spec || typeof spec.read !== 'function') return Promise.reject(new TypeError('wait needs a read function'));
    const { budget, retryPolicy, normalize, clock, random, visibility } = this.options;
    return waitForElbResource((s) => spec.read(s, submitted), {
      ...(spec.status ? { status: spec.status } : {}),
      until: spec.until ?? 'active',
      ...(spec.timeoutMs !== undefined ? { timeoutMs: spec.timeoutMs } : {}),
      signal,
      onProgress,
      budget: budget ?? null,
      ...(retryPolicy !== undefined ? { retryPolicy } : {}),
      ...(normalize ? { normalize } : {}),
      ...(clock ? { clock } : {}),
      ...(random ? { random } : {}),
      ...(visibility !== undefined ? { visibility } : {}),
    });
  }

  private failure(error: ElbError, failedIn: 'submit' | 'wait', method: string | null): Partial<OperationSnapshot> {
    // Waiting again is only a read: worth it after a timeout or a transient read failure, never after ERROR.
    const canRetry = failedIn === 'wait' ? error.kind === 'timeout' || (error.kind !== 'operation' && error.retryable) : mayResubmit(error, method);
    return { state: 'failed', error, failedIn, canRetry };
  }

  /**
   * Runs the failed operation again when that is safe: after a failed wait, only the wait (a read);
   * after a failed write, the write and the wait, if `mayResubmit` allows it for the method. Never
   * called by the library itself: retrying is the user's decision. To send a POST again that may
   * have been processed, call `run` again on purpose (after checking the resource list).
   * Returns whether it started anything.
   */
  retry = (): boolean => {
    const { state, canRetry, failedIn } = this.snapshot;
    if (state !== 'failed' || !canRetry || !this.last || this.running || !this.attached) return false;
    void this.execute(this.last, failedIn === 'wait' ? 'wait' : 'submit');
    return true;
  };

  /**
   * Stops the running operation at once: aborts the write request and the wait (no read after this)
   * and goes back to `idle`. It does not undo anything the server already accepted.
   */
  cancel = (): void => {
    if (!this.running) return;
    this.stop();
    this.snapshot = IDLE;
    this.notify();
  };

  /** Forgets a finished operation (back to `idle`); cancels a running one. */
  reset = (): void => {
    this.stop();
    if (this.snapshot !== IDLE) {
      this.snapshot = IDLE;
      this.notify();
    }
  };

  private stop(): void {
    this.generation++;
    const abort = this.abort;
    this.abort = null;
    this.running = null;
    abort?.abort();
  }

  /** Unmount: aborts the running operation (nothing polls afterwards) and ignores `run` until `attach`. */
  detach(): void {
    this.attached = false;
    if (this.running) {
      this.stop();
      this.snapshot = IDLE;
      // Followers outside the component (a banner store) learn that it ended.
      this.notify();
    }
  }

  /** Mount again (React StrictMode runs effects twice). */
  attach(): void {
    this.attached = true;
  }
}
