import { render } from 'vitest-browser-react';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// Rows removed while a badge of the group has the focus, in one refresh (a script's click: focus stays where it
// is): the focused badge hands focus to the first badge that followed it and is still there, else to the group.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

/** A table of badges b0…b(n-1); the Refresh button inside the group leaves only `after`. */
function Table({ rows: initial, after }: { rows: number; after: number[] }) {
  const [rows, setRows] = useState(() => Array.from({ length: initial }, (_, i) => i));
  return (
    <StatusBadgeGroup aria-label="Member health" data-testid="group">
      <button type="button" onClick={() => setRows(after)}>
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

/** Renders the table, focuses `focus`, refreshes. */
async function refresh(rows: number, after: number[], focus: string) {
  const screen = await render(<Table rows={rows} after={after} />);
  await tick();
  (screen.getByTestId(focus).element() as HTMLElement).focus();
  (screen.getByRole('button', { name: 'Refresh' }).element() as HTMLElement).click();
  await tick();
  return screen;
}

it("focus goes to the badge now in the removed badge's place when a row above goes too", async () => {
  // Rows 0 and 2 go: b3 followed b2, not the badge at b2's old index (one too far).
  await refresh(5, [1, 3, 4], 'b2');
  expect((document.activeElement as HTMLElement).dataset.testid).toBe('b3');
});

it('focus goes to the next remaining badge when the focused badge, the one after it and one above go together', async () => {
  // Rows 1, 2 and 3 go: b4 is the first badge after b2 that is still there.
  await refresh(6, [0, 4, 5], 'b2');
  expect((document.activeElement as HTMLElement).dataset.testid).toBe('b4');
});

it('keeps focus in the group when the focused badge goes with every other row', async () => {
  // The group's element is a Tab stop again and keeps the focus, so the next Tab goes on from the table's place.
  const screen = await refresh(3, [], 'b1');
  expect((screen.getByTestId('group').element() as HTMLElement).tabIndex).toBe(0);
  expect(document.activeElement).not.toBe(document.body);
});
