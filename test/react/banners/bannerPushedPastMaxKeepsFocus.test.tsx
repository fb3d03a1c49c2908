import { act, render, screen, within } from '@testing-library/react';
import { BannerStore, ElbBannerProvider, ErrorBanners } from 'elb-status-ui';

// ErrorBanners shows `max` (3) banners, ordered by severity then recency, and "Show N more". A keyboard
// user is on the third banner's "Copy details" button when a new, more severe failure arrives elsewhere on
// the page: it is sorted to the top and the focused banner is pushed behind "Show 1 more". Focus moves to
// the Dismiss button of the banner now in its place, as when a person dismisses a banner, not to the body.
const flush = () =>
  act(async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });

it('keeps focus when a new banner pushes the focused one behind "Show N more"', async () => {
  const store = new BannerStore();
  render(
    <ElbBannerProvider store={store}>
      <ErrorBanners />
    </ElbBannerProvider>,
  );
  act(() => {
    store.report(404, { context: { method: 'GET', url: '/v3/p/elb/listeners/1' } });
  });
  await flush();
  act(() => {
    store.report(400, { context: { method: 'POST', url: '/v3/p/elb/pools' } });
  });
  await flush();
  act(() => {
    store.report(403, { context: { method: 'DELETE', url: '/v3/p/elb/members/3' } });
  });
  await flush();
  const banners = screen.getAllByRole('region', { name: /Warning/ });
  expect(banners).toHaveLength(3);
  const last = banners[2]!;
  const copy = within(last).getByRole('button', { name: 'Copy details' });
  act(() => copy.focus());
  expect(copy).toHaveFocus();

  act(() => {
    store.report(503, { context: { method: 'GET', url: '/v3/p/elb/loadbalancers' } });
  });
  await flush();
  expect(screen.getByRole('button', { name: 'Show 1 more' })).toBeInTheDocument();
  const now = screen.getAllByRole('region', { name: /Warning|Error/ });
  expect(now).toHaveLength(3);
  expect(within(now[2]!).getByRole('button', { name: 'Dismiss' })).toHaveFocus();
});
