import { render } from 'vitest-browser-react';
import { cdp } from 'vitest/browser';
import { StatusBadge } from 'elb-status-ui';
import '../../../src/styles.css';
import { ICONS } from '../../../scripts/icons.mjs';

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

// Icons in the theme's colours (class elb-theme-icons on an ancestor): the panel's masks, painted in
// the badge's text colour.
describe('StatusBadge icons under .elb-theme-icons in Chromium', () => {
  const STATUSES = { success: 200, info: 304, warning: 404, error: 503 } as const;
  type Sev = keyof typeof STATUSES;
  const before = (el: Element) => getComputedStyle(el, '::before');

  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  });

  it('draws no bitmap and no pseudo-element outside it (the default stays one box)', async () => {
    const screen = await render(
      <>
        <StatusBadge status={503} data-testid="plain" />
        <div className="elb-theme-icons">
          <StatusBadge status={503} data-testid="themed" />
        </div>
      </>,
    );
    expect(before(screen.getByTestId('plain').element()).content).toBe('none');
    expect(getComputedStyle(screen.getByTestId('plain').element()).backgroundImage).toMatch(/image\/png/);
    expect(getComputedStyle(screen.getByTestId('themed').element()).backgroundImage).toBe('none');
  });

  it("masks each severity's icon from the shared --elb-icon-* source and paints it in the badge's text colour", async () => {
    const screen = await render(
      <div className="elb-theme-icons">
        {Object.entries(STATUSES).map(([severity, s]) => (
          <StatusBadge key={s} status={s} data-testid={severity} />
        ))}
      </div>,
    );
    const root = getComputedStyle(document.documentElement);
    for (const severity of Object.keys(STATUSES) as Sev[]) {
      const badge = screen.getByTestId(severity).element();
      const icon = before(badge);
      expect(icon.content).toBe('""');
      expect(icon.backgroundColor).toBe(getComputedStyle(badge).color);
      // The mask's SVG is the shared source's path for this severity (the panel paints the same one).
      const mask = decodeURIComponent(icon.maskImage);
      expect(mask).toContain(`${ICONS[severity].d} ${ICONS[severity].g}`);
      expect(decodeURIComponent(root.getPropertyValue(`--elb-icon-${severity}`))).toContain(`${ICONS[severity].d} ${ICONS[severity].g}`);
    }
    expect(new Set(Object.keys(STATUSES).map((s) => before(screen.getByTestId(s).element()).backgroundColor)).size).toBe(4);
  });

  it('follows the theme: --elb-* set on a parent recolour the icon, and data-theme="dark" switches it both ways', async () => {
    const screen = await render(
      <div className="elb-theme-icons">
        <div style={{ '--elb-error-fg': 'rgb(1, 2, 3)', '--elb-success-fg': 'rgb(4, 5, 6)' } as React.CSSProperties}>
          <StatusBadge status={503} data-testid="error" />
          <StatusBadge status={200} data-testid="success" />
        </div>
        <div data-theme="dark">
          <StatusBadge status={503} data-testid="dark" />
          <div data-theme="light">
            <StatusBadge status={503} data-testid="light-in-dark" />
          </div>
        </div>
      </div>,
    );
    expect(before(screen.getByTestId('error').element()).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(before(screen.getByTestId('success').element()).backgroundColor).toBe('rgb(4, 5, 6)');
    // #ffa198 and #b3261e: the error foreground of the dark and the light scheme.
    expect(before(screen.getByTestId('dark').element()).backgroundColor).toBe('rgb(255, 161, 152)');
    expect(before(screen.getByTestId('light-in-dark').element()).backgroundColor).toBe('rgb(179, 38, 30)');
  });

  it('follows prefers-color-scheme: dark when no data-theme is set', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const screen = await render(
      <div className="elb-theme-icons">
        <StatusBadge status={200} />
      </div>,
    );
    // #7ee2a0: the dark scheme's success foreground.
    expect(before(screen.getByText('200 OK').element()).backgroundColor).toBe('rgb(126, 226, 160)');
  });

  it('keeps the icon visible in forced-colors mode, painted in CanvasText', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const screen = await render(
      <div className="elb-theme-icons">
        <StatusBadge status={404} />
      </div>,
    );
    const badge = screen.getByText('404 Not Found').element();
    const icon = before(badge);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    expect(icon.forcedColorAdjust).toBe('none');
    expect(icon.maskImage).toMatch(/^url\(/);
    // CanvasText, not the transparent or Canvas a forced background would give: the icon still shows.
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(icon.backgroundColor).toBe(getComputedStyle(probe).color);
    expect(icon.backgroundColor).not.toBe(getComputedStyle(badge).backgroundColor);
    probe.remove();
  });

  it('puts the icon at the inline start in right-to-left pages, keeping "200 OK" in order', async () => {
    const screen = await render(
      <div dir="rtl" className="elb-theme-icons">
        <StatusBadge status={200} />
      </div>,
    );
    const badge = screen.getByText('200 OK').element();
    expect(before(badge).content).toBe('none');
    const after = getComputedStyle(badge, '::after');
    expect(after.content).toBe('""');
    expect(decodeURIComponent(after.maskImage)).toContain(ICONS.success.d);
  });

  // What a person sees: the icon's place (the badge's inline start) is drawn in the badge's text
  // colour, also when a console makes the badge taller or its text larger.
  it.each([
    ['as shipped', {}],
    ['with a tall line-height', { lineHeight: 3 }],
    ['with a large font', { fontSize: '24px' }],
  ] as const)('draws the themed icon in the text colour %s', async (_, style) => {
    const screen = await render(
      <div className="elb-theme-icons" style={{ padding: 8, background: '#ffffff' }}>
        {Object.entries(STATUSES).map(([severity, s]) => (
          <div key={s} style={{ padding: 4 }}>
            <StatusBadge status={s} data-testid={severity} style={style} />
          </div>
        ))}
      </div>,
    );
    for (const severity of Object.keys(STATUSES) as Sev[]) {
      const locator = screen.getByTestId(severity);
      const element = locator.element();
      const em = parseFloat(getComputedStyle(element).fontSize);
      // Only the icon's place: the padding and the icon, before the text begins.
      const { count, centre } = await colourPixels(await locator.screenshot({ save: false }), getComputedStyle(element).color, Math.floor(em * 1.4));
      expect(count, `${severity} icon drawn`).toBeGreaterThan(em * em * 0.12);
      expect(Math.abs(centre - 0.5), `${severity} icon centred`).toBeLessThan(0.15);
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

/** How many pixels in the first `columns` of a PNG (base64) are close to `colour` (rgb(…)), and their mean row as a fraction of the height. */
async function colourPixels(base64: string, colour: string, columns: number): Promise<{ count: number; centre: number }> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  let count = 0;
  let rows = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((i / 4) % image.width >= columns) continue;
    if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 60) {
      count += 1;
      rows += Math.floor(i / 4 / image.width);
    }
  }
  return { count, centre: count ? rows / count / image.height : 0 };
}
