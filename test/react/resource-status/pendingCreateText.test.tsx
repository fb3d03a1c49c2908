import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator, describeResourceStatus, preloadResourceStatusTooltip, preloadStatusBadgeTooltip, ResourceStatusBadge } from 'elb-status-ui';

// README (resource status table): "PENDING_CREATE / _UPDATE / _DELETE … (v3 documents only PENDING_DELETE for a
// load balancer and PENDING_CREATE for a rule; others take the shared API's meaning)", and the tooltip
// "explains each axis for this API and resource". With the default API (elb-v3), a load balancer, listener,
// pool or member that is PENDING_CREATE is not described with the v3 rule's text ("The rule is being created.").
const t = createTranslator('en');

describe('PENDING_CREATE under elb-v3 for resources other than a rule', () => {
  it.each(['loadbalancer', 'listener', 'pool', 'member'] as const)('%s is not described as "The rule is being created."', (resource) => {
    const { description } = describeResourceStatus('PENDING_CREATE', 'provisioning', { api: 'elb-v3', resource }, t);
    expect(description).not.toMatch(/rule/i);
  });

  it("the load balancer badge's tooltip does not call it a rule", async () => {
    await preloadStatusBadgeTooltip();
    await preloadResourceStatusTooltip();
    const user = userEvent.setup();
    render(<ResourceStatusBadge resource="loadbalancer" provisioning="PENDING_CREATE" operating="OFFLINE" />);
    const badge = document.querySelector<HTMLElement>('.elb-badge')!;
    await act(async () => badge.focus());
    await user.keyboard('{Shift}'); // let the lazily loaded tooltip render
    const tip = await screen.findByRole('tooltip');
    expect(tip).not.toHaveTextContent(/The rule is being created/);
  });
});
