import { render } from 'vitest-browser-react';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A refresh or a filter that leaves no row while a badge has focus: the group's element becomes a Tab stop
// again (tabIndex 0) and keeps the focus, so the next Tab goes on from the table's place, not the page's top.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

function Table() {
  const [rows, setRows] = useState([0, 1, 2]);
  return (
    <StatusBadgeGroup aria-label="Member health" data-testid="group">
      <button type="button" onClick={() => setRows([])}>
        Filter
      </button>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <td><StatusBadge status={503} data-testid={`b${r}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </StatusBadgeGroup>
  );
}

it('keeps focus in the group when the focused badge goes with every other row', async () => {
  const screen = await render(<Table />);
  await tick();
  (screen.getByTestId('b1').element() as HTMLElement).focus();
  // The rows go by a click elsewhere (no focus change): a script's refresh.
  (screen.getByRole('button', { name: 'Filter' }).element() as HTMLElement).click();
  await tick();
  expect((screen.getByTestId('group').element() as HTMLElement).tabIndex).toBe(0);
  expect(document.activeElement).not.toBe(document.body);
});
