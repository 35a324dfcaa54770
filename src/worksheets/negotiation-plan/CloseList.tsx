import { useFieldArray } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { LIST_LIMITS, newClose, TEXT_LIMITS } from './model';

type Props = FormProps & { index: number; kind: 'microCloses' | 'trialCloses'; name: string; hint: string };

/** The micro closes or trial closes used in one negotiation, one numbered row each, as the learner said them. */
export function CloseList({ control, register, getValues, index, kind, name, hint }: Props) {
  const rows = useFieldArray({ control, name: `negotiations.${index}.observed.${kind}`, keyName: 'fieldKey' });
  const lower = name.toLowerCase();
  return (
    <div className="negotiation-closes">
      <RowFieldsets
        rows={rows.fields}
        name={name}
        onRemove={(row) => {
          if (confirmRemove([getValues(`negotiations.${index}.observed.${kind}.${row}.said`)], `${lower} ${row + 1}`)) rows.remove(row);
        }}
        onAdd={rows.fields.length < LIST_LIMITS.closes ? () => rows.append(newClose()) : undefined}
        addLabel={`Add another ${lower}`}
      >
        {(row) => <TextArea label="What you said, and the customer’s answer" hint={row === 0 ? hint : undefined} rows={2} maxLength={TEXT_LIMITS.item} {...register(`negotiations.${index}.observed.${kind}.${row}.said`)} />}
      </RowFieldsets>
    </div>
  );
}
