#!/usr/bin/env node
// node bench/restyle.mjs: what restyling 1000 badges costs in Chromium, without React. Every item
// changes its text and (except for the span) its data-severity, as in npm run bench's update; the
// stylesheet differs per variant (one variant writes the severity as inline style instead). Prints,
// per variant, the medians of the DOM writes, of the forced style + layout and of the paint and commit
// after it, over REPS page loads of 60 updates each. A diagnostic, not a test.
// RESTYLE_ICON_FONT=file.woff2 (made by bench/colour-font.py) adds three variants in which the icon
// is a glyph of a colour font at the start of the text, so that no rule reads the severity.
import { readFile } from 'node:fs/promises';
import { launchChromium, median } from './site.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 7);
// RESTYLE_LAYOUT=flow: all items in one paragraph with a space after each (npm run bench's flow layout)
// instead of one row each; then every badge is inside the painted area, not only the first few hundred.
const FLOW = process.env.RESTYLE_LAYOUT === 'flow';
const css = await readFile(new URL('../src/styles.css', import.meta.url), 'utf8');
const noIcon = css.replace(/\/\* icons:begin[\s\S]*?icons:end \*\//, '');
const VARIANTS = {
  'plain span, text changes only': { css, cls: '', severity: false },
  'badge, text changes only': { css, cls: 'elb-badge', severity: false },
  'badge as shipped': { css, cls: 'elb-badge', severity: true },
  'badge without its icon': { css: noIcon, cls: 'elb-badge', severity: true },
  // The severity's colours, outline and icon position written as inline style (React's style prop
  // does the same writes): the element's own declarations then change with every write.
  'badge, severity as inline style': { css, cls: 'elb-badge', severity: 'inline' },
  // The least a pill can be: a tinted background with padding and round ends, coloured text, no outline and
  // no icon; the severity picks the colours.
  'minimal pill (background, padding, round ends)': {
    css: `.elb-badge { padding: 0.15em 0.6em; border-radius: 999px; font-size: 0.8125rem; font-weight: 500; color: #b3261e; background: #fdecea }
.elb-badge[data-severity='warning'] { color: #7a4400; background: #fff4de }
.elb-badge[data-severity='success'] { color: #0a6b2b; background: #e7f5ec }
.elb-badge[data-severity='info'] { color: #0b57a4; background: #e8f1fb }`,
    cls: 'elb-badge',
    severity: true,
  },
  'two one-colour rules (the floor of any restyle)': {
    css: ".elb-badge { color: #b3261e } .elb-badge[data-severity='warning'] { color: #7a4400 }",
    cls: 'elb-badge',
    severity: true,
  },
};
if (process.env.RESTYLE_ICON_FONT) {
  const font = (await readFile(process.env.RESTYLE_ICON_FONT)).toString('base64');
  const pill = (family) => `${css}
@font-face { font-family: elb-icons; src: url(data:font/woff2;base64,${font}) format('woff2');
  unicode-range: U+2139, U+26A0, U+2713, U+2715; font-display: block; }
.elb-pill { font-family: ${family}; font-size: 0.8125rem; font-weight: 500; line-height: 1.4; white-space: nowrap;
  padding: 0.15em 0.6em; border-radius: 999px; box-shadow: inset 0 0 0 1px #8c959f; background: #f6f8fa; color: #1f2328; }`;
  // data-severity is still written (a console may select on it), but no rule reads it.
  VARIANTS['neutral pill, icon as a colour-font glyph in the text'] = { css: pill('elb-icons, system-ui, sans-serif'), cls: 'elb-pill', severity: 'glyph' };
  VARIANTS['neutral pill, icon font in the stack, no icon'] = { css: pill('elb-icons, system-ui, sans-serif'), cls: 'elb-pill', severity: 'no-glyph' };
  VARIANTS['neutral pill, no icon font, no icon'] = { css: pill('system-ui, sans-serif'), cls: 'elb-pill', severity: 'no-glyph' };
}

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const results = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, { writes: [], style: [], paint: [] }]));
for (let rep = 0; rep < REPS; rep++) {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    await page.setContent(`<!doctype html><style>${variant.css}</style><div id="root"></div>`);
    const [writes, style, paint] = await page.evaluate(async ({ cls, severity, flow }) => {
      const STATUSES = [['200 OK', 'success'], ['201 Created', 'success'], ['400 Bad Request', 'warning'], ['404 Not Found', 'warning'], ['503 Service Unavailable', 'error'], ['500 Internal', 'error'], ['302 Found', 'info']];
      const root = document.getElementById('root');
      const spans = [];
      for (let i = 0; i < 1000; i++) {
        const span = document.createElement('span');
        if (cls) span.className = cls;
        if (flow) {
          root.append(span, ' ');
        } else {
          const row = document.createElement('div');
          row.append(span);
          root.append(row);
        }
        spans.push(span);
      }
      const GLYPH = { success: '\u2713', info: '\u2139', warning: '\u26A0', error: '\u2715' };
      const ICON_Y = { success: '2em', info: '-2em', warning: '-6em', error: '6em' };
      const apply = (shift) => {
        spans.forEach((span, i) => {
          const [text, sev] = STATUSES[(i + shift) % STATUSES.length];
          if (severity === 'glyph') span.textContent = `${GLYPH[sev]}\u2002${text}`;
          else if (severity === 'no-glyph') span.textContent = `\u2002${text}`;
          else span.textContent = text;
          if (severity === 'glyph' || severity === 'no-glyph') span.setAttribute('data-severity', sev);
          else if (severity === 'inline') {
            span.style.color = `var(--elb-${sev}-fg)`;
            span.style.backgroundColor = `var(--elb-${sev}-bg)`;
            span.style.boxShadow = `inset 0 0 0 1px var(--elb-${sev}-border)`;
            span.style.backgroundPositionY = `calc(50% + ${ICON_Y[sev]})`;
          } else if (severity) span.setAttribute('data-severity', sev);
        });
      };
      apply(0);
      await document.fonts.ready;
      void root.offsetHeight;
      const writes = [];
      const style = [];
      const paint = [];
      for (let k = 0; k < 60; k++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const t0 = performance.now();
        apply(k % 2 ? 3 : 0);
        const t1 = performance.now();
        void root.offsetHeight;
        const t2 = performance.now();
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
        writes.push(t1 - t0);
        style.push(t2 - t1);
        paint.push(performance.now() - t2);
      }
      const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      return [median(writes), median(style), median(paint)];
    }, { ...variant, flow: FLOW });
    results[name].writes.push(writes);
    results[name].style.push(style);
    results[name].paint.push(paint);
  }
}
await browser.close();
console.log(`\n1000 items, ${REPS} page loads x 60 updates; medians in ms\n`);
console.log('| variant | DOM writes | style + layout | paint and commit |\n|---|---|---|---|');
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${median(r.writes).toFixed(1)} | ${median(r.style).toFixed(1)} | ${median(r.paint).toFixed(1)} |`);
console.log(`\nChromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}`);
