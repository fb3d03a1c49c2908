// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ElbUiProvider, LoadBalancerStatusTree, ResourceStatusBadge } from 'elb-status-ui';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

describe('resource status on the server (no DOM)', () => {
  it('renders badges and a status tree to HTML, server text escaped', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <ElbUiProvider locale="zh-CN" messages={zhCN} api="octavia-v2">
        <ResourceStatusBadge provisioning="PENDING_UPDATE" operating="ONLINE" />
        <ResourceStatusBadge operating="<b>x</b>" />
        <LoadBalancerStatusTree
          statuses={{ statuses: { loadbalancer: { id: 'lb', name: '<img src=x onerror=alert(1)>', operating_status: 'ONLINE', listeners: [] } } }}
        />
      </ElbUiProvider>,
    );
    expect(html).toContain(`${zhCN['rs.label.operating.ONLINE']} · ${zhCN['rs.short.PENDING_UPDATE']}`);
    expect(html).toContain('data-transitional="true"');
    expect(html).toContain('&lt;B&gt;X&lt;/B&gt;');
    expect(html).toContain('role="tree"');
    expect(html).not.toContain('<img');
  });
});
