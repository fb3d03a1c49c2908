import { fireEvent, render, screen } from '@testing-library/react';
import { StatusBadge } from 'elb-status-ui';

// The tooltip's code never arrives (a chunk that cannot be fetched): the badge handles Escape itself.
vi.mock('../../../src/react/status-badge/BadgeTooltip.js', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

it('Escape closes the tooltip and nothing else before its code has loaded: no dialog around it sees the key', () => {
  const outside = vi.fn();
  render(
    // A native <dialog> closes on Escape's default action; a React dialog listens on an ancestor.
    <div onKeyDown={outside}>
      <StatusBadge status={503} />
    </div>,
  );
  const badge = screen.getByText('503 Service Unavailable');
  fireEvent.focus(badge);
  expect(badge).toHaveAttribute('data-state', 'instant-open');
  const notPrevented = fireEvent.keyDown(badge, { key: 'Escape' });
  expect(notPrevented).toBe(false);
  expect(outside).not.toHaveBeenCalled();
  expect(badge).toHaveAttribute('data-state', 'closed');
  // Once closed, the next Escape is the dialog's.
  expect(fireEvent.keyDown(badge, { key: 'Escape' })).toBe(true);
  expect(outside).toHaveBeenCalledTimes(1);
});
