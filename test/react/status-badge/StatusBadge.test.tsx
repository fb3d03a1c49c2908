import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ELB_STATUS_CODES, ElbUiProvider, preloadStatusBadgeTooltip, StatusBadge, toElbError } from 'elb-status-ui';
import { de } from 'elb-status-ui/locales/de';
import { takeConsoleMessages } from '../../setup.js';

describe('StatusBadge', () => {
  // Badges load their tooltip code on first use (StatusBadge.lazy.test.tsx); here it is loaded
  // up front so the tests below can check the tooltip synchronously.
  beforeAll(() => preloadStatusBadgeTooltip());

  it.each(ELB_STATUS_CODES.map((s) => [s.status, s.reason, s.severity] as const))('%i shows code and reason as text with its severity', (status, reason, severity) => {
    render(<StatusBadge status={status} />);
    const badge = screen.getByText(`${status} ${reason}`);
    expect(badge).toHaveAttribute('data-severity', severity);
    expect(badge).not.toHaveAttribute('data-documented');
    expect(badge).toHaveClass('elb-badge');
  });

  it('shows undocumented statuses by phrase or as "Unknown status"', () => {
    render(
      <>
        <StatusBadge status={410} />
        <StatusBadge status={599} />
      </>,
    );
    expect(screen.getByText('410 Gone')).toHaveAttribute('data-documented', 'false');
    expect(screen.getByText('Unknown status 599')).toHaveAttribute('data-severity', 'error');
  });

  it('explains an undocumented status like any other: a Tab stop whose tooltip says the API reference does not list it', () => {
    render(
      <>
        <StatusBadge status={200} />
        <StatusBadge status={410} />
        <StatusBadge status={599} />
      </>,
    );
    const documented = screen.getByText('200 OK');
    for (const text of ['410 Gone', 'Unknown status 599']) {
      const badge = screen.getByText(text);
      // Focusable and in the same state as its documented neighbour: a column of badges is alike to a keyboard.
      expect(badge).toHaveAttribute('tabindex', documented.getAttribute('tabindex'));
      expect(badge).toHaveAttribute('data-state', 'closed');
      act(() => badge.focus());
      expect(screen.getByRole('tooltip')).toHaveTextContent('The ELB API reference does not list this status.');
      expect(badge).toHaveAccessibleDescription(/does not list this status/);
      act(() => badge.blur());
    }
  });

  it('says in the reader\'s language that a status is not in the API reference', () => {
    render(
      <ElbUiProvider locale="de" messages={de}>
        <StatusBadge status={599} />
      </ElbUiProvider>,
    );
    act(() => screen.getByText('Unbekannter Status 599').focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Die ELB-API-Referenz führt diesen Status nicht auf.');
  });

  it('reads a status that arrives as text from untyped data as its number, and other text or NaN as a plain error', () => {
    // A JSON activity log or a data attribute gives strings; the prop's type says number.
    const fromJson = JSON.parse('{"a": "503", "b": " 201 ", "c": "ONLINE", "d": ""}') as Record<string, number>;
    render(
      <>
        <StatusBadge status={fromJson.a} data-testid="a" />
        <StatusBadge status={fromJson.b} data-testid="b" />
        <StatusBadge status={fromJson.c} data-testid="c" />
        <StatusBadge status={fromJson.d} data-testid="d" />
        <StatusBadge status={Number.parseInt('n/a', 10)} data-testid="e" />
      </>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('503 Service Unavailable');
    expect(screen.getByTestId('a')).toHaveAttribute('data-severity', 'error');
    expect(screen.getByTestId('b')).toHaveTextContent('201 Created');
    expect(screen.getByTestId('b')).toHaveAttribute('data-severity', 'success');
    for (const id of ['c', 'd', 'e']) {
      expect(screen.getByTestId(id)).toHaveTextContent(/^Error$/);
      expect(screen.getByTestId(id)).toHaveAttribute('data-severity', 'error');
    }
  });

  it('translates the unknown-status text', () => {
    render(
      <ElbUiProvider locale="de" messages={de}>
        <StatusBadge status={599} />
      </ElbUiProvider>,
    );
    expect(screen.getByText('Unbekannter Status 599')).toBeInTheDocument();
  });

  it('warns once in development when a locale is asked for without its texts, and shows English', () => {
    render(
      <ElbUiProvider locale="zh-CN">
        <StatusBadge status={599} />
      </ElbUiProvider>,
    );
    expect(screen.getByText('Unknown status 599')).toBeInTheDocument();
    expect(takeConsoleMessages(/locale "zh-CN" shows English.*elb-status-ui\/locales\/zh-CN/)).toBe(1);
  });

  it('forwards refs and spreads remaining props, merging handlers', () => {
    const ref = createRef<HTMLSpanElement>();
    const onFocus = vi.fn();
    render(<StatusBadge ref={ref} status={200} className="mine" data-row="7" onFocus={onFocus} />);
    expect(ref.current).toBe(screen.getByText('200 OK'));
    expect(ref.current).toHaveClass('elb-badge', 'mine');
    expect(ref.current).toHaveAttribute('data-row', '7');
    act(() => ref.current!.focus());
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
  });

  it('mounts no tooltip machinery until pointed at or focused', () => {
    const { container } = render(
      <>
        {ELB_STATUS_CODES.map((s) => (
          <StatusBadge key={s.status} status={s.status} />
        ))}
      </>,
    );
    expect(container.querySelectorAll('.elb-badge__anchor')).toHaveLength(0);
    expect(document.querySelectorAll('[data-radix-popper-content-wrapper]')).toHaveLength(0);
  });

  it('shows the descriptions on keyboard focus and hides them on Escape and blur', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status={400} />);
    await user.tab();
    const badge = screen.getByText('400 Bad Request');
    expect(badge).toHaveFocus();
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Invalid request URI.');
    expect(tip).toHaveTextContent('Unreleased fields in the request body.');
    expect(badge).toHaveAttribute('aria-describedby');
    expect(document.getElementById(badge.getAttribute('aria-describedby')!)).toHaveTextContent('Too long request header.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(badge).toHaveFocus();
    expect(badge).not.toHaveAttribute('aria-describedby');
    await user.tab({ shift: true });
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('keeps Escape from reaching a surrounding dialog only while its tooltip is open', async () => {
    const user = userEvent.setup();
    const onParentKeyDown = vi.fn();
    render(
      <div role="dialog" onKeyDown={(e) => e.key === 'Escape' && onParentKeyDown()}>
        <StatusBadge status={404} />
      </div>,
    );
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(onParentKeyDown).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onParentKeyDown).toHaveBeenCalledTimes(1);
  });

  it('opens on mouse hover after the provider delay and closes on leave', async () => {
    vi.useFakeTimers();
    try {
      render(
        <ElbUiProvider tooltipDelay={200}>
          <StatusBadge status={503} />
        </ElbUiProvider>,
      );
      const badge = screen.getByText('503 Service Unavailable');
      fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
      expect(screen.queryByRole('tooltip')).toBeNull();
      await act(async () => vi.advanceTimersByTime(200));
      expect(screen.getByRole('tooltip')).toHaveTextContent('temporarily abnormal');
      fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
      expect(screen.queryByRole('tooltip')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the ELB code and server message of an ElbError', async () => {
    const user = userEvent.setup();
    const error = toElbError({ status: 409, body: { faultstring: 'Load Balancer 3 is immutable and cannot be updated.' } });
    render(<StatusBadge error={error} />);
    await user.tab();
    expect(screen.getByText('409 Conflict')).toHaveAttribute('data-severity', 'warning');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Load Balancer 3 is immutable and cannot be updated.');
  });

  it('names failures without a status by kind', () => {
    render(<StatusBadge error={toElbError(new TypeError('Failed to fetch'))} />);
    expect(screen.getByText('No connection to the service')).toHaveAttribute('data-severity', 'error');
  });

  it('names anything else given as error (a plain Error, {}, a hostile object) as a failure, never an empty badge', () => {
    const hostile = Object.defineProperty({ kind: 'http', severity: 'anything' }, 'status', {
      get() {
        throw new Error('getter');
      },
    });
    const values = [new Error('x'), {}, hostile, { kind: 'http', status: 503, severity: 'boom' }] as unknown as Parameters<typeof StatusBadge>[0]['error'][];
    render(
      <>
        {values.map((error, i) => (
          <StatusBadge key={i} error={error} data-i={i} />
        ))}
      </>,
    );
    for (let i = 0; i < 3; i++) {
      const badge = document.querySelector(`[data-i="${i}"]`)!;
      expect(badge.textContent).toBe('Something went wrong');
      expect(badge).toHaveAttribute('data-severity', 'error');
    }
    // A known kind and status: shown; a severity that is none of the four is derived again.
    expect(document.querySelector('[data-i="3"]')).toHaveTextContent('503 Service Unavailable');
    expect(document.querySelector('[data-i="3"]')).toHaveAttribute('data-severity', 'error');
  });

  it('becomes the containing block of the tooltip anchor only while armed, keeping the consumer style', async () => {
    const user = userEvent.setup();
    render(
      <>
        <StatusBadge status={404} style={{ color: 'rebeccapurple' }} />
        <StatusBadge status={500} style={{ position: 'absolute' }} />
      </>,
    );
    const badge = screen.getByText('404 Not Found');
    expect(badge.style.position).toBe('');
    await user.tab();
    expect(badge).toHaveFocus();
    expect(badge.style.position).toBe('relative');
    expect(badge.style.color).toBe('rebeccapurple');
    expect(badge.textContent).toContain('404 Not Found');
    await user.tab();
    expect(badge.style.position).toBe('');
    expect(badge.style.color).toBe('rebeccapurple');
    const positioned = screen.getByText(/^500 /);
    expect(positioned).toHaveFocus();
    expect(positioned.style.position).toBe('absolute');
  });

  it('keeps the same text across renders and locales (cached per translator)', () => {
    const { rerender } = render(<StatusBadge status={599} />);
    expect(screen.getByText('Unknown status 599')).toBeInTheDocument();
    rerender(
      <ElbUiProvider locale="de" messages={de}>
        <StatusBadge status={599} />
      </ElbUiProvider>,
    );
    expect(screen.getByText('Unbekannter Status 599')).toBeInTheDocument();
    rerender(<StatusBadge status={599} />);
    expect(screen.getByText('Unknown status 599')).toBeInTheDocument();
  });

  it("adds its tooltip to the consumer's aria-describedby while armed, and gives it back after", async () => {
    const user = userEvent.setup();
    render(
      <>
        <span id="row-hint">Row 3</span>
        <StatusBadge status={409} aria-describedby="row-hint" />
      </>,
    );
    const badge = screen.getByText('409 Conflict');
    await user.tab();
    const ids = badge.getAttribute('aria-describedby')!.split(' ');
    expect(ids[0]).toBe('row-hint');
    expect(document.getElementById(ids[1]!)).toHaveTextContent('The resource being accessed by another request.');
    await user.tab();
    expect(badge).toHaveAttribute('aria-describedby', 'row-hint');
  });

  it('shows an element label next to its tooltip without React warnings', async () => {
    const user = userEvent.setup();
    render(<StatusBadge status={503} label={<strong>Backend down</strong>} />);
    await user.tab();
    expect(screen.getByText('Backend down').closest('.elb-badge')).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('temporarily abnormal');
  });

  it("passes the consumer's other props to the span, keeps its own severity, and lets a handler cancel the tooltip", async () => {
    const user = userEvent.setup();
    const onFocus = vi.fn((e: React.FocusEvent) => e.preventDefault());
    const onPointerLeave = vi.fn();
    render(<StatusBadge status={503} id="lb-7" title="Backend" data-testid="b" data-severity="success" onFocus={onFocus} onPointerLeave={onPointerLeave} />);
    const badge = screen.getByTestId('b');
    expect(badge).toHaveAttribute('id', 'lb-7');
    expect(badge).toHaveAttribute('title', 'Backend');
    expect(badge).toHaveAttribute('data-severity', 'error');
    await user.tab();
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(badge).toHaveFocus();
    expect(badge).not.toHaveAttribute('aria-describedby');
    fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
    expect(onPointerLeave).toHaveBeenCalledTimes(1);
  });

  it('is not focusable when there is nothing to show', () => {
    render(<StatusBadge status={599} tooltip={false} />);
    expect(screen.getByText('Unknown status 599')).not.toHaveAttribute('tabindex');
  });
});
