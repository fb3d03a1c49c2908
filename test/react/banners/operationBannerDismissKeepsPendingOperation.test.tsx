import { act, render, screen } from '@testing-library/react';
import { BannerStore, ElbBannerProvider, ElbOperation, ElbUiProvider, ErrorBanners } from 'elb-status-ui';

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

// README "Operations: one call, one banner": "Dismissing the banner, cancelling or resetting the operation, or
// unmounting the component that called track stops following it". An operation tracked before it runs is in no
// banner yet: dismissing another operation's banner on the same load balancer (auto-dismissed after its
// success) leaves it followed, and it gets its banner when it runs.
it('an operation tracked before it runs still gets its banner after another banner on the same LB is dismissed', async () => {
  const store = new BannerStore();
  render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  const later = new ElbOperation({ visibility: null });
  const now = new ElbOperation({ visibility: null });
  let laterId = '';
  act(() => {
    // tracked up front (e.g. in a mount effect); runs when the user clicks, later
    laterId = store.track(later, { label: 'pool app', context: { method: 'PUT', url: '/v3/p/elb/pools/p-1' }, loadBalancer: 'lb-1' });
    store.track(now, { label: 'listener http-80', context: { method: 'PUT' }, loadBalancer: 'lb-1' });
    void now.run(() => ({}));
  });
  await tick(0);
  expect(screen.getByRole('heading', { name: 'Updated listener http-80' })).toBeInTheDocument();
  await tick(6000); // the success banner of the other operation auto-dismisses
  expect(screen.queryByRole('heading', { name: 'Updated listener http-80' })).toBeNull();
  expect(store.tracks(laterId)).toBe(true);
  act(() => {
    void later.run(() => new Promise(() => {}));
  });
  await tick(0);
  expect(screen.getByRole('heading', { name: 'Updating pool app…' })).toBeInTheDocument();
});
