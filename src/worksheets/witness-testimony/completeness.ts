import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { listInWords } from '../../lib/text-list';
import { chosenUnit, knowledgeCriteria, observedCriteria } from './criteria';
import { RULE_SOURCE } from './guidance';
import { hasRelationship, hasText, type WitnessTestimonyData } from './model';

/** Met, or not yet with what is missing and the field that fixes it. */
function check(label: string, isMet: boolean, sections: string[], detail: string, field?: string): ChecklistItem {
  return isMet ? { label, isMet, sections } : { label, isMet, sections, detail, ...(field ? { field } : {}) };
}

/** The dates make sense: the first given, and the last (if any) not before it. */
export const hasObservedDates = (data: Pick<WitnessTestimonyData, 'observedFrom' | 'observedTo'>) =>
  data.observedFrom !== '' && (data.observedTo === '' || data.observedTo >= data.observedFrom);

/**
 * What a testimony needs to be read as evidence: the unit and AC it is mapped to, who the witness
 * is, when they saw it, and their account of every AC. Nothing here is a number: the specification
 * sets none for witness testimony.
 */
export function witnessTestimonyRules(data: WitnessTestimonyData): ChecklistItem[] {
  const unit = chosenUnit(data);
  const observed = observedCriteria(data);
  const unaccounted = observed.filter((criterion) => !hasText(criterion.account)).map((criterion) => `AC ${criterion.code}`);
  const w = data.witness;
  const firstUnaccounted = data.observed.findIndex((entry) => observed.some((c) => c.code === entry.code) && !hasText(entry.account));
  return [
    specRule(check('The unit chosen', unit !== undefined, ['unit'], 'Choose the unit this testimony is evidence for.', 'unit'), RULE_SOURCE.mapped),
    specRule(
      check('At least one assessment criterion the witness saw you meet chosen', observed.length > 0, ['unit'], unit ? `Tick the AC of ${unit.code} your witness saw.` : 'Choose the unit first, then its AC.'),
      RULE_SOURCE.mapped,
    ),
    specRule(check('The witness’s name', hasText(w.name), ['witness'], 'Give their full name.', 'witness.name'), RULE_SOURCE.testimony),
    specRule(check('The witness’s job role', hasText(w.role), ['witness'], 'Give their job title.', 'witness.role'), RULE_SOURCE.testimony),
    specRule(
      check(
        'The witness’s relationship to you',
        hasRelationship(w),
        ['witness'],
        w.relationship === 'other' ? 'Say in words how they know you.' : 'Choose how they know you.',
        w.relationship === 'other' ? 'witness.relationshipOther' : 'witness.relationship',
      ),
      RULE_SOURCE.testimony,
    ),
    specRule(
      check(
        'The date they saw it',
        hasObservedDates(data),
        ['observation'],
        data.observedFrom === '' ? 'Give the date they saw it.' : 'The last date is before the first.',
        data.observedFrom === '' ? 'observedFrom' : 'observedTo',
      ),
      RULE_SOURCE.testimony,
    ),
    specRule(
      check(
        'An account of what the witness saw for every criterion chosen',
        observed.length > 0 && unaccounted.length === 0,
        ['accounts'],
        observed.length === 0 ? 'Choose the AC first.' : `Still to write: ${listInWords(unaccounted)}.`,
        firstUnaccounted === -1 ? undefined : `observed.${firstUnaccounted}.account`,
      ),
      RULE_SOURCE.testimony,
    ),
  ];
}

/** Good practice beyond the minimum: shown, never needed to complete. */
export function witnessTestimonyGoodPractice(data: WitnessTestimonyData): ChecklistItem[] {
  const knowledge = knowledgeCriteria(data);
  const observed = observedCriteria(data);
  return [
    goodPracticeRule(
      check('Good practice: how long the witness has known your work', hasText(data.witness.knownFor), ['witness'], 'Say how long, and in what role.', 'witness.knownFor'),
      'it tells the assessor how well the witness knows your usual work.',
    ),
    goodPracticeRule(
      check('Good practice: the witness’s contact details', hasText(data.witness.contact), ['witness'], 'Give an email address or phone number.', 'witness.contact'),
      'the assessor can check the testimony with the witness.',
    ),
    goodPracticeRule(
      check('Good practice: where they saw it', hasText(data.setting), ['observation'], 'Describe the setting.', 'setting'),
      'the setting shows the work was real (or a realistic working environment).',
    ),
    goodPracticeRule(
      check(
        'Good practice: every criterion chosen is a skill (“Be able to…” outcome)',
        observed.length > 0 && knowledge.length === 0,
        ['unit'],
        observed.length === 0 ? 'Choose the AC first.' : `${listInWords(knowledge.map((code) => `AC ${code}`))} ${knowledge.length === 1 ? 'is' : 'are'} knowledge: back ${knowledge.length === 1 ? 'it' : 'them'} with your own written evidence too.`,
      ),
      'the specification lists witness testimony as evidence for skills and behaviour criteria.',
    ),
  ];
}

/** The checklist: the rules, then the good practice, which never counts. */
export function witnessTestimonyCompleteness(data: WitnessTestimonyData): ChecklistItem[] {
  return [...witnessTestimonyRules(data), ...witnessTestimonyGoodPractice(data)];
}
