import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { StrictMode, useCallback, useEffect, useState, type ReactNode } from 'react';
import {
  BannerStore, createRetryBudget, ElbBannerProvider, ElbUiProvider, ErrorBanners, ErrorPanel, MIN_RETRY_DELAY_MS, toElbError, useElbBanners, useElbError,
  type RetryBudget,
} from 'elb-status-ui';
import { liveRetryControllers } from '../../../src/core/retryController.js';
import { formatTime } from '../../../src/react/error-panel/ErrorPanel.js';
import { takeConsoleMessages } from '../../setup.js';

const NOW = Date.parse('2026-11-24T10:00:00Z');
const noBudget = ({ children }: { children: ReactNode }) => <ElbUiProvider retryBudget={false}>{children}</ElbUiProvider>;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
/** Time passing with renders in between (React 18's act renders only when its scope ends). */
async function advanceInSteps(ms: number, step = 2000) {
  for (let t = 0; t < ms; t += step) await advance(Math.min(step, ms - t));
}

describe('banners retry a request on their own only when its own method and status allow it', () => {
  it.each([
    ['a network failure', () => new TypeError('Failed to fetch')],
    ['a 500', () => ({ status: 500 })],
  ])('%s of a POST beside the same failure of a GET: the POST never runs on its own, the GET at most 3 times', async (_, failure) => {
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners autoRetry />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    const runs = { post: 0, get: 0 };
    act(() => {
      store.report(failure(), { context: { method: 'POST', url: '/v3/p/elb/loadbalancers' }, retry: () => { runs.post += 1; return Promise.reject(failure()); } });
      store.report(failure(), { context: { method: 'GET', url: '/v3/p/elb/loadbalancers' }, retry: () => { runs.get += 1; return Promise.reject(failure()); } });
    });
    await advance(10 * 60_000);
    expect(runs.post).toBe(0);
    expect(runs.get).toBe(3);
    // A person may still retry the POST: "Retry all" runs every member that has a retry, once per click.
    fireEvent.click(screen.getByRole('button', { name: 'Retry all' }));
    await advance(1);
    expect(runs).toEqual({ post: 1, get: 4 });
  });
});

