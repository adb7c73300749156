import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Layering: shared ← core ← hosts; the renderer reaches the core only through the contract. */
const layering = (zones, noElectron = true) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: noElectron ? [{ name: 'electron', message: 'only the Electron host (electron/main, electron/preload) imports electron' }] : [],
      patterns: zones,
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      ...layering([
        {
          group: ['**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/web/**', '**/electron/cli/**'],
          message: 'the renderer imports only electron/shared',
        },
        { group: ['node:*'], message: 'the renderer has no Node' },
      ]),
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: layering([
      {
        group: ['**/core/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**', 'node:*'],
        message: 'electron/shared is pure: types, the contract, pure functions',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layering([{ group: ['**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], message: 'the core knows no host' }]),
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: layering([]),
  },
);
