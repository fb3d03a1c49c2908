import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { ErrorPanel, toElbError } from 'elb-status-ui';

// `autoFocus`: "Move focus to the panel's heading when it appears (for failures right after a user action)".
// The panel is already on screen and the person has moved on to type in a search box elsewhere; the
// panel's automatic retry fails again in the background and the panel takes the focus to its heading
// (the effect runs on every new `error`), so the next keystrokes no longer reach the box.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const failure = () => toElbError({ status: 503, body: { error_code: 'ELB.8906', error_msg: 'busy' } }, { method: 'GET', url: '/v3/p/elb/listeners' });

it('does not take focus from elsewhere on the page when an automatic retry fails again', async () => {
  let retries = 0;
  const first = failure();
  const screen = await render(
    <>
      <input aria-label="Search" />
      <ErrorPanel
        autoFocus
        error={first}
        onRetry={() => {
          retries++;
          return Promise.reject(failure());
        }}
        autoRetry
        context={{ method: 'GET' }}
      />
    </>,
  );
  await tick(100);
  expect(document.activeElement?.tagName).toBe('H2'); // appeared: autoFocus as documented
  const search = screen.getByRole('textbox').element() as HTMLInputElement;
  await userEvent.click(search);
  await userEvent.keyboard('pool');
  const t0 = Date.now();
  while (retries < 1 && Date.now() - t0 < 10_000) await tick();
  await tick(300);
  expect(retries).toBeGreaterThanOrEqual(1);
  await userEvent.keyboard('-web');
  // Observed in Chromium: focus is on the panel's <h2>, and the search box holds "pool".
  expect(document.activeElement).toBe(search);
  expect(search.value).toBe('pool-web');
});
