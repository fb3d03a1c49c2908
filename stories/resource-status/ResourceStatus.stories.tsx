import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ELB_RESOURCE_STATUSES, ResourceStatusBadge, type ElbApi, type ElbResourceType, type ResourceStatusField } from '../../src/index.js';
import { FIRST_TOOLTIP, label, translatorFor } from './helpers.js';

const RESOURCES: ElbResourceType[] = ['loadbalancer', 'listener', 'pool', 'member', 'healthmonitor', 'l7policy', 'l7rule'];

/** Every value of one field, for every resource type, in one API's vocabulary. */
function FieldTable({ api, field, caption }: { api: ElbApi; field: ResourceStatusField; caption: string }) {
  const values = ELB_RESOURCE_STATUSES.filter((s) => s.field === field);
  return (
    <table className="sb-table">
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">value</th>
          {RESOURCES.map((r) => (
            <th scope="col" key={r}>
              {r}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {values.map((s) => (
          <tr key={s.value}>
            <th scope="row">
              <code>{s.value}</code>
            </th>
            {RESOURCES.map((r) => (
              <td key={r}>
                <ResourceStatusBadge api={api} resource={r} {...{ [field]: s.value }} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Vocabulary({ api }: { api: ElbApi }) {
  // Wider than the frame in German: the wrapper carries the theme's background along.
  return (
    <div className="sb-stack" style={{ inlineSize: 'max-content', minInlineSize: '100%', background: 'var(--elb-surface)' }}>
      <FieldTable api={api} field="provisioning" caption={`provisioning_status (${api})`} />
      <FieldTable api={api} field="operating" caption={`operating_status (${api})`} />
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600 }}>{`admin_state_up, both axes, unknown values (${api})`}</caption>
        <tbody>
          <tr>
            <th scope="row">OFFLINE, admin_state_up false / true</th>
            <td>
              <ResourceStatusBadge api={api} resource="member" operating="OFFLINE" adminStateUp={false} />
            </td>
            <td>
              <ResourceStatusBadge api={api} resource="member" operating="OFFLINE" adminStateUp />
            </td>
          </tr>
          <tr>
            <th scope="row">PENDING_UPDATE + ONLINE, ERROR + ONLINE</th>
            <td>
              <ResourceStatusBadge api={api} resource="loadbalancer" provisioning="PENDING_UPDATE" operating="ONLINE" />
            </td>
            <td>
              <ResourceStatusBadge api={api} resource="l7policy" provisioning="ERROR" operating="ONLINE" />
            </td>
          </tr>
          <tr>
            <th scope="row">member with a failed health check; an unknown value</th>
            <td>
              <ResourceStatusBadge api={api} resource="member" provisioning="ACTIVE" operating="OFFLINE" reason={{ reason_code: 'CONNECT_TIMEOUT' }} />
            </td>
            <td>
              <ResourceStatusBadge api={api} operating="QUARANTINED" />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Resource status/Vocabulary',
  component: Vocabulary,
  parameters: {
    docs: {
      description: {
        component:
          'Every `provisioning_status` and `operating_status` value for every resource type, in the vocabulary of one API (`api`). ' +
          "The APIs disagree: Octavia's OFFLINE is \"administratively disabled\" (or \"not reporting\" when admin_state_up is true), " +
          "ELB's is \"down\". Transitional values show a turning ring (still under reduced motion); unknown values are neutral.",
      },
    },
  },
  argTypes: { api: { control: 'inline-radio', options: ['elb-v3', 'elb-v2', 'octavia-v2'] } },
} satisfies Meta<typeof Vocabulary>;
export default meta;
type Story = StoryObj<typeof meta>;

const countPerField = (field: ResourceStatusField) => ELB_RESOURCE_STATUSES.filter((s) => s.field === field).length;

export const DedicatedElbV3: Story = {
  args: { api: 'elb-v3' },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    const [provisioning, operating] = await canvas.findAllByRole('table');
    await expect(within(provisioning!).getAllByText(label(t, 'provisioning', 'PENDING_UPDATE'))).toHaveLength(RESOURCES.length);
    await expect(within(provisioning!).getAllByRole('row')).toHaveLength(countPerField('provisioning') + 1);
    await expect(within(operating!).getAllByRole('row')).toHaveLength(countPerField('operating') + 1);
    // ELB's OFFLINE is a failure; a DISABLED member is a warning, a DISABLED listener is not.
    for (const badge of within(operating!).getAllByText(label(t, 'operating', 'OFFLINE'))) await expect(badge).toHaveAttribute('data-severity', 'error');
    const disabled = within(operating!).getAllByText(label(t, 'operating', 'DISABLED'));
    await expect(disabled[RESOURCES.indexOf('member')]).toHaveAttribute('data-severity', 'warning');
    await expect(disabled[RESOURCES.indexOf('listener')]).toHaveAttribute('data-severity', 'info');
    for (const badge of within(provisioning!).getAllByText(label(t, 'provisioning', 'PENDING_DELETE'))) await expect(badge).toHaveAttribute('data-transitional', 'true');
    await expect(canvas.getByText('QUARANTINED')).toHaveAttribute('data-documented', 'false');
    await expect(canvas.getByText(t('rs.both', { operating: label(t, 'operating', 'ONLINE'), provisioning: t('rs.short.PENDING_UPDATE') }))).toHaveAttribute(
      'data-transitional',
      'true',
    );
    // The tooltip explains the member's failed health check.
    const member = canvas.getAllByText(label(t, 'operating', 'OFFLINE')).at(-1)!;
    await userEvent.hover(member);
    await waitFor(() => expect(within(canvasElement.ownerDocument.body).getByRole('tooltip')).toHaveTextContent(t('rs.reason.CONNECT_TIMEOUT')), FIRST_TOOLTIP);
    await userEvent.unhover(member);
  },
};

export const SharedElbV2: Story = {
  args: { api: 'elb-v2' },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const [, operating] = within(canvasElement).getAllByRole('table');
    for (const badge of within(operating!).getAllByText(label(t, 'operating', 'FROZEN'))) await expect(badge).toHaveAttribute('data-severity', 'error');
    await expect(within(operating!).getAllByText(label(t, 'operating', 'NO_MONITOR'))[0]).toHaveAttribute('data-severity', 'info');
  },
};

export const OpenStackOctavia: Story = {
  args: { api: 'octavia-v2' },
  play: async ({ canvasElement, globals }) => {
    const t = translatorFor(globals);
    const canvas = within(canvasElement);
    const [, operating] = canvas.getAllByRole('table');
    // Octavia's OFFLINE: information, not a failure; "Disabled" or "Not reporting" by admin state.
    for (const badge of within(operating!).getAllByText(label(t, 'operating', 'OFFLINE'))) await expect(badge).toHaveAttribute('data-severity', 'info');
    await expect(canvas.getAllByText(label(t, 'operating', 'NOT_REPORTING'))[0]).toHaveAttribute('data-severity', 'warning');
    await expect(within(operating!).getAllByText(label(t, 'operating', 'DRAINING'))).toHaveLength(RESOURCES.length);
  },
};
