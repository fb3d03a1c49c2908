import { useEffect, useState, type ReactNode } from 'react';
import { ElbUiProvider, LoadBalancerStatusTree, ResourceStatusBadge, StatusBadgeGroup } from 'elb-status-ui';

interface Member {
  id: string;
  address: string;
  operating_status: string;
  admin_state_up: boolean;
  status?: Array<{ reason?: unknown }>;
}

/** A pool's members, each with its health; the reason of a failed health check is in the tooltip. */
export function Members({ members }: { members: readonly Member[] }) {
  return (
    <StatusBadgeGroup aria-label="Member health">
      <table>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.address}</td>
              <td>
                <ResourceStatusBadge resource="member" operating={m.operating_status} adminStateUp={m.admin_state_up} reason={m.status?.[0]?.reason} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StatusBadgeGroup>
  );
}

/** The status tree of one load balancer (`GET /v3/{project_id}/elb/loadbalancers/{id}/statuses`). */
export function LoadBalancerHealth({ project, id }: { project: string; id: string }) {
  const [statuses, setStatuses] = useState<unknown>(null);
  useEffect(() => {
    const request = new AbortController();
    fetch(`/v3/${project}/elb/loadbalancers/${id}/statuses`, { signal: request.signal })
      .then((res) => res.json())
      .then(setStatuses, () => undefined);
    return () => request.abort();
  }, [project, id]);
  return statuses ? <LoadBalancerStatusTree statuses={statuses} /> : null;
}

/** OpenStack consoles: whose vocabulary, once for the app (the default is 'elb-v3'). */
export function OctaviaConsole({ children }: { children: ReactNode }) {
  return <ElbUiProvider api="octavia-v2">{children}</ElbUiProvider>;
}
