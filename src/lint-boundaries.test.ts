// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The boundary rules alone, without type information, so each virtual file lints in milliseconds.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.boundaries.js' });

/** The rules broken by `code` if it were the file at `filePath` (relative to the repository). */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries (eslint.boundaries.js)', () => {
  it.each([
    ['lib importing the app shell', 'src/lib/probe.ts', "import { App } from '../app/App';"],
    ['lib importing pdf', 'src/lib/probe.ts', "import { cleanText } from '../pdf/text';"],
    ['pdf importing a feature folder', 'src/pdf/probe.ts', "import { toCsv } from '../csv/to-csv';"],
    ['ui importing a worksheet', 'src/ui/probe.ts', "import { pestleModel } from '../worksheets/pestle/definition';"],
    ['storage importing the registry', 'src/storage/probe.ts', "import { worksheets } from '../worksheets/registry';"],
    ['a worksheet importing a sibling worksheet', 'src/worksheets/pestle/probe.ts', "import { pipelineModel } from '../pipeline/definition';"],
    ['a worksheet importing the registry', 'src/worksheets/pestle/probe.ts', "import { worksheets } from '../registry';"],
    ['a worksheet importing the catalogue', 'src/worksheets/pestle/probe.ts', "import { catalogue } from '../catalogue';"],
    ['a worksheet importing the app shell', 'src/worksheets/pestle/probe.ts', "import { App } from '../../app/App';"],
    ['a worksheet importing a feature folder', 'src/worksheets/pipeline/probe.ts', "import { toCsv } from '../../csv/to-csv';"],
    ['a feature importing the app shell', 'src/portfolio/probe.ts', "import { App } from '../app/App';"],
    ['a feature importing a worksheet folder, not the registry', 'src/share/probe.ts', "import { pestleModel } from '../worksheets/pestle/definition';"],
    ['a feature importing another feature', 'src/share/probe.ts', "import { toCsv } from '../csv/to-csv';"],
  ])('reports %s', async (_case, filePath, code) => {
    expect(await brokenRules(filePath, `${code}\nexport const probe = 1;\n`)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['a worksheet importing lib, ui, pdf and its own files', 'src/worksheets/pestle/probe.ts',
      "import { formatNumber } from '../../lib/numbers';\nimport { TextField } from '../../ui/fields';\nimport { cleanText } from '../../pdf/text';\nimport { pestleMeta } from './meta';"],
    ['a feature importing the registry', 'src/portfolio/probe.ts', "import { worksheets } from '../worksheets/registry';"],
    ['the registry importing a worksheet', 'src/worksheets/probe.ts', "import { pestleMeta } from './pestle/meta';"],
    ['the app importing a feature and the registry', 'src/app/probe.ts', "import { toCsv } from '../csv/to-csv';\nimport { worksheets } from '../worksheets/registry';"],
    ['the app importing the catalogue', 'src/app/probe.ts', "import { catalogue } from '../worksheets/catalogue';"],
    ['pdf and storage importing lib', 'src/pdf/probe.ts', "import { formatNumber } from '../lib/numbers';"],
    ['the portfolio using the unit catalogue (a listed feature-to-feature use)', 'src/portfolio/probe.ts', "import { UNITS } from '../achievement/units';"],
    ['a test reaching a real worksheet from lib', 'src/lib/probe.test.ts', "import { pestleModel } from '../worksheets/pestle/definition';"],
  ])('allows %s', async (_case, filePath, code) => {
    expect(await brokenRules(filePath, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });

  it('reports an import cycle', async () => {
    // lib/completeness.ts imports lib/worked-example.ts, so worked-example importing it back is a cycle.
    expect(await brokenRules('src/lib/worked-example.ts', "import { summarise } from './completeness';\nexport const probe = summarise;\n")).toEqual([
      'import-x/no-cycle',
    ]);
  });
});
