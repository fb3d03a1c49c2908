import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BannerStore, ElbBannerProvider, ErrorBanners, toElbError } from 'elb-status-ui';
import { takeConsoleMessages } from '../../setup';

// README: "Identical failures (kind, status, ELB code) become one banner … each new group is announced once."
// A screen-reader user presses Retry on a 503 banner and the retry fails differently (a 502): the new 502 banner
// ("Bad gateway") that takes its place is announced, so the user hears how the retry ended.
const flush = () =>
  act(async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 10));
  });

it('announces the new group a failed retry produced', async () => {
  const user = userEvent.setup();
  const store = new BannerStore();
  render(
    <ElbBannerProvider store={store}>
      <ErrorBanners />
    </ElbBannerProvider>,
  );
  const context = { method: 'GET', url: '/v3/p/elb/pools' };
  const retry = () => Promise.reject(toElbError(502, context));
  act(() => {
    store.report(503, { context, retry });
  });
  await flush();
  const regions = [...document.querySelectorAll<HTMLElement>('.elb-banners > [aria-live]')];
  const before = regions.map((r) => r.textContent);
  expect(before.join(' ')).toContain('The service is temporarily unavailable');

  await user.click(screen.getByRole('button', { name: 'Retry' }));
  await flush();
  takeConsoleMessages(/not wrapped in act/);
  const headings = screen.getAllByRole('heading').map((h) => h.textContent);
  expect(headings).toHaveLength(1);
  expect(headings[0]).not.toContain('temporarily unavailable'); // a different banner now
  const after = regions.map((r) => r.textContent);
  expect(after).not.toEqual(before);
});
