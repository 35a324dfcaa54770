import type { WorksheetModelWithExample } from '../../lib/worksheet-definition';
import { witnessTestimonyCompleteness } from './completeness';
import { chosenUnit, claimedCriteria } from './criteria';
import { createWitnessTestimonyExample } from './example';
import { witnessTestimonyMeta } from './meta';
import { createEmptyWitnessTestimony, parseWitnessTestimony, WITNESS_TESTIMONY_SCHEMA_VERSION, type WitnessTestimonyData } from './model';

/** Everything the shell needs to store, check and import a witness testimony (its exports are in exports.ts). */
export const witnessTestimonyModel: WorksheetModelWithExample<WitnessTestimonyData> = {
  schemaVersion: WITNESS_TESTIMONY_SCHEMA_VERSION,
  parse: parseWitnessTestimony,
  createEmpty: createEmptyWitnessTestimony,
  createExample: createWitnessTestimonyExample,
  completeness: witnessTestimonyCompleteness,
  // The chosen unit and the AC the witness saw: nothing is claimed until both are chosen.
  evidenceScope: (data) => {
    const unit = chosenUnit(data);
    return { unit: unit ? { code: unit.code, title: unit.title } : witnessTestimonyMeta.unit, criteria: claimedCriteria(data) };
  },
};
