import { render } from 'vitest-browser-react';
import { BannerStore, ElbBannerProvider, ErrorBanners } from 'elb-status-ui';

// README: when a banner that holds the focus goes, "focus moves to the next banner's Dismiss button".
// Also when a banner above it goes in the same tick (two requests' later attempts succeeded: remove(id) twice):
// the banner that followed the focused one takes the focus, not the one at its old index.
const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms));
const heads = () => [...document.querySelectorAll('.elb-banners__item .elb-panel__title')].map((h) => h.textContent!);

it("moves focus to the next banner's Dismiss when a banner above goes in the same tick", async () => {
  const store = new BannerStore();
  await render(
    <ElbBannerProvider store={store}>
      <ErrorBanners max={10} />
    </ElbBannerProvider>,
  );
  const idOf = new Map<string, string>();
  for (const [i, status] of [400, 403, 404, 409, 412].entries()) {
    const before = new Set(heads());
    const id = store.report(status, { context: { method: 'GET', url: `/v3/p/elb/pools/${i}` } });
    await tick(30);
    idOf.set(heads().find((h) => !before.has(h))!, id);
  }
  const order = heads();
  expect(order).toHaveLength(5);
  document.querySelectorAll<HTMLElement>('.elb-banners__item')[2]!.querySelector<HTMLElement>('.elb-panel__dismiss')!.focus();
  store.remove(idOf.get(order[0]!)!); // a banner above the focused one
  store.remove(idOf.get(order[2]!)!); // the focused one
  await tick();
  expect(heads()).toEqual([order[1], order[3], order[4]]);
  const focusedTitle = document.activeElement?.closest('.elb-banners__item')?.querySelector('.elb-panel__title')?.textContent;
  // Observed in Chromium: order[4]'s Dismiss ("Warning: The request was not accepted"), one past the next.
  expect(document.activeElement).toHaveClass('elb-panel__dismiss');
  expect(focusedTitle).toBe(order[3]);
});
