import { act, render } from '@testing-library/react';
import { ElbUiProvider, ErrorPanel, toElbError } from 'elb-status-ui';

// The panel's attempt line ("Attempt {attempt} of {max}") never counts down for one failure: the countdown
// names the next attempt, and that attempt keeps its number while it runs.
it('never shows (or announces) a lower attempt number than the one shown before, for one failure', async () => {
  vi.useFakeTimers();
  try {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const context = { method: 'GET', url: '/v3/p/elb/listeners' };
    const onRetry = () => new Promise((_, reject) => setTimeout(() => reject(toElbError(503, context)), 100));
    render(
      <ElbUiProvider retryBudget={false}>
        <ErrorPanel error={toElbError(503, context)} onRetry={onRetry} autoRetry context={context} />
      </ElbUiProvider>,
    );
    const seen: string[] = [];
    for (let i = 0; i < 300; i++) {
      await act(() => vi.advanceTimersByTimeAsync(50));
      const panel = document.querySelector('.elb-panel');
      const label = document.querySelector('.elb-panel__attempt')?.textContent ?? '';
      const entry = `${panel?.getAttribute('data-state')}: ${label}`;
      if (seen[seen.length - 1] !== entry) seen.push(entry);
    }
    const numbers = seen.map((s) => Number(/Attempt (\d+) of/.exec(s)?.[1] ?? NaN)).filter((n) => !Number.isNaN(n));
    expect(numbers.length).toBeGreaterThan(2);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i], seen.join(' → ')).toBeGreaterThanOrEqual(numbers[i - 1]!);
  } finally {
    vi.useRealTimers();
  }
});
