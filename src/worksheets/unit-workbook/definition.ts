import type { UnitContent, UnitSpec } from '../../lib/spec/unit-spec';
import { joinUnit } from '../../lib/spec/unit-spec';
import type { WorksheetModel } from '../../lib/worksheet-definition';
import { workbookCompleteness, workbookProgress } from './completeness';
import { buildExample, type WorkbookExample } from './example';
import { UNIT_OUTLINES } from './outlines';
import { createEmptyWorkbook, parseWorkbook, WORKBOOK_SCHEMA_VERSION, type WorkbookData } from './model';

// Each unit's content (indicative content, guidance) and worked example is its own chunk, loaded
// only when that unit's workbook is opened.
const contents = import.meta.glob<UnitContent>('../../lib/spec/content/*.ts', { import: 'default' });
const examples = import.meta.glob<WorkbookExample>('./examples/*.ts', { import: 'default' });

const specs = new Map<string, Promise<UnitSpec>>();

/** A unit whole (outline and content), loaded once. */
export function loadUnitSpec(code: string): Promise<UnitSpec> {
  let spec = specs.get(code);
  if (!spec) {
    const outline = UNIT_OUTLINES.find((candidate) => candidate.code === code);
    const loadContent = contents[`../../lib/spec/content/${code}.ts`];
    if (!outline || !loadContent) return Promise.reject(new Error(`No unit ${code} in the specification.`));
    spec = loadContent().then((content) => joinUnit(outline, content));
    specs.set(code, spec);
  }
  return spec;
}

/** The model for one unit's workbook: the same rules for every unit, the unit's own words and numbers. */
export function workbookModelFor(unit: UnitSpec, example?: WorkbookExample): WorksheetModel<WorkbookData> {
  return {
    schemaVersion: WORKBOOK_SCHEMA_VERSION,
    parse: (data, version) => parseWorkbook(unit, data, version),
    createEmpty: () => createEmptyWorkbook(unit),
    ...(example ? { createExample: () => buildExample(unit, example) } : {}),
    completeness: (data) => workbookCompleteness(unit, data),
    criterionProgress: (data) => workbookProgress(unit, data),
  };
}

const models = new Map<string, Promise<WorksheetModel<WorkbookData>>>();

/** The workbook model of a unit by its code, loading its content (and worked example, if it has one) once. */
export function workbookModel(code: string): Promise<WorksheetModel<WorkbookData>> {
  let model = models.get(code);
  if (!model) {
    const loadExample = examples[`./examples/${code}.ts`];
    model = Promise.all([loadUnitSpec(code), loadExample ? loadExample() : Promise.resolve(undefined)]).then(([unit, example]) => workbookModelFor(unit, example));
    models.set(code, model);
  }
  return model;
}
