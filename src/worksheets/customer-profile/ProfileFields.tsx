import { Controller, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { CheckboxGroup } from './CheckboxGroup';
import { sectionTitle } from './guidance';
import { customerLifetimeValue, formatMoney } from './calculations';
import { customerLabel, emptyNumbers, isNamed, TEXT_LIMITS, type CustomerProfileData } from './model';

type Props = {
  control: Control<CustomerProfileData>;
  register: UseFormRegister<CustomerProfileData>;
  index: number;
};

/** One customer profile (AC 2.3): the persona, drawn from which customers, with its psychographic and behavioural elements. */
export function ProfileFields({ control, register, index, onRemove }: Props & { onRemove(): void }) {
  const path = `profiles.${index}` as const;
  const customers = useWatch({ control, name: 'customers' }) ?? [];
  const options = customers
    .map((customer, i) => ({ customer, label: customerLabel(customer, i) }))
    .filter(({ customer }) => isNamed(customer))
    .map(({ customer, label }) => {
      // The figures sit beside the persona, as the marking points ask: quantitative with qualitative.
      const clv = customerLifetimeValue({ ...emptyNumbers(), ...customer.numbers });
      return { value: customer.id, label, hint: clv.ok ? `Lifetime value ${formatMoney(clv.clv)}` : 'Lifetime value not worked out yet' };
    });
  const title = `Profile ${index + 1}`;
  return (
    <fieldset className="force">
      <legend>{title}</legend>
      <div className="customer__grid">
        <TextField label="Profile name" hint="A short name for the group, e.g. “The craft café owner”." className="customer__wide" maxLength={TEXT_LIMITS.short} {...register(`${path}.name`)} />
        <Controller
          control={control}
          name={`${path}.basedOn`}
          render={({ field }) =>
            options.length === 0 ? (
              <p className="field__hint customer__wide">Name your customers in {sectionTitle('customers')} to choose which this profile is drawn from.</p>
            ) : (
              <div className="customer__wide">
                <CheckboxGroup legend="Drawn from which customers" options={options} value={field.value ?? []} onChange={field.onChange} />
              </div>
            )
          }
        />
        <TextArea label="Persona narrative" hint="Bring the group to life as one person: who they are, their day, what they want." className="customer__wide" rows={4} maxLength={TEXT_LIMITS.answer} {...register(`${path}.narrative`)} />
        <TextArea label="Key motivations" className="customer__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.keyMotivations`)} />
        <TextArea label="Psychographic element" hint="Lifestyle, values, interests or personality." rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.psychographic`)} />
        <TextArea label="Behavioural element" hint="Usage rate, loyalty, buying occasion or benefits sought." rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.behavioural`)} />
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}

/** One profile's recommendation (AC 2.3): how the group likes to be reached, how to sell to it and what to tell it. */
export function ProfileRecommendationFields({ control, register, index }: Props) {
  const path = `profiles.${index}` as const;
  // Named here, where the name is not typed, so the learner knows which group they are writing for.
  const name = useWatch({ control, name: `${path}.name` }) ?? '';
  const legend = name.trim() ? `Profile ${index + 1}: ${name.trim()}` : `Profile ${index + 1}`;
  return (
    <fieldset className="force">
      <legend>{legend}</legend>
      <div className="customer__grid">
        <TextArea label="Preferred channels" hint="How they like to be contacted and to buy." className="customer__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.preferredChannels`)} />
        <TextArea label="Recommended sales approach" className="customer__wide" rows={3} maxLength={TEXT_LIMITS.answer} {...register(`${path}.salesApproach`)} />
        <TextArea label="Marketing message" className="customer__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.marketingMessage`)} />
      </div>
    </fieldset>
  );
}
