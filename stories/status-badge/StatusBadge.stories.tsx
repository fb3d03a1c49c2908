import { Fragment } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ELB_STATUS_CODES, StatusBadge, StatusBadgeGroup, toElbError } from '../../src/index.js';
import { LOAD_BALANCERS } from '../fixtures.js';
import { descriptionsFor, textsFor } from '../texts.js';

const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 503 },
  parameters: {
    docs: {
      description: {
        component:
          'A compact pill for any HTTP status: severity icon (a different shape per severity), code and reason as text, ' +
          'severity colour from `--elb-*` custom properties. Hover or focus it for the API reference\'s descriptions in a Radix tooltip; ' +
          'the tooltip is mounted only then, and its code (Radix, about 24 kB) is downloaded the first time anybody points at or focuses a badge, ' +
          'so a table of thousands of rows costs little more than plain spans. `preloadStatusBadgeTooltip()` fetches it ahead of time. ' +
          'Pass `error={elbError}` to add the ELB code and the server\'s message. ' +
          'A badge is inline text that never breaks inside: put a space between neighbours (`{\' \'}`) so several in one cell can wrap.',
      },
    },
  },
} satisfies Meta<typeof StatusBadge>;
export default meta;

// The first hover or focus in a page downloads the tooltip's chunk (Radix), which the dev server
// transforms on first request: over a second while the whole suite shares two cores. A bound for
// that download, not a measure of speed (the badge's timings are in npm run bench).
const FIRST_TOOLTIP = { timeout: 10_000 };
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const badge = await canvas.findByText('503 Service Unavailable');
    await expect(badge).toHaveAttribute('data-severity', 'error');
  },
};

export const TooltipOnKeyboardFocus: Story = {
  args: { status: 409 },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    const badge = await canvas.findByText('409 Conflict');
    await userEvent.tab();
    await expect(badge).toHaveFocus();
    const tip = await within(document.body).findByRole('tooltip', {}, FIRST_TOOLTIP);
    // The severity and every description line, in the toolbar's language.
    await expect(tip).toHaveTextContent(t('ui.severity.warning'));
    for (const line of descriptionsFor(t, 409)) await expect(tip).toHaveTextContent(line);
    await userEvent.keyboard('{Escape}');
    await expect(within(document.body).queryByRole('tooltip')).toBeNull();
  },
};

export const TooltipOnHover: Story = {
  args: { status: 400 },
  play: async ({ canvasElement, globals }) => {
    const t = textsFor(globals);
    await userEvent.hover(await within(canvasElement).findByText('400 Bad Request'));
    const tip = await within(document.body).findByRole('tooltip', {}, FIRST_TOOLTIP);
    const lines = descriptionsFor(t, 400);
    await expect(lines).toHaveLength(4);
    for (const line of lines) await expect(tip).toHaveTextContent(line);
  },
};

export const WithElbError: Story = {
  args: {
    status: undefined,
    error: toElbError({ status: 409, body: { NeutronError: { type: 'StateInvalid', message: 'Invalid state PENDING_UPDATE of loadbalancer resource 3b1a', detail: '' } } }),
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const tip = await within(document.body).findByRole('tooltip', {}, FIRST_TOOLTIP);
    await expect(tip).toHaveTextContent('StateInvalid');
    await expect(tip).toHaveTextContent('PENDING_UPDATE');
    await expect(within(canvasElement).getByText('409 Conflict')).toBeInTheDocument();
  },
};

