import { useFieldArray } from 'react-hook-form';
import { TextArea, TextField } from '../../ui/fields';
import { confirmRemove } from '../../ui/RowFieldsets';
import type { FormProps } from './form';
import { NEEDS_HINT, NEGOTIATIONS_PROMPT, OFFER_HINT } from './guidance';
import { LIST_LIMITS, newNegotiation, TEXT_LIMITS } from './model';

/** AC 2.1, first part: the negotiations, each customer and what is important to them. */
export function NegotiationsSection({ control, register, getValues }: FormProps) {
  const negotiations = useFieldArray({ control, name: 'negotiations', keyName: 'fieldKey' });
  return (
    <section aria-labelledby="negotiations-heading" className="panel">
      <h2 id="negotiations-heading">The negotiations and the customers’ needs (AC 2.1)</h2>
      <TextField label="Your organisation" maxLength={TEXT_LIMITS.short} {...register('organisation')} />
      <p>{NEGOTIATIONS_PROMPT}</p>
      {negotiations.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force negotiation">
          <legend>{`Negotiation ${index + 1}`}</legend>
          <div className="form-grid negotiation-grid">
            <TextField label="Customer (the organisation or person)" maxLength={TEXT_LIMITS.short} {...register(`negotiations.${index}.customer`)} />
            <TextField label="Who you will negotiate with, and their role" maxLength={TEXT_LIMITS.short} {...register(`negotiations.${index}.contact`)} />
            <TextField label="Date of the negotiation" type="date" {...register(`negotiations.${index}.date`)} />
            <TextArea label="The customer’s needs: what is important to them" hint={NEEDS_HINT} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register(`negotiations.${index}.needs`)} />
            <TextArea label="The products or services you will offer to match those needs" hint={OFFER_HINT} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`negotiations.${index}.offer`)} />
          </div>
          {negotiations.fields.length > 1 && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                const n = getValues(`negotiations.${index}`);
                const written = [n.customer, n.needs, n.offer, n.objective, n.strategyWhy, n.observed.winWin, n.observed.howClosed];
                if (confirmRemove(written, `negotiation ${index + 1}`)) negotiations.remove(index);
              }}
            >
              Remove negotiation {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      {negotiations.fields.length < LIST_LIMITS.negotiations && (
        <button type="button" className="button" onClick={() => negotiations.append(newNegotiation())}>
          Add a negotiation
        </button>
      )}
    </section>
  );
}
