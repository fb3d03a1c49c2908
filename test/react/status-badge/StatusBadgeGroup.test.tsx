import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { preloadStatusBadgeTooltip, ResourceStatusBadge, StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A console's table: 100 rows, one badge each, with something focusable before and after.
const STATUSES = [200, 201, 400, 404, 409, 500, 503];
const statusOf = (row: number) => STATUSES[row % STATUSES.length]!;

function Table({ rows = 100, grouped = true }: { rows?: number; grouped?: boolean }) {
  const table = (
    <table>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row}>
            <td>{`member-${row}`}</td>
            <td>
              <StatusBadge status={statusOf(row)} data-row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <button type="button">Before</button>
      {grouped ? <StatusBadgeGroup aria-label="Member statuses">{table}</StatusBadgeGroup> : table}
      <button type="button">After</button>
    </>
  );
}

const badgeOfRow = (row: number) => document.querySelector<HTMLElement>(`[data-row="${row}"]`)!;

/** Presses Tab from `Before` until `After` has focus; the number of presses. */
async function tabsToCross(user: ReturnType<typeof userEvent.setup>): Promise<number> {
  screen.getByRole('button', { name: 'Before' }).focus();
  let presses = 0;
  while (document.activeElement !== screen.getByRole('button', { name: 'After' }) && presses < 500) {
    await user.tab();
    presses += 1;
  }
  return presses;
}

