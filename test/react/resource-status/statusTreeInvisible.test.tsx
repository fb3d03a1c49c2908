// Resource names in a status tree are server text: bidi overrides (U+202E), isolates, zero-width characters and
// C1 controls that any project member can put into a listener or pool name would let a name pose as another.
import { render, screen } from '@testing-library/react';
import { LoadBalancerStatusTree, readStatusTree } from 'elb-status-ui';

const SPOOF = /[\u0080-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const statuses = {
  statuses: {
    loadbalancer: {
      id: 'lb-1',
      // Renders as "web-prod-lb" although the stored name is different
      name: 'web-\u202Ebl-dorp\u202C',
      provisioning_status: 'ACTIVE',
      operating_status: 'ONLINE',
      listeners: [
        {
          id: 'ls-1',
          name: 'https\u200B\u2066admin\u2069\u0085',
          provisioning_status: 'ACTIVE',
          operating_status: 'ONLINE',
          pools: [],
        },
      ],
    },
  },
};

describe('bidi and invisible characters in resource names', () => {
  it('readStatusTree removes them like every other server text', () => {
    const tree = readStatusTree(statuses)!;
    expect(tree.name).not.toMatch(SPOOF);
    expect(tree.children[0]!.name).not.toMatch(SPOOF);
  });

  it('the rendered tree does not show them', () => {
    const { container } = render(<LoadBalancerStatusTree statuses={statuses} />);
    expect(container.textContent).not.toMatch(SPOOF);
    expect(screen.getByRole('tree').getAttribute('aria-label')).not.toMatch(SPOOF);
  });
});
