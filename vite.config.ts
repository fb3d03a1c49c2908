import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
        // React Server Components: the React entry and its modules are client modules;
        // elb-status-ui/core stays usable on a server. Bundlers drop source directives, so add it here.
        banner: (chunk) => (chunk.fileName === 'index.js' || chunk.fileName.startsWith('react/') ? "'use client';" : ''),
        sourcemap: false,
      },
    },
  },
});
