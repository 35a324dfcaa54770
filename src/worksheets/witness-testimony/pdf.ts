import type { PdfBlock } from '../../lib/evidence-types';
import type { WitnessTestimonyData } from './model';

const orNotGiven = (value: string) => (value.trim() ? value.trim() : 'Not given');

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function witnessTestimonyEvidenceBlocks(data: WitnessTestimonyData): PdfBlock[] {
  return [
    { kind: 'heading', text: 'The situation' },
    { kind: 'fields', rows: [{ label: 'Organisation or situation', value: orNotGiven(data.situation) }] },
    { kind: 'heading', text: 'Answer (AC 1.1)' },
    { kind: 'paragraph', text: orNotGiven(data.answer) },
  ];
}
