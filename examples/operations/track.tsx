import type { ReactNode } from 'react';
import { ElbBannerProvider, ErrorBanners, ErrorPanel, settleBy, throwIfNotOk, useElbBanners, useElbError, useElbOperation } from 'elb-status-ui';

const api = '/v2/0c5f/elb';

// One call and one banner: "Updating listener http-80…", then "Updated listener http-80" (dismissed after
// a few seconds) or the usual error banner. Render <ErrorBanners /> once inside <ElbBannerProvider>.
export function RenameListener({ id }: { id: string }) {
  const url = `${api}/listeners/${id}`;
  const op = useElbOperation({ context: { method: 'PUT', url } });
  const banners = useElbBanners();
  const rename = () => {
    banners.track(op, { label: 'listener http-80', context: { method: 'PUT', url }, loadBalancer: 'lb-1' });
    void op.run(
      async (signal) => throwIfNotOk(await fetch(url, { method: 'PUT', body: '{"listener":{"name":"http-80"}}', signal })),
      { read: (signal) => fetch(url, { signal }) },
    );
  };
  return (
    <button type="button" onClick={rename} disabled={op.state === 'submitting' || op.state === 'in-progress'}>
      Rename
    </button>
  );
}

// A 409 lock (PENDING_UPDATE) is retried once the load balancer has settled, not after blind delays.
// The panel says "Waiting for the load balancer to finish updating…" meanwhile, with Cancel.
const untilSettled = settleBy((signal) => fetch(`${api}/loadbalancers/lb-1`, { signal }));

export function UpdatePool({ save }: { save: (signal?: AbortSignal) => Promise<unknown> }) {
  const elb = useElbError({ onRetry: save, autoRetry: { waitUntilSettled: untilSettled }, context: { method: 'PUT' } });
  return (
    <>
      <button type="button" onClick={() => save().then(elb.clear, elb.capture)}>
        Save pool
      </button>
      <ErrorPanel {...elb} />
    </>
  );
}

export function Page({ children }: { children: ReactNode }) {
  return (
    <ElbBannerProvider>
      <ErrorBanners successDismissMs={5000} />
      {children}
    </ElbBannerProvider>
  );
}
