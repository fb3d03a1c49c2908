import { ErrorPanel, type ErrorPanelOwnerProps } from '../error-panel/ErrorPanel.js';

/** The props react-error-boundary hands to a `FallbackComponent` (typed here so it is not a dependency). */
export interface ElbErrorFallbackProps extends Omit<ErrorPanelOwnerProps, 'error' | 'onRetry'> {
  error: unknown;
  resetErrorBoundary: (...args: unknown[]) => void;
}

/**
 * A fallback for react-error-boundary: an `ErrorPanel` whose Retry resets the boundary, which
 * renders the children again (and so re-runs their request).
 *
 * `<ErrorBoundary FallbackComponent={ElbErrorFallback}>`
 */
export function ElbErrorFallback({ error, resetErrorBoundary, ...rest }: ElbErrorFallbackProps) {
  return <ErrorPanel {...rest} error={error} onRetry={() => resetErrorBoundary()} />;
}
