import type { WorksheetModel } from '../../lib/worksheet-definition';
import { witnessTestimonyCompleteness } from './completeness';
import { chosenUnit, claimedCriteria } from './criteria';
import { witnessTestimonyMeta } from './meta';
import { createEmptyWitnessTestimony, parseWitnessTestimony, WITNESS_TESTIMONY_SCHEMA_VERSION, type WitnessTestimonyData } from './model';

/**
 * What the section page needs to open, check and save a witness testimony: the model without its worked
 * example, which arrives after the page is open (definition.ts adds it; its exports are in exports.ts).
 */
export const witnessTestimonyPageModel: WorksheetModel<WitnessTestimonyData> = {
  schemaVersion: WITNESS_TESTIMONY_SCHEMA_VERSION,
  parse: parseWitnessTestimony,
  createEmpty: createEmptyWitnessTestimony,
  completeness: witnessTestimonyCompleteness,
  // The chosen unit and the AC the witness saw: nothing is claimed until both are chosen.
  evidenceScope: (data) => {
    const unit = chosenUnit(data);
    return { unit: unit ? { code: unit.code, title: unit.title } : witnessTestimonyMeta.unit, criteria: claimedCriteria(data) };
  },
};
