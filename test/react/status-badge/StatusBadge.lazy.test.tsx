import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ELB_STATUS_CODES, preloadStatusBadgeTooltip, StatusBadge } from 'elb-status-ui';

// Counts how often the tooltip module (and with it Radix) is evaluated.
const load = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/react/status-badge/BadgeTooltip.js', async (importOriginal) => {
  load.count += 1;
  return importOriginal();
});

describe('StatusBadge tooltip loading', () => {
  it('loads the tooltip code on the first focus, not when badges render', async () => {
    const user = userEvent.setup();
    render(
      <>
        {ELB_STATUS_CODES.map((s) => (
          <StatusBadge key={s.status} status={s.status} />
        ))}
      </>,
    );
    expect(load.count).toBe(0);
    await user.tab();
    const badge = screen.getByText('200 OK');
    expect(badge).toHaveFocus();
    // Described at once, while the code loads (a hidden element is read as a description, not as
    // the badge's text); the tooltip follows when it has arrived.
    const id = badge.getAttribute('aria-describedby')!;
    expect(id).toBeTruthy();
    expect(load.count).toBe(1);
    expect(screen.queryByRole('tooltip')).toBeNull();
    const pending = document.getElementById(id)!;
    expect(pending).not.toBeVisible();
    expect(pending.textContent).toBe('Success Normal response to GET and PUT requests.');
    const tip = await screen.findByRole('tooltip', {}, { timeout: 10_000 });
    expect(load.count).toBe(1);
    expect(tip).toHaveAttribute('id', id);
    expect(tip).toHaveTextContent('Normal response to GET and PUT requests.');
    // Loaded once: the next badge shows its tooltip in the same render.
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Normal response to POST requests.');
    expect(load.count).toBe(1);
  });

  it('shares one load between preload calls and resolves once the code is there', async () => {
    const a = preloadStatusBadgeTooltip();
    const b = preloadStatusBadgeTooltip();
    await expect(Promise.all([a, b])).resolves.toEqual([undefined, undefined]);
    expect(load.count).toBe(1);
  });
});
