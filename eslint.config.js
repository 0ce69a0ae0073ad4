import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The direction of dependencies: entry points compose; components show what they are given; utils/ is plain logic
 * that runs in Node tests and the CLI. Only utils/storage/ and utils/messaging/ (and the entry points) speak to the
 * extension runtime.
 */
const LAYERS = {
  components: { group: ['**/components/**'], message: 'utils/ and cli/ hold no UI: the entry points compose it.' },
  entrypoints: { group: ['**/entrypoints/**'], message: 'Entry points compose the others; nothing imports them.' },
  cli: { group: ['**/cli/**'], message: 'cli/ is the command line: the extension does not import it.' },
  preact: { group: ['preact', 'preact/**', '*.css', '*.css?*'], message: 'utils/ holds no UI: components/ does.' },
  runtime: {
    group: ['wxt', 'wxt/**', '#imports', '@wxt-dev/**', 'webextension-polyfill', '@webext-core/**'],
    message: 'Only utils/storage/ and utils/messaging/ (and entry points) use the extension runtime: pass what is needed in.',
  },
};
const boundary = (...layers) => ['error', { patterns: layers.map((layer) => LAYERS[layer]) }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'test/corpus/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never insert text as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert text as HTML.' },
      ],
    },
  },
  { files: ['utils/**'], ignores: ['utils/storage/**', 'utils/messaging/**'], rules: { 'no-restricted-imports': boundary('components', 'entrypoints', 'cli', 'preact', 'runtime') } },
  { files: ['utils/storage/**', 'utils/messaging/**'], rules: { 'no-restricted-imports': boundary('components', 'entrypoints', 'cli', 'preact') } },
  // Components show what they are handed; only the language every page and the panel start with reads the browser.
  { files: ['components/**'], ignores: ['components/common/install-locale.ts'], rules: { 'no-restricted-imports': boundary('entrypoints', 'cli', 'runtime') } },
  { files: ['components/common/install-locale.ts'], rules: { 'no-restricted-imports': boundary('entrypoints', 'cli') } },
  { files: ['cli/**'], rules: { 'no-restricted-imports': boundary('components', 'entrypoints', 'preact', 'runtime') } },
  // The content script's marks part is injected in every Chorus Pro page before its first marks (40 KB budget):
  // what the panel shows and what it asks of the extension load after them, in entrypoints/content-panel.
  {
    files: ['entrypoints/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/content-panel/**', '**/utils/storage/**', '**/utils/messaging/**', '**/utils/pdf-reader/**', '**/utils/portal/skeleton*', 'idb', 'idb/**', 'preact', 'preact/**', '*.css', '*.css?*', 'zod', 'zod/**', '@wxt-dev/storage', '@webext-core/**', 'webextension-polyfill', 'wxt/utils/storage', 'wxt/utils/content-script-ui/**'],
              message: 'The marks part stays small: the panel, its libraries and the extension services belong to entrypoints/content-panel (hand values over through entrypoints/content/handover.ts).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
