import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ElbUiProvider, ELB_RESOURCE_STATUSES, en as enUi, enResource, enResourceBase, preloadResourceStatusTooltip, ResourceStatusBadge } from 'elb-status-ui';

const en = { ...enUi, ...enResourceBase, ...enResource };
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

describe('ResourceStatusBadge', () => {
  beforeAll(() => preloadResourceStatusTooltip());

  it.each(ELB_RESOURCE_STATUSES.map((s) => [s.field, s.value, s.severity, s.transitional] as const))(
    '%s %s shows its label with its severity',
    (field, value, severity, transitional) => {
      render(<ResourceStatusBadge {...{ [field]: value }} />);
      const badge = screen.getByText(en[`rs.label.${field}.${value}` as keyof typeof en]);
      expect(badge).toHaveAttribute('data-severity', severity);
      expect(badge).toHaveClass('elb-badge', 'elb-rbadge');
      if (transitional) expect(badge).toHaveAttribute('data-transitional', 'true');
      else expect(badge).not.toHaveAttribute('data-transitional');
      expect(badge).not.toHaveAttribute('data-documented');
    },
  );

  it('names both axes when provisioning has something to say, and the running operation leads', () => {
    render(<ResourceStatusBadge provisioning="PENDING_UPDATE" operating="ONLINE" resource="loadbalancer" />);
    const badge = screen.getByText('Online · updating');
    expect(badge).toHaveAttribute('data-severity', 'info');
    expect(badge).toHaveAttribute('data-transitional', 'true');
  });

  it('a provisioning ERROR leads over a healthy operating status', () => {
    render(<ResourceStatusBadge provisioning="error" operating="ONLINE" resource="l7policy" />);
    expect(screen.getByText('Online · provisioning failed')).toHaveAttribute('data-severity', 'error');
  });

  it('ACTIVE stays quiet: the operating status alone is shown and leads', () => {
    render(<ResourceStatusBadge provisioning="ACTIVE" operating="OFFLINE" resource="member" />);
    const badge = screen.getByText('Offline');
    expect(badge).toHaveAttribute('data-severity', 'error');
    expect(badge).not.toHaveAttribute('data-transitional');
  });

  it('a healthy operating status leads over an undocumented provisioning value, which is still named', () => {
    render(<ResourceStatusBadge provisioning="rebuilding" operating="ONLINE" />);
    expect(screen.getByText('Online · REBUILDING')).toHaveAttribute('data-severity', 'success');
  });

  it('shows an unknown value verbatim, neutral, undocumented', () => {
    render(<ResourceStatusBadge operating=" quarantined " />);
    const badge = screen.getByText('QUARANTINED');
    expect(badge).toHaveAttribute('data-documented', 'false');
    expect(badge).toHaveAttribute('data-severity', 'info');
  });

  it('renders nothing without a value, and never throws on hostile props', () => {
    const { container } = render(<ResourceStatusBadge provisioning={null} operating="  " />);
    expect(container).toBeEmptyDOMElement();
    // A number that is no number (NaN, Infinity) is no value either: not an empty, focusable pill.
    const { container: nan } = render(<ResourceStatusBadge operating={NaN as never} provisioning={Infinity as never} />);
    expect(nan).toBeEmptyDOMElement();
    const hostile = { toString: () => 'ONLINE' } as unknown as string;
    render(<ResourceStatusBadge operating={hostile} provisioning={'x'.repeat(100_000)} api={'nope' as never} resource={{} as never} />);
    expect(screen.getByText(/^X+…$/)).toHaveAttribute('data-documented', 'false');
  });

  it('adminStateUp and api decide OFFLINE: Octavia disabled, Octavia not reporting, ELB down', () => {
    render(
      <>
        <ResourceStatusBadge operating="OFFLINE" api="octavia-v2" adminStateUp={false} />
        <ResourceStatusBadge operating="OFFLINE" api="octavia-v2" adminStateUp />
        <ElbUiProvider api="octavia-v2">
          <ResourceStatusBadge operating="OFFLINE" resource="member" api="elb-v3" />
        </ElbUiProvider>
      </>,
    );
    expect(screen.getByText('Disabled')).toHaveAttribute('data-severity', 'info');
    expect(screen.getByText('Not reporting')).toHaveAttribute('data-severity', 'warning');
    expect(screen.getByText('Offline')).toHaveAttribute('data-severity', 'error');
  });

  it("takes the provider's api", () => {
    render(
      <ElbUiProvider api="octavia-v2">
        <ResourceStatusBadge operating="OFFLINE" />
      </ElbUiProvider>,
    );
    expect(screen.getByText('Offline')).toHaveAttribute('data-severity', 'info');
  });

  it('is translated (de, zh-CN)', () => {
    render(
      <>
        <ElbUiProvider locale="de" messages={de}>
          <ResourceStatusBadge provisioning="PENDING_UPDATE" operating="ONLINE" />
        </ElbUiProvider>
        <ElbUiProvider locale="zh-CN" messages={zhCN}>
          <ResourceStatusBadge operating="FROZEN" />
        </ElbUiProvider>
      </>,
    );
    expect(screen.getByText(`${de['rs.label.operating.ONLINE']} · ${de['rs.short.PENDING_UPDATE']}`)).toBeInTheDocument();
    expect(screen.getByText(zhCN['rs.label.operating.FROZEN'])).toHaveAttribute('data-severity', 'error');
  });

  it('the tooltip explains each axis for this API and the member reason, on focus', async () => {
    render(
      <ResourceStatusBadge
        provisioning="ACTIVE"
        operating="OFFLINE"
        resource="member"
        reason={{ reason_code: 'RESPONSE_MISMATCH', expected_response: '200-299', healthcheck_response: '503' }}
      />,
    );
    const badge = screen.getByText('Offline');
    expect(badge).toHaveAttribute('tabindex', '0');
    act(() => badge.focus());
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent(en['rs.desc.elb-v3.operating.OFFLINE']);
    expect(tip).toHaveTextContent(en['rs.desc.elb-v3.provisioning.ACTIVE']);
    expect(tip).toHaveTextContent(`${en['rs.reason.RESPONSE_MISMATCH']} Expected 200-299, received 503.`);
    expect(badge).toHaveAccessibleDescription(expect.stringContaining(en['rs.reason.RESPONSE_MISMATCH']));
    fireEvent.keyDown(badge, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('the tooltip is in the provider language and says so for unknown values', async () => {
    const user = userEvent.setup();
    render(
      <ElbUiProvider locale="de" messages={de}>
        <ResourceStatusBadge operating="OFFLINE" api="octavia-v2" reason="CONNECT_TIMEOUT" />
        <ResourceStatusBadge provisioning="MYSTERY" />
      </ElbUiProvider>,
    );
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(de['rs.desc.octavia-v2.operating.OFFLINE']);
    expect(screen.getByRole('tooltip')).toHaveTextContent(de['rs.reason.CONNECT_TIMEOUT']);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(de['rs.undocumented']);
  });

  it('under an English provider (whose texts do not include the vocabulary) the pill and tooltip are still English', async () => {
    render(
      <ElbUiProvider locale="en">
        <ResourceStatusBadge provisioning="PENDING_DELETE" resource="loadbalancer" />
      </ElbUiProvider>,
    );
    const badge = screen.getByText('Deleting');
    act(() => badge.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(en['rs.desc.elb-v3.provisioning.PENDING_DELETE']);
  });

  it('keeps its tooltip through re-renders with fresh objects, the same event twice and a changing status', async () => {
    const { rerender } = render(<ResourceStatusBadge operating="OFFLINE" resource="member" reason={{ reason_code: 'CONNECT_TIMEOUT' }} />);
    const badge = screen.getByText('Offline');
    act(() => badge.focus());
    fireEvent.focus(badge);
    const tip = await screen.findByRole('tooltip');
    const id = tip.id;
    rerender(<ResourceStatusBadge operating="OFFLINE" resource="member" reason={{ reason_code: 'CONNECT_REFUSED' }} />);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(en['rs.reason.CONNECT_REFUSED']);
    expect(screen.getByRole('tooltip').id).toBe(id);
    rerender(<ResourceStatusBadge operating="ONLINE" resource="member" />);
    expect(screen.getByText('Online')).toHaveFocus();
    expect(screen.getByRole('tooltip')).not.toHaveTextContent(en['rs.reason.CONNECT_REFUSED']);
  });

  it('tooltip={false} leaves the badge out of the tab order; a caller can also pass tabIndex', () => {
    render(
      <>
        <ResourceStatusBadge operating="ONLINE" tooltip={false} />
        <ResourceStatusBadge operating="OFFLINE" tabIndex={-1} />
      </>,
    );
    expect(screen.getByText('Online')).not.toHaveAttribute('tabindex');
    expect(screen.getByText('Offline')).toHaveAttribute('tabindex', '-1');
  });

  describe('tooltip state, as StatusBadge has it', () => {
    it('names its state as Radix does: instant-open on focus, delayed-open on a mouse, closed after', async () => {
      render(<ResourceStatusBadge operating="OFFLINE" resource="member" />);
      const badge = screen.getByText('Offline');
      expect(badge).toHaveAttribute('data-state', 'closed');
      fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
      expect(badge).toHaveAttribute('data-state', 'delayed-open');
      fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
      expect(badge).toHaveAttribute('data-state', 'closed');
      // A touch has no hover: it focuses instead.
      fireEvent.pointerEnter(badge, { pointerType: 'touch' });
      expect(badge).toHaveAttribute('data-state', 'closed');
      act(() => badge.focus());
      expect(badge).toHaveAttribute('data-state', 'instant-open');
      // The mouse leaving does not close a keyboard user's tooltip.
      fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
      expect(badge).toHaveAttribute('data-state', 'instant-open');
      expect(await screen.findByRole('tooltip')).toBeInTheDocument();
      act(() => badge.blur());
      expect(badge).toHaveAttribute('data-state', 'closed');
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it("calls the consumer's handlers first and lets one cancel the tooltip", () => {
      const onFocus = vi.fn((e: React.FocusEvent) => e.preventDefault());
      const onPointerEnter = vi.fn();
      render(<ResourceStatusBadge operating="ONLINE" id="m-1" aria-describedby="row-hint" onFocus={onFocus} onPointerEnter={onPointerEnter} />);
      const badge = screen.getByText('Online');
      expect(badge).toHaveAttribute('id', 'm-1');
      act(() => badge.focus());
      expect(onFocus).toHaveBeenCalledTimes(1);
      expect(badge).toHaveAttribute('data-state', 'closed');
      expect(badge).toHaveAttribute('aria-describedby', 'row-hint');
      fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
      expect(onPointerEnter).toHaveBeenCalledTimes(1);
      expect(badge).toHaveAttribute('data-state', 'delayed-open');
      // Its own description comes after the consumer's.
      expect(badge.getAttribute('aria-describedby')).toMatch(/^row-hint \S+$/);
    });

    it('keeps Escape from a surrounding dialog only while its tooltip is open', () => {
      const onParentKeyDown = vi.fn();
      render(
        <div role="dialog" onKeyDown={(e) => e.key === 'Escape' && onParentKeyDown()}>
          <ResourceStatusBadge provisioning="PENDING_UPDATE" />
        </div>,
      );
      const badge = screen.getByText(en['rs.label.provisioning.PENDING_UPDATE']);
      act(() => badge.focus());
      fireEvent.keyDown(badge, { key: 'Escape' });
      expect(badge).toHaveAttribute('data-state', 'closed');
      expect(onParentKeyDown).not.toHaveBeenCalled();
      fireEvent.keyDown(badge, { key: 'Escape' });
      expect(onParentKeyDown).toHaveBeenCalledTimes(1);
    });

    it('gives every open badge its own tooltip id, and no Tab stop or state handlers with tooltip={false}', () => {
      render(
        <>
          <ResourceStatusBadge operating="ONLINE" />
          <ResourceStatusBadge operating="OFFLINE" />
          <ResourceStatusBadge operating="DEGRADED" tooltip={false} />
        </>,
      );
      const [a, b] = [screen.getByText('Online'), screen.getByText('Offline')];
      fireEvent.pointerEnter(a, { pointerType: 'mouse' });
      fireEvent.pointerEnter(b, { pointerType: 'mouse' });
      const ids = [a.getAttribute('aria-describedby'), b.getAttribute('aria-describedby')];
      expect(ids[0]).toBeTruthy();
      expect(ids[1]).toBeTruthy();
      expect(ids[0]).not.toBe(ids[1]);
      const quiet = screen.getByText(en['rs.label.operating.DEGRADED']);
      expect(quiet).not.toHaveAttribute('tabindex');
      fireEvent.pointerEnter(quiet, { pointerType: 'mouse' });
      expect(quiet).not.toHaveAttribute('data-state');
      expect(quiet).not.toHaveAttribute('aria-describedby');
    });

    it("keeps the consumer's data-state when it has no tooltip (a trigger of the consumer's own)", () => {
      render(<ResourceStatusBadge operating="OFFLINE" resource="member" tooltip={false} {...{ 'data-state': 'open' }} />);
      expect(screen.getByText('Offline')).toHaveAttribute('data-state', 'open');
    });
  });
});
