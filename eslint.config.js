// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrictIn = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const nodeIo = ['node:fs', 'node:fs/*', 'node:child_process', 'node:process', 'fs', 'child_process'];
const presentation = ['chalk', 'cli-table3', 'commander'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/.corpus/', 'src/io/schema-validators.js'] },
  js.configs.recommended,
  {
    // The launcher, benchmark and helper scripts run directly under Node.
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'bin/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        structuredClone: 'readonly',
      },
    },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // The core is pure: no file, process or console access, no formatting libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      ...restrictIn([
        { group: [...nodeIo, ...presentation], message: 'src/core is pure; do I/O in src/io and formatting in src/render.' },
        { group: ['../io/*', '../render/*', '../cli/*'], message: 'src/core must not depend on outer layers.' },
      ]),
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read the process.' }],
    },
  },
  {
    files: ['src/render/**/*.ts'],
    rules: restrictIn([
      { group: [...nodeIo, 'commander'], message: 'Renderers return strings; writing belongs to src/io.' },
      { group: ['../io/*', '../cli/*'], message: 'src/render must not depend on io or cli.' },
    ]),
  },
  {
    files: ['src/io/**/*.ts'],
    rules: restrictIn([{ group: [...presentation, '../render/*', '../cli/*'], message: 'src/io reads and writes; it does not format or parse arguments.' }]),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: restrictIn([{ group: [...nodeIo, ...presentation, '../io/*', '../render/*', '../cli/*'], message: 'Catalogues are plain data.' }]),
  },
);
