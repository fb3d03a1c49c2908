import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadStatusBadgeTooltip, StatusBadge } from 'elb-status-ui';

// The first two loads fail, as a chunk that cannot be fetched (a redeployed console) would.
const load = vi.hoisted(() => ({ attempts: 0 }));
vi.mock('../../../src/react/status-badge/BadgeTooltip.js', async (importOriginal) => {
  load.attempts += 1;
  if (load.attempts <= 2) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

it('keeps the badge working and described when its tooltip code cannot be loaded, and tries again next time', async () => {
  const user = userEvent.setup();
  render(
    <>
      <StatusBadge status={404} />
      <StatusBadge status={409} />
    </>,
  );
  await expect(preloadStatusBadgeTooltip()).rejects.toThrow();
  await user.tab();
  const badge = screen.getByText('404 Not Found');
  expect(badge).toHaveFocus();
  await vi.waitFor(() => expect(load.attempts).toBe(2));
  // No tooltip, but the description is still there for assistive technology.
  expect(screen.queryByRole('tooltip')).toBeNull();
  expect(document.getElementById(badge.getAttribute('aria-describedby')!)).toHaveTextContent('No available requested resources.');
  // The next focus tries again, and this time the code arrives.
  await user.tab();
  const tip = await screen.findByRole('tooltip', {}, { timeout: 10_000 });
  expect(tip).toHaveTextContent('Failed to complete the request due to conflicts.');
  expect(load.attempts).toBe(3);
});
