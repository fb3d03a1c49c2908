// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ElbUiProvider, ErrorPanel, toElbError } from 'elb-status-ui';
import { zhCN } from 'elb-status-ui/locales/zh-CN';

describe('support details on the server (no DOM)', () => {
  it('render the project, region and documentation link, and leave the age to the browser', () => {
    expect(typeof document).toBe('undefined');
    const error = toElbError(
      { status: 409, body: { error_code: 'ELB.8902', error_msg: 'Busy.' } },
      { method: 'PUT', url: 'https://elb.cn-north-4.myhuaweicloud.com/v3/0a1b2c3d4e5f67890a1b2c3d4e5f6789/elb/pools' },
      { now: () => Date.now() - 5 * 60_000 },
    );
    // A template string: what a Server Component can pass to the provider.
    const html = renderToString(
      <ElbUiProvider locale="zh-CN" messages={zhCN} docsUrl="https://docs.example.com/errors?code={code}">
        <ErrorPanel error={error} />
      </ElbUiProvider>,
    );
    expect(html).toContain('<dt>项目 ID</dt>');
    expect(html).toContain('0a1b2c3d4e5f67890a1b2c3d4e5f6789');
    expect(html).toContain('cn-north-4');
    expect(html).toContain('href="https://docs.example.com/errors?code=ELB.8902"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain('target=');
    expect(html).not.toContain('分钟前');
    expect(html).not.toContain('elb-panel__age');
  });
});
