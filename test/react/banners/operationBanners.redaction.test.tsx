import { act, render, screen } from '@testing-library/react';
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

// DESIGN.md "Bounds on untrusted data": "Every string that leaves an ElbError or reaches the screen (url, message,
// stack, server message, copied summary, announcements) passes one redaction path". The operation banner shows the
// track label (often built from server data: a listener's name) and the status a custom wait reports (say a job's
// status) verbatim, in the banner and in the polite live region; the load balancer name next to them is redacted.
it('operation banner: label and reported status pass the redaction path (banner and announcement)', async () => {
  const label = 'listener https://admin:hunter2@lb.example.com/?X-Auth-Token=gAAAAABl0123456789abcdefghij';
  const status = 'RUNNING password=hunter2';
  const store = new BannerStore();
  const { container } = render(
    <ElbUiProvider retryBudget={false}>
      <ElbBannerProvider store={store}>
        <ErrorBanners successDismissMs={false} />
      </ElbBannerProvider>
    </ElbUiProvider>,
  );
  const op = new ElbOperation({ visibility: null });
  act(() => {
    store.track(op, { label, context: { method: 'PUT' } });
    void op.run(
      () => ({}),
      (_submitted, { onProgress }) => {
        onProgress({ status, polls: 1, elapsedMs: 0 });
        return new Promise(() => {});
      },
    );
  });
  await tick(0);
  expect(screen.getByRole('status')).toHaveTextContent(/Updating listener/);
  expect(container.textContent).not.toContain('hunter2');
  expect(container.textContent).not.toContain('gAAAAABl0123456789abcdefghij');
});
