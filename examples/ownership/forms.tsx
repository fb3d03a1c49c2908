import { useQuery } from '@tanstack/react-query';
import { ErrorPanel, useElbError } from 'elb-status-ui';

// The hook owns the failure; the panel renders the hook's state. The method tells the retry policy
// that repeating the request is safe (without it only 429, and 503 with Retry-After, are retried).
export function FromQuery({ load }: { load: () => Promise<unknown> }) {
  // The query's own retries are off: the hook retries by the policy (both would multiply the requests).
  const query = useQuery({ queryKey: ['listeners'], queryFn: load, retry: false });
  const elb = useElbError({ error: query.error, onRetry: () => query.refetch(), autoRetry: true, context: { method: 'GET' } });
  return <ErrorPanel {...elb} />;
}

// The panel owns one controller of its own.
export function Standalone({ error, load }: { error: unknown; load: () => Promise<unknown> }) {
  return <ErrorPanel error={error} onRetry={load} autoRetry context={{ method: 'GET' }} />;
}

// Both at once is a type error: the hook already owns this failure.
export function Mixed({ load }: { load: () => Promise<unknown> }) {
  const elb = useElbError({ onRetry: load });
  // @ts-expect-error a hook result and onRetry together
  return <ErrorPanel {...elb} onRetry={load} />;
}
