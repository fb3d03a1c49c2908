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
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        'error-codes': 'src/catalogue/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//],
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
