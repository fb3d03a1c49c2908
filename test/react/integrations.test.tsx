import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axios from 'axios';
import ky from 'ky';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ElbErrorFallback, ErrorPanel, readElbError, throwIfNotOk, toElbError, useElbError } from 'elb-status-ui';

const BASE = 'http://elb.test';
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Expose-Headers': 'X-Openstack-Request-Id, X-Request-Id, Retry-After',
};
let calls = 0;
const server = setupServer(
  http.get(`${BASE}/v3/p/elb/loadbalancers`, () => {
    calls += 1;
    return calls === 1
      ? HttpResponse.json({ error_msg: 'The system is busy.', error_code: 'ELB.8906', request_id: `req-${calls}` }, { status: 503, headers: { 'Retry-After': '2' } })
      : HttpResponse.json({ loadbalancers: [{ id: 'lb-1', name: 'web' }] });
  }),
  // axios runs on jsdom's XMLHttpRequest, which enforces CORS: answer the preflight and expose the headers.
  http.options(`${BASE}/*`, () => new HttpResponse(null, { status: 204, headers: CORS })),
  http.put(`${BASE}/v2.0/lbaas/loadbalancers/:id`, () =>
    HttpResponse.json(
      { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource lb-1', detail: '' } },
      { status: 409, headers: { ...CORS, 'X-Openstack-Request-Id': 'req-neutron' } },
    ),
  ),
);

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  calls = 0;
});
afterAll(() => server.close());

describe('fetch', () => {
  it('throwIfNotOk turns a non-ok Response into an ElbError with the body read', async () => {
    const url = `${BASE}/v3/p/elb/loadbalancers`;
    const failure = await throwIfNotOk(await fetch(url), { method: 'GET', url }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'ElbError', status: 503, code: 'ELB.8906', requestId: 'req-1', retryAfterMs: 2000, method: 'GET' });
    const ok = await throwIfNotOk(await fetch(url));
    expect(ok.status).toBe(200);
  });
});

describe('axios', () => {
  it('an AxiosError goes straight into toElbError and ErrorPanel', async () => {
    const failure = await axios.put(`${BASE}/v2.0/lbaas/loadbalancers/lb-1`, { loadbalancer: { name: 'x' } }).catch((e: unknown) => e);
    expect(axios.isAxiosError(failure)).toBe(true);
    expect(toElbError(failure)).toMatchObject({
      status: 409, code: 'StateInvalid', requestId: 'req-neutron', method: 'PUT', category: 'locked', retryable: true,
      url: `${BASE}/v2.0/lbaas/loadbalancers/lb-1`,
    });
    render(<ErrorPanel error={failure} />);
    expect(screen.getByRole('heading')).toHaveTextContent('The resource is busy');
  });

  it('a network failure from axios is kind network', async () => {
    server.use(http.get(`${BASE}/down`, () => HttpResponse.error()));
    const failure = await axios.get(`${BASE}/down`).catch((e: unknown) => e);
    expect(toElbError(failure)).toMatchObject({ kind: 'network', status: null, method: 'GET' });
  });
});

describe('ky', () => {
  it('an HTTPError is read with its body by readElbError', async () => {
    const failure = await ky.get(`${BASE}/v3/p/elb/loadbalancers`, { retry: 0 }).catch((e: unknown) => e);
    expect((failure as Error).name).toBe('HTTPError');
    expect(toElbError(failure)).toMatchObject({ status: 503, method: 'GET', retryAfterMs: 2000 });
    await expect(readElbError(failure)).resolves.toMatchObject({ status: 503, code: 'ELB.8906', serverMessage: 'The system is busy.' });
  });
});

describe('TanStack Query', () => {
  it('useElbError({ error: query.error, onRetry: refetch }) retries once per click, with no duplicate requests', async () => {
    const user = userEvent.setup();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    function LoadBalancers() {
      const query = useQuery({
        queryKey: ['lbs'],
        queryFn: async () => throwIfNotOk(await fetch(`${BASE}/v3/p/elb/loadbalancers`)).then((r) => r.json() as Promise<{ loadbalancers: Array<{ id: string }> }>),
      });
      const elb = useElbError({ error: query.error, onRetry: () => query.refetch(), context: { method: 'GET' } });
      return (
        <>
          <ErrorPanel {...elb} />
          {query.data ? <p>{query.data.loadbalancers.length} load balancers</p> : null}
        </>
      );
    }
    render(
      <QueryClientProvider client={client}>
        <LoadBalancers />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: /temporarily unavailable/ })).toBeInTheDocument();
    expect(calls).toBe(1);
    const retry = screen.getByRole('button', { name: 'Retry' });
    await user.dblClick(retry);
    expect(await screen.findByText('1 load balancers')).toBeInTheDocument();
    expect(calls).toBe(2);
    expect(screen.queryByRole('heading')).toBeNull();
    client.clear();
  });
});

describe('react-error-boundary', () => {
  it('ElbErrorFallback shows the panel and Retry resets the boundary', async () => {
    const user = userEvent.setup();
    let fail = true;
    function Child() {
      if (fail) throw toElbError(502, { method: 'GET', url: '/v3/p/elb/pools' });
      return <p>pools loaded</p>;
    }
    function Page() {
      const [, force] = useState(0);
      return (
        <ErrorBoundary FallbackComponent={ElbErrorFallback} onReset={() => force((n) => n + 1)}>
          <Child />
        </ErrorBoundary>
      );
    }
    // React reports errors caught by a boundary on console.error: expected here.
    vi.mocked(console.error).mockImplementation(() => undefined);
    render(<Page />);
    expect(screen.getByRole('heading')).toHaveTextContent('The service could not be reached');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('pools loaded')).toBeInTheDocument());
    await act(async () => undefined);
  });
});