describe('StatusBadgeGroup', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('crosses a 100-row table of badges in two Tab presses, where ungrouped badges take one press each', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Table grouped={false} />);
    expect(await tabsToCross(user)).toBe(101);
    unmount();
    render(<Table />);
    expect(await tabsToCross(user)).toBe(2);
  }, 60_000);

  it('enters at the first badge, opens its tooltip, and leaves both ways in one press', async () => {
    const user = userEvent.setup();
    render(<Table />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(badgeOfRow(0)).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Normal response to GET and PUT requests.');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('moves between badges with the arrow keys, Home and End, opening each tooltip, and stops at the ends', async () => {
    const user = userEvent.setup();
    render(<Table rows={10} />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(badgeOfRow(1)).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Normal response to POST requests.');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(badgeOfRow(3)).toHaveFocus();
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(badgeOfRow(1)).toHaveFocus();
    await user.keyboard('{End}');
    expect(badgeOfRow(9)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(badgeOfRow(9)).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(badgeOfRow(0)).toHaveFocus();
  });

  it('remembers the badge focused last when Tab or Shift+Tab comes back', async () => {
    const user = userEvent.setup();
    render(<Table rows={10} />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(badgeOfRow(4)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(badgeOfRow(4)).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab();
    expect(badgeOfRow(4)).toHaveFocus();
  });

  it('keeps every badge described for screen readers: the focused one names its tooltip in aria-describedby', async () => {
    const user = userEvent.setup();
    render(<Table rows={10} />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    for (const row of [0, 1, 2, 3]) {
      const badge = badgeOfRow(row);
      expect(badge).toHaveFocus();
      expect(badge).toHaveAccessibleDescription(/\S/);
      expect(document.getElementById(badge.getAttribute('aria-describedby')!)).toHaveTextContent(screen.getByRole('tooltip').textContent!);
      await user.keyboard('{ArrowDown}');
    }
    // Row 4 is 409: its description says what the lock is.
    expect(badgeOfRow(4)).toHaveAccessibleDescription(/being accessed by another request/);
  });

  it('closes a tooltip on Escape and keeps focus on the badge; the arrows still move on', async () => {
    const user = userEvent.setup();
    render(<Table rows={5} />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(badgeOfRow(0)).toHaveFocus();
    expect(badgeOfRow(0)).toHaveAttribute('data-state', 'closed');
    await user.keyboard('{ArrowDown}');
    expect(badgeOfRow(1)).toHaveAttribute('data-state', 'instant-open');
  });

  it('leaves other focusable elements in their place and badges without a tooltip out of the arrows', async () => {
    const user = userEvent.setup();
    render(
      <StatusBadgeGroup>
        <StatusBadge status={200} />
        <a href="#lb-1">lb-1</a>
        <StatusBadge status={599} tooltip={false} />
        <StatusBadge status={404} />
      </StatusBadgeGroup>,
    );
    await user.tab();
    expect(screen.getByText('200 OK')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('404 Not Found')).toHaveFocus();
    expect(screen.getByText('Unknown status 599')).not.toHaveAttribute('tabindex');
    // The link keeps its own Tab stop, in document order: Shift+Tab from the last badge reaches it.
    await user.tab({ shift: true });
    expect(screen.getByRole('link', { name: 'lb-1' })).toHaveFocus();
  });

  it('does not move focus to a badge when a click lands on the group itself', async () => {
    render(<Table rows={3} />);
    const group = screen.getByRole('group', { name: 'Member statuses' });
    fireEvent.pointerDown(group);
    act(() => group.focus());
    expect(group).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('enters at the first badge when the one focused last has gone, and takes new rows in order', async () => {
    const user = userEvent.setup();
    function Live({ rows }: { rows: number[] }) {
      return (
        <>
          <button type="button">Before</button>
          <StatusBadgeGroup>
            {rows.map((row) => (
              <div key={row}>
                <StatusBadge status={statusOf(row)} data-row={row} />
              </div>
            ))}
          </StatusBadgeGroup>
          <button type="button">After</button>
        </>
      );
    }
    const { rerender } = render(<Live rows={[0, 1, 2]} />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    await user.keyboard('{End}');
    expect(badgeOfRow(2)).toHaveFocus();
    await user.tab();
    rerender(<Live rows={[5, 0, 1]} />);
    await user.tab({ shift: true });
    expect(badgeOfRow(5)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(badgeOfRow(0)).toHaveFocus();
  });

  describe('when the focused badge is removed (a refresh, a filter)', () => {
    function Live({ rows }: { rows: number[] }) {
      const list = rows.map((row) => (
        <div key={row}>
          <StatusBadge status={statusOf(row)} data-row={row} />
        </div>
      ));
      return (
        <>
          <button type="button">Before</button>
          <StatusBadgeGroup aria-label="Statuses">{list}</StatusBadgeGroup>
          <button type="button">After</button>
        </>
      );
    }

    it('moves focus to the badge now in its place, and Tab still reaches the group', async () => {
      const user = userEvent.setup();
      const { rerender } = render(<Live rows={[0, 1, 2]} />);
      await user.tab();
      await user.tab();
      await user.keyboard('{ArrowDown}');
      expect(badgeOfRow(1)).toHaveFocus();
      rerender(<Live rows={[0, 2]} />);
      await act(async () => undefined);
      expect(badgeOfRow(2)).toHaveFocus();
      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
      screen.getByRole('button', { name: 'Before' }).focus();
      await user.tab();
      expect(badgeOfRow(2)).toHaveFocus();
    });

    it('is a Tab stop again when every badge went, and enters at the new rows', async () => {
      const user = userEvent.setup();
      const { rerender } = render(<Live rows={[0]} />);
      await user.tab();
      await user.tab();
      expect(badgeOfRow(0)).toHaveFocus();
      rerender(<Live rows={[]} />);
      await act(async () => undefined);
      expect(screen.getByRole('group', { name: 'Statuses' })).toHaveAttribute('tabindex', '0');
      rerender(<Live rows={[5]} />);
      screen.getByRole('button', { name: 'Before' }).focus();
      await user.tab();
      expect(badgeOfRow(5)).toHaveFocus();
    });

    it('removes nothing from a page whose focus is elsewhere', async () => {
      const user = userEvent.setup();
      const { rerender } = render(<Live rows={[0, 1, 2]} />);
      await user.tab();
      await user.tab();
      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
      rerender(<Live rows={[1, 2]} />);
      await act(async () => undefined);
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    });

    it('leaves focus alone when a row goes with its own button (focus was never on a badge), and stays reachable', async () => {
      const user = userEvent.setup();
      function Rows({ rows }: { rows: number[] }) {
        return (
          <StatusBadgeGroup aria-label="Statuses">
            {rows.map((row) => (
              <div key={row}>
                <StatusBadge status={statusOf(row)} data-row={row} /> <button type="button">{`Remove ${row}`}</button>
              </div>
            ))}
          </StatusBadgeGroup>
        );
      }
      const focus = vi.spyOn(HTMLElement.prototype, 'focus');
      const { rerender } = render(<Rows rows={[0, 1, 2]} />);
      await user.click(screen.getByRole('button', { name: 'Remove 2' }));
      focus.mockClear();
      rerender(<Rows rows={[0, 1]} />);
      await act(async () => undefined);
      expect(focus).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(document.body);
      // The first badge still holds the group's one Tab stop.
      expect(badgeOfRow(0)).toHaveAttribute('tabindex', '0');
      expect(badgeOfRow(1)).toHaveAttribute('tabindex', '-1');
      focus.mockRestore();
    });

    it('does not scroll the page to the badge that takes the removed one\'s place', async () => {
      const user = userEvent.setup();
      const { rerender } = render(<Live rows={[0, 1, 2]} />);
      await user.tab();
      await user.tab();
      await user.keyboard('{ArrowDown}');
      const focus = vi.spyOn(HTMLElement.prototype, 'focus');
      rerender(<Live rows={[0, 2]} />);
      await act(async () => undefined);
      expect(badgeOfRow(2)).toHaveFocus();
      expect(focus).toHaveBeenCalledWith({ preventScroll: true });
      focus.mockRestore();
    });

    it('works when the rows change inside a component of their own (the group does not render)', async () => {
      const user = userEvent.setup();
      // The rows come from a store the group knows nothing of.
      let rows = [0, 1, 2];
      const listeners = new Set<() => void>();
      const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));
      const remove = () => {
        rows = rows.filter((x) => x !== 1);
        listeners.forEach((listener) => listener());
      };
      function Rows() {
        const shown = useSyncExternalStore(subscribe, () => rows);
        return shown.map((row) => <StatusBadge key={row} status={statusOf(row)} data-row={row} />);
      }
      render(
        <StatusBadgeGroup aria-label="Statuses">
          <Rows />
        </StatusBadgeGroup>,
      );
      await user.tab();
      await user.keyboard('{ArrowDown}');
      expect(badgeOfRow(1)).toHaveFocus();
      await act(async () => remove());
      expect(badgeOfRow(2)).toHaveFocus();
    });
  });

  it("calls the consumer's handlers first and lets preventDefault keep the arrows from moving", async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn((event: React.KeyboardEvent) => event.key === 'ArrowDown' && event.preventDefault());
    render(
      <StatusBadgeGroup onKeyDown={onKeyDown}>
        <StatusBadge status={200} />
        <StatusBadge status={404} />
      </StatusBadgeGroup>,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('200 OK')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('404 Not Found')).toHaveFocus();
    expect(onKeyDown).toHaveBeenCalledTimes(2);
  });
});

describe('StatusBadge state', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('names its state as Radix does: closed, instant-open on focus, delayed-open while a mouse points at it', async () => {
    vi.useFakeTimers();
    try {
      render(<StatusBadge status={503} />);
      const badge = screen.getByText('503 Service Unavailable');
      expect(badge).toHaveAttribute('data-state', 'closed');
      fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
      expect(badge).toHaveAttribute('data-state', 'delayed-open');
      expect(screen.queryByRole('tooltip')).toBeNull();
      await act(async () => vi.advanceTimersByTime(300));
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      // Focus while pointed at: the tooltip stays, and a pointer leaving no longer closes it.
      act(() => badge.focus());
      expect(badge).toHaveAttribute('data-state', 'instant-open');
      fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
      act(() => badge.blur());
      expect(badge).toHaveAttribute('data-state', 'closed');
      // Touch has no hover.
      fireEvent.pointerEnter(badge, { pointerType: 'touch' });
      expect(badge).toHaveAttribute('data-state', 'closed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives focus during the hover delay the tooltip without waiting for the rest of the delay', async () => {
    vi.useFakeTimers();
    try {
      render(<StatusBadge status={404} />);
      const badge = screen.getByText('404 Not Found');
      fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
      act(() => badge.focus());
      await act(async () => vi.advanceTimersByTime(0));
      expect(screen.getByRole('tooltip')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives unmounting while a hover delay runs, and a delay past any timer range', async () => {
    vi.useFakeTimers();
    try {
      const { unmount } = render(<StatusBadge status={404} />);
      fireEvent.pointerEnter(screen.getByText('404 Not Found'), { pointerType: 'mouse' });
      unmount();
      await act(async () => vi.advanceTimersByTime(1000));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a thousand badges a thousand distinct tooltip ids', async () => {
    const user = userEvent.setup();
    render(
      <StatusBadgeGroup>
        {Array.from({ length: 1000 }, (_, i) => (
          <StatusBadge key={i} status={200} data-row={i} />
        ))}
      </StatusBadgeGroup>,
    );
    const ids = new Set<string>();
    await user.tab();
    for (let i = 0; i < 5; i++) {
      ids.add(document.activeElement!.getAttribute('aria-describedby')!);
      await user.keyboard('{ArrowDown}');
    }
    await user.keyboard('{End}');
    ids.add(badgeOfRow(999).getAttribute('aria-describedby')!);
    expect(ids.size).toBe(6);
  }, 30_000);
});

describe('StatusBadgeGroup with resource status badges', () => {
  function Members({ grouped }: { grouped: boolean }) {
    const rows = Array.from({ length: 100 }, (_, row) => (
      <p key={row}>
        <ResourceStatusBadge resource="member" operating={row % 3 ? 'ONLINE' : 'OFFLINE'} data-row={row} />
      </p>
    ));
    return (
      <>
        <button type="button">Before</button>
        {grouped ? <StatusBadgeGroup aria-label="Members">{rows}</StatusBadgeGroup> : rows}
        <button type="button">After</button>
      </>
    );
  }

  it('makes 100 resource badges one Tab stop, and the arrow keys reach each one with its description', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Members grouped={false} />);
    expect(await tabsToCross(user)).toBe(101);
    unmount();
    render(<Members grouped />);
    expect(await tabsToCross(user)).toBe(2);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(badgeOfRow(0));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(badgeOfRow(1));
    expect(badgeOfRow(1).getAttribute('aria-describedby')).toBeTruthy();
  }, 60_000);
  it('badges added above the focused one, then it is removed: the badge in its place takes focus', async () => {
    const user = userEvent.setup();
    const Rows = ({ rows }: { rows: number[] }) => (
      <StatusBadgeGroup aria-label="Statuses">
        {rows.map((r) => (
          <div key={r}>
            <StatusBadge status={200 + r} data-row={r} />
          </div>
        ))}
      </StatusBadgeGroup>
    );
    const { rerender } = render(<Rows rows={[0, 1, 2, 3, 4, 5]} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    const focusedRow = () => document.activeElement?.getAttribute('data-row');
    expect(focusedRow()).toBe('4');
    // The group hands focus on from a mutation observer (a microtask): act lets it run.
    await act(async () => rerender(<Rows rows={[10, 11, 12, 0, 1, 2, 3, 4, 5]} />));
    expect(focusedRow()).toBe('4');
    await act(async () => rerender(<Rows rows={[10, 11, 12, 0, 1, 2, 3, 5]} />));
    expect(focusedRow()).toBe('5');
  });
});
