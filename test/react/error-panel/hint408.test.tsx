import { act, render, screen } from '@testing-library/react';
import { ErrorPanel, toElbError } from 'elb-status-ui';

// README: "Hints follow the retry plan: while an automatic retry counts down the hint says so." A 408 Request
// Timeout on a GET is retryable: its hint speaks of the automatic retry, not of the values entered (a timeout is
// no bad input).
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
