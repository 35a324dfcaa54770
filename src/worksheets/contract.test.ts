/**
 * The contract every registered worksheet keeps, checked by looping over the registry: a new
 * worksheet is covered by registering it. Rules particular to one worksheet are tested beside its
 * own modules; this suite holds what the shell, storage, the PDF and the spreadsheet rely on.
 */
import { describe, expect, it } from 'vitest';
import { spreadsheetTablesOf } from '../csv/spreadsheet-table';
import type { PdfBlock } from '../lib/evidence-types';
import { fixturesFolderOf, hasWorkedExample, loadExportingModel, type WorksheetModel } from '../lib/worksheet-definition';
import { EMPTY_PERSISTED_STATE, readStoredText, STORE_VERSION, type StoredDocument } from '../storage/store-schema';
import { worksheets } from './registry';

// A worksheet's own fixtures folder, or one per unit in the folder the workbooks share.
const fixtures = import.meta.glob<unknown>(['./*/fixtures/*.json', './*/fixtures/*/*.json'], { eager: true, import: 'default' });

/** The data every check runs on: the worked example, when there is one, and the empty document. */
const samplesOf = <T,>(model: WorksheetModel<T>): T[] => [...(model.createExample ? [model.createExample().data] : []), model.createEmpty()];

/**
 * Rules an empty document meets because the worksheet starts it with sensible defaults, by id. An
 * entry here is a decision, with its reason; every other rule must be unmet on an empty document.
 */
const MET_WHEN_EMPTY: Record<string, RegExp[]> = {
  // None today: the pipeline's preloaded BANT criteria no longer count until the learner confirms them (issue 22).
};

/** Text a PDF or a table must never show: the marks of a number or a value that went wrong. */
const BROKEN_TEXT = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/;

/** Every string and number anywhere in a value, with where it is, for a readable failure. */
function leaves(value: unknown, path = ''): Array<{ path: string; value: string | number }> {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
  return [];
}

/** Strings showing NaN, Infinity, undefined or [object Object], and numbers that are not finite. */
function brokenValues(value: unknown): string[] {
  return leaves(value)
    .filter((leaf) => (typeof leaf.value === 'number' ? !Number.isFinite(leaf.value) : BROKEN_TEXT.test(leaf.value)))
    .map((leaf) => `${leaf.path}: ${String(leaf.value)}`);
}

/** Tables whose rows are not all as long as the header, and line charts with a value per label. */
function shapeProblems(blocks: PdfBlock[]): string[] {
  return blocks.flatMap((block, index) => {
    if (block.kind === 'table') {
      const where = `block ${index} (${block.caption ?? block.columns.join(' | ')})`;
      return [
        ...block.rows.flatMap((row, r) => (row.length === block.columns.length ? [] : [`${where}: row ${r + 1} has ${row.length} cells for ${block.columns.length} columns`])),
        ...(block.columnWidths && block.columnWidths.length !== block.columns.length ? [`${where}: ${block.columnWidths.length} widths for ${block.columns.length} columns`] : []),
      ];
    }
    if (block.kind === 'lineChart') {
      return block.series.flatMap((s) => (s.values.length === block.xLabels.length ? [] : [`block ${index} (${block.caption}): series ${s.name} has ${s.values.length} values for ${block.xLabels.length} labels`]));
    }
    return [];
  });
}

/** A document as the store keeps it, written out and read back the way the browser storage does. */
function throughStorage(worksheetId: string, schemaVersion: number, data: unknown): StoredDocument | undefined {
  const now = '2026-11-23T10:00:00.000Z';
  const document: StoredDocument = { id: 'd1', worksheetId, name: 'Contract', createdAt: now, updatedAt: now, schemaVersion, data, summary: { met: 0, total: 0 } };
  const text = JSON.stringify({ state: { ...EMPTY_PERSISTED_STATE, documents: [document] }, version: STORE_VERSION });
  return readStoredText(text, now).state.documents[0];
}

