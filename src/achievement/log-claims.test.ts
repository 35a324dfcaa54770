import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../storage/store-schema';
import { rewriteAnswers } from '../test-support/own-work';
import { pestleMeta } from '../worksheets/pestle/meta';
import { pestleModel } from '../worksheets/pestle/definition';
import { findWorksheet } from '../worksheets/registry';
import { claimsOf, type DocumentForLog } from './log-claims';
import { buildUnitLog, locationInWords } from './achievement-log';
import { outlineOf } from '../lib/spec/outlines';

function stored(id: string, worksheetId: string, data: unknown, extra: Partial<StoredDocument> = {}): StoredDocument {
  return { id, worksheetId, name: id, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-04T10:00:00.000Z', schemaVersion: 1, data, summary: { met: 0, total: 0 }, ...extra };
}

async function workbook(code: string) {
  const definition = findWorksheet(`workbook-${code}`)!;
  return { meta: definition.meta, model: await definition.loadModel() };
}

type Answer = { code: string; text: string; records: Array<{ id: string; what: string; where: string; date: string; by: string }>; evidence: { documentId: string; documentName: string; worksheetTitle: string } };

describe('what the learner’s documents claim, with the real worksheets', () => {
  it('reads a PESTLE’s AC and a workbook’s answers: written, chosen worksheet document, and blank', async () => {
    const l3b2 = await workbook('L3B2');
    const data = l3b2.model.createEmpty() as { answers: Answer[] };
    const answer = (code: string) => data.answers.find((a) => a.code === code)!;
    answer('1.1').text = 'Sole traders, partnerships, limited companies…';
    answer('2.1').evidence = { documentId: 'pestle', documentName: 'Café review', worksheetTitle: 'PESTLE builder' };
    const pestle = rewriteAnswers(pestleModel.createExample().data);
    const documents: DocumentForLog[] = [
      { stored: stored('pestle', pestleMeta.id, pestle, { name: 'Café review', completedOn: '2026-03-02' }), meta: pestleMeta, model: pestleModel },
      { stored: stored('wb', l3b2.meta.id, data, { name: 'My L3B2 workbook' }), meta: l3b2.meta, model: l3b2.model },
    ];
    const claims = claimsOf(documents);
    expect(claims.map((c) => `${c.unitCode} ${c.criterionCode} ${c.kind} ${c.documentId} ${c.isComplete} ${c.completedOn}`)).toEqual([
      'L3B2 2.1 document pestle true 2026-03-02',
      'L3B2 2.2 document pestle true 2026-03-02',
      'L3B2 2.3 document pestle true 2026-03-02',
      'L3B2 1.1 workbook-answer wb true 2026-03-04',
      'L3B2 2.1 document pestle true 2026-03-02',
    ]);
    const log = buildUnitLog(outlineOf('L3B2')!, claims);
    const row = log.outcomes[1]!.rows[0]!;
    // The PESTLE claims 2.1 itself and is chosen for it in the workbook: one location.
    expect(row.locations.map((l) => locationInWords(l, row.code))).toEqual(['PESTLE builder: Café review']);
    expect(log.outcomes[0]!.rows.map((r) => r.isAchieved)).toEqual([true, false, false, false]);
  });

  it('leaves out the worked example’s evidence and documents that cannot be read', () => {
    const example = pestleModel.createExample();
    const claims = claimsOf([
      { stored: stored('ex', pestleMeta.id, example.data), meta: pestleMeta, model: pestleModel },
      { stored: stored('bad', pestleMeta.id, { nonsense: true }), meta: pestleMeta, model: pestleModel },
    ]);
    expect(claims.every((c) => c.documentId === 'ex' && c.isWorkedExample)).toBe(true);
  });

  it.each(['L3C6', 'L3L1', 'L3B1', 'L2S3'])('agrees with the %s workbook’s own checklist on which AC are answered', async (code) => {
    const { meta, model } = await workbook(code);
    const data = rewriteAnswers(model.createExample!().data) as { answers: Answer[] };
    // Half-done: every other answer emptied, so both outcomes are seen.
    data.answers.forEach((a, index) => {
      if (index % 2 === 1) {
        a.text = '';
        a.records = a.records.map((r) => ({ ...r, by: '' }));
        a.evidence = { documentId: '', documentName: '', worksheetTitle: '' };
      }
    });
    const claims = claimsOf([{ stored: stored('wb', meta.id, data), meta, model }]);
    const checklist = model.completeness(data);
    for (const criterion of outlineOf(code)!.outcomes.flatMap((o) => o.criteria)) {
      const rule = checklist.find((item) => item.label.startsWith(`AC ${criterion.code} `));
      const claim = claims.find((c) => c.criterionCode === criterion.code);
      expect({ code: criterion.code, complete: claim?.isComplete ?? false }).toEqual({ code: criterion.code, complete: rule?.isMet ?? false });
    }
  });
});
