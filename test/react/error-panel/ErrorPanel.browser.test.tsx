import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { ElbUiProvider, ErrorPanel, StatusBadge, toElbError } from 'elb-status-ui';
import '../../../src/styles.css';

describe('in real Chromium', () => {
  it('a keyboard user reaches Retry, opens the details, and the panel keeps focus order', async () => {
    const onRetry = vi.fn(() => Promise.reject(toElbError(503)));
    await render(
      <ElbUiProvider>
        <ErrorPanel error={{ status: 503, body: { error_code: 'ELB.8906', error_msg: 'Internal server error.', request_id: 'req-1' } }} onRetry={onRetry} />
      </ElbUiProvider>,
    );
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    await userEvent.keyboard('{Tab}{Tab}');
    await expect.element(page.getByText('Details', { exact: true })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.querySelector('details')?.open).toBe(true);
    await expect.element(page.getByText('Failed to complete the request because the system is temporarily abnormal.')).toBeVisible();
  });

  it('shows the badge tooltip on hover and keyboard focus, positioned by Radix', async () => {
    await render(
      <ElbUiProvider tooltipDelay={0}>
        <p>
          <StatusBadge status={409} />
        </p>
      </ElbUiProvider>,
    );
    const badge = page.getByText('409 Conflict');
    await badge.hover();
    // The first hover downloads the tooltip's chunk; the dev server transforms it on first request.
    await expect.element(page.getByRole('tooltip'), { timeout: 10_000 }).toHaveTextContent('The resource being accessed by another request.');
    const content = document.querySelector('.elb-tooltip')!;
    expect(content.getBoundingClientRect().height).toBeGreaterThan(0);
    await page.getByRole('paragraph').hover({ position: { x: 0, y: 0 } });
    await userEvent.unhover(badge);
    await expect.poll(() => document.querySelector('.elb-tooltip')).toBeNull();
    await userEvent.keyboard('{Tab}');
    await expect.element(badge).toHaveFocus();
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();
  });

  it('uses severity colours from the custom properties, light and dark', async () => {
    const screen = await render(
      <div>
        <div data-theme="light">
          <StatusBadge status={503} data-testid="light" />
        </div>
        <div data-theme="dark">
          <StatusBadge status={503} data-testid="dark" />
        </div>
      </div>,
    );
    const color = (id: string) => getComputedStyle(screen.getByTestId(id).element()).color;
    expect(color('light')).toBe('rgb(179, 38, 30)');
    expect(color('dark')).toBe('rgb(255, 161, 152)');
    // The badge's background follows the theme; its bitmap icon serves both schemes.
    const [light, dark] = ['light', 'dark'].map((id) => getComputedStyle(screen.getByTestId(id).element()));
    expect(dark!.backgroundColor).not.toBe(light!.backgroundColor);
    expect(dark!.backgroundImage).toBe(light!.backgroundImage);
  });

  it('lays out right-to-left with logical properties', async () => {
    const screen = await render(
      <div dir="rtl">
        <ErrorPanel error={503} data-testid="panel" />
      </div>,
    );
    const style = getComputedStyle(screen.getByTestId('panel').element());
    expect(style.borderRightWidth).toBe('4px');
    expect(style.borderLeftWidth).toBe('1px');
  });
});