describe('a banner round waits for the longest Retry-After of the requests it re-runs', () => {
  it.each(['POST', 'PUT'])('a %s 503 with Retry-After: 30 beside a GET 503 without: neither runs before 30 s', async (method) => {
    const store = new BannerStore();
    const calls: Array<[string, number]> = [];
    render(
      <ElbUiProvider retryBudget={false} retryPolicy={{ random: () => 0.5 }}>
        <ElbBannerProvider store={store}>
          <ErrorBanners autoRetry />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    act(() => {
      store.report(toElbError({ status: 503, headers: { 'retry-after': '30' } }, { method, url: '/v3/p/elb/listeners' }), {
        retry: () => { calls.push([method, Date.now() - NOW]); return new Promise(() => undefined); },
      });
      store.report(toElbError({ status: 503 }, { method: 'GET', url: '/v3/p/elb/pools' }), {
        retry: () => { calls.push(['GET', Date.now() - NOW]); return new Promise(() => undefined); },
      });
    });
    await advance(29_000);
    expect(calls).toEqual([]);
    await advance(2_000);
    expect(calls.map(([m]) => m).sort()).toEqual([method, 'GET'].sort());
    for (const [, at] of calls) expect(at).toBeGreaterThanOrEqual(30_000);
  });
});

describe('a controlled panel whose parent sets a new error object after each failed load', () => {
  it('makes at most 3 automatic attempts in 10 minutes, and resolving onRetry does not refill the budget', async () => {
    const budget = createRetryBudget({ capacity: 50, retryCost: 5 });
    let loads = 0;
    function Page() {
      const [error, setError] = useState<unknown>(() => toElbError(503, { method: 'GET', url: '/v3/p/elb/pools' }));
      // load catches its own failure, stores a new object and resolves: the usual hand-written shape.
      const load = useCallback(async () => {
        loads += 1;
        await Promise.resolve();
        setError(toElbError(503, { method: 'GET', url: '/v3/p/elb/pools' }));
      }, []);
      return <ErrorPanel error={error} onRetry={load} autoRetry context={{ method: 'GET', url: '/v3/p/elb/pools' }} />;
    }
    render(
      <ElbUiProvider retryBudget={budget}>
        <Page />
      </ElbUiProvider>,
    );
    await advanceInSteps(10 * 60_000);
    expect(loads).toBe(3);
    expect(screen.getByText('Automatic retries stopped (attempt limit: 3).')).toBeInTheDocument();
    // Three retries were paid for and none succeeded: nothing came back.
    expect(budget.available).toBe(35);
  });

  it('ends the failure when the error becomes null: a later failure starts a new count', async () => {
    let loads = 0;
    let succeed = false;
    function Page() {
      const [error, setError] = useState<unknown>({ status: 503 });
      const load = useCallback(async () => {
        loads += 1;
        setError(succeed ? null : { status: 503 });
      }, []);
      return (
        <>
          <button onClick={() => setError({ status: 503 })}>fail again</button>
          <ErrorPanel error={error} onRetry={load} autoRetry context={{ method: 'GET' }} />
        </>
      );
    }
    render(<Page />, { wrapper: noBudget });
    await advanceInSteps(60_000);
    expect(loads).toBe(3);
    succeed = true;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await advance(1);
    expect(loads).toBe(4);
    expect(screen.queryByRole('region')).toBeNull();
    // A failure within two seconds of the null would still be that retry's outcome (the parent's own catch).
    await advance(2_001);
    succeed = false;
    fireEvent.click(screen.getByRole('button', { name: 'fail again' }));
    await advanceInSteps(60_000);
    expect(loads).toBe(7);
  });
});

describe('a parent re-rendering with a fresh literal', () => {
  it.each([
    ['fails again', async () => Promise.reject(toElbError(503, { method: 'GET' }))],
    ['resolves', async () => 'sent'],
  ])('error={{ status: 503 }} every 5 s, onRetry %s: the same failure, at most 3 requests, the page budget mostly left', async (_, run) => {
    const budget: RetryBudget = createRetryBudget({ capacity: 50, retryCost: 5 });
    const onRetry = vi.fn(run);
    function Parent() {
      const [, setTick] = useState(0);
      useEffect(() => {
        const id = setInterval(() => setTick((n) => n + 1), 5000);
        return () => clearInterval(id);
      }, []);
      return <ErrorPanel error={{ status: 503 }} onRetry={onRetry} autoRetry context={{ method: 'GET' }} />;
    }
    render(
      <ElbUiProvider retryBudget={budget}>
        <Parent />
      </ElbUiProvider>,
    );
    await advance(20_000);
    expect(onRetry.mock.calls.length).toBeLessThanOrEqual(3);
    await advance(10 * 60_000);
    expect(onRetry.mock.calls.length).toBeLessThanOrEqual(3);
    expect(budget.available).toBeGreaterThanOrEqual(50 - 3 * 5);
  });

  it('useElbError({ error: { status: 503 } }) with a fresh literal each render renders a bounded number of times', () => {
    let renders = 0;
    const { result, rerender } = renderHook(
      () => {
        renders += 1;
        return useElbError({ error: { status: 503 } });
      },
      { wrapper: ({ children }) => <StrictMode>{children}</StrictMode> },
    );
    expect(renders).toBeLessThanOrEqual(6);
    const before = renders;
    rerender();
    rerender();
    expect(renders - before).toBeLessThanOrEqual(4);
    expect(result.current).toMatchObject({ state: 'failed', attempt: 0, error: { status: 503 } });
  });
});

describe('every time shown is valid', () => {
  it('a Retry-After of 9999999999999 s renders "try again after" a date and time, and nothing throws', () => {
    render(<ErrorPanel error={{ status: 503, headers: { 'Retry-After': '9999999999999' } }} onRetry={() => undefined} autoRetry context={{ method: 'GET' }} />, { wrapper: noBudget });
    const line = screen.getByText(/Try again after/);
    expect(line.textContent).toMatch(/Try again after .*\d{4,}.*\d{1,2}:\d{2}:\d{2}/);
  });

  it('a wait of a day or more names the date, a shorter one the time only', () => {
    const { unmount } = render(<ErrorPanel error={{ status: 503, headers: { 'Retry-After': String(26 * 3600) } }} onRetry={() => undefined} autoRetry context={{ method: 'GET' }} />, { wrapper: noBudget });
    expect(screen.getByText(/Try again after/).textContent).toMatch(/Nov 25, 2026/);
    unmount();
    render(<ErrorPanel error={{ status: 503, headers: { 'Retry-After': '600' } }} onRetry={() => undefined} autoRetry context={{ method: 'GET' }} />, { wrapper: noBudget });
    expect(screen.getByText(/Try again after/).textContent).not.toMatch(/2026/);
  });

  it('a cloned error with time 1e300 (or NaN) renders its details', () => {
    const original = toElbError(503, { method: 'GET' });
    for (const time of [1e300, -1e300, NaN, Infinity]) {
      const clone = Object.assign(Object.create(Object.getPrototypeOf(original) as object) as object, original, { time });
      const { unmount } = render(<ErrorPanel error={clone} defaultExpanded />);
      expect(screen.getByRole('heading')).toHaveTextContent('The service is temporarily unavailable');
      unmount();
    }
  });

  it.each([1e300, -1e300, NaN, Infinity, -Infinity, 8.64e15 + 1, 'x'])('formatTime(%s) never throws', (value) => {
    expect(() => formatTime(value, 'en', true)).not.toThrow();
    expect(() => formatTime(value, 'not a locale!!', false)).not.toThrow();
  });
});

describe('what the store holds is what the page shows', () => {
  it('two 503 GET reports, the newer without retry: after "Retry all" fixes the older, the newer still shows', async () => {
    vi.useRealTimers();
    const store = new BannerStore();
    render(
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>,
    );
    act(() => {
      store.report(503, { context: { method: 'GET', url: '/a' }, retry: async () => 'ok' });
      store.report(503, { context: { method: 'GET', url: '/b' } });
    });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    fireEvent.click(screen.getByRole('button', { name: 'Retry all' }));
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(store.getGroups()).toHaveLength(1);
    expect(screen.getAllByRole('region', { name: /temporarily unavailable/ })).toHaveLength(1);
    expect(screen.getByRole('region', { name: /temporarily unavailable/ })).toHaveTextContent('GET /b');
  });
});

describe('a Response reported to banners', () => {
  it('shows at once, then gains the ELB code, message and request id from its body, announced once', async () => {
    vi.useRealTimers();
    function Reporter() {
      const { report } = useElbBanners();
      useEffect(() => {
        const body = JSON.stringify({ error_code: 'ELB.1002', error_msg: 'The load balancer is not found.', request_id: 'req-42' });
        report(new Response(body, { status: 404, headers: { 'content-type': 'application/json' } }), { context: { method: 'GET', url: '/v3/p/elb/loadbalancers/1' } });
      }, [report]);
      return null;
    }
    let politeTexts: string[] = [];
    const { container } = render(
      <ElbBannerProvider>
        <ErrorBanners />
        <Reporter />
      </ElbBannerProvider>,
    );
    const polite = container.querySelector('.elb-banners > [aria-live="polite"]')!;
    const observer = new MutationObserver(() => politeTexts.push(polite.textContent ?? ''));
    observer.observe(polite, { childList: true, characterData: true, subtree: true });
    politeTexts = [];
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    const banner = await screen.findByRole('region', { name: /Not found/ });
    expect(banner).toHaveTextContent('ELB.1002');
    expect(banner).toHaveTextContent('The load balancer is not found.');
    expect(banner).toHaveTextContent('req-42');
    observer.disconnect();
    expect(politeTexts.filter(Boolean)).toEqual(['Warning: Not found.']);
  });
});

describe('a function policy only chooses the delay', () => {
  it('autoRetry={() => 0} never re-runs a POST 500, in a panel or in banners', async () => {
    const onRetry = vi.fn();
    render(<ErrorPanel error={{ status: 500 }} onRetry={onRetry} autoRetry={() => 0} context={{ method: 'POST' }} />, { wrapper: noBudget });
    const store = new BannerStore();
    const retry = vi.fn();
    render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners autoRetry={() => 0} />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    act(() => void store.report(500, { context: { method: 'POST', url: '/x' }, retry }));
    await advance(60_000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(retry).not.toHaveBeenCalled();
  });

  it('autoRetry={() => 0} on a GET 500 runs at most 10 times per failure, never sooner than the floor, with the budget off', async () => {
    const times: number[] = [];
    const onRetry = vi.fn(() => {
      times.push(Date.now());
      return Promise.reject(toElbError(500, { method: 'GET' }));
    });
    render(<ErrorPanel error={{ status: 500 }} onRetry={onRetry} autoRetry={() => 0} context={{ method: 'GET' }} />, { wrapper: noBudget });
    await advance(1000);
    expect(onRetry.mock.calls.length).toBeLessThanOrEqual(4);
    await advance(60_000);
    expect(onRetry).toHaveBeenCalledTimes(10);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(MIN_RETRY_DELAY_MS);
  });
});

describe('every delay option is clamped', () => {
  it.each([2 ** 31, Infinity, NaN])('autoDismissMs={%s} does not dismiss a warning at once', async (ms) => {
    const store = new BannerStore();
    render(
      <ElbBannerProvider store={store}>
        <ErrorBanners autoDismissMs={ms} />
      </ElbBannerProvider>,
    );
    act(() => void store.report(404, { context: { method: 'GET' } }));
    await advance(1000);
    expect(screen.getByRole('heading', { name: /Not found/ })).toBeInTheDocument();
    expect(store.getGroups()).toHaveLength(1);
  });
});

describe('one owner per failure', () => {
  it('counts retry controllers alive: one per panel failure on screen, none for a panel given a hook result or for banners', async () => {
    const store = new BannerStore();
    function HookPanel() {
      const elb = useElbError({ onRetry: () => undefined });
      const { capture } = elb;
      useEffect(() => capture(502), [capture]);
      return <ErrorPanel {...elb} />;
    }
    function Page({ panels }: { panels: number }) {
      return (
        <ElbBannerProvider store={store}>
          <ErrorBanners max={10} />
          {Array.from({ length: panels }, (_, i) => (
            <ErrorPanel key={i} error={{ status: 500 + i }} onRetry={() => undefined} headingLevel={3} />
          ))}
          <HookPanel />
        </ElbBannerProvider>
      );
    }
    const { rerender, unmount } = render(
      <StrictMode>
        <Page panels={3} />
      </StrictMode>,
    );
    act(() => {
      store.report(404, { context: { method: 'GET', url: '/a' } });
      store.report(409, { context: { method: 'PUT', url: '/b' } });
    });
    await advance(1);
    const panels = () => screen.getAllByRole('heading', { level: 3 }).length;
    // 3 owning panels and 1 hook: 4 controllers for 4 panel failures; 2 banners owned by the store.
    expect(panels()).toBe(3);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(store.getGroups()).toHaveLength(2);
    expect(liveRetryControllers()).toBe(4);
    rerender(
      <StrictMode>
        <Page panels={1} />
      </StrictMode>,
    );
    expect(panels()).toBe(1);
    expect(liveRetryControllers()).toBe(2);
    unmount();
    expect(liveRetryControllers()).toBe(0);
  });

  it('mixing a hook result with onRetry / autoRetry is a type error and a development warning', () => {
    const { result } = renderHook(() => useElbError());
    act(() => result.current.capture(503));
    const onRetry = vi.fn();
    // @ts-expect-error the hook owns the failure: onRetry belongs to useElbError
    render(<ErrorPanel {...result.current} onRetry={onRetry} />);
    expect(takeConsoleMessages(/was given a useElbError result and onRetry/)).toBe(1);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    // @ts-expect-error a panel that owns its failure takes no hook state
    render(<ErrorPanel error={503} state="failed" />);
    expect(takeConsoleMessages(/without a whole useElbError result/)).toBe(1);
  });
});
