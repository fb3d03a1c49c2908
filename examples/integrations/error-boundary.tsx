import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ElbErrorFallback } from 'elb-status-ui';

export function ListenerSection({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  return (
    <ErrorBoundary FallbackComponent={ElbErrorFallback} onReset={() => void queryClient.resetQueries()}>
      {children}
    </ErrorBoundary>
  );
}
