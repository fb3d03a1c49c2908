import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { preloadStatusBadgeTooltip, StatusBadge, StatusBadgeGroup } from 'elb-status-ui';
import '../../../src/styles.css';

// The group's keyboard in real Chromium, where rows can be hidden by CSS (a filter, a narrow screen).
describe('StatusBadgeGroup in Chromium', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('moves past badges in rows hidden by display: none, the hidden attribute or inert', async () => {
    await render(
      <>
        <button type="button">Before</button>
        <StatusBadgeGroup aria-label="Statuses">
          <table>
            <tbody>
              <tr><td><StatusBadge status={200} data-row={0} /></td></tr>
              <tr style={{ display: 'none' }}><td><StatusBadge status={404} data-row={1} /></td></tr>
              <tr hidden><td><StatusBadge status={409} data-row={2} /></td></tr>
              {/* set on the element: React 18 does not know the inert attribute */}
              <tr ref={(row) => row?.setAttribute('inert', '')}><td><StatusBadge status={500} data-row={3} /></td></tr>
              <tr><td><StatusBadge status={503} data-row={4} /></td></tr>
              <tr style={{ visibility: 'hidden' }}><td><StatusBadge status={502} data-row={5} /></td></tr>
            </tbody>
          </table>
        </StatusBadgeGroup>
      </>,
    );
    const row = () => document.activeElement?.getAttribute('data-row');
    await userEvent.keyboard('{Tab}{Tab}');
    expect(row()).toBe('0');
    await userEvent.keyboard('{ArrowDown}');
    expect(row()).toBe('4');
    await userEvent.keyboard('{ArrowDown}');
    expect(row()).toBe('4');
    await userEvent.keyboard('{Home}');
    expect(row()).toBe('0');
    await userEvent.keyboard('{End}');
    expect(row()).toBe('4');
  });

  it('moves focus to the badge in the place of a removed one, and Tab reaches the group again', async () => {
    const Rows = ({ rows }: { rows: number[] }) => (
      <>
        <button type="button">Before</button>
        <StatusBadgeGroup aria-label="Statuses">
          {rows.map((row) => (
            <div key={row}>
              <StatusBadge status={200 + row} data-row={row} />
            </div>
          ))}
        </StatusBadgeGroup>
        <button type="button">After</button>
      </>
    );
    const screen = await render(<Rows rows={[0, 1, 2]} />);
    const row = () => document.activeElement?.getAttribute('data-row');
    await userEvent.keyboard('{Tab}{Tab}{ArrowDown}');
    expect(row()).toBe('1');
    await screen.rerender(<Rows rows={[0, 2]} />);
    await expect.poll(row).toBe('2');
    await screen.rerender(<Rows rows={[]} />);
    await expect.poll(() => document.querySelector('[role="group"]')?.getAttribute('tabindex')).toBe('0');
    await screen.rerender(<Rows rows={[7]} />);
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(row()).toBe('7');
  });
  it('moves focus on when the focused badge stops being an item (its status gone), and Tab finds an item again', async () => {
    const Rows = ({ statuses }: { statuses: Array<number | null> }) => (
      <>
        <button type="button">Before</button>
        <StatusBadgeGroup aria-label="Statuses">
          {statuses.map((status, row) => (
            <div key={row}>
              <StatusBadge status={status} data-row={row} />
            </div>
          ))}
        </StatusBadgeGroup>
        <button type="button">After</button>
      </>
    );
    const screen = await render(<Rows statuses={[200, 404, 503]} />);
    const row = () => document.activeElement?.getAttribute('data-row');
    await userEvent.keyboard('{Tab}{Tab}{ArrowDown}');
    expect(row()).toBe('1');
    // The middle row's status is gone: that badge has nothing to describe and is no item any more.
    await screen.rerender(<Rows statuses={[200, null, 503]} />);
    await expect.poll(row).toBe('2');
    await userEvent.keyboard('{ArrowUp}');
    expect(row()).toBe('0');
    // The badge focused last stops being an item while focus is outside: Tab goes to an item, not to the group.
    await userEvent.keyboard('{ArrowDown}{Shift>}{Tab}{/Shift}');
    expect(document.activeElement?.textContent).toBe('Before');
    await screen.rerender(<Rows statuses={[200, null, null]} />);
    await userEvent.keyboard('{Tab}');
    expect(row()).toBe('0');
  });
});
