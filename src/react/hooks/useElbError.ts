import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  RetryController,
  toElbError,
  type ElbError,
  type RequestContext,
  type RetryControllerOptions,
  type RetryPolicy,
  type RetrySnapshot,
} from '../../core/index.js';
import { useLatestEffect } from '../shared/useLatestEffect.js';
import { useElbUi } from '../provider/ElbUiProvider.js';


export interface UseElbErrorOptions {
  /** Re-runs the request. Gets an `AbortSignal` that fires on cancel, clear and unmount. A rejection becomes the next error. */
  onRetry?: ((signal: AbortSignal) => unknown) | undefined;
  /** Retry automatically by the policy (`true`: the provider's). @defaultValue false */
  autoRetry?: boolean | RetryPolicy | undefined;
  /**
   * Controlled mode: the current failure, e.g. TanStack Query's `query.error`. `null` clears, except while this
   * hook's own retry runs: then the retry's outcome decides (a query resets its error when a refetch starts).
   */
  error?: unknown;
  /** Method and URL of the request, for the retry policy and for display. */
  context?: RequestContext | undefined;
}

export interface UseElbErrorResult extends RetrySnapshot {
  error: ElbError | null;
  state: 'idle' | 'failed' | 'retrying' | 'waiting';
  attempt: number;
  retryAt: number | null;
  /**
   * Normalises anything (reads a `Response` body) and shows it. `capture`, `retry`, `cancel` and `clear`
   * are the same functions for the hook's whole life: safe in effect dependencies and as `.then` handlers.
   */
  capture(failure: unknown): void;
  /** Runs `onRetry` now; ignored while one is in flight. */
  retry(): void;
  /** Cancels a scheduled automatic retry. */
  cancel(): void;
  /** Forgets the failure (a later request succeeded): cancels a scheduled retry and aborts one in flight. */
  clear(): void;
  /** Whether `retry` can do anything (there is an `onRetry`). */
  canRetry: boolean;
}

/**
 * The state behind an `ErrorPanel`: capture any failure, retry it once at a time, schedule
 * automatic retries by the policy, count attempts, expose the countdown, clean up on unmount.
 *
 * One hook is one owner: it creates exactly one `RetryController` for its whole life, pushes
 * new options to it in an effect and reads it through `useSyncExternalStore`. A controlled
 * `error` is compared by what it is (`failureIdentity`), so a fresh object each render is the
 * same failure: it neither restarts the count nor renders again.
 */
export function useElbError(options: UseElbErrorOptions = {}): UseElbErrorResult {
  const config = useElbUi();
  const controllerOptions = (): RetryControllerOptions => ({
    onRetry: options.onRetry,
    autoRetry: options.autoRetry,
    context: options.context,
    normalize: { errorCodes: config.errorCodes },
    budget: config.retryBudget,
    defaultPolicy: config.retryPolicy,
  });
  // Made with the first render's options, so that the first render (and the server's) can preview its plan.
  const [controller] = useState(() => new RetryController(controllerOptions()));
  const controlled = 'error' in options;

  // Latest options, read by the controller when it acts (not at render); pushed after every render,
  // before the passive effects below attach and sync.
  useLatestEffect(() => {
    controller.setOptions(controllerOptions());
  });

  useEffect(() => {
    controller.attach();
    return () => controller.detach();
  }, [controller]);

  const external = options.error;
  // The first render already shows a controlled error (see below), so a passive effect suffices.
  // A fresh object of the same failure is a no-op for the controller: no update, no loop. After every
  // render, not only when the value changes: a null put off while the hook's own retry ran is synced
  // again once that retry has failed (the same value, which the controller then takes as a success).
  useEffect(() => {
    if (controlled) controller.sync(external);
  });

  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  // Before the controller has seen a controlled error (first render, server rendering), show it directly.
  const unseen =
    controlled && external != null && external !== false && snapshot.error == null && snapshot.state === 'idle' && !controller.hasSeen(external);
  const error = unseen ? toElbError(external, options.context, { errorCodes: config.errorCodes }) : snapshot.error;
  // Until then, the attempt and the hint the controller's plan will give (a Retry-After longer than automatic retry waits).
  const stopped = unseen && error ? controller.preview(error) : snapshot;
  return {
    error,
    state: unseen ? 'failed' : snapshot.state,
    attempt: stopped.attempt,
    retryAt: snapshot.retryAt,
    retryNotBefore: stopped.retryNotBefore,
    maxAttempts: snapshot.maxAttempts,
    autoRetryStopped: stopped.autoRetryStopped,
    settling: snapshot.settling,
    capture: controller.capture,
    retry: controller.retry,
    cancel: controller.cancel,
    clear: controller.clear,
    canRetry: typeof options.onRetry === 'function',
  };
}
