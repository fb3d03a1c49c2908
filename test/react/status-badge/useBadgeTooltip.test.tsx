import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ResourceStatusBadge, StatusBadge } from 'elb-status-ui';

// The tooltip state both badges share (src/react/status-badge/useBadgeTooltip.ts), tried on each.
const badges = [
  ['StatusBadge', (on: boolean) => <StatusBadge status={404} tooltip={on} />, '404 Not Found'],
  ['ResourceStatusBadge', (on: boolean) => <ResourceStatusBadge operating="OFFLINE" resource="member" tooltip={on} />, 'Offline'],
] as const;

/** Dispatches in one task, outside act(): as a busy page delivers events before React has rendered. */
async function outsideAct(dispatch: () => void) {
  const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  g.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    dispatch();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    g.IS_REACT_ACT_ENVIRONMENT = true;
  }
}

describe('useBadgeTooltip', () => {
  it.each(badges)('%s: a mouse that enters and leaves before React renders leaves it closed', async (_name, badge, text) => {
    render(<div data-outside="">{badge(true)}</div>);
    const el = screen.getByText(text);
    const outside = el.parentElement!;
    await outsideAct(() => {
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      el.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType: 'mouse', relatedTarget: outside }));
    });
    expect(el).toHaveAttribute('data-state', 'closed');
    expect(el).not.toHaveAttribute('aria-describedby');
    // The same crossing, rendered in between, opens it and closes it again.
    fireEvent.pointerEnter(el, { pointerType: 'mouse' });
    expect(el).toHaveAttribute('data-state', 'delayed-open');
    fireEvent.pointerLeave(el, { pointerType: 'mouse' });
    expect(el).toHaveAttribute('data-state', 'closed');
  });

  it.each(badges)('%s: a tooltip switched off while open does not come back open when switched on', (_name, badge, text) => {
    let setOn: (on: boolean) => void = () => undefined;
    function Row() {
      const [on, set] = useState(true);
      setOn = set;
      return (
        <>
          {badge(on)}
          <button type="button">next</button>
        </>
      );
    }
    render(<Row />);
    const el = screen.getByText(text);
    act(() => el.focus());
    expect(el).toHaveAttribute('data-state', 'instant-open');
    act(() => setOn(false));
    expect(el).not.toHaveAttribute('aria-describedby');
    act(() => screen.getByRole('button').focus());
    act(() => setOn(true));
    expect(el).toHaveAttribute('data-state', 'closed');
    expect(el).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('StatusBadge: a status whose tooltip goes away while focused closes it, and the next status with one starts closed', () => {
    const { rerender } = render(<StatusBadge status={409} />);
    const el = screen.getByText('409 Conflict');
    act(() => el.focus());
    expect(el).toHaveAttribute('data-state', 'instant-open');
    // No status at all: nothing to explain.
    rerender(<StatusBadge status={null} />);
    expect(el).not.toHaveAttribute('tabindex');
    act(() => el.blur());
    rerender(<StatusBadge status={409} />);
    expect(el).toHaveAttribute('data-state', 'closed');
    expect(el).not.toHaveAttribute('aria-describedby');
  });

  it.each(badges)("%s: without a tooltip it has no state of its own and keeps the consumer's data-state", (_name, badge, text) => {
    const { unmount } = render(badge(false));
    expect(screen.getByText(text)).not.toHaveAttribute('data-state');
    unmount();
    render(<div>{badge(false)}</div>);
    const el = screen.getByText(text);
    fireEvent.pointerEnter(el, { pointerType: 'mouse' });
    act(() => el.focus());
    expect(el).not.toHaveAttribute('data-state');
    expect(el).not.toHaveAttribute('aria-describedby');
  });
});
