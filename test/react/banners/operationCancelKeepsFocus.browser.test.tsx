import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { BannerStore, ElbBannerProvider, ElbOperation, ErrorBanners } from 'elb-status-ui';

// Two operations on one load balancer share a banner ("Operations on load balancer lb-1: 2") with a
// "Cancel: <label>" button per entry. Pressing one by keyboard removes that button (the entry is
// cancelled) while the banner stays, so ErrorBanners' "banner went" rule does not run and focus falls to
// the page's body. README: focus moves on when an operation banner is cancelled, "never to the page's body".
const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms));

it("Enter on a grouped operation's Cancel keeps focus in the banners", async () => {
  const store = new BannerStore();
  await render(
    <>
      <button type="button">Elsewhere</button>
      <ElbBannerProvider store={store}>
        <ErrorBanners />
      </ElbBannerProvider>
    </>,
  );
  const a = new ElbOperation({ visibility: null });
  const b = new ElbOperation({ visibility: null });
  store.track(a, { label: 'listener http-80', context: { method: 'PUT' }, loadBalancer: 'lb-1' });
  store.track(b, { label: 'pool web', context: { method: 'PUT' }, loadBalancer: 'lb-1' });
  void a.run(() => new Promise(() => undefined)).catch(() => undefined);
  void b.run(() => new Promise(() => undefined)).catch(() => undefined);
  await tick();
  const cancel = document.querySelector<HTMLElement>('button[aria-label="Cancel: pool web"]')!;
  expect(cancel).not.toBeNull();
  cancel.focus();
  await userEvent.keyboard('{Enter}');
  await tick();
  expect(b.getSnapshot().state).toBe('idle');
  expect(document.querySelectorAll('.elb-op')).toHaveLength(1); // the banner is still there
  try {
    // Observed in Chromium: document.activeElement is <body>.
    expect(document.activeElement).not.toBe(document.body);
    expect(document.querySelector('.elb-banners')!.contains(document.activeElement)).toBe(true);
  } finally {
    a.cancel();
  }
});
