import { act, render, screen } from '@testing-library/react';
import { ErrorPanel, toElbError } from 'elb-status-ui';

// ErrorPanelDisplayProps: `title` "Replaces the human title.", `description` "Replaces the human explanation."
// The live region announces what the panel shows: the replacements, not the built-in texts.
it('announces the title and description it shows', async () => {
  render(
    <ErrorPanel
      error={toElbError(404, { method: 'GET', url: '/v3/p/elb/listeners' })}
      title="Listener list unavailable"
      description="The listeners of lb-1 could not be loaded."
    />,
  );
  await act(async () => {
    await new Promise((r) => setTimeout(r, 5));
  });
  expect(screen.getByRole('heading')).toHaveTextContent('Listener list unavailable');
  const live = document.querySelector('[aria-live="polite"]')!;
  expect(live).toHaveTextContent('Listener list unavailable');
  expect(live).toHaveTextContent('The listeners of lb-1 could not be loaded.');
});
