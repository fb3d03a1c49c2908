import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadStatusBadgeTooltip, StatusBadge } from 'elb-status-ui';

// The first load fails, as a chunk that cannot be fetched (a redeployed console) would.
const load = vi.hoisted(() => ({ attempts: 0 }));
vi.mock('../../src/react/status-badge/BadgeTooltip.js', async (importOriginal) => {
  load.attempts += 1;
  if (load.attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

it('keeps the badge working when its tooltip code cannot be loaded, and tries again next time', async () => {
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
  const tip = await screen.findByRole('tooltip', {}, { timeout: 10_000 });
  expect(tip).toHaveTextContent('No available requested resources.');
  expect(load.attempts).toBe(2);
});
