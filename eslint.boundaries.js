// Import boundaries: which folder of src/ may import which. Its own file, without type
// information, so src/lint-boundaries.test.ts can lint a wrong import in well under a second;
// eslint.config.js adds it to the full, type-aware config.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Feature folders: each composes shared layers and worksheets (through the registry) into one job. */
export const FEATURES = ['achievement', 'demo', 'portfolio', 'share', 'csv', 'document'];
/** Shared layers: the ground everything else stands on. */
const SHARED = ['lib', 'ui', 'storage', 'pdf', 'attachments'];
/** The only shared-to-shared imports besides lib: a backup carries the learner's attachments. */
const SHARED_USES = { storage: ['attachments'] };
/** The only feature-to-feature imports, each one way. */
const FEATURE_USES = {
  portfolio: ['achievement'], // the pack lists each AC of the units the learner chose
  demo: ['document'], // the demo shows a worked example on the learner's own document page parts
};

// Read, not listed: a worksheet made by the scaffold is fenced in as soon as its folder exists.
const WORKSHEET_IDS = fs
  .readdirSync(path.join(root, 'src/worksheets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const src = (folder) => `./src/${folder}`;

const zones = [
  // A worksheet folder stands alone: no other worksheet, not the registry that lists them all.
  ...WORKSHEET_IDS.map((id) => ({
    target: src(`worksheets/${id}`),
    from: src('worksheets'),
    except: [`./${id}`],
    message: 'A worksheet never imports another worksheet or the registry; shared code goes in lib/, ui/ or pdf/.',
  })),
  // Worksheets and their registry sit below the shell and the features that use them.
  {
    target: src('worksheets'),
    from: [src('app'), ...FEATURES.map(src)],
    message: 'Worksheets (and registry.ts) never import app/ or a feature folder.',
  },
  // The registry (src/worksheets/registry.ts) is the one door into the worksheets; the catalogue
  // (catalogue.ts) is its light twin for lists: titles and units, no AC; load-worksheet.ts loads one
  // worksheet's entry alone, for a section page.
  {
    target: [src('app'), ...FEATURES.map(src)],
    from: src('worksheets'),
    except: ['./registry.ts', './catalogue.ts', './load-worksheet.ts'],
    message: 'Reach worksheets through src/worksheets/registry.ts (or catalogue.ts for lists, load-worksheet.ts for one), never a worksheet folder.',
  },
  // Shared layers never reach up.
  {
    target: SHARED.map(src),
    from: [src('app'), src('worksheets'), ...FEATURES.map(src)],
    message: 'lib/, ui/, storage/, pdf/ and attachments/ never import app/, a feature folder or a worksheet.',
  },
  // ...nor sideways: ui, storage and pdf build on lib only, and lib on nothing of ours, so the
  // shared folders can never import each other in a circle.
  ...SHARED.map((folder) => ({
    target: src(folder),
    from: SHARED.filter((other) => other !== folder && (folder === 'lib' || other !== 'lib') && !(SHARED_USES[folder] ?? []).includes(other)).map(src),
    message:
      folder === 'lib'
        ? 'lib/ imports nothing of ours outside lib/.'
        : 'ui/, storage/, pdf/ and attachments/ import only lib/ of the shared folders (storage/ also attachments/); shared types live in lib/evidence-types.ts.',
  })),
  // Nothing imports the shell.
  {
    target: FEATURES.map(src),
    from: src('app'),
    message: 'Feature folders never import app/: app composes them.',
  },
  // Features stand side by side, except the few one-way uses above.
  ...FEATURES.map((feature) => ({
    target: src(feature),
    from: FEATURES.filter((other) => other !== feature && !(FEATURE_USES[feature] ?? []).includes(other)).map(src),
    message: 'A feature folder does not import another feature folder (see FEATURE_USES in eslint.boundaries.js).',
  })),
];

/** The boundary rules, for any .ts/.tsx/.js file; added to eslint.config.js. */
export const boundaries = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x skips .ts and .tsx files when it follows imports for no-cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests may cross boundaries: they reach real worksheets, the registry and the store to check
    // the real thing end to end. No production file may import them.
    files: ['**/*.test.{ts,tsx}', 'src/test-support/**', 'src/test-setup.ts', 'tests/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
];

/** Standalone: the boundaries alone, parsed without type information (for the boundary test). */
export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
  ...boundaries,
];
