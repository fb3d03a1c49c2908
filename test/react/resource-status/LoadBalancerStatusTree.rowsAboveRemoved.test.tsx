import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadBalancerStatusTree } from 'elb-status-ui';

// The focused row and a row above it go in the same refresh: focus goes to the row that followed the
// focused one, not to the row at its old index (one too far, since a row above went too).
const member = (i: number, operating = 'ONLINE') => ({ id: `m-${i}`, address: `10.0.0.${i}`, protocol_port: 80, provisioning_status: 'ACTIVE', operating_status: operating });
const body = (members: ReturnType<typeof member>[]) => ({
  statuses: {
    loadbalancer: {
      id: 'lb', name: 'web', provisioning_status: 'ACTIVE', operating_status: 'ONLINE',
      listeners: [{ id: 'ls-a', name: 'a', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED',
        pools: [{ id: 'p-a', name: 'pool-a', provisioning_status: 'ACTIVE', operating_status: 'DEGRADED', members }] }],
    },
  },
});
const row = (name: RegExp) => screen.getByRole('treeitem', { name });

it('focuses the row that followed the removed focused row when a row above goes in the same refresh', async () => {
  const user = userEvent.setup();
  const members = [member(1, 'OFFLINE'), member(2), member(3), member(4), member(5), member(6)];
  const { rerender } = render(<LoadBalancerStatusTree statuses={body(members)} />);
  await user.tab();
  await user.keyboard('{End}{ArrowUp}{ArrowUp}');
  expect(row(/10\.0\.0\.4/)).toHaveFocus();
  rerender(<LoadBalancerStatusTree statuses={body(members.filter((m) => m.id !== 'm-2' && m.id !== 'm-4'))} />);
  expect(row(/10\.0\.0\.5/)).toHaveFocus();
});
