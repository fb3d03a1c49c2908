// The severity icons, the one source of every icon the library draws (16x16 SVG paths): a solid shape
// and a white glyph. npm run icons makes two things of them in src/styles.css: the --elb-icon-* masks
// (shape with the glyph cut out), which the panel and themed badges paint in a theme colour, and the
// default badges' bitmap sprite (bitmaps paint fastest: bench/README.md). Each shape keeps
// at least 3:1 against its badge background in the light and the dark scheme, and the glyph at
// least 3:1 against the shape (non-text contrast; test/react/status-badge/contrast.test.ts checks both), so one
// bitmap per severity serves both schemes. Shapes differ per severity: colour is never the only signal.
export const ICONS = {
  error: { shape: '#db3b3b', d: 'M4.9 1h6.2L15 4.9v6.2L11.1 15H4.9L1 11.1V4.9z', glyph: '#ffffff', g: 'M5.2 4.1 4.1 5.2 6.9 8l-2.8 2.8 1.1 1.1L8 9.1l2.8 2.8 1.1-1.1L9.1 8l2.8-2.8-1.1-1.1L8 6.9z' },
  success: { shape: '#238636', d: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z', glyph: '#ffffff', g: 'M11.3 5.2 7 9.5 4.8 7.3 3.7 8.4 7 11.7l5.4-5.4z' },
  info: { shape: '#1f6feb', d: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z', glyph: '#ffffff', g: 'M7 7h2v5H7z M7 4h2v2H7z' },
  warning: { shape: '#a37200', d: 'M8 1 15.5 14.5H.5z', glyph: '#ffffff', g: 'M7 6h2v4.5H7z M7 11.5h2v2H7z' },
};

/** One icon as a mask: a CSS url() of an SVG data URI, the glyph cut out of the shape (even-odd). */
export function iconUrl(name) {
  const { d, g } = ICONS[name];
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><path d='${d} ${g}' fill-rule='evenodd'/></svg>`;
  return `url("data:image/svg+xml,${svg.replace(/[<>#%"]/g, encodeURIComponent)}")`;
}
