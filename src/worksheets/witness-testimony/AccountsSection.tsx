import { useWatch } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { chosenUnit, criteriaOfUnit } from './criteria';
import type { FormProps, ObservedRows } from './form';
import { ACCOUNT_HINT } from './guidance';
import { TEXT_LIMITS } from './model';

/** For each AC chosen, what the witness saw the learner do, in their words, labelled with the AC's wording. */
export function AccountsSection({ control, register, rows }: FormProps & { rows: ObservedRows }) {
  const unitCode = useWatch({ control, name: 'unit' });
  const unit = chosenUnit({ unit: unitCode });
  const wording = new Map(unit ? criteriaOfUnit(unit).map((criterion) => [criterion.code, criterion.text]) : []);
  const shown = rows.fields.flatMap((field, index) => (wording.has(field.code) ? [{ field, index, text: wording.get(field.code) ?? '' }] : []));
  return (
    <section aria-labelledby="accounts-heading" className="panel">
      <h2 id="accounts-heading">What the witness saw</h2>
      <p>{ACCOUNT_HINT}</p>
      {shown.length === 0 ? (
        <p className="notice notice--info">Choose the unit and the criteria the witness saw first, in “The unit and the criteria observed”.</p>
      ) : (
        shown.map(({ field, index, text }) => (
          <TextArea key={field.fieldKey} label={`What the witness saw: AC ${field.code} ${text}`} rows={5} maxLength={TEXT_LIMITS.account} {...register(`observed.${index}.account`)} />
        ))
      )}
    </section>
  );
}
