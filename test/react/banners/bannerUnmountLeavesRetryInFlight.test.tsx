import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { ElbBannerProvider, ElbUiProvider, ErrorBanners, useElbBanners } from 'elb-status-ui';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

// README, Retry safety, Cleanup: "a scheduled retry is cancelled, and a retry in flight aborted, on unmount, clear
// and success; nothing runs after them." DESIGN: "the caller's request gets an AbortSignal that fires then".
describe('the banner area (a provider with its own store) unmounts while an automatic retry is on its way', () => {
  it('aborts that retry\'s request', async () => {
    const signals: AbortSignal[] = [];
    const retry = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise(() => undefined);
    };
    function Reporter() {
      const { report } = useElbBanners();
      useEffect(() => void report({ status: 503 }, { context: { method: 'GET', url: '/v3/p/elb/loadbalancers' }, retry }), [report]);
      return null;
    }
    const { unmount } = render(
      <ElbUiProvider retryBudget={false} retryPolicy={{ random: () => 0.5 }}>
        <ElbBannerProvider>
          <ErrorBanners autoRetry />
          <Reporter />
        </ElbBannerProvider>
      </ElbUiProvider>,
    );
    await advance(5_000);
    expect(signals).toHaveLength(1);
    unmount();
    expect(signals[0]!.aborted).toBe(true);
  });
});
