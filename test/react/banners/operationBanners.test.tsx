import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import {
  BannerStore, ElbBannerProvider, ElbOperation, ElbUiProvider, ErrorBanners, useElbBanners, useElbOperation, type OperationWaitSpec,
} from 'elb-status-ui';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const lb = (status: string) => ({ loadbalancer: { id: 'lb-1', provisioning_status: status } });

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Reads PENDING_UPDATE `pending` times, then ACTIVE. */
function resource(pending: number) {
  let reads = 0;
  const signals: AbortSignal[] = [];
  const read = vi.fn(async (signal: AbortSignal) => {
    signals.push(signal);
    return lb(reads++ < pending ? 'PENDING_UPDATE' : 'ACTIVE');
  });
  return { read, signals, wait: { read } as OperationWaitSpec<unknown, unknown> };
}

function setup(store = new BannerStore()) {
  const view = render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  return { store, view };
}

const tick = (ms = 0) => act(() => vi.advanceTimersByTimeAsync(ms));
const op = () => new ElbOperation({ visibility: null });

describe('useElbBanners().track: one banner per operation', () => {
  it('shows progress (verb, label, status, elapsed time), then success, dismissed after a few seconds', async () => {
    const { store } = setup();
    const operation = op();
    const { wait } = resource(3);
    act(() => {
      store.track(operation, { label: 'listener http-80', context: { method: 'PUT', url: '/v2/lbaas/listeners/l-1' } });
      void operation.run(() => ({}), wait);
    });
    await tick();
    const banner = screen.getByRole('region', { name: 'Operations in progress' });
    expect(within(banner).getByRole('heading', { name: 'Updating listener http-80…' })).toBeInTheDocument();
    expect(within(banner).getByText('Current status: PENDING_UPDATE ·')).toBeInTheDocument();
    expect(screen.getByRole('status', { hidden: false, name: '' })).toHaveTextContent('Updating listener http-80…');
    await tick(2000);
    expect(within(banner).getByText(/s elapsed/)).toHaveTextContent('2 s elapsed');
    for (let i = 0; i < 40 && operation.getSnapshot().state !== 'succeeded'; i++) await tick(250);
    await tick();
    expect(screen.getByRole('heading', { name: 'Updated listener http-80' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Updated listener http-80')).toBe(true);
    await tick(4900);
    expect(screen.getByRole('heading', { name: 'Updated listener http-80' })).toBeInTheDocument();
    await tick(200);
    expect(screen.queryByRole('heading', { name: 'Updated listener http-80' })).toBeNull();
    expect(store.getOperations()).toHaveLength(0);
  });

  it.each(['hover', 'focus'] as const)('pauses the success dismissal while %s is on the banner', async (how) => {
    const { store } = setup();
    const operation = op();
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}));
    });
    await tick();
    const heading = screen.getByRole('heading', { name: 'Updated pool web' });
    const section = heading.closest('section')!;
    if (how === 'hover') fireEvent.pointerEnter(section);
    else fireEvent.focus(within(section).getByRole('button', { name: 'Dismiss' }));
    await tick(60_000);
    expect(screen.getByRole('heading', { name: 'Updated pool web' })).toBeInTheDocument();
    if (how === 'hover') fireEvent.pointerLeave(section);
    else fireEvent.blur(within(section).getByRole('button', { name: 'Dismiss' }));
    await tick(5000);
    expect(screen.queryByRole('heading', { name: 'Updated pool web' })).toBeNull();
  });

  it('a failed PUT becomes the usual error banner whose Retry re-runs the operation', async () => {
    const { store } = setup();
    const operation = op();
    const submit = vi.fn().mockRejectedValueOnce({ status: 500, body: { error_msg: 'boom' } }).mockResolvedValue({});
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT', url: '/v3/p/elb/pools/p-1' } });
      void operation.run(submit, undefined, { context: { method: 'PUT', url: '/v3/p/elb/pools/p-1' } });
    });
    await tick();
    expect(screen.queryByRole('region', { name: 'Operations in progress' })).toBeNull();
    const failed = screen.getByRole('region', { name: 'Failed requests' });
    fireEvent.click(within(failed).getByRole('button', { name: 'Retry' }));
    await tick();
    expect(submit).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region', { name: 'Failed requests' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Updated pool web' })).toBeInTheDocument();
  });

  it('a POST that may have been processed gets no Retry (never sent again)', async () => {
    const { store } = setup();
    const operation = op();
    const submit = vi.fn().mockRejectedValue({ status: 500, body: { error_msg: 'boom' } });
    act(() => {
      store.track(operation, { label: 'listener http-80', context: { method: 'POST' } });
      void operation.run(submit, undefined, { context: { method: 'POST', url: '/v3/p/elb/listeners' } });
    });
    await tick();
    const failed = screen.getByRole('region', { name: 'Failed requests' });
    expect(within(failed).queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(store.getGroups()[0]!.members[0]!.retry).toBeUndefined();
    await tick(600_000);
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('a wait that ends in ERROR shows the error banner without Retry', async () => {
    const { store } = setup();
    const operation = op();
    act(() => {
      store.track(operation, { label: 'listener http-80', context: { method: 'POST' } });
      void operation.run(() => ({}), { read: async () => lb('ERROR') });
    });
    await tick(0);
    await tick(0);
    const failed = screen.getByRole('region', { name: 'Failed requests' });
    expect(within(failed).queryByRole('button', { name: /Retry/ })).toBeNull();
  });

  it('groups operations on one load balancer into one banner with a count', async () => {
    const { store } = setup();
    const a = op();
    const b = op();
    const c = op();
    act(() => {
      store.track(a, { label: 'listener http-80', context: { method: 'POST', url: 'https://elb.example/v2/lbaas/loadbalancers/lb-1/listeners' } });
      store.track(b, { label: 'pool web', context: { method: 'PUT' }, loadBalancer: 'lb-1' });
      store.track(c, { label: 'load balancer lb-2', context: { method: 'DELETE', url: '/v2/lbaas/loadbalancers/lb-2' } });
      void a.run(() => new Promise(() => undefined));
      void b.run(() => new Promise(() => undefined));
      void c.run(() => new Promise(() => undefined));
    });
    await tick();
    const region = screen.getByRole('region', { name: 'Operations in progress' });
    const headings = within(region).getAllByRole('heading');
    expect(headings.map((h) => h.textContent)).toEqual(['Deleting load balancer lb-2…', 'Operations on load balancer lb-1: 2']);
    expect(within(region).getByText('Running: 2 of 2')).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel: pool web' }));
    await tick();
    expect(b.getSnapshot().state).toBe('idle');
    expect(within(region).getByRole('heading', { name: 'Creating listener http-80…' })).toBeInTheDocument();
  });

  it('Cancel stops the operation (no more reads) and removes its banner', async () => {
    const { store } = setup();
    const operation = op();
    const { wait, read, signals } = resource(1000);
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}), wait);
    });
    await tick(3000);
    const reads = read.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await tick();
    expect(screen.queryByRole('region', { name: 'Operations in progress' })).toBeNull();
    expect(signals.every((s) => s.aborted)).toBe(true);
    await tick(600_000);
    expect(read).toHaveBeenCalledTimes(reads);
    expect(store.tracks('elb-operation-1')).toBe(false);
  });

  it('Dismiss stops following: later changes of the operation bring no banner back', async () => {
    const { store } = setup();
    const operation = op();
    let finish!: () => void;
    act(() => {
      expect(store.track(operation, { label: 'pool web', context: { method: 'PUT' } })).toBe('elb-operation-1');
      void operation.run(() => new Promise<void>((r) => (finish = r)));
    });
    await tick();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await tick();
    expect(screen.queryByRole('region', { name: 'Operations in progress' })).toBeNull();
    finish();
    await tick();
    expect(operation.getSnapshot().state).toBe('succeeded');
    expect(screen.queryByRole('heading', { name: 'Updated pool web' })).toBeNull();
    expect(store.getOperations()).toHaveLength(0);
    expect(store.tracks('elb-operation-1')).toBe(false);
  });

  it('tracking the same operation twice (or its hook result) is one banner', async () => {
    const { store } = setup();
    const operation = op();
    let id1 = '';
    let id2 = '';
    act(() => {
      id1 = store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      id2 = store.track({ operation }, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => new Promise(() => undefined));
    });
    await tick();
    expect(id2).toBe(id1);
    expect(screen.getAllByRole('heading', { name: 'Updating pool web…' })).toHaveLength(1);
  });

  it('rejects what is not an operation with a clear TypeError, and bounds hostile labels', () => {
    const store = new BannerStore();
    expect(() => store.track({} as never, { label: 'x' })).toThrow(/ElbOperation or a useElbOperation\(\) result/);
    expect(() => store.track(null as never, { label: 'x' })).toThrow(TypeError);
    const operation = op();
    store.track(operation, { label: `<b>${'x'.repeat(10_000)}</b>\u0000` });
    expect(() => store.track(op(), { label: 42 as never })).not.toThrow();
  });

  it('follows at most maxOperations operations (the oldest finished ones are dropped first)', async () => {
    const store = new BannerStore({ maxOperations: 5 });
    const ops = Array.from({ length: 50 }, () => op());
    for (const o of ops) {
      store.track(o, { label: 'pool', context: { method: 'PUT' } });
      void o.run(() => new Promise(() => undefined));
    }
    await tick();
    expect(store.getOperations()[0]!.count).toBe(1);
    expect(store.getOperations().reduce((n, g) => n + g.count, 0)).toBe(5);
  });
});

