import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles.css', 'utf8');

describe('ResourceStatusBadge styles', () => {
  const reduced = [...css.matchAll(/@media \(prefers-reduced-motion: reduce\) \{([\s\S]*?)\n\}/g)].map((m) => m[1]!).join('\n');
  const transitional = /\.elb-rbadge\[data-transitional='true'\] \{([^}]*)\}/;

  it('the in-progress icon turns by itself, and stands still under prefers-reduced-motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: reduce\) \{[\s\S]*?\n\}/g, '');
    const moving = transitional.exec(outside)?.[1] ?? '';
    expect(moving).toMatch(/--elb-icon-progress,/);
    expect(moving).toMatch(/animateTransform/);
    const still = transitional.exec(reduced)?.[1] ?? '';
    expect(still).toMatch(/--elb-icon-progress-still,/);
    expect(still).not.toMatch(/animate/i);
  });

  it('runs no CSS animation on badges (a table of pending rows costs no style work per frame)', () => {
    const rules = css.split('/* ---- ResourceStatusBadge')[1]!.split('/* ---- LoadBalancerStatusTree')[0]!;
    expect(rules).not.toMatch(/animation\s*:/);
  });

  it('undocumented values are neutral, themable, without icon', () => {
    const neutral = /\.elb-rbadge\[data-documented='false'\] \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(neutral).toMatch(/background-image: none/);
    expect(neutral).toMatch(/var\(--elb-neutral-fg,/);
  });
});
