import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  ElbOperation,
  type ElbError,
  type OperationProgress,
  type OperationRunOptions,
  type OperationSnapshot,
  type OperationState,
  type OperationSubmit,
  type OperationWait,
  type RequestContext,
  type VisibilitySource,
} from '../../core/index.js';
import { useElbUi } from '../provider/ElbUiProvider.js';
import { useLatestEffect } from '../shared/useLatestEffect.js';

export interface UseElbOperationOptions {
  /** Method and URL of the write request (a run's own context wins): the method decides what `retry` may send again. */
  context?: RequestContext;
  /** Page visibility for the wait (tests, embedded frames); `null` never pauses. @defaultValue document */
  visibility?: VisibilitySource | null;
}

export interface UseElbOperationResult {
  state: OperationState;
  error: ElbError | null;
  progress: OperationProgress | null;
  /** What the operation ended with (the wait's `{ resource, status, polls }`, or the submit's result without a wait). */
  result: unknown;
  /** Which step failed: `submit` (the write request) or `wait`. */
  failedIn: 'submit' | 'wait' | null;
  /** Whether `retry()` would re-run anything: show a Retry button only then. */
  canRetry: boolean;
  /**
   * Sends `submit`, then waits with `wait` (a `{ read, status?, until?, timeoutMs? }` spec for
   * `waitForElbResource`, or a function). Resolves with the final snapshot; never rejects.
   * Ignored while an operation runs (no double submit): `cancel()` first to replace it.
   */
  run<S, T = unknown>(submit: OperationSubmit<S>, wait?: OperationWait<S, T>, options?: OperationRunOptions): Promise<OperationSnapshot>;
  /** Stops the running operation at once (aborts the request and the wait) and goes back to `idle`. */
  cancel(): void;
  /**
   * Re-runs a failed operation where that is safe: after a failed wait only the wait; after a failed
   * write the write too, when its method allows (see `mayResubmit`). Returns whether it started anything.
   * The hook never retries by itself.
   */
  retry(): boolean;
  /** Forgets a finished operation (back to `idle`). */
  reset(): void;
  /** The store behind the hook (stable): what a banner store subscribes to in order to follow this operation. */
  operation: ElbOperation;
}

/**
 * One long-running operation (create, update, delete) from "submitted" to "done" or a clear failure.
 * Owns one `ElbOperation`; aborts it on unmount, so nothing polls after the component is gone.
 * `run`, `cancel`, `retry` and `reset` are the same functions for the hook's whole life.
 */
export function useElbOperation(options: UseElbOperationOptions = {}): UseElbOperationResult {
  const config = useElbUi();
  const [operation] = useState(() => new ElbOperation());

  // Latest options, read when the operation acts (not at render).
  useLatestEffect(() => {
    operation.setOptions({
      context: options.context,
      budget: config.retryBudget,
      retryPolicy: config.retryPolicy,
      normalize: { errorCodes: config.errorCodes },
      ...('visibility' in options ? { visibility: options.visibility } : {}),
    });
  });

  useEffect(() => {
    operation.attach();
    return () => operation.detach();
  }, [operation]);

  const snapshot = useSyncExternalStore(operation.subscribe, operation.getSnapshot, operation.getSnapshot);
  return {
    state: snapshot.state,
    error: snapshot.error,
    progress: snapshot.progress,
    result: snapshot.result,
    failedIn: snapshot.failedIn,
    canRetry: snapshot.canRetry,
    run: operation.run,
    cancel: operation.cancel,
    retry: operation.retry,
    reset: operation.reset,
    operation,
  };
}
