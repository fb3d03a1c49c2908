import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { clientDirectiveBanner } from './scripts/use-client.mjs';

// Library build: ESM only, one file per entry plus shared chunks. React, ReactDOM and Radix
// stay external so the consoles' own copies are used. Declarations come from `tsc` (see the
// build script), so nothing here runs under Storybook or Vitest.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    copyPublicDir: false,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        'error-codes': 'src/catalogue/index.ts',
        'locales/de': 'src/locales/de.ts',
        'locales/zh-CN': 'src/locales/zh-CN.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//],
      output: {
        // One file per source module: consumers' bundlers drop what they do not import
        // (package.json marks only CSS as having side effects).
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // React Server Components: each component and hook module is a client module; the barrels
        // (index.js, react/index.js) only re-export, so the core functions they carry work on a server
        // from the root entry too. Bundlers drop source directives, so add it here.
        banner: clientDirectiveBanner,
        sourcemap: false,
      },
    },
  },
});
