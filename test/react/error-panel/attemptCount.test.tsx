import { act, render } from '@testing-library/react';
import { ElbUiProvider, ErrorPanel, toElbError } from 'elb-status-ui';

// The panel's attempt line ("Attempt {attempt} of {max}", also read out in its role="alert" region)
// counts backwards. While the second automatic retry counts down it reads "Attempt 2 of 3"; when that
// retry starts ("Retrying…") it reads "Attempt 1 of 3", then "Attempt 3 of 3" during the next countdown,
// then "Attempt 2 of 3" while that one runs. Each change is announced again, with the number going down.
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
