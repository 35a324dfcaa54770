import { rewriteAnswers } from '../test-support/own-work';
import { describe, expect, it } from 'vitest';
import { loadExportingModel, type WorksheetExports, type WorksheetMeta, type WorksheetModel } from '../lib/worksheet-definition';
import { evidenceForWorksheet } from '../pdf/evidence-for-worksheet';
import type { StoredDocument } from '../storage/store-schema';
import { pestleMeta } from '../worksheets/pestle/meta';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestleExports } from '../worksheets/pestle/exports';
import { smartObjectivesMeta } from '../worksheets/smart-objectives/meta';
import { smartObjectivesModel } from '../worksheets/smart-objectives/definition';
import { smartObjectivesExports } from '../worksheets/smart-objectives/exports';
import { buildPortfolioPack, isComplete, unitOfStoredDocument, type Worksheet } from './pack-documents';

const LEARNER = { name: 'Jo Bloggs', learnerNumber: 'ISP-1', centre: 'Leeds', assessor: 'Sam', qualification: 'Certificate' };
const DATE = '2025-03-14';

const worksheet = <T,>(meta: WorksheetMeta, model: WorksheetModel<T>, exports: WorksheetExports<T>): Worksheet => ({ meta, model: { ...model, ...exports } });
const PESTLE = worksheet(pestleMeta, pestleModel, pestleExports);
const SMART = worksheet(smartObjectivesMeta, smartObjectivesModel, smartObjectivesExports);
const find = (id: string) => [PESTLE, SMART].find((w) => w.meta.id === id);

function stored(w: Worksheet, data: unknown, name = 'My document', summary = { met: 0, total: 0 }): StoredDocument {
  return { id: name, worksheetId: w.meta.id, name, createdAt: '', updatedAt: '', schemaVersion: w.model.schemaVersion, data, summary };
}

describe('documents into a pack', () => {
  it('builds each document exactly as its single export does', () => {
    const own = rewriteAnswers(pestleModel.createExample().data);
    const { pack, problems } = buildPortfolioPack([stored(PESTLE, own, 'Café')], find, LEARNER, DATE);
    expect(problems).toEqual([]);
    expect(pack).toMatchObject({
      learner: LEARNER,
      date: DATE,
      documents: [evidenceForWorksheet(pestleMeta, PESTLE.model, 'Café', own, LEARNER, DATE)],
    });
  });

  it('carries what each document claims for the achievement logs, with the completion date set on it', () => {
    const own = rewriteAnswers(pestleModel.createExample().data);
    const document = { ...stored(PESTLE, own, 'Café'), updatedAt: '2026-03-09T12:00:00.000Z', completedOn: '2026-03-02' };
    const { pack } = buildPortfolioPack([document], find, LEARNER, DATE, { L3B2: 'in-progress' });
    expect(pack.documents[0]?.completedOn).toBe('2026-03-02');
    expect(pack.logs?.documentIds).toEqual(['Café']);
    expect(pack.logs?.unitStatuses).toEqual({ L3B2: 'in-progress' });
    expect(pack.logs?.claims.map((claim) => `${claim.unitCode} ${claim.criterionCode} ${claim.completedOn}`)).toEqual(['L3B2 2.1 2026-03-02', 'L3B2 2.2 2026-03-02', 'L3B2 2.3 2026-03-02']);
  });

  it('marks a document that is still the worked example, whatever it is named', () => {
    const example = pestleModel.createExample();
    const { pack } = buildPortfolioPack([stored(PESTLE, example.data, 'My own PESTLE')], find, LEARNER, DATE);
    expect(pack.documents[0]?.workedExampleNotice).toMatch(/worked example, unchanged\. It is not the learner’s own evidence/);
  });

  it('names only the unit a SMART document was written for, in the pack as in the single export', () => {
    const example = smartObjectivesModel.createExample();
    const document = stored(SMART, example.data);
    const { pack } = buildPortfolioPack([document], find, LEARNER, DATE);
    const scope = smartObjectivesModel.evidenceScope?.(example.data);
    expect(scope).toBeTruthy();
    expect(pack.documents[0]?.unit).toEqual(scope?.unit);
    expect(pack.documents[0]?.criteria).toEqual(scope?.criteria);
    expect(unitOfStoredDocument(document, SMART)).toEqual(scope?.unit);
    // With no context chosen yet, the worksheet's own list of units stands.
    expect(unitOfStoredDocument(stored(SMART, smartObjectivesModel.createEmpty()), SMART)).toEqual(smartObjectivesMeta.unit);
  });

  it("names a single-unit worksheet's own unit without reading the document (the portfolio page lists every document)", () => {
    let parses = 0;
    const counting: Worksheet = { ...PESTLE, model: { ...PESTLE.model, parse: (data, version) => ((parses += 1), PESTLE.model.parse(data, version)) } };
    expect(unitOfStoredDocument(stored(PESTLE, pestleModel.createExample().data), counting)).toEqual(pestleMeta.unit);
    expect(parses).toBe(0);
  });

  it('keeps the chosen order, and leaves out what cannot be read with the reason in words', () => {
    const good = stored(PESTLE, pestleModel.createExample().data, 'Good one');
    const damaged = stored(PESTLE, { organisation: 42 }, 'Damaged one');
    const unknown = { ...stored(PESTLE, {}, 'From elsewhere'), worksheetId: 'not-a-worksheet' };
    const smart = stored(SMART, smartObjectivesModel.createExample().data, 'Plan');
    const { pack, problems } = buildPortfolioPack([smart, damaged, unknown, good], find, LEARNER, DATE);
    expect(pack.documents.map((d) => d.documentName)).toEqual(['Plan', 'Good one']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^“Damaged one” could not be read, so it is not in the pack\. \S/);
    expect(problems[1]).toBe('“From elsewhere” is from a worksheet this version of the toolkit does not have, so it is not in the pack.');
    expect(problems.join(' ')).not.toMatch(/undefined|NaN/);
  });

  it('calls a document complete only when every check is met', () => {
    expect(isComplete(stored(PESTLE, {}, 'a', { met: 8, total: 8 }))).toBe(true);
    expect(isComplete(stored(PESTLE, {}, 'b', { met: 7, total: 8 }))).toBe(false);
    expect(isComplete(stored(PESTLE, {}, 'c', { met: 0, total: 0 }))).toBe(false);
  });
});

describe('a unit workbook in a pack', () => {
  it('maps every AC of its unit to the workbook’s pages in the evidence index', async () => {
    const { findWorksheet: findRegistered } = await import('../worksheets/registry');
    const { buildEvidenceIndex } = await import('./pack');
    const definition = findRegistered('workbook-L3C6')!;
    const workbook: Worksheet = { meta: definition.meta, model: await loadExportingModel(definition) };
    const own = rewriteAnswers(workbook.model.createExample!().data);
    const { pack, problems } = buildPortfolioPack([stored(workbook, own, 'My L3C6 workbook')], () => workbook, LEARNER, DATE);
    expect(problems).toEqual([]);
    const index = buildEvidenceIndex(pack.documents, [{ first: 3, last: 6 }]);
    expect(index.map((row) => `${row.unitCode} ${row.criterionCode} → ${row.pages.first}–${row.pages.last}`)).toEqual([
      'L3C6 1.1 → 3–6',
      'L3C6 1.2 → 3–6',
      'L3C6 2.1 → 3–6',
      'L3C6 2.2 → 3–6',
    ]);
    expect(index[0]).toMatchObject({ worksheetTitle: 'L3C6 workbook', criterionText: "Describe the factors that can influence an individual customer's decision making process" });
  });
});
