import { useCallback, useEffect } from 'react';
import { ErrorPanel, throwIfNotOk, useElbError } from 'elb-status-ui';

export function LoadBalancers({ projectId, onLoad }: { projectId: string; onLoad: (body: unknown) => void }) {
  const url = `/v3/${projectId}/elb/loadbalancers`;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const res = await throwIfNotOk(await fetch(url, { signal }), { method: 'GET', url });
      onLoad(await res.json());
    },
    [url, onLoad],
  );
  const elb = useElbError({ onRetry: load, autoRetry: true, context: { method: 'GET', url } });
  const { clear, capture } = elb;
  useEffect(() => {
    const request = new AbortController();
    load(request.signal).then(clear, (error: unknown) => request.signal.aborted || capture(error));
    return () => request.abort();
  }, [load, clear, capture]);
  return <ErrorPanel {...elb} />;
}
