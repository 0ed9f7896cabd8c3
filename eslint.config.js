import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const noDom = [
  'react',
  'react-dom',
  'three',
  '@react-three/*',
  'howler',
  'node:*',
  'fs',
  'path',
  'better-sqlite3',
  'fastify',
]
// The headset asks the server to interpret: the NLP model never enters a browser bundle.
const nlp = ['wink-nlp', 'wink-eng-lite-web-model', '**/shared/interpret', '**/shared/interpret/**']
/**
 * `no-restricted-imports` sees only static imports; a lazy `import()` of another layer's folder is caught with this
 * selector, so a chunk loaded later cannot cross a layer either.
 */
const dynamicImportOf = (from, group) => {
  const folder = group
    .replace(/^\*\*\//, '')
    .replace(/\/\*\*$/, '')
    .replaceAll('/', '\\/')
  return {
    selector: `ImportExpression[source.value=/(^|\\/)${folder}(\\/|$)/]`,
    message: `${from} may not import() ${group} (see docs/ARCHITECTURE.md layers)`,
  }
}
const layer = (from, forbidden) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: `${from} may not import ${group} (see docs/ARCHITECTURE.md layers)`,
        })),
      },
    ],
    'no-restricted-syntax': [
      'error',
      ...forbidden.filter((group) => group.startsWith('**/')).map((group) => dynamicImportOf(from, group)),
    ],
  },
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'data', 'test/e2e/__screenshots__', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // R3F mutates three objects in useFrame by design.
      'react-hooks/immutability': 'off',
      'react-hooks/refs': 'off',
    },
  },
  // Plain Node scripts (start, CLI launcher, test helpers).
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  layer('src/shared', [
    ...noDom,
    '**/scene/**',
    '**/client/**',
    '**/server/**',
    '**/console/**',
    '**/audio/**',
  ]),
  layer('src/scene', [
    ...nlp,
    'howler',
    'node:*',
    'better-sqlite3',
    'fastify',
    '**/client/**',
    '**/server/**',
    '**/console/**',
    '**/audio/**',
  ]),
  layer('src/audio', [
    'three',
    '@react-three/*',
    'node:*',
    'better-sqlite3',
    'fastify',
    '**/scene/**',
    '**/client/**',
    '**/server/**',
    '**/console/**',
  ]),
  layer('src/client', [...nlp, 'node:*', 'better-sqlite3', 'fastify', '**/server/**', '**/console/**']),
  layer('src/console', [...nlp, 'node:*', 'better-sqlite3', 'fastify', '**/server/**', '**/client/**']),
  layer('src/server', [
    'react',
    'react-dom',
    'three',
    '@react-three/*',
    'howler',
    '**/scene/**',
    '**/client/**',
    '**/console/**',
    '**/audio/**',
  ]),
)
