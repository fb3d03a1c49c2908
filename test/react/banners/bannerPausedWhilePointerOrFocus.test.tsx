import { act, fireEvent, render, screen, within } from '@testing-library/react';
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

// README: "On success the banner ... goes away after successDismissMs (5 s by default), paused while the
// pointer or focus is on it." Pointer and focus each hold the banner: one leaving does not end the pause
// while the other is still on it.
describe('operation banner: success dismissal paused while pointer or focus is on it', () => {
  it('keeps the banner while focus stays inside after the pointer leaves', async () => {
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    const operation = new ElbOperation({ visibility: null });
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}));
    });
    await tick();
    const section = screen.getByRole('heading', { name: 'Updated pool web' }).closest('section')!;
    const dismiss = within(section).getByRole('button', { name: 'Dismiss' });
    // Keyboard focus moves into the banner, and the pointer passes over it.
    act(() => dismiss.focus());
    fireEvent.pointerEnter(section);
    fireEvent.pointerLeave(section);
    expect(document.activeElement).toBe(dismiss);
    await tick(60_000);
    // Focus is still on the banner: it must not have been dismissed.
    expect(screen.queryByRole('heading', { name: 'Updated pool web' })).not.toBeNull();
  });

  it('keeps the banner while the pointer stays on it after focus leaves', async () => {
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={false}>
        <button type="button">outside</button>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    const operation = new ElbOperation({ visibility: null });
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}));
    });
    await tick();
    const section = screen.getByRole('heading', { name: 'Updated pool web' }).closest('section')!;
    const dismiss = within(section).getByRole('button', { name: 'Dismiss' });
    fireEvent.pointerEnter(section);
    act(() => dismiss.focus());
    act(() => screen.getByRole('button', { name: 'outside' }).focus());
    await tick(60_000);
    // The pointer never left: it must not have been dismissed.
    expect(screen.queryByRole('heading', { name: 'Updated pool web' })).not.toBeNull();
  });
});

// The error banners' auto-dismiss (warnings, information) is paused by the same rule.
describe('error banners: auto-dismiss paused while pointer or focus is on it', () => {
  it('keeps a warning while focus stays inside after the pointer leaves, and dismisses it once both have left', async () => {
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners autoDismissMs={5000} />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    act(() => {
      store.report(404, { context: { method: 'GET' } });
    });
    await tick();
    const warning = screen.getByRole('heading', { name: /Not found/ }).closest<HTMLElement>('.elb-banners__item')!;
    act(() => within(warning).getByRole('button', { name: 'Copy details' }).focus());
    fireEvent.pointerEnter(warning);
    fireEvent.pointerLeave(warning);
    await tick(60_000);
    expect(screen.queryByRole('heading', { name: /Not found/ })).not.toBeNull();
    act(() => (document.activeElement as HTMLElement).blur());
    await tick(5001);
    expect(screen.queryByRole('heading', { name: /Not found/ })).toBeNull();
  });
});
