import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNER } from '../storage/store-schema';
import { pestleMeta } from '../worksheets/pestle/meta';
import { pestleModel } from '../worksheets/pestle/definition';
import { pestleExports } from '../worksheets/pestle/exports';
import { smartObjectivesMeta } from '../worksheets/smart-objectives/meta';
import { smartObjectivesModel } from '../worksheets/smart-objectives/definition';
import { smartObjectivesExports } from '../worksheets/smart-objectives/exports';

const PESTLE = { ...pestleModel, ...pestleExports };
const SMART = { ...smartObjectivesModel, ...smartObjectivesExports };
import { evidenceForWorksheet } from './evidence-for-worksheet';

describe('evidenceForWorksheet', () => {
  it('lists the worksheet’s own unit and AC for a single-unit worksheet', () => {
    const { data } = pestleModel.createExample();
    const evidence = evidenceForWorksheet(pestleMeta, PESTLE, 'Doc', data, EMPTY_LEARNER, '2026-11-23');
    expect(evidence.unit.code).toBe('L3B2');
    expect(evidence.criteria.map((c) => c.code)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('lists only the unit and AC the chosen context evidences, never every unit the worksheet serves', () => {
    const { data } = smartObjectivesModel.createExample();
    const evidence = evidenceForWorksheet(smartObjectivesMeta, SMART, 'Doc', data, EMPTY_LEARNER, '2026-11-23');
    expect(data.context).toBe('development-plan');
    expect(evidence.unit.code).toBe('L3S3');
    expect(evidence.criteria.map((c) => c.code)).toEqual(['2.1', '2.2', '2.3', '2.4']);
    const sales = evidenceForWorksheet(smartObjectivesMeta, SMART, 'Doc', { ...data, context: 'sales-targets' }, EMPTY_LEARNER, '2026-11-23');
    expect(sales.unit.code).toBe('L3C4');
    expect(sales.criteria.map((c) => c.code)).toEqual(['1.1']);
  });
});
