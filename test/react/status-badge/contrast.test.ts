import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ICONS, iconUrl } from '../../../scripts/icons.mjs';

// Reads the custom properties of each scheme from styles.css and checks WCAG 2.2 AA contrast.
const css = readFileSync('src/styles.css', 'utf8');

function block(selectorStart: string): Record<string, string> {
  const at = css.indexOf(selectorStart);
  if (at < 0) throw new Error(`no block ${selectorStart}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--elb-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

const light = block(":where(:root, [data-theme='light'])");
const dark = { ...light, ...block(":where([data-theme='dark'])") };
const mediaDark = { ...light, ...block(':where(:root:not([data-theme=\'light\']))') };

describe.each([
  ['light', light],
  ['dark', dark],
  ['dark (prefers-color-scheme)', mediaDark],
])('%s scheme contrast', (_name, v) => {
  it.each(['success', 'info', 'warning', 'error'])('%s text on its background is at least 4.5:1', (sev) => {
    expect(ratio(v[`--elb-${sev}-fg`]!, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(v['--elb-fg']!, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(v['--elb-fg-muted']!, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['success', 'info', 'warning', 'error'])('%s border (and icon) is at least 3:1 against its background', (sev) => {
    expect(ratio(v[`--elb-${sev}-border`]!, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(3);
    expect(ratio(v[`--elb-${sev}-fg`]!, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(3);
  });

  it('buttons, tooltips and focus ring meet AA', () => {
    expect(ratio(v['--elb-accent-fg']!, v['--elb-accent']!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(v['--elb-fg']!, v['--elb-surface']!)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(v['--elb-tooltip-fg']!, v['--elb-tooltip-bg']!)).toBeGreaterThanOrEqual(4.5);
    for (const sev of ['success', 'info', 'warning', 'error']) {
      expect(ratio(v['--elb-focus-ring']!, v[`--elb-${sev}-bg`]!), sev).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('styles.css', () => {
  it('uses logical properties for direction-dependent spacing (RTL works)', () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\s*:/);
    expect(css).not.toMatch(/\b(left|right)\s*:/);
  });

  it('respects reduced motion and sets no outer margins on the roots', () => {
    expect(css).toMatch(/prefers-reduced-motion: reduce/);
    for (const root of ['.elb-badge {', '.elb-panel {']) {
      const body = css.slice(css.indexOf(root), css.indexOf('}', css.indexOf(root)));
      expect(body, root).not.toMatch(/\bmargin/);
    }
  });
});

describe('badge icons', () => {
  it.each(Object.entries(ICONS))('%s: shape at least 3:1 on the badge background in every scheme, glyph at least 3:1 on the shape (WCAG 1.4.11)', (sev, icon) => {
    for (const v of [light, dark, mediaDark]) {
      expect(ratio(icon.shape, v[`--elb-${sev}-bg`]!)).toBeGreaterThanOrEqual(3);
    }
    expect(ratio(icon.glyph, icon.shape)).toBeGreaterThanOrEqual(3);
  });

  it('styles.css holds the masks of the current sources (npm run icons): the panel and themed badges paint the same shapes', () => {
    for (const name of Object.keys(ICONS) as (keyof typeof ICONS)[]) {
      const url = iconUrl(name);
      expect(css).toContain(`--elb-icon-${name}: ${url};`);
      expect(css).toContain(`mask-image: ${url};`);
    }
    // Every severity SVG in the stylesheet is one of these four, defined once as a custom property and
    // once in the themed badge's rules (each with its -webkit- twin): no second set of shapes to drift.
    // The only other SVGs are the resource badge's in-progress icon, moving and still.
    expect(css.match(/url\("data:image\/svg\+xml/g)).toHaveLength(4 * 3 + 2);
  });

  it('styles.css holds the bitmaps of the current sources (npm run icons)', () => {
    const hash = createHash('sha256').update(JSON.stringify(ICONS)).digest('hex').slice(0, 16);
    expect(css).toContain(`/* sources ${hash} */`);
    // One sprite for all four severities; each severity only moves it (StatusBadge.browser.test.tsx
    // checks in Chromium that every badge shows its own icon).
    expect(css.match(/url\('data:image\/png;base64,[A-Za-z0-9+/=]+'\)/g)).toHaveLength(1);
    for (const severity of ['success', 'info', 'warning']) {
      expect(css).toMatch(new RegExp(`\\.elb-badge\\[data-severity='${severity}'\\] \\{\\s*background-position-y: calc\\(50% [-+] \\d+em\\);\\s*\\}`));
    }
  });
});
