import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { useState } from 'react';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A row hidden by a class (display: none) while its badge holds the group's Tab stop: the Tab stop moves to
// a badge that can take focus, so Tab still reaches the badges.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

function Table() {
  const [hide, setHide] = useState<number | undefined>();
  return (
    <>
      <style>{'.is-filtered { display: none; }'}</style>
      <button type="button" onClick={() => setHide(0)}>
        Filter
      </button>
      <button type="button">before</button>
      <StatusBadgeGroup aria-label="Member health">
        <table>
          <tbody>
            {[0, 1, 2, 3].map((r) => (
              <tr key={r} className={r === hide ? 'is-filtered' : undefined}>
                <td><a href={`#r${r}`}>member {r}</a></td>
                <td><StatusBadge status={503} data-testid={`b${r}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </StatusBadgeGroup>
      <button type="button">after</button>
    </>
  );
}

it('Tab still reaches a badge after the row holding the Tab stop is hidden by a class', async () => {
  const screen = await render(<Table />);
  await tick();
  // Row 0's badge holds the Tab stop (the first badge; none was focused yet).
  expect((screen.getByTestId('b0').element() as HTMLElement).tabIndex).toBe(0);
  (screen.getByRole('button', { name: 'Filter' }).element() as HTMLElement).click();
  await tick();
  (screen.getByText('before').element() as HTMLElement).focus();
  const reached: string[] = [];
  for (let i = 0; i < 8 && document.activeElement?.textContent !== 'after'; i++) {
    await userEvent.keyboard('{Tab}');
    reached.push(document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? '');
  }
  expect(reached).toEqual(['member 1', 'b1', 'member 2', 'member 3', 'after']);
});
