// Type-aware lint, plus the layers of ARCHITECTURE.md:
// - domain imports nothing of server, web or cli, and no Node module but node:crypto;
// - web imports only the server's *.schemas.ts, and a web feature reaches another feature
//   only through src/web/app or src/web/components;
// - server imports nothing of web or cli;
// - queries (drizzle-orm's builders and db.select/insert/update/delete/execute) are written
//   only in *.repository.ts files and src/server/platform/db.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

const domainIsPure = {
  group: [
    '**/server/**',
    '**/web/**',
    '**/cli/**',
    'fastify',
    '@fastify/*',
    'drizzle-orm',
    'drizzle-orm/*',
    'pg',
    'react',
    'react-dom',
  ],
  message: 'src/domain holds pure rules: it imports nothing of server, web, cli or I/O libraries.',
};
const domainNodeMessage =
  'src/domain holds pure rules: no Node modules (node:crypto only for the lot in rank-and-allocate.ts).';
/** Node's modules by their bare names (fs, path, …); the node: names are a pattern below. */
const bareNodeModules = builtinModules
  .filter((name) => !name.startsWith('_') && !name.startsWith('node:'))
  .map((name) => ({ name, message: domainNodeMessage }));

const webImportsSchemasOnly = {
  regex: '(^|/)(server/(?!.*\\.schemas\\.ts$)|cli/)',
  message: 'The web app imports only shared *.schemas.ts files from the server.',
};
/**
 * From a file `depth` folders below src/web/features/<name>/, an import that climbs to
 * src/web/features and down into a feature (or to src/web and into features/) leaves the
 * feature. Features share through src/web/app and src/web/components instead.
 */
const notIntoAnotherFeature = (depth) => ({
  regex: `^(\\.\\./){${depth}}(?!\\.\\.)|^(\\.\\./){${depth + 1}}features/`,
  message:
    'A web feature does not import another feature: share it through src/web/app (queries, pages that combine features) or src/web/components.',
});

const queriesOnlyInRepositories = [
  {
    selector:
      "ImportDeclaration[importKind!='type'][source.value=/^drizzle-orm/] > :matches(ImportSpecifier[importKind!='type'], ImportDefaultSpecifier, ImportNamespaceSpecifier)",
    message:
      'Queries are written in a *.repository.ts file (or src/server/platform/db); import drizzle-orm there.',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(select|selectDistinct|selectDistinctOn|insert|update|delete|execute)$/]:matches([callee.object.name=/^(db|tx|trx|database)$/], [callee.object.property.name='db'])",
    message: 'Queries are written in a *.repository.ts file (or src/server/platform/db).',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'db/migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'always'],
      // Fastify plugins are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict(
        [domainIsPure, { group: ['node:*'], message: domainNodeMessage }],
        bareNodeModules,
      ),
    },
  },
  {
    // Drawing the lot hashes the seed with SHA-256 (docs/rules/assessment-and-ranking.md);
    // node:crypto gives the same digest on every machine. The web app never loads this file.
    files: ['src/domain/tender/rank-and-allocate.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [domainIsPure, { group: ['node:*', '!node:crypto'], message: domainNodeMessage }],
        bareNodeModules,
      ),
    },
  },
  {
    files: ['src/web/**'],
    rules: { 'no-restricted-imports': restrict([webImportsSchemasOnly]) },
  },
  {
    files: ['src/web/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([webImportsSchemasOnly, notIntoAnotherFeature(1)]),
    },
  },
  {
    files: ['src/web/features/*/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([webImportsSchemasOnly, notIntoAnotherFeature(2)]),
    },
  },
  {
    files: ['src/web/features/*/*/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'A web feature has one level of folders (api, components, routes); the rule that keeps features apart counts on it.',
        },
      ],
    },
  },
  {
    // Shared components serve every feature and know none of them.
    files: ['src/web/components/**'],
    rules: {
      'no-restricted-imports': restrict([
        webImportsSchemasOnly,
        {
          regex: '^(\\.\\./)+features/',
          message: 'src/web/components is shared by the features and imports none of them.',
        },
      ]),
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/web/**', '**/cli/**'],
          message: 'The server does not import web or cli code.',
        },
      ]),
    },
  },
  {
    // The web app and the domain cannot reach drizzle-orm at all (see above).
    files: ['src/server/**', 'src/cli/**', 'scripts/**', 'test/**', 'bench/**', '*.ts'],
    ignores: [
      '**/*.repository.ts',
      'src/server/platform/db/**',
      // Tests and benchmarks set up and inspect the database directly,
      '**/*.test.ts',
      'test/**',
      'bench/**',
      // and the demo fills it in bulk, the way a year of use would.
      'src/server/demo/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...queriesOnlyInRepositories] },
  },
  {
    // Tests read JSON answers whose shape the assertions themselves check.
    files: ['**/*.test.ts', 'test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
