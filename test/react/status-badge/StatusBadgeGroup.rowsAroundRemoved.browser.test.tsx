import { render } from 'vitest-browser-react';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A removed badge hands focus to the first of the badges that followed it that is still there, also when the
// one right after it and one above it go in the same update. Rows 0..5, focus on b2; rows 1, 2 and 3 go in one
// refresh: b4 takes the focus.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

function Table() {
  const [rows, setRows] = useState([0, 1, 2, 3, 4, 5]);
  return (
    <StatusBadgeGroup aria-label="Member health">
      <button type="button" onClick={() => setRows([0, 4, 5])}>
        Refresh
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

it('focus goes to the next remaining badge when the focused badge, the one after it and one above go together', async () => {
  const screen = await render(<Table />);
  await tick();
  (screen.getByTestId('b2').element() as HTMLElement).focus();
  (screen.getByRole('button', { name: 'Refresh' }).element() as HTMLElement).click();
  await tick();
  expect((document.activeElement as HTMLElement).dataset.testid).toBe('b4');
});
