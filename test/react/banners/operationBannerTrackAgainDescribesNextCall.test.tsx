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
const lb = (s: string) => ({ listener: { id: 'l-1', provisioning_status: s } });

// README "Operations: one call, one banner": track(operation, { label, context }) shows "Updating listener
// http-80…" with "the verb from context.method: POST creates, PUT/PATCH update, DELETE deletes". One
// useElbOperation serves several calls, each tracked before it runs: tracking it again while the previous
// call's success banner is up describes the new call (same id), and its banner uses the new label and verb.
it('a second track of the same operation with a new method/label shows the new call, not the old one', async () => {
  const store = new BannerStore();
  render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  const op = new ElbOperation({ visibility: null });
  // 1. rename (PUT)
  act(() => {
    store.track(op, { label: 'listener http-80', context: { method: 'PUT', url: '/v3/p/elb/listeners/l-1' } });
    void op.run(() => ({}), { read: async () => lb('ACTIVE') });
  });
  await tick(0);
  expect(screen.getByRole('heading', { name: 'Updated listener http-80' })).toBeInTheDocument();
  // 2. two seconds later: delete the same listener with the same operation object
  await tick(2000);
  let reads = 0;
  let first = '';
  let second = '';
  act(() => {
    first = store.track(op, { label: 'listener http-80', context: { method: 'PUT', url: '/v3/p/elb/listeners/l-1' } });
  });
  // Tracking again with the same words (a component that tracks on every render) leaves the banner as it is.
  expect(screen.getByRole('heading', { name: 'Updated listener http-80' })).toBeInTheDocument();
  act(() => {
    second = store.track(op, { label: 'listener http-80 (old)', context: { method: 'DELETE', url: '/v3/p/elb/listeners/l-1' } });
    void op.run(() => ({}), { read: async () => (reads++ < 3 ? lb('PENDING_DELETE') : Promise.reject({ status: 404 })), until: 'deleted' });
  });
  await tick(0);
  expect(second).toBe(first);
  expect(screen.queryByRole('heading', { name: 'Updated listener http-80' })).toBeNull();
  expect(screen.getByRole('heading', { name: 'Deleting listener http-80 (old)…' })).toBeInTheDocument();
  for (let i = 0; i < 40 && op.getSnapshot().state !== 'succeeded'; i++) await tick(250);
  await tick(0);
  expect(screen.getByRole('heading', { name: 'Deleted listener http-80 (old)' })).toBeInTheDocument();
});

it('tracking a failed operation again with new words clears its error banner until the next call runs', async () => {
  const store = new BannerStore();
  render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  const op = new ElbOperation({ visibility: null });
  act(() => {
    store.track(op, { label: 'pool web', context: { method: 'PUT' } });
    void op.run(() => Promise.reject({ status: 400, body: { error_msg: 'bad request' } }));
  });
  await tick(0);
  expect(store.getGroups()).toHaveLength(1);
  act(() => {
    store.track(op, { label: 'pool web', context: { method: 'DELETE' } });
  });
  await tick(0);
  expect(store.getGroups()).toHaveLength(0);
  act(() => {
    void op.run(() => new Promise(() => {}));
  });
  await tick(0);
  expect(screen.getByRole('heading', { name: 'Deleting pool web…' })).toBeInTheDocument();
});
