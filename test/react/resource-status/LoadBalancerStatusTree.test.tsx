import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ElbUiProvider, enResource, LoadBalancerStatusTree } from 'elb-status-ui';

const en = enResource;
import { de } from 'elb-status-ui/locales/de';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

const member = (i: number, operating = 'ONLINE') => ({
  id: `m-${i}`, address: `10.0.${Math.floor(i / 250)}.${i % 250}`, protocol_port: 8080, provisioning_status: 'ACTIVE', operating_status: operating,
});

function v3(members: ReturnType<typeof member>[], state = 'DEGRADED') {
  return {
    statuses: {
      loadbalancer: {
        id: 'lb-1', name: 'web', provisioning_status: 'ACTIVE', operating_status: state,
        listeners: [
          {
            id: 'ls-1', name: 'https', provisioning_status: 'ACTIVE', operating_status: state,
            pools: [{ id: 'p-1', name: 'app', provisioning_status: 'ACTIVE', operating_status: state, healthmonitor: { id: 'hm-1', name: '', type: 'HTTP', provisioning_status: 'ACTIVE' }, members }],
            l7policies: [{ id: 'pol-1', name: 'api', action: 'REDIRECT_TO_POOL', provisioning_status: 'ACTIVE', rules: [{ id: 'r-1', type: 'PATH', provisioning_status: 'ACTIVE' }] }],
          },
          { id: 'ls-2', name: 'http', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', pools: [{ id: 'p-2', name: 'static', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', healthmonitor: {}, members: [member(900)] }] },
        ],
      },
    },
  };
}

const twelve = Array.from({ length: 12 }, (_, i) => member(i, i < 2 ? 'OFFLINE' : 'ONLINE'));
const item = (name: RegExp | string) => screen.getByRole('treeitem', { name });

