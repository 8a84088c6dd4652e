// Lint rules, including the process boundaries of ARCHITECTURE.md:
// shared/ is pure (no Node, Electron, React or SQLite); renderer/ never reaches into main/ or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.scratch/',
      '.data/',
      '.electron-native/',
      'out/',
      'dist/',
      'release/',
      'tests/artifacts/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ must not import React.',
            },
            { group: ['better-sqlite3'], message: 'shared/ must not import the database driver.' },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared/ must not import main/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'renderer/ never touches Node: call window.api.' },
            {
              group: ['electron', 'electron/*', 'better-sqlite3', 'pdfkit'],
              message: 'renderer/ runs sandboxed: call window.api.',
            },
            {
              group: ['**/main/**'],
              message: 'renderer/ must not import main/: share through shared/.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
