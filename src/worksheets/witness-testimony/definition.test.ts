import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../achievement/log-claims';
import { evidenceForWorksheet } from '../../pdf/evidence-for-worksheet';
import { buildEvidenceIndex } from '../../portfolio/pack';
import { rewriteAnswers } from '../../test-support/own-work';
import type { StoredDocument } from '../../storage/store-schema';
import { witnessTestimonyModel } from './definition';
import { witnessTestimonyExports } from './exports';
import { witnessTestimonyMeta } from './meta';
import { createEmptyWitnessTestimony } from './model';

const learner = { name: 'Sam Ellis', learnerNumber: '', centre: '', assessor: '', qualification: '' };
const stored = (data: unknown): StoredDocument => ({
  id: 'wt',
  worksheetId: witnessTestimonyMeta.id,
  name: 'Gareth’s testimony',
  createdAt: '2026-10-14T10:00:00.000Z',
  updatedAt: '2026-10-16T10:00:00.000Z',
  schemaVersion: 1,
  data,
  summary: { met: 0, total: 0 },
});

describe('a witness testimony in the achievement log and the portfolio pack', () => {
  const own = rewriteAnswers(witnessTestimonyModel.createExample().data);

  it('claims the chosen unit’s chosen AC, and only those', () => {
    expect(witnessTestimonyModel.evidenceScope?.(own)).toEqual({
      unit: { code: 'L3C3', title: 'Negotiate and Close Sales' },
      criteria: [
        { code: '2.2', text: 'Conduct sales negotiations with customers' },
        { code: '2.4', text: "Create a 'win-win' situation during negotiations" },
        { code: '2.7', text: 'Use micro closes during sales negotiations' },
        { code: '3.1', text: 'Respond to customers objections and concerns' },
        { code: '3.3', text: 'Close the sale with customers' },
      ],
    });
    const claims = claimsOf([{ stored: stored(own), meta: witnessTestimonyMeta, model: witnessTestimonyModel }]);
    expect(claims.map((c) => `${c.unitCode} ${c.criterionCode} ${c.isComplete} ${c.isWorkedExample}`)).toEqual([
      'L3C3 2.2 true false',
      'L3C3 2.4 true false',
      'L3C3 2.7 true false',
      'L3C3 3.1 true false',
      'L3C3 3.3 true false',
    ]);
  });

  it('claims nothing while no unit or AC is chosen', () => {
    expect(claimsOf([{ stored: stored(createEmptyWitnessTestimony()), meta: witnessTestimonyMeta, model: witnessTestimonyModel }])).toEqual([]);
  });

  it('maps each AC to the testimony’s pages in the pack’s evidence index', () => {
    const document = evidenceForWorksheet(witnessTestimonyMeta, { ...witnessTestimonyModel, ...witnessTestimonyExports }, 'Gareth’s testimony', own, learner, '2026-10-20');
    expect(document.unit.code).toBe('L3C3');
    const rows = buildEvidenceIndex([document], [{ first: 3, last: 5 }]);
    expect(rows.map((r) => `${r.unitCode} ${r.criterionCode} ${r.worksheetTitle} ${r.pages.first}-${r.pages.last}`)).toEqual([
      'L3C3 2.2 Witness testimony 3-5',
      'L3C3 2.4 Witness testimony 3-5',
      'L3C3 2.7 Witness testimony 3-5',
      'L3C3 3.1 Witness testimony 3-5',
      'L3C3 3.3 Witness testimony 3-5',
    ]);
  });

  it('refuses a unit the qualification does not have', () => {
    expect(witnessTestimonyModel.parse({ ...createEmptyWitnessTestimony(), unit: 'L9Z9' }, 1).ok).toBe(false);
  });
});
