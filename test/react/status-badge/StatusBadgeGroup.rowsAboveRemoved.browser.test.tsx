import { render } from 'vitest-browser-react';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// The focused badge's row and a row above it go in the same refresh: focus goes to the badge that followed the
// focused one, not to the badge at its old index (one too far, since a row above went too).
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

function Table() {
  const [rows, setRows] = useState([0, 1, 2, 3, 4]);
  return (
    <StatusBadgeGroup aria-label="Member health">
      <button type="button" onClick={() => setRows([1, 3, 4])}>
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

it("focus goes to the badge now in the removed badge's place when a row above goes too", async () => {
  const screen = await render(<Table />);
  await tick();
  (screen.getByTestId('b2').element() as HTMLElement).focus();
  // Rows 0 and 2 removed in one refresh (a script's click: focus stays where it is).
  (screen.getByRole('button', { name: 'Refresh' }).element() as HTMLElement).click();
  await tick();
  expect((document.activeElement as HTMLElement).dataset.testid).toBe('b3');
});
