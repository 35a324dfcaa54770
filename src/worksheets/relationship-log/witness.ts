import type { PdfBlock } from '../../lib/evidence-types';
import { BLANK_LINE, signatureRows } from '../../lib/observer';
import { orNotGiven } from '../../lib/text-list';

export type Witness = { name: string; role: string; statement: string };

/**
 * The confirmation a witness signs on the printed PDF (L3L1 AC 2.4: "Supporting evidence should
 * confirm that the situation took place"): who they are, what they confirm in their own words or
 * lines to write them, their signature and the date.
 */
export function witnessBlocks(title: string, confirms: string, witness: Witness): PdfBlock[] {
  return [
    { kind: 'heading', text: title },
    { kind: 'paragraph', text: confirms },
    {
      kind: 'fields',
      rows: [
        { label: 'Name', value: orNotGiven(witness.name) },
        { label: 'Role', value: orNotGiven(witness.role) },
        { label: 'What I confirm, in my own words', value: witness.statement.trim() || `${BLANK_LINE}\n${BLANK_LINE}\n${BLANK_LINE}` },
        ...signatureRows('Witness'),
      ],
    },
  ];
}
