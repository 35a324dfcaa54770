import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { TextArea, TextField } from '../../ui/fields';
import { minimumLabel, type WorkbookMinimum } from './guidance';
import { amountOf, blankEntry, TEXT_LIMITS, type WorkbookData } from './model';

type Props = {
  control: Control<WorkbookData>;
  register: UseFormRegister<WorkbookData>;
  getValues: UseFormGetValues<WorkbookData>;
  index: number;
  minimum: WorkbookMinimum;
};

const confirmRemove = (text: string | undefined) => !text?.trim() || window.confirm('Remove this entry and what is written in it?');

/** "2 of 3 given: add 1 more", or met; in words and a symbol, never colour alone. */
function ListStatus({ count, needed }: { count: number; needed: number }) {
  const isMet = count >= needed;
  return (
    <p className={`workbook-count${isMet ? ' workbook-count--met' : ''}`} role="status">
      <span aria-hidden="true">{isMet ? '✓ ' : '! '}</span>
      {count} of {needed} given{isMet ? ': the number the guidance asks for is met.' : `: add ${needed - count} more.`}
    </p>
  );
}

/** A number the assessor guidance sets, asked for as a list of that many entries, or as an amount of time. */
export function MinimumList({ control, register, getValues, index, minimum }: Props) {
  const entries = useFieldArray({ control, name: `minimums.${index}.entries`, keyName: 'fieldKey' });
  const written = useWatch({ control, name: `minimums.${index}.entries` }).filter((entry) => entry.text.trim() !== '').length;
  const amount = useWatch({ control, name: `minimums.${index}.amount` });
  const legend = minimumLabel(minimum);
  const quote = `The assessor guidance asks for “${minimum.quote}”.`;

  if (minimum.kind === 'amount') {
    const given = amountOf({ key: '', entries: [], amount });
    return (
      <div className="workbook-minimum">
        <TextField
          label={`${legend} (number of ${minimum.unitOfTime ?? 'units'})`}
          hint={quote}
          inputMode="decimal"
          maxLength={20}
          className="workbook-minimum__amount"
          {...register(`minimums.${index}.amount`)}
        />
        {amount.trim() !== '' && given === null && <p className="workbook-count">! Give a number, for example {minimum.count}.</p>}
        {given !== null && <ListStatus count={Math.min(given, minimum.count)} needed={minimum.count} />}
      </div>
    );
  }

  return (
    <fieldset className="workbook-minimum">
      <legend>{minimum.kind === 'prompt' ? `If it applies to you: ${legend.charAt(0).toLowerCase()}${legend.slice(1)}` : legend}</legend>
      <p className="field__hint">
        {quote}
        {minimum.kind === 'prompt' && ' It applies only in some cases, so it is not checked here: ask your assessor if it applies to you.'}
      </p>
      {entries.fields.map((field, position) => (
        <div key={field.fieldKey} className="workbook-minimum__entry">
          <TextArea label={`Entry ${position + 1}`} rows={2} maxLength={TEXT_LIMITS.entry} {...register(`minimums.${index}.entries.${position}.text`)} />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => confirmRemove(getValues(`minimums.${index}.entries.${position}.text`)) && entries.remove(position)}
          >
            Remove entry {position + 1}
            <span className="visually-hidden"> of {legend}</span>
          </button>
        </div>
      ))}
      {minimum.kind === 'list' && <ListStatus count={written} needed={minimum.count} />}
      <button type="button" className="button" onClick={() => entries.append(blankEntry(newId()))}>
        Add an entry<span className="visually-hidden"> to {legend}</span>
      </button>
    </fieldset>
  );
}
