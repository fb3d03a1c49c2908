import { act, fireEvent, render, screen } from '@testing-library/react';
import { BannerStore, ElbBannerProvider, ElbUiProvider, ErrorBanners, ErrorPanel, useElbError } from 'elb-status-ui';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

// README, Cleanup: "Turning autoRetry off ... drops a scheduled retry ...; turning it on plans one for the failure
// shown (unless a person cancelled it)." A person's "Cancel automatic retry" should stay cancelled.
describe('a person cancelled a banner\'s automatic retry', () => {
  function Page({ store, shown, auto }: { store: BannerStore; shown: boolean; auto: boolean }) {
    return (
      <ElbUiProvider retryBudget={false} retryPolicy={{ random: () => 0.5 }}>
        <ElbBannerProvider store={store}>{shown ? <ErrorBanners autoRetry={auto} /> : null}</ElbBannerProvider>
      </ElbUiProvider>
    );
  }

  it.each([
    ['the banner area is remounted (a layout change)', { shown: false, auto: true }],
    ['autoRetry is turned off and on again', { shown: true, auto: false }],
  ])('stays cancelled when %s', async (_, between) => {
    const store = new BannerStore();
    const retry = vi.fn(() => Promise.reject({ status: 503 }));
    const { rerender } = render(<Page store={store} shown auto />);
    act(() => {
      store.report({ status: 503 }, { context: { method: 'GET', url: '/v3/p/elb/loadbalancers' }, retry });
    });
    await advance(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel automatic retry' }));
    await advance(1);
    expect(store.getGroups()[0]).toMatchObject({ state: 'failed', autoRetryStopped: 'cancelled' });
    rerender(<Page store={store} {...between} />);
    await advance(1);
    rerender(<Page store={store} shown auto />);
    await advance(60_000);
    expect(retry).not.toHaveBeenCalled();
  });

  it('for comparison, a panel\'s cancel survives autoRetry off and on', async () => {
    const retry = vi.fn(() => Promise.reject({ status: 503 }));
    function P({ auto }: { auto: boolean }) {
      const elb = useElbError({ error: { status: 503 }, onRetry: retry, autoRetry: auto ? { random: () => 0.5 } : false, context: { method: 'GET', url: '/v3/lbs' } });
      return <ErrorPanel {...elb} />;
    }
    const { rerender } = render(<ElbUiProvider retryBudget={false}><P auto /></ElbUiProvider>);
    await advance(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel automatic retry' }));
    rerender(<ElbUiProvider retryBudget={false}><P auto={false} /></ElbUiProvider>);
    await advance(1);
    rerender(<ElbUiProvider retryBudget={false}><P auto /></ElbUiProvider>);
    await advance(60_000);
    expect(retry).not.toHaveBeenCalled();
  });
});
