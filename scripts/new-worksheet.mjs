#!/usr/bin/env node
/**
 * Makes a new worksheet folder that follows src/worksheets/README.md, registers it, lists it in the
 * catalogue and gives its route a size budget. The result type-checks and passes the contract suite
 * at once; then replace the small starting schema, rules, guidance and example with the unit's own.
 *
 *   npm run new-worksheet -- <id> "<Title>" <UNIT> [--root <dir>]
 *
 * <id> is the worksheet's stable id (lower case and hyphens, e.g. objection-handling); <UNIT> a
 * unit code from src/lib/spec/unit-titles.ts (e.g. L3C2), which card.ts names. --root runs it
 * against another copy of the project (the scaffold's own test uses a temporary one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A new worksheet route's budget, gzip KB: issue 23's target for every section page, 2.5 × the bare
 * Vite + React page (66.2 KB), before a chart is drawn. Keep it within it as the worksheet grows.
 */
export const DEFAULT_BUDGET_KB = 165.5;
/** What it loads on demand, gzip KB: its worked example (definition.ts), just after the page opens, and its exports (exports.ts). */
export const DEFAULT_ON_DEMAND_BUDGET_KB = 4;

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** "objection-handling" → { pascal: "ObjectionHandling", camel: "objectionHandling", constant: "OBJECTION_HANDLING" }. */
export function namesFor(id) {
  const words = id.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return { pascal, camel: pascal[0].toLowerCase() + pascal.slice(1), constant: words.join('_').toUpperCase() };
}

