import { toElbError, type ElbError } from '../src/index.js';

/** One real failure per body shape of the ELB API (see data/ and the FORMATS notes). */
export const BODY_SHAPES: Array<{ name: string; error: ElbError }> = [
  {
    name: 'flat (dedicated ELB v3)',
    error: toElbError(
      { status: 400, body: { error_msg: 'The request body is null or empty. The request is invalid.', error_code: 'ELB.0002', request_id: '0a7b9f1e4c2d4e8f9a6b3c1d2e4f5a6b' } },
      { method: 'POST', url: '/v3/0c5f/elb/loadbalancers' },
    ),
  },
  {
    name: 'flat (API Gateway)',
    error: toElbError({ status: 401, body: { error_msg: 'The token is missing.', error_code: 'APIG.1000' }, headers: { 'X-Request-Id': 'd2f0c6a4b1e9' } }, { method: 'GET', url: '/v3/0c5f/elb/listeners' }),
  },
  {
    name: 'classic (v1.0)',
    error: toElbError({ status: 400, body: { error: { message: 'listener exist, the port repeat', code: 'ELB.6101' } }, headers: { 'X-Request-Id': '5e1b22aa' } }, { method: 'POST', url: '/v1.0/0c5f/elbaas/listeners' }),
  },
  {
    name: 'neutron (shared v2.0)',
    error: toElbError(
      { status: 409, body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 3b1a6f1e', detail: '' } }, headers: { 'X-Openstack-Request-Id': 'req-5b0f6a6e-64a1-4c36-9f2b-2b6f1c1a1a1a' } },
      { method: 'PUT', url: '/v2.0/lbaas/loadbalancers/3b1a6f1e' },
    ),
  },
  {
    name: 'octavia (WSME)',
    error: toElbError(
      { status: 409, body: { faultcode: 'Client', faultstring: 'Load Balancer 3b1a6f1e is immutable and cannot be updated.', debuginfo: null }, headers: { 'X-Openstack-Request-Id': 'req-8d1c' } },
      { method: 'DELETE', url: '/v2/lbaas/loadbalancers/3b1a6f1e' },
    ),
  },
  {
    name: 'keystone (401)',
    error: toElbError({ status: 401, body: { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } }, headers: { 'X-Openstack-Request-Id': 'req-k1' } }, { method: 'GET', url: '/v3/auth/tokens' }),
  },
  {
    name: 'nested numeric code',
    error: toElbError({ status: 400, body: { error: { code: '111401001', message: 'Invalid parameter: description.' } } }, { method: 'PUT', url: '/v3/0c5f/elb/pools/1' }),
  },
  {
    name: 'problem+json',
    error: toElbError(
      { status: 429, body: '{"type":"about:blank","title":"Too Many Requests","detail":"Rate limit of 20 requests per second exceeded."}', headers: { 'content-type': 'application/problem+json', 'retry-after': '8' } },
      { method: 'GET', url: '/v3/0c5f/elb/members' },
    ),
  },
  {
    name: 'HTML from nginx (502)',
    error: toElbError(
      { status: 502, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>', headers: { 'content-type': 'text/html' } },
      { method: 'GET', url: '/v3/0c5f/elb/loadbalancers' },
    ),
  },
  {
    name: 'truncated JSON',
    error: toElbError({ status: 400, body: '{"error_code":"ELB.1031","request_id":"r-77","error_msg":"Invalid request parameters. The load balancer descr', headers: { 'content-type': 'application/json' } }, { method: 'PUT', url: '/v3/0c5f/elb/loadbalancers/9' }),
  },
  {
    name: 'empty body (503)',
    error: toElbError({ status: 503, body: '' }, { method: 'GET', url: '/v3/0c5f/elb/loadbalancers' }),
  },
];

/** A load balancer table for the badge permutations: every documented code plus some that are not. */
export const LOAD_BALANCERS = [200, 201, 204, 400, 401, 403, 404, 405, 406, 407, 408, 409, 500, 501, 502, 503, 504, 202, 410, 429, 418, 599].map((status, i) => ({
  id: `lb-${(i + 1).toString().padStart(2, '0')}`,
  name: `web-${['eu-de', 'eu-nl', 'ap-sg'][i % 3]}-${i + 1}`,
  status,
}));
