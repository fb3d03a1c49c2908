import { render } from 'vitest-browser-react';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A filter that hides the focused badge's row instead of removing it (a class with display: none, the
// `hidden` attribute, `inert`): focus goes to the next badge that can take it, as when the row is removed.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
type Mode = 'class' | 'hidden' | 'inert';

function Table({ mode }: { mode: Mode }) {
  const [hide, setHide] = useState<number | undefined>();
  return (
    <>
      <style>{'.is-filtered { display: none; }'}</style>
      <button type="button" onClick={() => setHide(2)}>
        Filter
      </button>
      <StatusBadgeGroup aria-label="Member health">
        <table>
          <tbody>
            {[0, 1, 2, 3].map((r) => (
              <tr
                key={r}
                className={mode === 'class' && r === hide ? 'is-filtered' : undefined}
                hidden={mode === 'hidden' && r === hide}
                // Set on the element: React 18 and 19 spell the `inert` prop differently.
                ref={(row) => {
                  row?.toggleAttribute('inert', mode === 'inert' && r === hide);
                }}
              >
                <td><a href={`#r${r}`}>member {r}</a></td>
                <td><StatusBadge status={503} data-testid={`b${r}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </StatusBadgeGroup>
    </>
  );
}

it.each(['class', 'hidden', 'inert'] as const)('a focused badge whose row is filtered out (%s) hands focus to the next badge', async (mode) => {
  const screen = await render(<Table mode={mode} />);
  await tick();
  (screen.getByTestId('b2').element() as HTMLElement).focus();
  expect(document.activeElement).toBe(screen.getByTestId('b2').element());
  // A script's click: focus stays on the badge.
  (screen.getByRole('button', { name: 'Filter' }).element() as HTMLElement).click();
  await tick();
  expect(document.activeElement).toBe(screen.getByTestId('b3').element());
});
