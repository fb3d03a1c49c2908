import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadBalancerStatusTree } from 'elb-status-ui';

// Focus and the person's choices when the data under the tree changes: rows removed, reordered,
// paged away, branches that close by themselves.

const member = (i: number, operating = 'ONLINE') => ({ id: `m-${i}`, address: `10.0.0.${i}`, protocol_port: 80, provisioning_status: 'ACTIVE', operating_status: operating });
const listener = (name: string, members: ReturnType<typeof member>[], state = 'ONLINE') => ({
  id: `ls-${name}`, name, provisioning_status: 'ACTIVE', operating_status: state,
  pools: [{ id: `p-${name}`, name: `pool-${name}`, provisioning_status: 'ACTIVE', operating_status: state, members }],
});
const body = (listeners: ReturnType<typeof listener>[]) => ({ statuses: { loadbalancer: { id: 'lb', name: 'web', provisioning_status: 'ACTIVE', operating_status: 'ONLINE', listeners } } });
const row = (name: RegExp) => screen.getByRole('treeitem', { name });

function Page({ members, pageSize }: { members: ReturnType<typeof member>[]; pageSize?: number }) {
  return (
    <>
      <LoadBalancerStatusTree statuses={body([listener('a', members, 'DEGRADED')])} pageSize={pageSize} />
      <input aria-label="search" />
    </>
  );
}

describe('LoadBalancerStatusTree: focus when the data changes', () => {
  it('moves focus to the row in its place when a refresh removes the focused row', async () => {
    const user = userEvent.setup();
    const members = [member(1, 'OFFLINE'), member(2), member(3)];
    const { rerender } = render(<Page members={members} />);
    await user.tab();
    await user.keyboard('{End}');
    expect(row(/10\.0\.0\.3/)).toHaveFocus();
    rerender(<Page members={members.slice(0, 2)} />);
    expect(row(/10\.0\.0\.2/)).toHaveFocus();
    expect(row(/10\.0\.0\.2/)).toHaveAttribute('tabindex', '0');
  });

  it('keeps focus in the tree when a shorter page hides the focused row', async () => {
    const user = userEvent.setup();
    const members = Array.from({ length: 10 }, (_, i) => member(i, i === 0 ? 'OFFLINE' : 'ONLINE'));
    const { rerender } = render(<Page members={members} pageSize={10} />);
    await user.tab();
    await user.keyboard('{End}');
    rerender(<Page members={members} pageSize={3} />);
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toHaveAttribute('role', 'treeitem');
  });

  it('keeps focus in the tree when the branch around the focused member closes by itself (it recovered)', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LoadBalancerStatusTree statuses={body([listener('a', [member(1, 'OFFLINE'), member(2)], 'DEGRADED')])} />);
    await user.tab();
    await user.keyboard('{End}');
    expect(row(/10\.0\.0\.2/)).toHaveFocus();
    rerender(<LoadBalancerStatusTree statuses={body([listener('a', [member(1), member(2)])])} />);
    expect(document.activeElement).toHaveAttribute('role', 'treeitem');
  });

  it.each([
    ['End on the last row', '{End}{End}'],
    ['Home on the first row', '{Home}'],
    ['Up on the first row', '{ArrowUp}'],
  ])('never takes focus from the rest of the page (%s, then Tab out, then a refresh)', async (_name, keys) => {
    const user = userEvent.setup();
    const members = [member(1, 'OFFLINE'), member(2), member(3)];
    const { rerender } = render(<Page members={members} />);
    await user.tab();
    await user.keyboard(keys);
    await user.tab();
    const search = screen.getByRole('textbox', { name: 'search' });
    expect(search).toHaveFocus();
    await user.type(search, 'abc');
    rerender(<Page members={members.slice(0, 2)} />);
    expect(search).toHaveFocus();
    rerender(<Page members={members.slice(0, 1)} />);
    expect(search).toHaveFocus();
  });

  it('does not scroll the page to the row that takes the removed one\'s place', async () => {
    const user = userEvent.setup();
    const members = [member(1, 'OFFLINE'), member(2), member(3)];
    const { rerender } = render(<Page members={members} />);
    await user.tab();
    await user.keyboard('{End}');
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    rerender(<Page members={members.slice(0, 2)} />);
    expect(row(/10\.0\.0\.2/)).toHaveFocus();
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    focus.mockRestore();
  });

  it('does not take focus after the tree was gone for a while (an empty or failed refresh) and focus is nowhere', async () => {
    const user = userEvent.setup();
    const statuses = body([listener('a', [member(1, 'OFFLINE'), member(2)], 'DEGRADED')]);
    const { rerender } = render(
      <>
        <p>Elsewhere</p>
        <LoadBalancerStatusTree statuses={statuses} />
      </>,
    );
    await user.click(row(/10\.0\.0\.2/));
    rerender(
      <>
        <p>Elsewhere</p>
        <LoadBalancerStatusTree statuses={null} />
      </>,
    );
    await user.click(screen.getByText('Elsewhere'));
    rerender(
      <>
        <p>Elsewhere</p>
        <LoadBalancerStatusTree statuses={statuses} />
      </>,
    );
    expect(document.activeElement).toBe(document.body);
  });

  it('does not take focus back after a click elsewhere on the page, when the row it had is removed later', async () => {
    const user = userEvent.setup();
    const members = [member(1, 'OFFLINE'), member(2), member(3)];
    const { rerender } = render(
      <>
        <p>Elsewhere</p>
        <Page members={members} />
      </>,
    );
    await user.tab();
    await user.keyboard('{End}');
    await user.click(screen.getByText('Elsewhere'));
    expect(document.activeElement).toBe(document.body);
    rerender(
      <>
        <p>Elsewhere</p>
        <Page members={members.slice(0, 2)} />
      </>,
    );
    expect(document.activeElement).toBe(document.body);
  });
});

