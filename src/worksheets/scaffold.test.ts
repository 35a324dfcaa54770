// @vitest-environment node
/**
 * The scaffold (`npm run new-worksheet`) run into a temporary copy of the project: its folder
 * type-checks and the whole registry, new worksheet included, passes the contract suite. The new
 * folder is type-checked on its own (tsc follows it into lib, ui and pdf); the registry entry is
 * proven by the contract suite loading its model and page. A full `tsc -b` of the copy would take
 * most of a minute on a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain node script, without type declarations.
import { namesFor, newWorksheet, unitTitle } from '../../scripts/new-worksheet.mjs';

const projectRoot = resolve(__dirname, '../..');
const ID = 'scaffold-check';
let copy = '';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe', timeout: 90_000, env: { ...process.env, CI: '1', FORCE_COLOR: '0' } });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'new-worksheet-'));
  for (const path of ['src', 'tsconfig.json', 'vite.config.ts', 'package.json']) cpSync(join(projectRoot, path), join(copy, path), { recursive: true });
  mkdirSync(join(copy, 'tests/budgets'), { recursive: true });
  cpSync(join(projectRoot, 'tests/budgets/budgets.json'), join(copy, 'tests/budgets/budgets.json'));
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The copy runs only the contract suite, not this test again.
  rmSync(join(copy, 'src/worksheets/scaffold.test.ts'));
  run('node', [join(projectRoot, 'scripts/new-worksheet.mjs'), ID, 'Scaffold check planner', 'L3C2', '--root', copy]);
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-worksheet', () => {
  it('makes a folder in the pattern, registers it, lists it in the catalogue, gives it a budget and a v1 fixture', () => {
    const folder = join(copy, 'src/worksheets', ID);
    expect(readdirSync(folder).sort()).toEqual(
      ['ScaffoldCheckPage.tsx', 'card.ts', 'completeness.ts', 'definition.ts', 'entry.ts', 'example.ts', 'exports.ts', 'fixtures', 'guidance.ts', 'meta.ts', 'model.ts', 'page-model.ts', 'pdf.ts'].sort(),
    );
    expect(existsSync(join(folder, 'fixtures/v1.json'))).toBe(true);
    expect(readFileSync(join(folder, 'card.ts'), 'utf8')).toContain("unit: unitTitleRef('L3C2')");
    expect(readFileSync(join(folder, 'card.ts'), 'utf8')).toContain('Work through unit L3C2 (Overcome Sales Objections)');
    expect(readFileSync(join(folder, 'meta.ts'), 'utf8')).toContain('...scaffoldCheckCard,');
    expect(readFileSync(join(folder, 'entry.ts'), 'utf8')).toContain(`await import('./ScaffoldCheckPage')`);
    expect(readFileSync(join(folder, 'entry.ts'), 'utf8')).toContain(`(await import('./exports')).scaffoldCheckExports`);
    expect(readFileSync(join(copy, 'src/worksheets/registry.ts'), 'utf8')).toMatch(/import \{ scaffoldCheckWorksheet \} from '\.\/scaffold-check\/entry';[^]*scaffoldCheckWorksheet,\n\];/);
    expect(readFileSync(join(copy, 'src/worksheets/catalogue.ts'), 'utf8')).toMatch(/scaffoldCheckCard,\n\];/);
    const budgets = JSON.parse(readFileSync(join(copy, 'tests/budgets/budgets.json'), 'utf8')) as { gzipKbPerRoute: Record<string, number> };
    expect(budgets.gzipKbPerRoute[`Worksheet: ${ID}`]).toBeGreaterThan(0);
    expect(budgets.gzipKbPerRoute[`Worksheet on demand: ${ID}`]).toBeGreaterThan(0);
  });

  it('makes code that type-checks', () => {
    const folder = `src/worksheets/${ID}`;
    const files = readdirSync(join(copy, folder)).filter((f) => /\.tsx?$/.test(f)).map((f) => `${folder}/${f}`);
    writeFileSync(join(copy, 'tsconfig.scaffold.json'), JSON.stringify({ extends: './tsconfig.json', include: [], files }));
    expect(() => run(join(copy, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.scaffold.json'])).not.toThrow();
  }, 90_000);

  it('passes the contract suite at once, registered with the six others', () => {
    const output = run(join(copy, 'node_modules/.bin/vitest'), ['run', 'src/worksheets/contract.test.ts', '--reporter=verbose']);
    expect(output).toContain('Scaffold check planner (scaffold-check)');
    expect(output).not.toMatch(/\bfailed\b/);
  }, 90_000);

  it('refuses a bad id, an unknown unit, and a worksheet that already exists', () => {
    expect(() => newWorksheet(copy, 'Bad Id', 'T', 'L3C2')).toThrow(/not a usable id/);
    expect(() => newWorksheet(copy, 'another-one', 'T', 'L9Z9')).toThrow(/no unit L9Z9/);
    expect(() => newWorksheet(copy, 'pestle', 'T', 'L3B2')).toThrow(/already exists/);
  });

  it('names things from the id and finds unit titles in the unit-title table', () => {
    expect(namesFor('objection-handling')).toEqual({ pascal: 'ObjectionHandling', camel: 'objectionHandling', constant: 'OBJECTION_HANDLING' });
    expect(unitTitle("  ['L3S2', 'Stress Management'],", 'L3S2')).toBe('Stress Management');
  });
});
