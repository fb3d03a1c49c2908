// Bundle budgets (npm run size, after npm run build; enforced by .ci/run). Sizes are min+gz.
// React checks bundle the way a console's bundler does: with code splitting, so the badge
// tooltip (BadgeTooltip.js, with Radix) is a chunk of its own that a page fetches the first time
// somebody points at or focuses a badge. "Everything" counts every file a check can load
// (each gzipped on its own, as each is downloaded); "before first hover" only what a page loads up front.
const react = { gzip: true, ignore: ['react', 'react-dom'] };
const split = (config) => ({ ...config, format: 'esm', splitting: true });
const keepTooltipOut = {
  name: 'tooltip-chunk-stays-out',
  setup(build) {
    build.onResolve({ filter: /\/BadgeTooltip\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const beforeFirstHover = (config) => ({ ...split(config), plugins: [...(config.plugins ?? []), keepTooltipOut] });

export default [
  {
    name: 'elb-status-ui/core: toElbError + getStatusInfo',
    path: 'dist/core.js',
    import: '{ toElbError, getStatusInfo }',
    gzip: true,
    limit: '5 kB',
  },
  {
    name: 'elb-status-ui: StatusBadge, everything (with its Radix tooltip chunk)',
    path: 'dist/index.js',
    import: '{ StatusBadge }',
    ...react,
    modifyEsbuildConfig: split,
    limit: '23 kB',
  },
  {
    name: 'elb-status-ui: StatusBadge before first hover or focus (reported)',
    path: 'dist/index.js',
    import: '{ StatusBadge }',
    ...react,
    modifyEsbuildConfig: beforeFirstHover,
    limit: '3.5 kB',
  },
  {
    name: 'elb-status-ui: whole React entry before first hover or focus (no error-code catalogue)',
    path: 'dist/index.js',
    import: '*',
    ...react,
    modifyEsbuildConfig: beforeFirstHover,
    limit: '30 kB',
  },
  {
    name: 'elb-status-ui: whole React entry, everything (no error-code catalogue; reported)',
    path: 'dist/index.js',
    import: '*',
    ...react,
    modifyEsbuildConfig: split,
    // 36.27 kB before the retry-ownership redesign; it added 2.6 kB (BannerStore owning group retries
    // with its bounds, failure identity, the panel split into owner and view).
    limit: '40 kB',
  },
  {
    name: 'elb-status-ui/error-codes: catalogue (reported; loaded only by callers that import it)',
    path: 'dist/error-codes.js',
    import: '*',
    gzip: true,
    limit: '7 kB',
  },
];
