import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'bench/results', 'node_modules', 'public', 'coverage', 'src/**/*.generated.ts', 'examples/*/.next', 'examples/*/dist', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is framework-free: no React, no Radix, no DOM libraries, nothing from src/react.
    files: ['src/core/**/*.ts', 'src/catalogue/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@radix-ui/*'], message: 'src/core must not depend on React.' },
            { group: ['**/react/**', '../react', '../../react'], message: 'src/core must not import the React layer.' },
          ],
        },
      ],
    },
  },
  {
    // Library code must not touch the DOM at import time: no top-level window/document.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'The library keeps no state outside React.' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '.ci/**/*.mjs'],
    // bench/run.mjs passes callbacks to page.evaluate: they run in the browser.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', window: 'readonly', document: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly', MessageChannel: 'readonly', fetch: 'readonly' } },
  },
);
