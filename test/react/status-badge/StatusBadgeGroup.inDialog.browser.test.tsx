import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A group first rendered while its container is not shown (a closed <dialog>, a hidden tab panel): once it is
// shown, Tab reaches a row's link and the badges in document order, as in a group that was shown from the start.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));

it('Tab through a group in a modal dialog reaches row 0 link before row 0 badge', async () => {
  const screen = await render(
    <dialog>
      <button type="button">close</button>
      <StatusBadgeGroup aria-label="Member health">
        <table>
          <tbody>
            {[0, 1, 2].map((r) => (
              <tr key={r}>
                <td><a href={`#r${r}`}>member {r}</a></td>
                <td><StatusBadge status={503} data-testid={`b${r}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </StatusBadgeGroup>
    </dialog>,
  );
  await tick();
  (document.querySelector('dialog') as HTMLDialogElement).showModal();
  await tick();
  (screen.getByText('close').element() as HTMLElement).focus();
  const reached: string[] = [];
  for (let i = 0; i < 3; i++) {
    await userEvent.keyboard('{Tab}');
    reached.push((document.activeElement as HTMLElement).dataset.testid ?? document.activeElement?.textContent ?? '');
  }
  expect(reached).toEqual(['member 0', 'b0', 'member 1']);
});
