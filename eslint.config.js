// ESLint (flat config): typescript-eslint's recommended rules, and the layers of the app as import rules.
// src-shared runs in the renderer and the main process alike; src-main/core runs without Electron (tests, web
// server); src-renderer talks to the core only through the API. DESIGN.md's "What may import what", enforced.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const noNode = nodeModules.map((name) => ({ name, message: 'Node 模块只能在 src-main 中使用' }));
const database = ['better-sqlite3', 'kysely'].map((name) => ({ name, message: '数据库只在 src-main/core 中使用' }));
const electron = { name: 'electron', message: 'Electron 只在 src-main 的外壳（index.ts、preload.ts、shell/）中使用' };

/**
 * `no-restricted-imports` for one layer: the packages (with their sub-paths) its code may not use, and single names
 * it must take from elsewhere.
 */
function packagesBarred(paths, names = []) {
  return [
    'error',
    { paths: [...paths, ...names], patterns: paths.map(({ name, message }) => ({ group: [`${name}/*`], message })) },
  ];
}
const renderer = [...noNode, ...database, electron];
/** Pick lists that take typed Chinese (src-renderer/src/components/ChoiceSelect.tsx) rather than Mantine's own. */
const pickLists = {
  name: '@mantine/core',
  importNames: ['Select', 'MultiSelect'],
  message: '请使用 components/ChoiceSelect 中的 ChoiceSelect / ChoiceMultiSelect（它们接受键入的中文）',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/.cache/**',
      '.tmp/**',
      'build/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Type-only circles too: they show code in the wrong module.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      eqeqeq: ['error', 'always'],
      // The ideographic space (U+3000) is how Chinese forms indent and separate: fine in text and comments.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
      // Folders, by where the import resolves to (a relative path names no layer in its text).
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src-renderer',
              from: './src-main',
              message: 'src-renderer 只能通过 api() 调用核心，不能导入 src-main',
            },
            {
              target: './src-shared',
              from: ['./src-main', './src-renderer'],
              message: 'src-shared 不导入 src-main 或 src-renderer',
            },
            { target: './src-main/core', from: './src-renderer', message: 'src-main/core 不导入界面代码' },
            {
              target: './src-main/core',
              from: './src-main',
              except: ['./core'],
              message: 'src-main/core 不导入 Electron 外壳和网页服务器（它们导入核心，不是反过来）',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
    rules: {
      'no-restricted-imports': packagesBarred(renderer, [pickLists]),
    },
  },
  {
    files: ['src-renderer/src/components/ChoiceSelect.tsx'],
    rules: { 'no-restricted-imports': packagesBarred(renderer) },
  },
  {
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': packagesBarred([
        ...noNode,
        ...database,
        electron,
        { name: 'react', message: 'src-shared 不导入 React' },
        { name: 'react-dom', message: 'src-shared 不导入 React' },
      ]),
    },
  },
  {
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': packagesBarred([electron, { name: '@electron/remote', message: electron.message }]),
    },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter: `async ({}, use)` is how one with none says
    // so.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
