import { useFieldArray, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { newTextItem, TEXT_LIMITS, type StressData } from './model';

type ListName = 'workplaceStressors' | 'personalStressors' | 'organisationImpacts' | 'individualImpacts';

type Props = {
  control: Control<StressData>;
  register: UseFormRegister<StressData>;
  getValues: UseFormGetValues<StressData>;
  name: ListName;
  /** e.g. "Workplace stressor", numbered for each row and read out as its label. */
  itemLabel: string;
  hint: string;
};

const confirmRemove = (text: string | undefined) => !text?.trim() || window.confirm('Remove this item and what is written in it?');

/** A growable list of short answers (stressors, impacts), each with a visible numbered label. */
export function TextItemList({ control, register, getValues, name, itemLabel, hint }: Props) {
  const items = useFieldArray({ control, name, keyName: 'fieldKey' });
  return (
    <div className="stress-list">
      <p className="field__hint">{hint}</p>
      {items.fields.map((field, index) => (
        <div key={field.fieldKey} className="stress-list__item">
          <TextArea label={`${itemLabel} ${index + 1}`} rows={2} maxLength={TEXT_LIMITS.item} {...register(`${name}.${index}.text`)} />
          {items.fields.length > 1 && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => confirmRemove(getValues(`${name}.${index}.text`)) && items.remove(index)}
            >
              Remove {itemLabel.toLowerCase()} {index + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button" onClick={() => items.append(newTextItem())}>
        Add {/^[aeiou]/i.test(itemLabel) ? 'an' : 'a'} {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}
