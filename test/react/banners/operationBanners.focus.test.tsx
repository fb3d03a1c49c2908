import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BannerStore, ElbBannerProvider, ElbOperation, ElbUiProvider, ErrorBanners, type OperationWaitSpec } from 'elb-status-ui';
import { takeConsoleMessages } from '../../setup';

// Operation banners ("Updating listener http-80…") follow ErrorBanners' focus rule: when the banner holding
// the focus goes (Dismiss, or Cancel on a running operation), focus moves to the next banner's Dismiss button
// (else the previous one's), or to the stack itself when none is left, never to the page's body.

const stackOf = () => document.querySelector<HTMLElement>('.elb-banners')!;

describe('operation banner: Dismiss and Cancel by keyboard', () => {
  function setup() {
    const store = new BannerStore();
    render(
      <>
        <button type="button">Elsewhere</button>
        <ElbBannerProvider store={store}>
          <ErrorBanners />
        </ElbBannerProvider>
      </>,
    );
    const operation = new ElbOperation({ visibility: null });
    const read = () => new Promise<never>(() => undefined); // the resource never settles during the test
    act(() => {
      store.track(operation, { label: 'listener http-80', context: { method: 'PUT', url: '/v3/p/elb/listeners/l-1' } });
      void operation.run(() => ({}), { read } as OperationWaitSpec<unknown, unknown>).catch(() => undefined);
    });
    return store;
  }

  const settle = () =>
    act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });

  it('Dismiss (Enter) moves focus to the stack', async () => {
    const user = userEvent.setup();
    setup();
    await settle();
    const dismiss = await screen.findByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    await user.keyboard('{Enter}');
    await settle();
    takeConsoleMessages(/not wrapped in act/); // the elapsed-time clock
    expect(screen.queryByRole('heading', { name: /Updating listener/ })).toBeNull();
    expect(stackOf()).toHaveFocus();
  });

  it('Cancel (Enter) moves focus to the stack once the banner is gone', async () => {
    const user = userEvent.setup();
    setup();
    await settle();
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    cancel.focus();
    await user.keyboard('{Enter}');
    await settle();
    takeConsoleMessages(/not wrapped in act/); // the elapsed-time clock
    expect(screen.queryByRole('heading', { name: /Updating listener/ })).toBeNull();
    expect(stackOf()).toHaveFocus();
  });
});

describe('operation banner: finished and running banners', () => {
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

  function setup() {
    const store = new BannerStore();
    render(
      <ElbUiProvider retryBudget={false}>
        <ElbBannerProvider store={store}>
          <ErrorBanners successDismissMs={false} />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    return store;
  }
  const bannerOf = (heading: string) => screen.getByRole('heading', { name: heading }).closest('section')!;

  it('Dismiss on the only operation banner moves focus to the stack', async () => {
    const store = setup();
    const operation = new ElbOperation({ visibility: null });
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => ({}));
    });
    await tick();
    const dismiss = within(bannerOf('Updated pool web')).getByRole('button', { name: 'Dismiss' });
    act(() => dismiss.focus());
    fireEvent.click(dismiss);
    await tick();
    expect(screen.queryByRole('heading', { name: 'Updated pool web' })).toBeNull();
    expect(stackOf()).toHaveFocus();
  });

  it("Dismiss on one of two operation banners moves focus to the other banner's Dismiss", async () => {
    const store = setup();
    const a = new ElbOperation({ visibility: null });
    const b = new ElbOperation({ visibility: null });
    act(() => {
      store.track(a, { label: 'pool a', context: { method: 'PUT' } });
      void a.run(() => ({}));
      store.track(b, { label: 'pool b', context: { method: 'PUT' } });
      void b.run(() => ({}));
    });
    await tick();
    const dismiss = within(bannerOf('Updated pool a')).getByRole('button', { name: 'Dismiss' });
    act(() => dismiss.focus());
    fireEvent.click(dismiss);
    await tick();
    expect(screen.queryByRole('heading', { name: 'Updated pool a' })).toBeNull();
    expect(within(bannerOf('Updated pool b')).getByRole('button', { name: 'Dismiss' })).toHaveFocus();
  });

  it('Cancel on a running operation banner moves focus to the stack once the banner is gone', async () => {
    const store = setup();
    const operation = new ElbOperation({ visibility: null });
    act(() => {
      store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
      void operation.run(() => new Promise(() => {}));
    });
    await tick();
    const cancel = within(bannerOf('Updating pool web…')).getByRole('button', { name: 'Cancel' });
    act(() => cancel.focus());
    fireEvent.click(cancel);
    await tick();
    expect(screen.queryByRole('heading', { name: 'Updating pool web…' })).toBeNull();
    expect(stackOf()).toHaveFocus();
  });
});
