import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResourceStatusBadge } from 'elb-status-ui';

// Before the tooltip's code and the descriptions have loaded (the first focus on a page), the badge is
// described by what the page has: complete words, never a sentence with holes in it.
describe('ResourceStatusBadge before its tooltip has loaded', () => {
  it('is described by the labels it has, then by the full explanation', async () => {
    const user = userEvent.setup();
    render(<ResourceStatusBadge operating="OFFLINE" resource="member" />);
    await user.tab();
    const badge = screen.getByText('Offline');
    expect(badge).toHaveFocus();
    const id = badge.getAttribute('aria-describedby')!;
    const pending = document.getElementById(id)!;
    expect(pending).not.toBeVisible();
    expect(pending.textContent).toBe('Offline.');
    const tip = await screen.findByRole('tooltip', {}, { timeout: 10_000 });
    expect(tip.textContent).toContain('Operation: Offline. Down:');
  });
});
