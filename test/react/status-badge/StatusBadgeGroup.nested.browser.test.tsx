import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { StatusBadge, StatusBadgeGroup } from 'elb-status-ui';

// A StatusBadgeGroup inside another (a listener's badges in a load balancer's list): each badge belongs to
// its nearest group. Each group keeps one Tab stop of its own, and an arrow key at the inner group's end
// moves on in the outer group.
const tick = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const zeros = () => [...document.querySelectorAll<HTMLElement>('[data-elb-item]')].filter((e) => e.tabIndex === 0).map((e) => e.dataset.testid);

function Nested() {
  return (
    <>
      <button type="button">before</button>
      <StatusBadgeGroup aria-label="Load balancers">
        <StatusBadge status={503} data-testid="o1" />
        <StatusBadgeGroup aria-label="Listeners">
          <StatusBadge status={503} data-testid="i1" />
          <StatusBadge status={503} data-testid="i2" />
        </StatusBadgeGroup>
        <StatusBadge status={503} data-testid="o2" />
      </StatusBadgeGroup>
      <button type="button">after</button>
    </>
  );
}

it('after an inner badge was focused, the outer group still has a badge reachable by Tab', async () => {
  const screen = await render(<Nested />);
  await tick();
  (screen.getByTestId('i2').element() as HTMLElement).focus();
  await tick();
  (screen.getByText('before').element() as HTMLElement).focus();
  const reached: string[] = [];
  for (let i = 0; i < 6 && document.activeElement?.textContent !== 'after'; i++) {
    await userEvent.keyboard('{Tab}');
    reached.push((document.activeElement as HTMLElement).dataset.testid ?? document.activeElement?.textContent ?? '');
  }
  expect(reached.some((r) => r === 'o1' || r === 'o2')).toBe(true);
});

it('the arrow keys from an inner badge can reach the outer badge after it', async () => {
  const screen = await render(<Nested />);
  await tick();
  (screen.getByTestId('i2').element() as HTMLElement).focus();
  await userEvent.keyboard('{ArrowRight}');
  await userEvent.keyboard('{End}');
  expect(document.activeElement).toBe(screen.getByTestId('o2').element());
});

it('the outer group keeps a tabIndex 0 on one of its own badges while an inner badge is focused', async () => {
  const screen = await render(<Nested />);
  await tick();
  expect(zeros()).toEqual(['o1', 'i1']); // one per group at rest
  (screen.getByTestId('o2').element() as HTMLElement).focus();
  await tick();
  (screen.getByTestId('i1').element() as HTMLElement).focus();
  await tick();
  expect(zeros().filter((id) => id?.startsWith('o')), 'outer badges with tabIndex 0').toHaveLength(1);
});
