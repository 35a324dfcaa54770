import { useFieldArray, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { SelectField, TextArea } from '../../ui/fields';
import { BASIS_PROMPTS } from './guidance';
import { BASIS_LABELS } from './labels';
import { hasText, newBasisExplanation, TEXT_LIMITS, type Basis, type CustomerProfileData } from './model';

type Props = {
  control: Control<CustomerProfileData>;
  register: UseFormRegister<CustomerProfileData>;
  getValues: UseFormGetValues<CustomerProfileData>;
  list: 'consumer' | 'business';
  bases: readonly Basis[];
  /** e.g. "Consumer basis", read out as each group's name. */
  title: string;
};

/** Lower-cases the first word unless it is an acronym such as B2B. */
const lowerFirst = (text: string) => (/^[A-Z0-9]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** The explanations of one market's segmentation bases (AC 1.1): which basis, how it is used, an example. */
export function SegmentationList({ control, register, getValues, list, bases, title }: Props) {
  const entries = useFieldArray({ control, name: `segmentation.${list}`, keyName: 'fieldKey' });
  const nextBasis = () => {
    const used = new Set(getValues(`segmentation.${list}`).map((e) => e.basis));
    return bases.find((b) => !used.has(b)) ?? bases[0]!;
  };
  return (
    <>
      <ul className="basis-prompts">
        {bases.map((b) => (
          <li key={b}>
            <strong>{BASIS_LABELS[b]}:</strong> {BASIS_PROMPTS[b]}
          </li>
        ))}
      </ul>
      {entries.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>
            {title} {index + 1}
          </legend>
          <div className="force__grid">
            <SelectField
              label="Segmentation basis"
              options={bases.map((b) => ({ value: b, label: BASIS_LABELS[b] }))}
              {...register(`segmentation.${list}.${index}.basis`)}
            />
            <TextArea
              label="What it is and how organisations use it"
              className="force__wide"
              maxLength={TEXT_LIMITS.answer}
              {...register(`segmentation.${list}.${index}.explanation`)}
            />
            <TextArea
              label="A real example"
              hint="A named organisation or your own workplace."
              className="force__wide"
              rows={2}
              maxLength={TEXT_LIMITS.answer}
              {...register(`segmentation.${list}.${index}.example`)}
            />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const entry = getValues(`segmentation.${list}.${index}`);
              const isEmpty = !entry || (!hasText(entry.explanation) && !hasText(entry.example));
              if (isEmpty || window.confirm('Remove this basis and what you wrote about it?')) entries.remove(index);
            }}
          >
            Remove {lowerFirst(title)} {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => entries.append(newBasisExplanation(newId(), nextBasis()))}>
        Add a {lowerFirst(title)}
      </button>
    </>
  );
}
