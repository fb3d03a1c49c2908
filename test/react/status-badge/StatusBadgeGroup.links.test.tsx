import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadStatusBadgeTooltip, StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A listener table with a link per row (its name) and a badge per row (its status). The badges are one
// Tab stop (a roving tabindex: one badge has tabIndex 0, the others -1); the links keep their own Tab
// stops, in document order, both ways.
function Table() {
  return (
    <>
      <button type="button">Before</button>
      <StatusBadgeGroup aria-label="Listener status">
        <table>
          <tbody>
            {[0, 1, 2].map((row) => (
              <tr key={row}>
                <td>
                  <a href={`#listener-${row}`}>{`listener-${row}`}</a>
                </td>
                <td>
                  <StatusBadge status={row === 1 ? 503 : 200} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </StatusBadgeGroup>
      <button type="button">After</button>
    </>
  );
}

describe('StatusBadgeGroup with links in the rows', () => {
  beforeAll(() => preloadStatusBadgeTooltip());

  it('reaches every link with Tab, and the badges once, in document order', async () => {
    const user = userEvent.setup();
    render(<Table />);
    screen.getByRole('button', { name: 'Before' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 10 && document.activeElement !== screen.getByRole('button', { name: 'After' }); i++) {
      await user.tab();
      reached.push(document.activeElement?.textContent ?? '');
    }
    expect(reached).toEqual(['listener-0', '200 OK', 'listener-1', 'listener-2', 'After']);
  });

  it('gives exactly one badge tabIndex 0, and moves it with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Table />);
    const badges = () => [...document.querySelectorAll<HTMLElement>('.elb-badge')];
    expect(badges().map((badge) => badge.tabIndex)).toEqual([0, -1, -1]);
    act(() => badges()[0]!.focus());
    await user.keyboard('{ArrowDown}');
    expect(badges()[1]).toHaveFocus();
    expect(badges().map((badge) => badge.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('reaches the badges with Shift+Tab (backward) too', async () => {
    const user = userEvent.setup();
    render(<Table />);
    screen.getByRole('button', { name: 'After' }).focus();
    const reached: Element[] = [];
    for (let i = 0; i < 10 && document.activeElement !== screen.getByRole('button', { name: 'Before' }); i++) {
      await user.tab({ shift: true });
      reached.push(document.activeElement!);
    }
    expect(reached.map((el) => el.textContent)).toEqual(['listener-2', 'listener-1', '200 OK', 'listener-0', 'Before']);
  });
});