export const UndocumentedStatuses: Story = {
  render: () => (
    <div className="sb-stack">
      {[202, 302, 410, 429, 418, 505, 599].map((s) => (
        <div key={s}>
          <StatusBadge status={s} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await expect(await canvas.findByText('410 Gone')).toHaveAttribute('data-documented', 'false');
    await expect(canvas.getByText('429 Too Many Requests')).toHaveAttribute('data-severity', 'warning');
    await expect(canvas.getByText(/599/)).toHaveAttribute('data-severity', 'error');
    // Each explains itself: a Tab stop whose tooltip says the API reference does not list it.
    await userEvent.tab();
    await expect(canvas.getByText('202 Accepted')).toHaveFocus();
    const tip = await within(document.body).findByRole('tooltip', {}, FIRST_TOOLTIP);
    await expect(tip).toHaveTextContent(t('ui.undocumentedStatus'));
    await userEvent.keyboard('{Escape}');
  },
};

/**
 * Every documented code and a few undocumented ones, as a console would show them. The table is in a
 * `StatusBadgeGroup`: one Tab stop for all its badges, the arrow keys (and Home, End) move between
 * them and open each one's tooltip.
 */
export const Permutations: Story = {
  render: () => (
    <StatusBadgeGroup aria-label="Load balancer statuses">
      <table className="sb-table">
        <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: 8 }}>Load balancers</caption>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Name</th>
            <th scope="col">Last request</th>
          </tr>
        </thead>
        <tbody>
          {LOAD_BALANCERS.map((lb) => (
            <tr key={lb.id}>
              <td>{lb.id}</td>
              <td>{lb.name}</td>
              <td>
                <StatusBadge status={lb.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StatusBadgeGroup>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = textsFor(globals);
    await canvas.findByRole('table');
    for (const info of ELB_STATUS_CODES) {
      await expect(canvas.getByText(`${info.status} ${info.reason}`)).toHaveAttribute('data-severity', info.severity);
    }
    await expect(canvas.getAllByRole('row')).toHaveLength(LOAD_BALANCERS.length + 1);

    // The keyboard: Tab enters the table at its first badge, whose tooltip opens; ArrowDown moves on.
    const table = canvas.getByRole('table');
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    await expect(canvas.getByText('200 OK')).toHaveFocus();
    await expect(await within(document.body).findByRole('tooltip', {}, FIRST_TOOLTIP)).toHaveTextContent(descriptionsFor(t, 200)[0]!);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByText('201 Created')).toHaveFocus();
    await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent(descriptionsFor(t, 201)[0]!);
    // Crossing the whole table from before it to after it takes at most 3 Tab presses.
    (document.activeElement as HTMLElement | null)?.blur();
    let presses = 0;
    let entered = false;
    while (presses < 50 && !(entered && !table.contains(document.activeElement))) {
      await userEvent.tab();
      presses += 1;
      entered ||= table.contains(document.activeElement);
    }
    await expect(entered).toBe(true);
    await expect(presses).toBeLessThanOrEqual(3);
  },
};

/**
 * Several badges in one narrow cell. Badges are inline text and never break inside, so neighbours
 * need a space between them to wrap: React renders none between the elements of a list.
 */
export const SeveralInOneCell: Story = {
  render: () => (
    <div role="group" aria-label="Narrow cell" style={{ inlineSize: '16rem', border: '1px dashed var(--elb-border)', padding: 8 }}>
      {[200, 202, 404, 409, 503, 504].map((status) => (
        <Fragment key={status}>
          <StatusBadge status={status} />{' '}
        </Fragment>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cell = await within(canvasElement).findByRole('group', { name: 'Narrow cell' });
    const tops = new Set([...cell.querySelectorAll('.elb-badge')].map((badge) => Math.round(badge.getBoundingClientRect().top)));
    await expect(tops.size).toBeGreaterThan(1);
    await expect(cell.scrollWidth).toBeLessThanOrEqual(cell.clientWidth);
  },
};

/**
 * Icons in the theme's colours: `class="elb-theme-icons"` on any ancestor paints each badge's icon with
 * the panel's icon masks in the badge's text colour, so a console that re-themes the severities
 * (`--elb-error-fg` here) gets matching icons, in dark mode and forced colours too. It costs a
 * pseudo-element per badge (style and layout of 1000 badges several times slower, `npm run bench`),
 * so the default is a bitmap in fixed colours.
 */
export const IconsInThemeColours: Story = {
  render: () => (
    <div className="elb-theme-icons sb-stack" style={{ '--elb-error-fg': '#6b1f91', '--elb-error-bg': '#f6ecfb', '--elb-error-border': '#6b1f91' } as React.CSSProperties}>
      {[200, 304, 404, 503].map((status) => (
        <div key={status}>
          <StatusBadge status={status} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badge = await within(canvasElement).findByText('503 Service Unavailable');
    await expect(getComputedStyle(badge, '::before').backgroundColor).toBe('rgb(107, 31, 145)');
    await expect(getComputedStyle(badge).backgroundImage).toBe('none');
  },
};