describe('the worksheet contract', () => {
  it('registers each worksheet once, with an id usable in a route and in stored documents', () => {
    const ids = worksheets.map((w) => w.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A workbook's id carries its unit's code as the spec writes it: workbook-L3B1.
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$|^workbook-L\d[A-Z]\d$/);
  });

  for (const worksheet of worksheets) {
    const { id } = worksheet.meta;
    describe(`${worksheet.meta.title} (${id})`, () => {
      it('has a unit, its AC and a page to load', async () => {
        expect(worksheet.meta.unit.code).not.toBe('');
        expect(worksheet.meta.criteria.length).toBeGreaterThan(0);
        const page: unknown = await worksheet.loadPage();
        // A component: a function, or the object React.memo returns.
        expect(typeof page === 'function' || (typeof page === 'object' && page !== null && '$$typeof' in page)).toBe(true);
      });

      it('has sections with unique ids, each AC it names one the worksheet claims, and every rule in a section', async () => {
        const { sections, criteria } = worksheet.meta;
        expect(sections.length).toBeGreaterThan(0);
        const ids = sections.map((section) => section.id);
        expect(new Set(ids).size).toBe(ids.length);
        // 'review' is the address of the page with every section on it.
        for (const sectionId of ids) expect(sectionId).toMatch(/^(?!review$)[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        const codes = criteria.map((criterion) => criterion.code);
        for (const section of sections) for (const code of section.criteria) expect(codes, `section ${section.id} names AC ${code}`).toContain(code);
        const model = await worksheet.loadModel();
        for (const data of samplesOf(model)) {
          const unplaced = model.completeness(data).filter((rule) => !rule.sections?.length || rule.sections.some((sectionId) => !ids.includes(sectionId)));
          expect(unplaced.map((rule) => `${rule.label} → ${rule.sections?.join(', ') ?? 'no section'}`)).toEqual([]);
        }
      });

      it('its worked example meets every completeness rule, or it says it has none', async () => {
        const model = await worksheet.loadModel();
        expect(model.createExample !== undefined, 'the meta’s hasWorkedExample and the model agree').toBe(hasWorkedExample(worksheet.meta));
        if (!model.createExample) return;
        const checks = model.completeness(model.createExample().data);
        expect(checks.length).toBeGreaterThan(0);
        expect(checks.filter((c) => !c.isMet)).toEqual([]);
      });

      it('its empty document is not complete, and meets no rule but those its defaults meet', async () => {
        const model = await worksheet.loadModel();
        const checks = model.completeness(model.createEmpty());
        const allowed = MET_WHEN_EMPTY[id] ?? [];
        expect(checks.some((c) => !c.isMet)).toBe(true);
        expect(checks.filter((c) => c.isMet && !allowed.some((rule) => rule.test(c.label))).map((c) => c.label)).toEqual([]);
        for (const rule of allowed) expect(checks.some((c) => c.isMet && rule.test(c.label)), `${rule} is still a rule met when empty`).toBe(true);
        expect(brokenValues(checks)).toEqual([]);
      });

      it('reads its own saved data back exactly, directly, as JSON and through the store', async () => {
        const model = await worksheet.loadModel();
        for (const data of samplesOf(model)) {
          expect(model.parse(structuredClone(data), model.schemaVersion)).toEqual({ ok: true, data });
          expect(model.parse(JSON.parse(JSON.stringify(data)), model.schemaVersion)).toEqual({ ok: true, data });
          const stored = throughStorage(id, model.schemaVersion, data);
          expect(stored?.schemaVersion).toBe(model.schemaVersion);
          expect(model.parse(stored?.data, model.schemaVersion)).toEqual({ ok: true, data });
        }
      });

      it('loads every fixture in its fixtures folder at the version it was saved by', async () => {
        const model = await worksheet.loadModel();
        const folder = `./${fixturesFolderOf(worksheet.meta)}/`;
        const own = Object.entries(fixtures).filter(([path]) => path.startsWith(folder) && !path.slice(folder.length).includes('/'));
        expect(own.map(([path]) => path)).toContain(`${folder}v1.json`);
        for (const [path, fixture] of own) {
          const version = Number(/\/v(\d+)\.json$/.exec(path)?.[1]);
          expect(version, `${path} is named v<N>.json`).toBeGreaterThanOrEqual(1);
          expect(version, `${path} is not from a future version`).toBeLessThanOrEqual(model.schemaVersion);
          const result = model.parse(structuredClone(fixture), version);
          expect(result.ok, `${path}: ${result.ok ? '' : result.reason}`).toBe(true);
        }
      });

      it('opens its section pages with its whole model but for the worked example, which the whole model adds', async () => {
        const [pageModel, model] = await Promise.all([worksheet.loadPageModel(), worksheet.loadModel()]);
        // Same functions, so the page saves exactly what the whole model would, the example's count apart.
        expect({ ...pageModel, createExample: model.createExample }).toEqual(model);
      });

      it('puts no NaN, Infinity, undefined or [object Object] in the PDF of its example or its empty document', async () => {
        const model = await loadExportingModel(worksheet);
        for (const data of samplesOf(model)) {
          const blocks = model.evidenceBlocks(data);
          expect(blocks.length).toBeGreaterThan(0);
          expect(brokenValues(blocks)).toEqual([]);
          expect(shapeProblems(blocks)).toEqual([]);
          expect(brokenValues(model.evidenceScope?.(data) ?? null)).toEqual([]);
        }
      });

      it('gives rectangular spreadsheet tables with nothing broken in them, for its example and its empty document', async () => {
        const model = await loadExportingModel(worksheet);
        for (const data of samplesOf(model)) {
          for (const table of spreadsheetTablesOf(model, data)) {
            expect(table.title).not.toBe('');
            const uneven = table.rows.flatMap((row, r) => (row.length === table.columns.length ? [] : [`${table.title}: row ${r + 1} has ${row.length} cells for ${table.columns.length} columns`]));
            expect(uneven).toEqual([]);
            expect(brokenValues(table)).toEqual([]);
          }
        }
      });
    });
  }
});

describe('the contract’s own checks', () => {
  it('find broken text and numbers wherever they are', () => {
    expect(brokenValues([{ kind: 'paragraph', text: 'Ratio: NaN %' }, { rows: [{ value: '[object Object]' }] }, { value: Infinity }, 'fine: Nanette, undefinedness'])).toEqual([
      '[0].text: Ratio: NaN %',
      '[1].rows[0].value: [object Object]',
      '[2].value: Infinity',
    ]);
  });

  it('find a table row or a chart series of the wrong length', () => {
    expect(
      shapeProblems([
        { kind: 'table', caption: 'T', columns: ['A', 'B'], rows: [['1', '2'], ['3']], columnWidths: [1] },
        { kind: 'lineChart', caption: 'C', xLabel: 'x', yLabel: 'y', yMin: 0, yMax: 1, xLabels: ['a', 'b'], series: [{ name: 'S', values: [1] }] },
      ]),
    ).toHaveLength(3);
  });
});
