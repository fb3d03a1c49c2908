import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { preloadStatusBadgeTooltip, StatusBadge, StatusBadgeGroup, toElbError } from 'elb-status-ui';
import '../../../src/styles.css';

// The tooltip as a person uses it in real Chromium: with a mouse that moves to it, and with a keyboard
// in a list that scrolls.
describe('the badge tooltip in Chromium', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('stays while the mouse crosses the gap from the badge to the tooltip, and closes when it leaves both', async () => {
    const error = toElbError({ status: 409, body: { error_code: 'ELB.1003', error_msg: 'Load balancer lb-1 is immutable.' } });
    await render(
      <div style={{ padding: 120 }}>
        <StatusBadge error={error} data-testid="badge" />
      </div>,
    );
    const badge = document.querySelector<HTMLElement>('[data-testid=badge]')!;
    await userEvent.hover(badge);
    await expect.poll(() => document.querySelector('[role=tooltip]'), { timeout: 3000 }).not.toBeNull();
    const content = document.querySelector('.elb-tooltip')!;
    const from = badge.getBoundingClientRect();
    const to = content.getBoundingClientRect();
    // Every point on the way from the badge's edge to the tooltip's (above it or, without room, below) is
    // the badge or the tooltip.
    const above = to.bottom <= from.top;
    expect(above || to.top >= from.bottom).toBe(true);
    const x = from.left + Math.min(from.width, to.width) / 2;
    const [start, end] = above ? [to.bottom - 2, from.top + 1] : [from.bottom - 1, to.top + 2];
    for (let y = start; y <= end; y += 1) {
      const hit = document.elementFromPoint(x, y);
      expect(hit === badge || badge.contains(hit) || content.contains(hit)).toBe(true);
    }
    // The strip is on the badge's side only: just beyond the tooltip's other edges, the page is itself.
    const outside = above ? to.top - 4 : to.bottom + 4;
    expect(content.contains(document.elementFromPoint(x, outside))).toBe(false);
    expect(content.contains(document.elementFromPoint(to.left - 4, to.top + to.height / 2))).toBe(false);
    expect(content.contains(document.elementFromPoint(to.right + 4, to.top + to.height / 2))).toBe(false);
    await userEvent.hover(content);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(badge).toHaveAttribute('data-state', 'delayed-open');
    expect(document.querySelector('[role=tooltip]')).not.toBeNull();
    await userEvent.hover(document.body, { position: { x: 5, y: 5 } });
    await expect.poll(() => badge.getAttribute('data-state')).toBe('closed');
  });

  it('stays open on the focused badge when moving focus scrolls its list', async () => {
    await render(
      // Away from where the mouse was left, so that no badge is hovered.
      <div style={{ blockSize: 120, overflow: 'auto', marginBlockStart: 300 }}>
        <StatusBadgeGroup aria-label="Statuses">
          {Array.from({ length: 40 }, (_, row) => (
            <div key={row} style={{ blockSize: 24 }}>
              <StatusBadge status={200 + (row % 5)} data-row={row} />
            </div>
          ))}
        </StatusBadgeGroup>
      </div>,
    );
    await userEvent.keyboard('{Tab}');
    for (let i = 0; i < 8; i++) await userEvent.keyboard('{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('data-row')).toBe('8');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(focused).toHaveAttribute('data-state', 'instant-open');
    expect(document.querySelector('[role=tooltip]')).not.toBeNull();
    // Escape still closes it.
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => focused.getAttribute('data-state')).toBe('closed');
  });
});
