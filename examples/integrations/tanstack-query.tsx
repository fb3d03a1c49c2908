import { useQuery } from '@tanstack/react-query';
import { ErrorPanel, throwIfNotOk, useElbError } from 'elb-status-ui';

async function fetchLoadBalancers({ signal }: { signal: AbortSignal }): Promise<unknown> {
  const url = '/v3/0a1b2c3d4e/elb/loadbalancers';
  return (await throwIfNotOk(await fetch(url, { signal }), { method: 'GET', url })).json();
}

export function LoadBalancers() {
  const query = useQuery({ queryKey: ['lbs'], queryFn: fetchLoadBalancers, retry: 2 });
  const elb = useElbError({ error: query.error, onRetry: () => query.refetch(), context: { method: 'GET' } });
  return <ErrorPanel {...elb} />;
}
