import { render } from 'vitest-browser-react';
import { BannerStore, ElbBannerProvider, ElbOperation, ErrorBanners } from 'elb-status-ui';

// A keyboard user is on an operation banner's Cancel ("Updating pool web…") when the operation finishes:
// the banner stays ("Updated pool web", dismissed after successDismissMs) but its Cancel button goes, and
// with it the focus, to the page's body. The "banner that holds the focus goes" rule only looks at whole
// banners.
const tick = (ms = 100) => new Promise((r) => setTimeout(r, ms));

it('keeps focus in the banners when the focused Cancel goes because the operation finished', async () => {
  const store = new BannerStore();
  await render(
    <>
      <button type="button">Elsewhere</button>
      <ElbBannerProvider store={store}>
        <ErrorBanners successDismissMs={false} />
      </ElbBannerProvider>
    </>,
  );
  const operation = new ElbOperation({ visibility: null });
  let finish!: (value: unknown) => void;
  store.track(operation, { label: 'pool web', context: { method: 'PUT' } });
  void operation.run(() => new Promise((resolve) => (finish = resolve))).catch(() => undefined);
  await tick();
  const cancel = [...document.querySelectorAll<HTMLElement>('.elb-op button')].find((b) => b.textContent === 'Cancel')!;
  expect(cancel).toBeDefined();
  cancel.focus();
  expect(document.activeElement).toBe(cancel);
  finish({});
  await tick();
  expect(document.querySelector('.elb-op')?.getAttribute('data-state')).toBe('succeeded'); // the banner is still there
  // Observed in Chromium: document.activeElement is <body>.
  expect(document.activeElement).not.toBe(document.body);
  expect(document.querySelector('.elb-banners')!.contains(document.activeElement)).toBe(true);
});
