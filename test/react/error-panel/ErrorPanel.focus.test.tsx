import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorPanel, toElbError } from 'elb-status-ui';

// The panel's actions follow its retry state: a keyboard user's pressed button can be the one the new
// state removes. Focus goes to the button in its place (or the heading), not to the page's body, where the
// next Tab would start again at the top of the page and a screen reader would lose its place.
const failure = () => toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'busy' } }, { method: 'GET', url: '/v3/p/elb/listeners' });

describe('ErrorPanel keeps keyboard focus inside the panel when its own buttons change', () => {
  it('"Retry now" (Enter) does not drop focus to the body', async () => {
    const user = userEvent.setup();
    let settle!: () => void;
    const onRetry = () => new Promise<void>((resolve) => (settle = resolve));
    render(<ErrorPanel error={failure()} onRetry={onRetry} autoRetry context={{ method: 'GET' }} />);
    const retryNow = await screen.findByRole('button', { name: 'Retry now' });
    retryNow.focus();
    await user.keyboard('{Enter}');
    // The panel is now retrying: the pressed button is gone.
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('region').contains(document.activeElement)).toBe(true);
    await act(async () => settle());
  });

  it('"Cancel automatic retry" (Enter) does not drop focus to the body', async () => {
    const user = userEvent.setup();
    render(<ErrorPanel error={failure()} onRetry={() => Promise.resolve()} autoRetry context={{ method: 'GET' }} />);
    const cancel = await screen.findByRole('button', { name: 'Cancel automatic retry' });
    cancel.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('region').contains(document.activeElement)).toBe(true);
  });

  it('"Retry" (Enter) whose request fails again: focus goes to "Retry now" of the next automatic retry', async () => {
    const user = userEvent.setup();
    const onRetry = () => Promise.reject(failure());
    render(<ErrorPanel error={failure()} onRetry={onRetry} autoRetry context={{ method: 'GET' }} />);
    await user.click(await screen.findByRole('button', { name: 'Cancel automatic retry' }));
    const retry = screen.getByRole('button', { name: 'Retry' });
    retry.focus();
    await user.keyboard('{Enter}');
    const retryNow = await screen.findByRole('button', { name: 'Retry now' });
    expect(retryNow).toHaveFocus();
  });
});