describe('useElbBanners().track in a component', () => {
  function Page({ read }: { read: (signal: AbortSignal) => Promise<unknown> }) {
    const operation = useElbOperation({ context: { method: 'PUT', url: '/v2/lbaas/pools/p-1' }, visibility: null });
    const { track } = useElbBanners();
    useEffect(() => {
      track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}), { read });
      // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
    }, []);
    return null;
  }

  it('unmount of the tracking component removes the banner and nothing polls afterwards', async () => {
    const store = new BannerStore();
    const { read } = resource(1000);
    const view = render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
          <Page read={read} />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    await tick(2000);
    expect(screen.getByRole('heading', { name: 'Updating pool web…' })).toBeInTheDocument();
    view.rerender(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    await tick();
    const reads = read.mock.calls.length;
    expect(screen.queryByRole('heading', { name: 'Updating pool web…' })).toBeNull();
    expect(store.getOperations()).toHaveLength(0);
    await tick(600_000);
    expect(read).toHaveBeenCalledTimes(reads);
  });
});

describe('an operation whose owner unmounts', () => {
  it('ends its banner even when the tracking component stays mounted', async () => {
    const store = new BannerStore();
    const operation = op();
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => new Promise(() => undefined));
    });
    await tick();
    expect(store.getOperations()).toHaveLength(1);
    // What useElbOperation does on unmount.
    operation.detach();
    await tick();
    expect(store.getOperations()).toHaveLength(0);
    expect(store.tracks('elb-operation-1')).toBe(false);
  });
});

describe('track under StrictMode', () => {
  function Page({ read }: { read: (signal: AbortSignal) => Promise<unknown> }) {
    const operation = useElbOperation({ visibility: null });
    const { track } = useElbBanners();
    useEffect(() => {
      track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}), { read });
      // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount
    }, []);
    return null;
  }

  it('the double effect run leaves one banner and one operation that finishes', async () => {
    const store = new BannerStore();
    const { read } = resource(1);
    render(
      <StrictMode>
        <ElbUiProvider retryBudget={false}>
          <ElbBannerProvider store={store}>
            <ErrorBanners />
            <Page read={read} />
          </ElbBannerProvider>
        </ElbUiProvider>
      </StrictMode>,
    );
    await tick();
    expect(screen.getAllByRole('heading', { name: 'Updating pool web…' })).toHaveLength(1);
    for (let i = 0; i < 20 && store.getOperations()[0]?.state !== 'succeeded'; i++) await tick(250);
    expect(screen.getAllByRole('heading', { name: 'Updated pool web' })).toHaveLength(1);
  });
});
