import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { ErrorPanel, toElbError, type ElbError } from 'elb-status-ui';

// ErrorPanel `autoFocus` acts when a new failure is shown, not when a retry's outcome is. An `onRetry` that does not
// return its request settles at once (the panel hides while the request runs); when the parent gives the same
// failure again, that is the retry's next attempt, and the search box the person is typing in keeps the focus.
const failure = () => toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'busy' } }, { method: 'GET', url: '/v3/p/elb/listeners' });
const wait = (ms: number) => act(async () => void (await new Promise((r) => setTimeout(r, ms))));

it('does not take the focus again when a blind automatic retry fails', async () => {
  let retries = 0;
  let setError!: (e: ElbError) => void;
  function Page() {
    const [error, set] = useState<ElbError>(failure);
    setError = set;
    return (
      <>
        <input aria-label="Search" />
        <ErrorPanel
          autoFocus
          error={error}
          autoRetry={{ random: () => 0 }}
          context={{ method: 'GET' }}
          onRetry={() => {
            retries++;
            // A refetch started, not returned (TanStack's `refetch` fire-and-forget, an event bus...).
            setTimeout(() => act(() => setError(failure())), 50);
          }}
        />
      </>
    );
  }
  render(<Page />);
  await wait(20);
  expect(document.activeElement?.tagName).toBe('H2'); // appeared: autoFocus as documented
  const search = document.querySelector<HTMLInputElement>('input[aria-label="Search"]')!;
  search.focus();
  await wait(1000);
  expect(retries).toBeGreaterThanOrEqual(1);
  expect(document.querySelector('h2')).not.toBeNull(); // the failure is shown again
  expect(document.activeElement).toBe(search);
});
