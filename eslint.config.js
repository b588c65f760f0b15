// ESLint flat config: typescript-eslint's type-checked recommended rules for every TS file (type information
// comes from each package's tsconfig.json through the project service), the type-free rules for JS files.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noInheritedLookup from './scripts/eslint-rules/no-inherited-lookup.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/src/generated/**',
      '**/*.gen.ts',
      '**/mutation-report/**',
      'docs/site/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          // The vitest configs belong to no tsconfig (they sit outside each package's `include`, and
          // vitest.shared.ts outside every package); they are few and small, so a default project
          // covers them. The lint rules' type declarations (scripts/eslint-rules/*.d.mts) and the
          // scripts' (scripts/*.d.mts) too, for the same reason. (test-support/ has its tsconfig.)
          // One vitest config per workspace package: the limit grows with the workspace.
          allowDefaultProject: [
            'vitest.shared.ts',
            '*/*/vitest.config.ts',
            'scripts/eslint-rules/*.d.mts',
            'scripts/*.d.mts',
          ],
          defaultProject: 'tsconfig.base.json',
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Part of recommendedTypeChecked already; listed so that the minimum stays explicit.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Lookups keyed by request, reply or file data: `record[key]` on a string-keyed plain object also
    // answers `__proto__`, `constructor`, `toString`... (one `GET /_emulator/__proto__` ended the
    // emulator, issue 18). Use a Map or Object.hasOwn; see scripts/eslint-rules/no-inherited-lookup.mjs.
    // Shipped code and examples; tests index their own fixtures freely.
    files: ['packages/*/src/**/*.ts', 'packages/emulator/dashboard/**/*.ts', 'examples/**/*.ts'],
    plugins: { blizwork: { rules: { 'no-inherited-lookup': noInheritedLookup } } },
    rules: { 'blizwork/no-inherited-lookup': 'error' },
  },
  {
    // The dashboard page is bundled for the browser on its own (scripts/build-dashboard.mjs): it may
    // take the admin API's reply types from the emulator's src/ (admin/admin-contract.ts), but only
    // type-only, so nothing of the server enters the page's bundle.
    files: ['packages/emulator/dashboard/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              allowTypeImports: true,
              message: "The dashboard imports the emulator's src/ type-only (import type).",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read replies with `await res.json()` and `JSON.parse` (typed `any`) and assert on them with
    // `expect`: typing every parsed reply would add nothing `expect` does not already check, and these
    // rules flagged only that (about 230 findings). Tests only: source files keep every no-unsafe-* rule.
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Tests and examples write async functions without `await` on purpose: async iterables that feed
    // `upsertMany`, async handlers and stand-in rate limiters show the async shape the API takes.
    // Source files keep the rule.
    files: ['**/test/**/*.ts', 'examples/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript (scripts, benches, bins, build configs) has no types to check.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