describe('LoadBalancerStatusTree: choices follow the resource, not its place', () => {
  it('keeps a listener expanded by the person when the server lists it elsewhere', async () => {
    const user = userEvent.setup();
    const alpha = listener('alpha', [member(1)]);
    const beta = listener('beta', [member(2)]);
    const { rerender } = render(<LoadBalancerStatusTree statuses={body([alpha, beta])} />);
    await user.click(screen.getByText('alpha'));
    expect(row(/^Listener alpha/)).toHaveAttribute('aria-expanded', 'true');
    expect(row(/^Listener beta/)).toHaveAttribute('aria-expanded', 'false');
    rerender(<LoadBalancerStatusTree statuses={body([listener('gamma', [member(3)]), beta, alpha])} />);
    expect(row(/^Listener alpha/)).toHaveAttribute('aria-expanded', 'true');
    expect(row(/^Listener beta/)).toHaveAttribute('aria-expanded', 'false');
    expect(row(/^Listener gamma/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps focus and the Tab stop on the same listener when the order changes', async () => {
    const user = userEvent.setup();
    const alpha = listener('alpha', [member(1)]);
    const beta = listener('beta', [member(2)]);
    const { rerender } = render(<LoadBalancerStatusTree statuses={body([alpha, beta])} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(row(/^Listener alpha/)).toHaveFocus();
    rerender(<LoadBalancerStatusTree statuses={body([beta, alpha])} />);
    expect(row(/^Listener alpha/)).toHaveFocus();
    expect(row(/^Listener alpha/)).toHaveAttribute('tabindex', '0');
  });
  it('rows added above the focused row, then the focused row removed: the row in its place takes focus', async () => {
    const user = userEvent.setup();
    const names = (list: string[]) => body(list.map((name) => listener(name, [])));
    const { rerender } = render(<LoadBalancerStatusTree {...names(['A', 'B', 'C', 'D', 'E', 'F'])} />);
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(row(/^Listener E/)).toHaveFocus();
    rerender(<LoadBalancerStatusTree {...names(['X', 'Y', 'Z', 'A', 'B', 'C', 'D', 'E', 'F'])} />);
    expect(row(/^Listener E/)).toHaveFocus();
    rerender(<LoadBalancerStatusTree {...names(['X', 'Y', 'Z', 'A', 'B', 'C', 'D', 'F'])} />);
    expect(row(/^Listener F/)).toHaveFocus();
  });

  it("a row's description is its own, whatever its siblings' ids (no id is another's plus a suffix)", async () => {
    const user = userEvent.setup();
    render(<LoadBalancerStatusTree {...body([{ ...listener('second', []), id: 'a-desc' }, { ...listener('first', [], 'ERROR'), id: 'a' }])} />);
    // The row of id "a": its description's id must not be the row of id "a-desc".
    await user.click(row(/^Listener first/));
    const focused = row(/^Listener first/);
    const description = document.getElementById(focused.getAttribute('aria-describedby')!)!;
    expect(description).not.toHaveAttribute('role', 'treeitem');
    expect(focused.contains(description)).toBe(true);
  });
});
