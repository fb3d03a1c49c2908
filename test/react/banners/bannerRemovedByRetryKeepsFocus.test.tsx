import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BannerStore, ElbBannerProvider, ErrorBanners } from 'elb-status-ui';
import { takeConsoleMessages } from '../../setup';

// A keyboard user presses a banner's Retry; the retry succeeds and the banner goes away with the focused
// button. As when a person dismisses it, focus moves to the next banner's Dismiss button (else the previous
// one's), or to the stack when none is left, never to the page's body.
const flush = () =>
  act(async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });

it("moves focus to the next banner's Dismiss when a banner is removed by its successful retry", async () => {
  const user = userEvent.setup();
  const store = new BannerStore();
  render(
    <>
      <button type="button">Elsewhere</button>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </>,
  );
  act(() => {
    store.report(503, { context: { method: 'GET', url: '/v3/p/elb/pools' }, retry: () => Promise.resolve() });
    store.report(404, { context: { method: 'GET', url: '/v3/p/elb/listeners/9' } });
  });
  await flush();
  const retry = screen.getByRole('button', { name: 'Retry' });
  retry.focus();
  await user.keyboard('{Enter}');
  await flush();
  takeConsoleMessages(/not wrapped in act/); // the banner's blur after removal
  expect(screen.getAllByRole('heading')).toHaveLength(1); // the 503 banner is gone
  expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
});
