import { describe, expect, it } from 'vitest';
import { BLANK_LINE as SIGN_HERE } from '../../lib/observer';
import { witnessBlocks } from './witness';

describe('witnessBlocks', () => {
  it('names the witness and leaves lines to sign and date', () => {
    const [heading, paragraph, fields] = witnessBlocks('Confirmation (AC 2.4)', 'I confirm it took place.', { name: ' Gareth Lewis ', role: 'My line manager', statement: 'I saw it.' });
    expect(heading).toEqual({ kind: 'heading', text: 'Confirmation (AC 2.4)' });
    expect(paragraph).toEqual({ kind: 'paragraph', text: 'I confirm it took place.' });
    expect(fields).toEqual({
      kind: 'fields',
      rows: [
        { label: 'Name', value: 'Gareth Lewis' },
        { label: 'Role', value: 'My line manager' },
        { label: 'What I confirm, in my own words', value: 'I saw it.' },
        { label: 'Witness’s signature', value: SIGN_HERE },
        { label: 'Date signed', value: SIGN_HERE },
      ],
    });
  });

  it('leaves lines for the witness’s own words when none were typed, and says what is not given', () => {
    const fields = witnessBlocks('C', 'P', { name: '', role: '', statement: '  ' })[2];
    expect(fields?.kind === 'fields' && fields.rows.map((r) => r.value)).toEqual(['Not given', 'Not given', `${SIGN_HERE}\n${SIGN_HERE}\n${SIGN_HERE}`, SIGN_HERE, SIGN_HERE]);
  });
});
