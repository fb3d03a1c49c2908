import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadResourceStatusTooltip, preloadStatusBadgeTooltip, ResourceStatusBadge, StatusBadge } from 'elb-status-ui';

// While a mouse points at a badge (the tooltip's 300 ms delay), the badge's aria-describedby names the
// tooltip's id: an element with that id exists from the start (a hidden copy of the tooltip's text until
// the tooltip shows), so the reference is valid (axe: aria-valid-attr-value) and the badge is described.
describe('StatusBadge aria-describedby during the hover delay', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('names only ids that exist in the document', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status={503} />);
    const badge = screen.getByText('503 Service Unavailable');
    await act(() => preloadStatusBadgeTooltip());
    await user.hover(badge);
    expect(badge).toHaveAttribute('data-state', 'delayed-open');
    const ids = (badge.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(document.getElementById(id), `#${id}`).not.toBeNull();
    expect(badge).toHaveAccessibleDescription(/^Error Failed to complete the request because the system is temporarily abnormal/);
    // Once the tooltip shows, the id is the tooltip's, and only the tooltip's.
    await screen.findByRole('tooltip');
    for (const id of ids) expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    expect(badge).toHaveAccessibleDescription(/temporarily abnormal/);
  });

  it('ResourceStatusBadge: names only ids that exist in the document', async () => {
    await preloadResourceStatusTooltip();
    const user = userEvent.setup();
    render(<ResourceStatusBadge resource="member" operating="OFFLINE" provisioning="ACTIVE" />);
    const badge = document.querySelector<HTMLElement>('.elb-badge')!;
    await user.hover(badge);
    expect(badge).toHaveAttribute('data-state', 'delayed-open');
    const ids = (badge.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(document.getElementById(id), `#${id}`).not.toBeNull();
  });
});
