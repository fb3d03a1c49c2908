import { render } from 'vitest-browser-react';
import { StatusBadge } from 'elb-status-ui';
import '../../src/styles.css';

// The badge's stylesheet contract, in real Chromium: what makes a thousand of them cheap
// (bench/README.md) and what keeps them readable.
describe('StatusBadge styles in Chromium', () => {
  const STATUSES = { success: 200, info: 304, warning: 404, error: 503 } as const;

  it('is one inline box per badge: no pseudo-element, no positioning, no border in layout', async () => {
    const screen = await render(<StatusBadge status={503} />);
    const badge = screen.getByText('503 Service Unavailable').element();
    const style = getComputedStyle(badge);
    expect(style.display).toBe('inline');
    expect(style.position).toBe('static');
    expect(style.borderInlineStartWidth).toBe('0px');
    expect(style.boxShadow).toMatch(/inset/);
    expect(getComputedStyle(badge, '::before').content).toBe('none');
    expect(getComputedStyle(badge, '::after').content).toBe('none');
    expect(badge.childNodes).toHaveLength(1);
  });

  it('gives every severity its own bitmap icon, colours, and the icon on the inline-start side', async () => {
    const screen = await render(
      <>
        {Object.entries(STATUSES).map(([severity, s]) => (
          <StatusBadge key={s} status={s} data-testid={severity} />
        ))}
        <div dir="rtl">
          <StatusBadge status={200} data-testid="rtl" />
        </div>
      </>,
    );
    const styles = Object.keys(STATUSES).map((severity) => getComputedStyle(screen.getByTestId(severity).element()));
    const images = styles.map((s) => s.backgroundImage);
    for (const image of images) expect(image).toMatch(/^url\("data:image\/png;base64,/);
    expect(new Set(images).size).toBe(4);
    expect(new Set(styles.map((s) => s.color)).size).toBe(4);
    expect(new Set(styles.map((s) => s.backgroundColor)).size).toBe(4);
    expect(styles[0]!.backgroundPositionX).not.toMatch(/right|100%/);
    expect(getComputedStyle(screen.getByTestId('rtl').element()).backgroundPositionX).toMatch(/right|100%/);
  });
});
