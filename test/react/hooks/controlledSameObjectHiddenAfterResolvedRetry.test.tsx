import { act, render } from '@testing-library/react';
import { ElbUiProvider, useElbError, type UseElbErrorResult } from 'elb-status-ui';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

// DESIGN, Who owns a failure: "A failure is identified by what it is (kind, status, code, method, redacted url),
// not by the object that carries it." A controlled `error` that is still a failure after onRetry resolved must
// behave the same whether the parent passes the same object or an equal fresh one.
describe('controlled error still given after onRetry resolved', () => {
  function run(fresh: boolean) {
    const seen: UseElbErrorResult[] = [];
    const stable = { status: 503 };
    // The parent's retry re-runs something and resolves, but the parent still holds the failure.
    const onRetry = vi.fn(() => Promise.resolve('ok'));
    function Parent({ tick }: { tick: number }) {
      const elb = useElbError({ error: fresh ? { status: 503 } : stable, onRetry, context: { method: 'GET', url: '/v3/p/elb/listeners' } });
      seen.push(elb);
      return <span data-tick={tick} />;
    }
    const ui = (tick: number) => (
      <ElbUiProvider retryBudget={false}>
        <Parent tick={tick} />
      </ElbUiProvider>
    );
    return { seen, onRetry, ui };
  }

  it('shows the failure the parent still gives, whichever object carries it', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const fresh of [true, false]) {
      const { seen, onRetry, ui } = run(fresh);
      const { rerender, unmount } = render(ui(0));
      await advance(1);
      act(() => seen[seen.length - 1]!.retry());
      await advance(1);
      expect(onRetry).toHaveBeenCalledTimes(1);
      // The parent re-renders later (any state change of its own); its `error` is still the 503.
      for (let i = 1; i <= 5; i++) {
        rerender(ui(i));
        await advance(1000);
      }
      const last = seen[seen.length - 1]!;
      outcomes[fresh ? 'fresh object' : 'same object'] = { shown: last.error != null, state: last.state };
      unmount();
    }
    expect(outcomes['same object']).toEqual(outcomes['fresh object']);
    expect(outcomes['same object']).toMatchObject({ shown: true });
  });
});
