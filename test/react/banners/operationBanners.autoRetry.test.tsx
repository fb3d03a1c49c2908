import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { BannerStore, ElbBannerProvider, ElbOperation, ElbUiProvider, ErrorBanners, useElbBanners, useElbOperation } from 'elb-status-ui';

// A tracked operation's failure under <ErrorBanners autoRetry>: its retry sends the write again and
// waits again, so it runs only when a person asks, whatever the policy and the budget.

const T0 = Date.parse('2026-11-24T10:00:00Z');
beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
const tick = (ms = 0) => act(() => vi.advanceTimersByTimeAsync(ms));

function withBanners(budget: boolean) {
  const store = new BannerStore();
  render(
    <ElbUiProvider {...(budget ? {} : { retryBudget: false })}>
      <ElbBannerProvider store={store}>
        <ErrorBanners autoRetry />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  return store;
}

describe.each([
  ['without a budget', false],
  ['with the provider budget', true],
])('automatic retry of banners never re-runs a tracked operation (%s)', (_name, budget) => {
  it.each([
    ['PUT', 503],
    ['POST', 429],
  ])('a %s that failed with %i is sent once in 30 minutes, and its banner offers Retry', async (method, status) => {
    const store = withBanners(budget);
    const operation = new ElbOperation({ visibility: null });
    const submit = vi.fn().mockRejectedValue({ status, body: { error_msg: 'busy' } });
    const context = { method, url: '/v3/p/elb/pools/p-1' };
    act(() => {
      store.track(operation, { label: 'pool web', context });
      void operation.run(submit, undefined, { context });
    });
    for (let i = 0; i < 180; i++) await tick(10_000);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(store.getGroups()).toHaveLength(1);
    expect(within(screen.getByRole('region', { name: 'Failed requests' })).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  }, 60_000);

  it('is still not re-run when the app reports the same request again', async () => {
    const store = withBanners(budget);
    const operation = new ElbOperation({ visibility: null });
    const submit = vi.fn().mockRejectedValue({ status: 503, body: { error_msg: 'busy' } });
    const context = { method: 'PUT', url: '/v3/p/elb/pools/p-1' };
    act(() => {
      store.track(operation, { label: 'pool web', context });
      void operation.run(submit, undefined, { context });
    });
    await tick(10);
    act(() => void store.report({ status: 503 }, { context, retry: () => operation.retry() }));
    for (let i = 0; i < 180; i++) await tick(10_000);
    expect(submit).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('a wait that times out (the resource stays PENDING_UPDATE) is not waited for again on its own', async () => {
    const store = withBanners(budget);
    const operation = new ElbOperation({ visibility: null });
    const read = vi.fn(async () => ({ loadbalancer: { provisioning_status: 'PENDING_UPDATE' } }));
    const submit = vi.fn(async () => ({}));
    const context = { method: 'PUT', url: '/v3/p/elb/loadbalancers/lb-1' };
    act(() => {
      store.track(operation, { label: 'lb', context });
      void operation.run(submit, { read, timeoutMs: 60_000 }, { context });
    });
    for (let i = 0; i < 72; i++) await tick(10_000);
    const reads = read.mock.calls.length;
    expect(reads).toBeLessThanOrEqual(20);
    for (let i = 0; i < 360; i++) await tick(10_000);
    expect(read).toHaveBeenCalledTimes(reads);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(operation.getSnapshot().state).toBe('failed');
  }, 60_000);
});

it('Retry on the banner of an operation whose component has gone keeps the failure on the page', async () => {
  const submit = vi.fn().mockRejectedValue({ status: 503, body: { error_msg: 'busy' } });
  function Dialog({ track, onDone }: { track: ReturnType<typeof useElbBanners>['track']; onDone: () => void }) {
    const operation = useElbOperation({ context: { method: 'PUT', url: '/v3/p/elb/pools/p-1' }, visibility: null });
    return (
      <button
        type="button"
        onClick={() => {
          track(operation, { label: 'pool web', context: { method: 'PUT', url: '/v3/p/elb/pools/p-1' } });
          void operation.run(submit).then(onDone);
        }}
      >
        Save
      </button>
    );
  }
  function Page() {
    const banners = useElbBanners();
    const [open, setOpen] = useState(true);
    return open ? <Dialog track={banners.track} onDone={() => setOpen(false)} /> : <p>closed</p>;
  }
  render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider>
        <ErrorBanners />
        <Page />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await tick(10);
  expect(screen.getByText('closed')).toBeInTheDocument();
  fireEvent.click(within(screen.getByRole('region', { name: 'Failed requests' })).getByRole('button', { name: 'Retry' }));
  await tick(10);
  expect(submit).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('region', { name: 'Failed requests' })).toBeInTheDocument();
});
