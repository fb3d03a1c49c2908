// A route handler using the core from the root entry: normalises a failed upstream answer and
// sends the ElbError's plain-data form (what a JSON log or a client would receive).
import { serializeElbError, toElbError } from 'elb-status-ui';

export function GET(): Response {
  const error = toElbError(
    { status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.' }, headers: { 'retry-after': '30' } },
    { method: 'GET', url: '/v3/0a1b2c/elb/loadbalancers' },
  );
  return Response.json(serializeElbError(error), { status: error.status ?? 500 });
}
