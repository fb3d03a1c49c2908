import { render } from '@testing-library/react';
import { ElbUiProvider, LoadBalancerStatusTree, ResourceStatusBadge, getResourceStatusInfo, readStatusTree } from 'elb-status-ui';

// DESIGN.md "Bounds on untrusted data": "Every string that leaves an ElbError or reaches the screen ... passes one
// redaction path, redacted before it is truncated." Undocumented status values are "shown as sent" (README), and
// status-tree names too, but neither passes redaction: a hostile body's status or name carrying a credential is
// rendered verbatim (the status even upper-cased, so `redactText` run afterwards on the copy still sees it).
const SECRET_STATUS = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk';
const JWT_TAIL = /EYJHBGCIOIJIUZI1NIJ9|eyJhbGciOiJIUzI1NiJ9/i;

describe('resource status: server text passes the redaction path', () => {
  it('getResourceStatusInfo(value).value is redacted', () => {
    expect(getResourceStatusInfo(SECRET_STATUS, 'provisioning').value).not.toMatch(JWT_TAIL);
  });

  it('<ResourceStatusBadge> does not render a credential sent as the status', () => {
    const { container } = render(
      <ElbUiProvider>
        <ResourceStatusBadge provisioning={SECRET_STATUS} operating="ONLINE" tooltip={false} />
      </ElbUiProvider>,
    );
    expect(container.textContent).not.toMatch(JWT_TAIL);
  });

  it('readStatusTree / <LoadBalancerStatusTree> do not carry a credential in a name or status', () => {
    const body = { statuses: { loadbalancer: { id: 'lb-1', name: 'web password=hunter2', provisioning_status: SECRET_STATUS, listeners: [] } } };
    const tree = readStatusTree(body);
    expect(`${tree?.name} ${tree?.provisioning}`).not.toMatch(/hunter2|eyJhbGciOiJIUzI1NiJ9/);
    const { container } = render(
      <ElbUiProvider>
        <LoadBalancerStatusTree statuses={body} />
      </ElbUiProvider>,
    );
    expect(container.textContent).not.toMatch(/hunter2/);
    expect(container.textContent).not.toMatch(JWT_TAIL);
  });
});
