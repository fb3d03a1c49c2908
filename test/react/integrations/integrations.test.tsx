import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axios from 'axios';
import ky from 'ky';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useCallback, useEffect, useState } from 'react';
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
let openSlowGate = () => undefined as void;
const slowGate = new Promise<void>((resolve) => (openSlowGate = resolve));
const server = setupServer(
  http.get(`${BASE}/v3/p/elb/loadbalancers`, () => {
    calls += 1;
    return calls === 1
      ? HttpResponse.json({ error_msg: 'The system is busy.', error_code: 'ELB.8906', request_id: `req-${calls}` }, { status: 503, headers: { 'Retry-After': '2' } })
      : HttpResponse.json({ loadbalancers: [{ id: 'lb-1', name: 'web' }] });
  }),
  // axios runs on jsdom's XMLHttpRequest, which enforces CORS: answer the preflight and expose the headers.
  http.options(`${BASE}/*`, () => new HttpResponse(null, { status: 204, headers: CORS })),
  // Listeners per load balancer: "bad" fails, "good" answers, "slow" answers only when the test lets it.
  http.get(`${BASE}/v3/p/elb/listeners`, async ({ request }) => {
    const lb = new URL(request.url).searchParams.get('loadbalancer_id');
    if (lb === 'slow') await slowGate;
    return lb === 'good'
      ? HttpResponse.json({ listeners: [{ id: 'l-1', name: 'https-443' }] })
      : HttpResponse.json({ error_msg: 'The system is busy.', error_code: 'ELB.8906' }, { status: 503 });
  }),
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

describe('fetch in an effect (the README recipe)', () => {
  // What the README shows: a success clears what an earlier load left, and the load a re-render abandons is
  // aborted and not reported.
  function Listeners({ lbId }: { lbId: string }) {
    const url = `${BASE}/v3/p/elb/listeners?loadbalancer_id=${lbId}`;
    const [names, setNames] = useState<string[]>([]);
    const load = useCallback(
      async (signal?: AbortSignal) => {
        const res = await throwIfNotOk(await fetch(url, { signal }), { method: 'GET', url });
        setNames(((await res.json()) as { listeners: Array<{ name: string }> }).listeners.map((l) => l.name));
      },
      [url],
    );
    const elb = useElbError({ onRetry: load, context: { method: 'GET', url } });
    const { clear, capture } = elb;
    useEffect(() => {
      const request = new AbortController();
      load(request.signal).then(clear, (e: unknown) => request.signal.aborted || capture(e));
      return () => request.abort();
    }, [load, clear, capture]);
    return (
      <>
        <ErrorPanel {...elb} />
        <ul>
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </>
    );
  }

  it('a later load that succeeds clears the panel an earlier one left', async () => {
    const view = render(<Listeners lbId="bad" />);
    expect(await screen.findByRole('heading', { name: /temporarily unavailable/ })).toBeInTheDocument();
    view.rerender(<Listeners lbId="good" />);
    expect(await screen.findByText('https-443')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('a load abandoned by a re-render is aborted and shows nothing', async () => {
    const view = render(<Listeners lbId="slow" />);
    view.rerender(<Listeners lbId="good" />);
    expect(await screen.findByText('https-443')).toBeInTheDocument();
    // Let the abandoned request's handler finish: its answer must not reach the panel either.
    openSlowGate();
    await act(async () => {
      await slowGate;
    });
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
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
