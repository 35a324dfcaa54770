import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { EachNegotiation } from './EachNegotiation';
import type { FormProps } from './form';
import { OPPORTUNITIES_PROMPT, STRATEGY_PROMPT } from './guidance';
import { OPPORTUNITY_LABELS, STRATEGY_LABELS } from './labels';
import { LIST_LIMITS, newOpportunity, OPPORTUNITY_KINDS, STRATEGIES, TEXT_LIMITS } from './model';

/** AC 2.3: the cross- and up-selling opportunities of each negotiation, with the question to ask. */
export function OpportunitiesSection(form: FormProps) {
  return (
    <section aria-labelledby="opportunities-heading" className="panel">
      <h2 id="opportunities-heading">Cross- and up-selling opportunities (AC 2.3)</h2>
      <p>{OPPORTUNITIES_PROMPT}</p>
      <EachNegotiation control={form.control}>{(index, name) => <Opportunities {...form} index={index} name={name} />}</EachNegotiation>
    </section>
  );
}

function Opportunities({ control, register, getValues, index, name }: FormProps & { index: number; name: string }) {
  const rows = useFieldArray({ control, name: `negotiations.${index}.opportunities`, keyName: 'fieldKey' });
  return (
    <RowFieldsets
      rows={rows.fields}
      name="Opportunity"
      onRemove={(row) => {
        const o = getValues(`negotiations.${index}.opportunities.${row}`);
        if (confirmRemove([o.product, o.question], `opportunity ${row + 1}`)) rows.remove(row);
      }}
      onAdd={rows.fields.length < LIST_LIMITS.opportunities ? () => rows.append(newOpportunity()) : undefined}
      addLabel={`Add an opportunity for ${name}`}
    >
      {(row) => {
        const path = `negotiations.${index}.opportunities.${row}` as const;
        return (
          <div className="form-grid negotiation-grid">
            <SelectField label="Kind of opportunity" options={choiceOptions(OPPORTUNITY_KINDS, OPPORTUNITY_LABELS, { placeholder: 'Choose' })} {...register(`${path}.kind`)} />
            <TextField label="Product or service" maxLength={TEXT_LIMITS.short} {...register(`${path}.product`)} />
            <TextArea label="The question you will ask" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`${path}.question`)} />
          </div>
        );
      }}
    </RowFieldsets>
  );
}

/** AC 2.1: the strategy chosen for each negotiation and why it suits the customer. */
export function StrategySection({ control, register }: FormProps) {
  return (
    <section aria-labelledby="strategy-heading" className="panel">
      <h2 id="strategy-heading">The strategy and why (AC 2.1)</h2>
      <p>{STRATEGY_PROMPT}</p>
      <EachNegotiation control={control}>
        {(index) => (
          <>
            <div className="form-grid negotiation-grid">
              <SelectField label="Strategy you will lead with" options={choiceOptions(STRATEGIES, STRATEGY_LABELS, { placeholder: 'Choose' })} {...register(`negotiations.${index}.strategy`)} />
              <OtherStrategy control={control} register={register} index={index} />
            </div>
            <TextArea label="Why it suits this customer" rows={3} maxLength={TEXT_LIMITS.answer} {...register(`negotiations.${index}.strategyWhy`)} />
          </>
        )}
      </EachNegotiation>
    </section>
  );
}

function OtherStrategy({ control, register, index }: Pick<FormProps, 'control' | 'register'> & { index: number }) {
  const strategy = useWatch({ control, name: `negotiations.${index}.strategy` });
  return strategy === 'other' ? <TextField label="The strategy’s name" maxLength={TEXT_LIMITS.short} {...register(`negotiations.${index}.strategyOther`)} /> : null;
}
