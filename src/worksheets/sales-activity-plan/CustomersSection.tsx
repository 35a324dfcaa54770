import { useFieldArray, useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { ScrollBox } from '../../ui/ScrollBox';
import { problemOf, rankAccounts, readMoney, readProbability, weightedWorking } from './calculations';
import { customerLine } from './fold-lines';
import type { FormProps } from './form';
import { CUSTOMERS_PROMPT, PIPELINE_NOTE } from './guidance';
import { ACCOUNT_KIND_LABELS } from './labels';
import { ACCOUNT_KINDS, LIST_LIMITS, newAccount, TEXT_LIMITS, type Account } from './model';

/** AC 2.1: the customers and prospects the plan works on, ranked by potential value × probability of a sale. */
export function CustomersSection({ control, register, getValues }: FormProps) {
  const accounts = useFieldArray({ control, name: 'accounts', keyName: 'fieldKey' });
  const watched: Account[] = useWatch({ control, name: 'accounts' }) ?? [];
  const ranked = rankAccounts(watched);
  return (
    <section aria-labelledby="customers-heading" className="panel">
      <h2 id="customers-heading">Prioritised customers and prospects (AC 2.1)</h2>
      <p>{CUSTOMERS_PROMPT}</p>
      <p className="field__hint">{PIPELINE_NOTE}</p>
      <RowFieldsets
        rows={accounts.fields}
        name="Customer or prospect"
        fold={{
          id: (index) => watched[index]?.id ?? String(index),
          line: (index) => customerLine(watched[index]),
        }}
        addLabel="Add a customer or prospect"
        onRemove={(index) => {
          const a = getValues(`accounts.${index}`);
          if (confirmRemove([a.name, a.value, a.probability, a.notes], `customer or prospect ${index + 1}`)) accounts.remove(index);
        }}
        onAdd={accounts.fields.length < LIST_LIMITS.customers ? () => accounts.append(newAccount()) : undefined}
      >
        {(index) => {
          const a = watched[index];
          return (
            <div className="form-grid plan-grid">
              <TextField label="Name" maxLength={TEXT_LIMITS.short} {...register(`accounts.${index}.name`)} />
              <SelectField label="Customer or prospect" options={choiceOptions(ACCOUNT_KINDS, ACCOUNT_KIND_LABELS, { placeholder: 'Choose' })} {...register(`accounts.${index}.kind`)} />
              <TextField
                label="Potential value of the sale (£)"
                inputMode="decimal"
                maxLength={TEXT_LIMITS.number}
                error={a && problemOf(a.value, (t) => readMoney(t, 'the potential value'))}
                {...register(`accounts.${index}.value`)}
              />
              <TextField label="Probability of a sale (%)" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={a && problemOf(a.probability, readProbability)} {...register(`accounts.${index}.probability`)} />
              <TextArea label="Notes: why they are on the list" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`accounts.${index}.notes`)} />
            </div>
          );
        }}
      </RowFieldsets>
      <h3>Your list in priority order</h3>
      {ranked.length === 0 ? (
        <p>Name a customer or prospect and give its value and probability to rank the list.</p>
      ) : (
        <ScrollBox label="Customers and prospects in priority order (scrolls sideways)">
          <table className="data-table">
            <caption className="visually-hidden">Customers and prospects in priority order</caption>
            <thead>
              <tr>
                <th scope="col">Priority</th>
                <th scope="col">Customer or prospect</th>
                <th scope="col">Value × probability</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr key={r.account.id}>
                  <td>{r.rank}</td>
                  <td>
                    {r.account.name} {r.account.kind && <span className="plan-muted">({ACCOUNT_KIND_LABELS[r.account.kind].toLowerCase()})</span>}
                  </td>
                  <td>{weightedWorking(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
