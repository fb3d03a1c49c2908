// A Server Component: core functions from the root entry run here, on the server; the badges and
// the panel are client components that receive the failure as plain data.
import { ErrorPanel, getStatusInfo, serializeElbError, StatusBadge, toElbError } from 'elb-status-ui';

export default function LoadBalancersPage() {
  // In a real console this is the answer of the ELB API, read on the server.
  const failure = toElbError(
    { status: 400, body: { error_code: 'ELB.1003', error_msg: 'Lb not exist.', request_id: 'req-next-1003' } },
    { method: 'GET', url: '/v3/0a1b2c/elb/loadbalancers/7e9f' },
  );
  // An ElbError is an Error, and an Error loses its fields on the way to the client: send its plain-data form.
  const error = serializeElbError(failure);
  const created = getStatusInfo(201);

  return (
    <main>
      <h1>Load balancers</h1>
      <p>
        <StatusBadge status={created.status} /> {created.descriptions[0]}
      </p>
      <p>
        <StatusBadge error={error} />
      </p>
      <ErrorPanel error={error} defaultExpanded />
    </main>
  );
}
