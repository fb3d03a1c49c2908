import { act, render, screen } from '@testing-library/react';
import { BannerStore, ElbBannerProvider, ErrorBanners } from 'elb-status-ui';

// README: "each new group is announced once." Two ELB codes with the same status are two groups, both titled
// "Not found": the second announcement is worded like the first, and the live region must still change for it.
const flush = () =>
  act(async () => {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });

it('announces a second, different banner group even when its title equals the previous one', async () => {
  const store = new BannerStore();
  render(
    <ElbBannerProvider store={store}>
      <ErrorBanners />
    </ElbBannerProvider>,
  );
  const region = document.querySelector<HTMLElement>('.elb-banners [aria-live="polite"]')!;
  act(() => {
    store.report({ status: 404, body: { error_code: 'ELB.1003', error_msg: 'Lb not exist.' } }, { context: { method: 'GET', url: '/v3/p/elb/loadbalancers/1' } });
  });
  await flush();
  expect(region).toHaveTextContent('Warning: Not found.');

  const mutations: MutationRecord[] = [];
  const observer = new MutationObserver((list) => mutations.push(...list));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  act(() => {
    store.report({ status: 404, body: { error_code: 'ELB.2003', error_msg: 'Listener not exist.' } }, { context: { method: 'GET', url: '/v3/p/elb/listeners/2' } });
  });
  await flush();
  observer.disconnect();
  // A new banner is there …
  expect(screen.getAllByRole('heading')).toHaveLength(2);
  // … and the live region must have been written again for it to be announced.
  expect(mutations.length).toBeGreaterThan(0);
});
