import { act, render, screen } from '@testing-library/react';
import { ErrorPanel, toElbError } from 'elb-status-ui';

// README: "Hints follow the retry plan: while an automatic retry counts down the hint says so (no
// "try again in a moment")". A 408 Request Timeout on a GET is retryable (DESIGN: 408 warning, retryable)
// and the panel counts down an automatic retry, but its hint is the invalid-input one: "Check the values
// you entered against the field limits, then submit again." — a timeout is not a bad input, and the
// hint says nothing of the retry that is counting down.
it('a 408 under automatic retry gets a hint about the automatic retry, not about the values entered', async () => {
  const error = toElbError(408, { method: 'GET', url: '/v3/p/elb/listeners' });
  expect(error.retryable).toBe(true);
  render(<ErrorPanel error={error} onRetry={() => Promise.resolve()} autoRetry context={{ method: 'GET' }} />);
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(screen.getByRole('region')).toHaveAttribute('data-state', 'waiting');
  const hint = document.querySelector('.elb-panel__hint')!;
  expect(hint).not.toHaveTextContent('Check the values you entered against the field limits');
  expect(hint).toHaveTextContent(/automatically/);
});
