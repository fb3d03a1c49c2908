import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { ElbUiProvider, ErrorPanel, toElbError, useElbUi } from '../../src/index.js';
import { de } from '../../src/locales/de.js';
import { zhCN } from '../../src/locales/zh-CN.js';

const PROJECT = '0a1b2c3d4e5f67890a1b2c3d4e5f6789';

/** Keeps the toolbar's locale and adds a documentation link for ELB codes. */
function WithDocs({ children }: { children: ReactNode }) {
  const { locale } = useElbUi();
  return (
    <ElbUiProvider locale={locale} messages={{ de, 'zh-CN': zhCN }} docsUrl="https://docs.example.com/elb/errors#{code}" docsTarget="_blank">
      {children}
    </ElbUiProvider>
  );
}

const meta: Meta<typeof ErrorPanel> = {
  title: 'Components/ErrorPanel/Support details',
  component: ErrorPanel,
  decorators: [(Story) => <WithDocs>{Story()}</WithDocs>],
  parameters: {
    docs: {
      description: {
        component:
          'What a support ticket asks for: the failure\'s age after its time ("2 minutes ago", kept current while the panel is shown), ' +
          'the project id and region the request URL names, and the ELB code as a documentation link when the provider has `docsUrl` ' +
          '(a function, or a template such as `"https://docs.example.com/elb/errors#{code}"` that a Server Component can pass). ' +
          'The copied summary holds the same lines.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof ErrorPanel>;

export const AgeProjectRegionAndDocs: Story = {
  args: {
    error: toElbError(
      { status: 409, body: { error_code: 'ELB.8902', error_msg: 'Load balancer is busy.', request_id: '6c1f0b8e2a7d4f39' } },
      { method: 'PUT', url: `https://elb.eu-de.otc.t-systems.com/v3/${PROJECT}/elb/loadbalancers/1?X-Auth-Token=MIIZ` },
      { now: () => Date.now() - 2 * 60_000 },
    ),
    defaultExpanded: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = await canvas.findByRole('link');
    await expect(link).toHaveAttribute('href', 'https://docs.example.com/elb/errors#ELB.8902');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(canvas.getByText(PROJECT)).toBeVisible();
    await expect(canvas.getByText('eu-de')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('MIIZ');
    // The age appears after mount, in the toolbar's language.
    await waitFor(() => expect(canvasElement.querySelector('.elb-panel__age')).toHaveTextContent(/2/));
  },
};