describe('LoadBalancerStatusTree', () => {
  it('renders the WAI-ARIA tree: levels, expanded problem branches, one Tab stop', () => {
    render(<LoadBalancerStatusTree statuses={v3(twelve)} />);
    const tree = screen.getByRole('tree', { name: 'Status of load balancer web' });
    const lb = item(/^Load balancer web/);
    expect(lb).toHaveAttribute('aria-level', '1');
    expect(lb).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^Listener https/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^Backend server group app/)).toHaveAttribute('aria-level', '3');
    // The healthy listener starts collapsed; its members are not rendered at all.
    expect(item(/^Listener http /)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /10\.0\.3\.150/ })).not.toBeInTheDocument();
    const tabStops = within(tree).getAllByRole('treeitem').filter((el) => el.tabIndex === 0);
    expect(tabStops).toEqual([lb]);
    // Members have no name: address and port stand in; failing ones first.
    const members = screen.getAllByRole('treeitem', { name: /^Backend server 10/ });
    expect(members[0]).toHaveAttribute('aria-level', '4');
    expect(members[0]).toHaveAccessibleName('Backend server 10.0.0.0:8080 Offline');
    expect(members[1]).toHaveAccessibleName('Backend server 10.0.0.1:8080 Offline');
    // Badges in the tree are no Tab stops.
    expect(tree.querySelectorAll('.elb-rbadge[tabindex]')).toHaveLength(0);
  });

  it('a collapsed node says what is wrong below it', async () => {
    const user = userEvent.setup();
    render(<LoadBalancerStatusTree statuses={v3(twelve)} />);
    await user.click(within(item(/^Listener https/)).getByText('https'));
    expect(item(/^Listener https/)).toHaveAttribute('aria-expanded', 'false');
    expect(item(/^Listener https/)).toHaveAccessibleName(/2 of 12 members offline/);
  });

  it('keyboard: arrows, Home/End, Right/Left expand and collapse, Enter toggles, roving tabindex', async () => {
    const user = userEvent.setup();
    render(<LoadBalancerStatusTree statuses={v3(twelve)} />);
    await user.tab();
    const lb = item(/^Load balancer web/);
    expect(lb).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const https = item(/^Listener https/);
    expect(https).toHaveFocus();
    expect(https).toHaveAttribute('tabindex', '0');
    expect(lb).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowLeft}');
    expect(https).toHaveAttribute('aria-expanded', 'false');
    expect(https).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(lb).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(https).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(item(/^Backend server group app/)).toHaveFocus();
    await user.keyboard('{End}');
    const http = item(/^Listener http /);
    expect(http).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(http).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Home}');
    expect(lb).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(lb).toHaveFocus();
    // The focused item describes its statuses.
    expect(lb).toHaveAccessibleDescription(expect.stringContaining(en['rs.desc.elb-v3.operating.DEGRADED']));
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('1,000 members: shows a page of them and a "Show more" item that keyboard users can activate', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 1000 }, (_, i) => member(i, i % 100 === 0 ? 'OFFLINE' : 'ONLINE'));
    render(<LoadBalancerStatusTree statuses={v3(many)} pageSize={50} />);
    const level4 = () => screen.getAllByRole('treeitem').filter((el) => el.getAttribute('aria-level') === '4');
    // The monitor and 49 members, then the "Show more" item.
    expect(level4()).toHaveLength(50 + 1);
    const more = screen.getByRole('treeitem', { name: 'Show 50 more' });
    expect(more).toHaveAttribute('aria-setsize', '51');
    expect(more).toHaveAttribute('aria-posinset', '51');
    act(() => more.focus());
    await user.keyboard('{Enter}');
    expect(level4()).toHaveLength(100 + 1);
    expect(document.activeElement).toHaveAccessibleName(/^Backend server/);
    expect(item(/^Listener https/)).toHaveAttribute('aria-expanded', 'true');
  }, 30_000); // jsdom's role queries are slow on a shared machine: a generous bound, not a timing check

  it('keeps the person’s choices when the statuses change live', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LoadBalancerStatusTree statuses={v3(twelve)} />);
    await user.click(within(item(/^Listener http /)).getByText('http'));
    expect(item(/^Listener http /)).toHaveAttribute('aria-expanded', 'true');
    rerender(<LoadBalancerStatusTree statuses={v3(twelve.map((m) => ({ ...m, operating_status: 'ONLINE' })), 'ONLINE')} />);
    expect(item(/^Listener http /)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^Listener https/)).toHaveAttribute('aria-expanded', 'false');
  });

  it("reads Octavia's shape and vocabulary (OFFLINE there is not a failure)", () => {
    render(
      <LoadBalancerStatusTree
        statuses={{ statuses: { loadbalancer: { id: 'lb', name: 'os', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE', listeners: [{ id: 'l', name: 'web', provisioning_status: 'PENDING_UPDATE', operating_status: 'ONLINE', pools: [{ id: 'p', name: 'pool', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', health_monitor: { id: 'h', name: 'hm', type: 'TCP', provisioning_status: 'ACTIVE', operating_status: 'ONLINE' }, members: [{ id: 'm', name: 'new', address: '10.1.1.1', protocol_port: 80, provisioning_status: 'PENDING_CREATE', operating_status: 'OFFLINE' }] }] }] } } }}
      />,
    );
    expect(within(item(/^Load balancer os/)).getAllByText('Online · updating')[0]).toHaveAttribute('data-severity', 'info');
    // No problem below: the listener starts collapsed and says a change is running.
    expect(item(/^Listener web/)).toHaveAttribute('aria-expanded', 'false');
    expect(item(/^Listener web/)).toHaveAccessibleName(/changes in progress below: 1$/);
  });

  it('is translated', () => {
    render(
      <>
        <ElbUiProvider locale="de" messages={de}>
          <LoadBalancerStatusTree statuses={v3(twelve)} />
        </ElbUiProvider>
        <ElbUiProvider locale="zh-CN" messages={zhCN}>
          <LoadBalancerStatusTree statuses={v3(twelve)} />
        </ElbUiProvider>
      </>,
    );
    expect(screen.getByRole('tree', { name: 'Status des Load Balancers web' })).toBeInTheDocument();
    expect(screen.getByRole('tree', { name: '负载均衡器 web 的状态' })).toBeInTheDocument();
    expect(screen.getAllByRole('treeitem', { name: /^Listener http / })[0]).toHaveAccessibleName(expect.stringContaining(de['rs.label.operating.ONLINE']));
  });

  it('says so when there is nothing to show, and survives garbage', () => {
    const { rerender } = render(<LoadBalancerStatusTree statuses={null} />);
    expect(screen.getByText(en['rs.tree.empty'])).toBeInTheDocument();
    rerender(<LoadBalancerStatusTree statuses={{ statuses: { loadbalancer: { listeners: [null, { pools: 'x' }], pools: [{ members: [{}] }] } } }} pageSize={NaN} />);
    expect(screen.getByRole('tree')).toBeInTheDocument();
  });
});
