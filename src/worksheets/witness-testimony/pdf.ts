import type { PdfBlock } from '../../lib/evidence-types';
import { dateOrNotGiven } from '../../lib/dates';
import { BLANK_LINE } from '../../lib/observer';
import { orNotGiven } from '../../lib/text-list';
import { observedCriteria } from './criteria';
import { DECLARATION_LABEL, WITNESS_DECLARATION } from './guidance';
import { ASSESSOR_QUALIFICATION_LABELS, DECISION_LABELS, RELATIONSHIP_LABELS } from './labels';
import type { WitnessTestimonyData } from './model';

const orLine = (value: string) => (value.trim() ? value.trim() : BLANK_LINE);
const dateOrLine = (iso: string) => (iso === '' ? BLANK_LINE : dateOrNotGiven(iso));

/** "14 October 2026", or "14 October 2026 to 16 October 2026" for a period. */
export function observedDates(data: Pick<WitnessTestimonyData, 'observedFrom' | 'observedTo'>): string {
  if (data.observedFrom === '') return 'Not given';
  return data.observedTo === '' || data.observedTo === data.observedFrom ? dateOrNotGiven(data.observedFrom) : `${dateOrNotGiven(data.observedFrom)} to ${dateOrNotGiven(data.observedTo)}`;
}

function relationshipInWords(data: WitnessTestimonyData): string {
  const { relationship, relationshipOther } = data.witness;
  if (relationship === '') return 'Not given';
  return relationship === 'other' ? orNotGiven(relationshipOther) : RELATIONSHIP_LABELS[relationship];
}

function qualificationInWords(data: WitnessTestimonyData): string {
  const { assessorQualification, qualificationName } = data.witness;
  if (assessorQualification === '') return 'Not said';
  return assessorQualification === 'yes' && qualificationName.trim() ? `Yes: ${qualificationName.trim()}` : ASSESSOR_QUALIFICATION_LABELS[assessorQualification];
}

/**
 * The testimony as PDF blocks, in the order an assessor reads it: who the witness is, when and where
 * they saw it, each AC with their account under a heading that names it, then the witness's
 * declaration with the lines they sign, and the assessor's decision on the testimony. The unit's
 * learning outcomes with the chosen AC are on the first page already (the shell prints them).
 */
export function witnessTestimonyEvidenceBlocks(data: WitnessTestimonyData): PdfBlock[] {
  const w = data.witness;
  const observed = observedCriteria(data);
  return [
    { kind: 'heading', text: 'The witness' },
    {
      kind: 'fields',
      rows: [
        { label: 'Name', value: orNotGiven(w.name) },
        { label: 'Job role', value: orNotGiven(w.role) },
        { label: 'Relationship to the learner', value: relationshipInWords(data) },
        { label: 'Has known the learner’s work for', value: orNotGiven(w.knownFor) },
        { label: 'Contact details', value: orNotGiven(w.contact) },
        { label: 'Holds an assessor qualification', value: qualificationInWords(data) },
      ],
    },
    { kind: 'heading', text: 'When and where they saw it' },
    {
      kind: 'fields',
      rows: [
        { label: data.observedTo === '' ? 'Date observed' : 'Dates observed', value: observedDates(data) },
        { label: 'Setting', value: orNotGiven(data.setting) },
      ],
    },
    ...(observed.length === 0
      ? [{ kind: 'heading', text: 'What the witness saw' } as const, { kind: 'paragraph', text: 'No assessment criteria chosen yet.' } as const]
      : observed.flatMap((criterion): PdfBlock[] => [
          { kind: 'heading', text: `What the witness saw: AC ${criterion.code} ${criterion.text}` },
          { kind: 'paragraph', text: orNotGiven(criterion.account) },
        ])),
    { kind: 'heading', text: DECLARATION_LABEL },
    // One table, so the words the witness signs and the lines they sign on stay together.
    {
      kind: 'fields',
      rows: [
        { label: 'The witness declares', value: WITNESS_DECLARATION },
        { label: 'Witness’s name', value: orLine(w.name) },
        { label: 'Witness’s signature', value: BLANK_LINE },
        { label: 'Date signed', value: dateOrLine(data.declarationDate) },
      ],
    },
    { kind: 'heading', text: 'Assessor’s decision on this testimony' },
    {
      kind: 'fields',
      rows: [
        { label: 'Decision', value: data.assessor.decision === '' ? 'Accepted as evidence / Not accepted (delete one)' : DECISION_LABELS[data.assessor.decision] },
        { label: 'Assessor’s comments', value: data.assessor.comments.trim() || `${BLANK_LINE}\n${BLANK_LINE}\n${BLANK_LINE}` },
        { label: 'Assessor’s signature', value: BLANK_LINE },
        { label: 'Date', value: dateOrLine(data.assessor.date) },
      ],
    },
  ];
}
