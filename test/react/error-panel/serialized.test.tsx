import { render, screen, within } from '@testing-library/react';
import { ErrorPanel, serializeElbError, SERIALIZED_ELB_ERROR, StatusBadge, toElbError } from 'elb-status-ui';

// What a Server Component hands a client component: plain data (an Error would arrive without its fields).
const fromServer = () =>
  JSON.parse(
    JSON.stringify(
      serializeElbError(
        toElbError({ status: 404, body: { error_code: 'ELB.1002', error_msg: 'The load balancer does not exist.', request_id: 'req-42' } }, { method: 'GET', url: '/v3/p/elb/loadbalancers/1' }),
      ),
    ),
  ) as ReturnType<typeof serializeElbError>;

describe('components take the plain-data form of an ElbError', () => {
  it('ErrorPanel shows title, server message, code and request id of a serialised error', () => {
    render(<ErrorPanel error={fromServer()} />);
    const panel = screen.getByRole('region', { name: /Not found/ });
    expect(panel).toHaveTextContent('The load balancer does not exist.');
    expect(within(panel).getAllByText('ELB.1002')[0]).toBeInTheDocument();
    expect(within(panel).getByText('req-42')).toBeInTheDocument();
    expect(panel).not.toHaveTextContent('Something went wrong');
  });

  it('StatusBadge shows the status of a serialised error', () => {
    render(<StatusBadge error={fromServer()} />);
    expect(screen.getByText('404 Not Found')).toHaveAttribute('data-severity', 'warning');
  });

  it('a tampered plain-data form is re-checked: no forged severity, no unbounded text', () => {
    const forged = { ...fromServer(), severity: 'success' as const, status: 'nope' as unknown as number, serverMessage: 'z'.repeat(50_000) };
    render(<StatusBadge error={forged} />);
    const badge = screen.getByText('Something went wrong');
    expect(badge).toHaveAttribute('data-severity', 'error');
    render(<ErrorPanel error={{ $type: SERIALIZED_ELB_ERROR, kind: 'http', status: 400, retryable: true }} onRetry={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
