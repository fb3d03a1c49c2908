import { render } from 'vitest-browser-react';
import { BannerStore, ElbBannerProvider, ErrorBanners } from 'elb-status-ui';

// README: when a banner that holds the focus goes, "focus moves to the next banner's Dismiss button": the first of
// the banners after it that is still there. Six banners, focus on the 3rd; the 2nd, 3rd and 4th go in one tick: the
// 5th takes the focus.
const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms));
const heads = () => [...document.querySelectorAll('.elb-banners__item .elb-panel__title')].map((h) => h.textContent!);

it("moves focus to the next remaining banner's Dismiss when the banners around it go in the same tick", async () => {
  const store = new BannerStore();
  await render(
    <ElbBannerProvider store={store}>
      <ErrorBanners max={10} />
    </ElbBannerProvider>,
  );
  const idOf = new Map<string, string>();
  for (const [i, status] of [400, 403, 404, 409, 412, 405].entries()) {
    const before = new Set(heads());
    const id = store.report(status, { context: { method: 'GET', url: `/v3/p/elb/pools/${i}` } });
    await tick(30);
    idOf.set(heads().find((h) => !before.has(h))!, id);
  }
  const order = heads();
  expect(order).toHaveLength(6);
  document.querySelectorAll<HTMLElement>('.elb-banners__item')[2]!.querySelector<HTMLElement>('.elb-panel__dismiss')!.focus();
  // Three later attempts succeeded at once: the banner above, the focused one and the one after it.
  store.remove(idOf.get(order[1]!)!);
  store.remove(idOf.get(order[2]!)!);
  store.remove(idOf.get(order[3]!)!);
  await tick();
  expect(heads()).toEqual([order[0], order[4], order[5]]);
  const focusedTitle = document.activeElement?.closest('.elb-banners__item')?.querySelector('.elb-panel__title')?.textContent;
  expect(document.activeElement).toHaveClass('elb-panel__dismiss');
  expect(focusedTitle).toBe(order[4]);
});