/** The unit's title from the unit-title table (src/lib/spec/unit-titles.ts), or null if there is no such unit. */
export function unitTitle(unitsSource, code) {
  const escaped = code.replace(/[^A-Za-z0-9]/g, '');
  const match = new RegExp(`\\['${escaped}',\\s*'((?:[^'\\\\]|\\\\.)*)'\\]`).exec(unitsSource);
  return match ? match[1].replace(/\\'/g, "'") : null;
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The files of a new worksheet folder, by path inside it. */
export function worksheetFiles({ id, title, unit }) {
  const { pascal, camel, constant } = namesFor(id);
  const example = {
    situation: 'Northgate Office Supplies Ltd (fictional case study): a field sales team of six selling to schools.',
    answer: 'A worked answer written against the unit’s assessor guidance, to be replaced with the unit’s own example.',
  };
  return {
    'card.ts': `import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const ${camel}Card: CatalogueEntry = {
  id: ${quote(id)},
  title: ${quote(title)},
  summary: ${quote(`Work through unit ${unit.code} (${unit.title}) step by step and export the evidence as a PDF.`)},
  unit: unitTitleRef(${quote(unit.code)}),
};
`,
    'meta.ts': `import type { WorksheetMeta } from '../../lib/worksheet-definition';
import { ${camel}Card } from './card';

/** What the shell shows about the ${title.toLowerCase()} before loading it. Wording from the ISP spec, unit ${unit.code}. */
export const ${camel}Meta: WorksheetMeta = {
  ...${camel}Card,
  // Copy each assessment criterion's code and wording from the specification.
  criteria: [{ code: '1.1', text: ${quote(`The first assessment criterion of ${unit.code}`)} }],
  // Each section is its own page on the worksheet's task list; checklist rules name their section.
  sections: [
    { id: 'situation', title: 'The situation', criteria: [] },
    { id: 'answer', title: 'Your answer', criteria: ['1.1'] },
  ],
};
`,
    'model.ts': `import { z } from 'zod';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The ${title.toLowerCase()}'s data: schema, version and migrations, defaults. No React. */
export const ${constant}_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, answer: 5000 } as const;

export const ${pascal}Schema = z.object({
  situation: z.string().max(TEXT_LIMITS.short),
  answer: z.string().max(TEXT_LIMITS.answer),
});
export type ${pascal}Data = z.infer<typeof ${pascal}Schema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const ${camel}Migrations: Record<number, MigrationStep> = {};

export function parse${pascal}(data: unknown, version: number): ParseResult<${pascal}Data> {
  return parseVersioned(${pascal}Schema, ${constant}_SCHEMA_VERSION, ${camel}Migrations, data, version);
}

export function createEmpty${pascal}(): ${pascal}Data {
  return { situation: '', answer: '' };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;
`,
    'guidance.ts': `/** Prompts from the indicative content of unit ${unit.code}; replace them with the unit's own. */
export const SITUATION_PROMPT = 'Name the organisation or the situation your evidence comes from.';
export const ANSWER_PROMPT = 'Answer the assessment criterion in your own words, with an example from your work.';
`,
    'completeness.ts': `import type { ChecklistItem } from '../../lib/evidence-types';
import { hasText, type ${pascal}Data } from './model';

/** The assessor's minimums for ${unit.code}, each as a rule that is met or not yet. */
export function ${camel}Completeness(data: ${pascal}Data): ChecklistItem[] {
  return [
    {
      label: 'The organisation or situation named',
      isMet: hasText(data.situation),
      sections: ['situation'],
      ...(hasText(data.situation) ? {} : { detail: 'Name it.' }),
    },
    {
      label: 'The criterion answered (AC 1.1)',
      isMet: hasText(data.answer),
      sections: ['answer'],
      ...(hasText(data.answer) ? {} : { detail: 'Write your answer.' }),
    },
  ];
}
`,
    'example.ts': `import type { ${pascal}Data } from './model';

/** A fictional worked example a tutor can open in one click; it meets every completeness rule. */
export function create${pascal}Example(): { name: string; data: ${pascal}Data } {
  return {
    name: ${quote(`Worked example: ${title}`)},
    data: {
      situation: ${quote(example.situation)},
      answer: ${quote(example.answer)},
    },
  };
}
`,
    'pdf.ts': `import type { PdfBlock } from '../../lib/evidence-types';
import type { ${pascal}Data } from './model';

const orNotGiven = (value: string) => (value.trim() ? value.trim() : 'Not given');

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function ${camel}EvidenceBlocks(data: ${pascal}Data): PdfBlock[] {
  return [
    { kind: 'heading', text: 'The situation' },
    { kind: 'fields', rows: [{ label: 'Organisation or situation', value: orNotGiven(data.situation) }] },
    { kind: 'heading', text: 'Answer (AC 1.1)' },
    { kind: 'paragraph', text: orNotGiven(data.answer) },
  ];
}
`,
    'page-model.ts': `import type { WorksheetModel } from '../../lib/worksheet-definition';
import { ${camel}Completeness } from './completeness';
import { createEmpty${pascal}, parse${pascal}, ${constant}_SCHEMA_VERSION, type ${pascal}Data } from './model';

/**
 * What the section page needs to open, check and save a ${title.toLowerCase()} document: the model without
 * its worked example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const ${camel}PageModel: WorksheetModel<${pascal}Data> = {
  schemaVersion: ${constant}_SCHEMA_VERSION,
  parse: parse${pascal},
  createEmpty: createEmpty${pascal},
  completeness: ${camel}Completeness,
};
`,
    'definition.ts': `import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { create${pascal}Example } from './example';
import type { ${pascal}Data } from './model';
import { ${camel}PageModel } from './page-model';

/** Everything the shell needs to store, check and import a ${title.toLowerCase()} document: the page model with its worked example (its exports are in exports.ts). */
export const ${camel}Model: WorksheetModelWithExample<${pascal}Data> = {
  ...${camel}PageModel,
  createExample: create${pascal}Example,
};
`,
    'entry.ts': `import { defineWorksheet } from '../../lib/worksheet-definition';
import { ${camel}Meta } from './meta';

/** The ${title.toLowerCase()} as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const ${camel}Worksheet = defineWorksheet(${camel}Meta, {
  loadModel: async () => (await import('./definition')).${camel}Model,
  // The section page opens without the worked example, which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).${camel}PageModel,
  loadPage: async () => (await import('./${pascal}Page')).${pascal}Page,
  loadExports: async () => (await import('./exports')).${camel}Exports,
});
`,
    'exports.ts': `import type { WorksheetExports } from '../../lib/worksheet-definition';
import type { ${pascal}Data } from './model';
import { ${camel}EvidenceBlocks } from './pdf';

/** What only an export (PDF, portfolio pack, CSV) needs, loaded when the learner exports, not with the page. */
export const ${camel}Exports: WorksheetExports<${pascal}Data> = {
  evidenceBlocks: ${camel}EvidenceBlocks,
};
`,
    [`${pascal}Page.tsx`]: `import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { TextArea, TextField } from '../../ui/fields';
import { ANSWER_PROMPT, SITUATION_PROMPT } from './guidance';
import { ${pascal}Schema, TEXT_LIMITS, type ${pascal}Data } from './model';

export function ${pascal}Page({ initialData, onChange, section }: WorksheetPageProps<${pascal}Data>) {
  const { register, watch } = useForm<${pascal}Data>({ defaultValues: initialData, resolver: zodResolver(${pascal}Schema), mode: 'onChange' });
  const { saveProblem } = useAutosave(watch, ${pascal}Schema, onChange);

  return (
    <form className="worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'situation') && (
        <section aria-labelledby="situation-heading" className="panel">
          <h2 id="situation-heading">The situation</h2>
          <p>{SITUATION_PROMPT}</p>
          <TextField label="Organisation or situation" maxLength={TEXT_LIMITS.short} {...register('situation')} />
        </section>
      )}
      {shows(section, 'answer') && (
        <section aria-labelledby="answer-heading" className="panel">
          <h2 id="answer-heading">Your answer (AC 1.1)</h2>
          <TextArea label="Answer" hint={ANSWER_PROMPT} maxLength={TEXT_LIMITS.answer} {...register('answer')} />
        </section>
      )}
    </form>
  );
}
`,
    'fixtures/v1.json': `${JSON.stringify(example, null, 2)}\n`,
  };
}

/** The registry with the new worksheet's entry imported and listed last. */
export function registerWorksheet(registrySource, id) {
  const { camel } = namesFor(id);
  const imports = [...registrySource.matchAll(/^import \{ \w+Worksheet \} from '\.\/[^']+\/entry';\n/gm)];
  const lastImport = imports.at(-1);
  const listStart = registrySource.indexOf('export const interactiveWorksheets: WorksheetDefinition[] = [');
  const listEnd = registrySource.indexOf('\n];', listStart);
  if (!lastImport || listStart < 0 || listEnd < 0) throw new Error('src/worksheets/registry.ts is not in the expected shape: add the worksheet by hand.');
  const afterImport = lastImport.index + lastImport[0].length;
  return (
    registrySource.slice(0, afterImport) +
    `import { ${camel}Worksheet } from './${id}/entry';\n` +
    registrySource.slice(afterImport, listEnd) +
    `\n  ${camel}Worksheet,` +
    registrySource.slice(listEnd)
  );
}

/** The catalogue with the new worksheet's card imported and listed last of the worksheets, as in the registry. */
export function catalogueWorksheet(catalogueSource, id) {
  const { camel } = namesFor(id);
  const imports = [...catalogueSource.matchAll(/^import \{ \w+Card \} from '\.\/[^']+\/card';\n/gm)];
  const lastImport = imports.at(-1);
  const listStart = catalogueSource.indexOf('export const interactiveCatalogue: readonly CatalogueEntry[] = [');
  const listEnd = catalogueSource.indexOf('\n];', listStart);
  if (!lastImport || listStart < 0 || listEnd < 0) throw new Error('src/worksheets/catalogue.ts is not in the expected shape: add the worksheet by hand.');
  const afterImport = lastImport.index + lastImport[0].length;
  return (
    catalogueSource.slice(0, afterImport) +
    `import { ${camel}Card } from './${id}/card';\n` +
    catalogueSource.slice(afterImport, listEnd) +
    `\n  ${camel}Card,` +
    catalogueSource.slice(listEnd)
  );
}

/** budgets.json with the worksheet's route, and what it loads on demand, given the default budgets. */
export function addBudget(budgetsSource, id) {
  const budgets = JSON.parse(budgetsSource);
  budgets.gzipKbPerRoute[`Worksheet: ${id}`] = DEFAULT_BUDGET_KB;
  budgets.gzipKbPerRoute[`Worksheet on demand: ${id}`] = DEFAULT_ON_DEMAND_BUDGET_KB;
  return `${JSON.stringify(budgets, null, 2)}\n`;
}

/** Writes the folder, the registry entry and the budget under `root`; returns the files it wrote or changed. */
export function newWorksheet(root, id, title, unitCode) {
  if (!ID_PATTERN.test(id)) throw new Error(`"${id}" is not a usable id: lower-case letters and digits in words joined by hyphens, e.g. objection-handling.`);
  if (!title.trim()) throw new Error('Give the worksheet a title, e.g. "Objection handling planner".');
  const unitsSource = readFileSync(join(root, 'src/lib/spec/unit-titles.ts'), 'utf8');
  const title0 = unitTitle(unitsSource, unitCode);
  if (!title0) throw new Error(`There is no unit ${unitCode} in src/lib/spec/unit-titles.ts.`);
  const folder = join(root, 'src/worksheets', id);
  if (existsSync(folder)) throw new Error(`src/worksheets/${id} already exists.`);
  const registryPath = join(root, 'src/worksheets/registry.ts');
  const registry = readFileSync(registryPath, 'utf8');
  if (registry.includes(`'./${id}/`)) throw new Error(`A worksheet "${id}" is already registered.`);
  const cataloguePath = join(root, 'src/worksheets/catalogue.ts');
  const budgetsPath = join(root, 'tests/budgets/budgets.json');

  const written = [];
  for (const [path, text] of Object.entries(worksheetFiles({ id, title: title.trim(), unit: { code: unitCode, title: title0 } }))) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    written.push(target);
  }
  writeFileSync(registryPath, registerWorksheet(registry, id));
  writeFileSync(cataloguePath, catalogueWorksheet(readFileSync(cataloguePath, 'utf8'), id));
  writeFileSync(budgetsPath, addBudget(readFileSync(budgetsPath, 'utf8'), id));
  return [...written, registryPath, cataloguePath, budgetsPath].map((file) => relative(root, file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : join(dirname(fileURLToPath(import.meta.url)), '..');
  const [id, title, unit] = args;
  if (!id || !title || !unit || !root) {
    console.error('Usage: npm run new-worksheet -- <id> "<Title>" <UNIT> [--root <dir>]');
    process.exit(2);
  }
  try {
    const files = newWorksheet(root, id, title, unit);
    console.log(`Made worksheet "${id}":\n${files.map((f) => `  ${f}`).join('\n')}\nNext: npx tsc -b && npx vitest run src/worksheets/contract.test.ts, then make it the unit's own (src/worksheets/README.md).`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
