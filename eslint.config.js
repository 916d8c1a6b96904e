// ESLint for the whole repo: TypeScript rules, React hooks, and the import rules that keep the
// layers apart (see README "Architecture"). `npm run lint` runs it with Prettier's check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const WEB_IMPORTS = {
  patterns: [
    {
      group: ['**/server/**', '!**/server/domain', '!**/server/domain/**', '!**/server/app'],
      message: 'The web app imports only the core (server/domain) and `import type` of the API (server/app).',
    },
    {
      group: ['**/server/app'],
      allowTypeImports: true,
      message: 'Only `import type` from server/app: the API types, never its code.',
    },
    { group: ['**/scripts/**'], message: 'The web app does not import command-line scripts.' },
  ],
};

const CORE_IMPORTS = {
  patterns: [
    { group: ['node:*'], message: 'The core runs in the browser too: no Node built-ins.' },
    {
      group: ['@duckdb/*', 'react', 'react-dom', 'maplibre-gl', '@deck.gl/*'],
      message: 'The core is pure rules: no database, DOM or map code.',
    },
    { group: ['../*', '../**'], message: 'The core imports only itself and pure libraries.' },
  ],
};

const SERVER_IMPORTS = {
  patterns: [
    {
      group: ['**/scripts/**'],
      message: 'server/ never imports scripts/: scripts are entry points into the server, not the other way round.',
    },
    {
      // The app's texts are the one exception: an export speaks the same words as the screen.
      regex: '(^|/)web/(?!i18n/[a-z]+/[a-z]+\\.json$)',
      message: 'server/ never imports the web app (only its texts, web/i18n/<language>/*.json).',
    },
  ],
};

const SCRIPT_IMPORTS = {
  patterns: [
    {
      group: [
        '**/server/ingest/*/**',
        '**/server/store/bulkInsert',
        '**/server/store/tables',
        '**/server/routes/**',
        '**/server/http/**',
      ],
      message:
        'Scripts call the server through its entry points (app, server, store modules, ingest jobs, services, core), not its internals.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', WEB_IMPORTS],
    },
  },
  // Tests read untyped JSON answers and assert on them.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['server/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', CORE_IMPORTS] } },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/domain/**'],
    rules: { 'no-restricted-imports': ['error', SERVER_IMPORTS] },
  },
  { files: ['scripts/**/*.ts'], rules: { 'no-restricted-imports': ['error', SCRIPT_IMPORTS] } },
  prettier,
);
