import { render } from 'vitest-browser-react';
import { StatusBadge } from 'elb-status-ui';
import '../../src/styles.css';
import { ICONS } from '../../scripts/icons.mjs';

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

  it('gives every severity its own colours and one icon sprite, on the inline-start side', async () => {
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
    expect(new Set(images).size).toBe(1);
    expect(new Set(styles.map((s) => s.backgroundPositionY)).size).toBe(4);
    expect(new Set(styles.map((s) => s.color)).size).toBe(4);
    expect(new Set(styles.map((s) => s.backgroundColor)).size).toBe(4);
    expect(styles[0]!.backgroundPositionX).not.toMatch(/right|100%/);
    expect(getComputedStyle(screen.getByTestId('rtl').element()).backgroundPositionX).toMatch(/right|100%/);
  });

  // What a person sees: each badge, drawn by Chromium, shows its own icon's shape colour in the
  // icon's place and none of the other icons (the sprite's neighbours stay out of the badge), also
  // when a console makes the badge taller or its text larger.
  it.each([
    ['as shipped', {}],
    ['with a tall line-height', { lineHeight: 3 }],
    ['with a large font', { fontSize: '24px' }],
  ] as const)('draws the right icon for every severity %s', async (_, style) => {
    const screen = await render(
      <div style={{ padding: 8, background: '#ffffff' }}>
        {Object.entries(STATUSES).map(([severity, s]) => (
          <div key={s} style={{ padding: 4 }}>
            <StatusBadge status={s} data-testid={severity} style={style} />
          </div>
        ))}
      </div>,
    );
    for (const severity of Object.keys(STATUSES) as (keyof typeof STATUSES)[]) {
      const locator = screen.getByTestId(severity);
      // Only the icon's place, the badge's inline-start padding (1.75em): the text stays out of it.
      const em = parseFloat(getComputedStyle(locator.element()).fontSize);
      const counts = await shapeColourCounts(await locator.screenshot({ save: false }), Math.floor(em * 1.7));
      const own = counts[severity];
      expect(own, `${severity} icon drawn`).toBeGreaterThan(8);
      expect(Math.abs(counts.centre[severity]! - 0.5), `${severity} icon centred`).toBeLessThan(0.12);
      for (const other of Object.keys(ICONS).filter((k) => k !== severity)) {
        expect(counts[other as keyof typeof ICONS], `${other} icon inside the ${severity} badge`).toBeLessThan(own / 4);
      }
    }
  });
});

/** Per icon: how many pixels in the first `columns` of a PNG (base64) are close to its shape colour, and where they sit. */
async function shapeColourCounts(base64: string, columns: number): Promise<Record<keyof typeof ICONS, number> & { centre: Record<string, number> }> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const targets = Object.entries(ICONS).map(([name, icon]) => [name, rgb(icon.shape)] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  const rows: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let i = 0; i < data.length; i += 4) {
    if ((i / 4) % image.width >= columns) continue;
    for (const [name, [r, g, b]] of targets) {
      if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 30) {
        counts[name]! += 1;
        rows[name]! += Math.floor(i / 4 / image.width);
      }
    }
  }
  // The mean row of an icon's pixels, as a fraction of the height (0.5: centred).
  const centre = Object.fromEntries(Object.keys(counts).map((name) => [name, counts[name] ? rows[name]! / counts[name]! / image.height : 0]));
  return { ...(counts as Record<keyof typeof ICONS, number>), centre };
}
