import { useFieldArray, useWatch } from 'react-hook-form';
import { formatMoney } from '../../lib/numbers';
import { TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { ScrollBox } from '../../ui/ScrollBox';
import { amountProblem, concessionTotals, tradeOffText } from './calculations';
import { EachNegotiation } from './EachNegotiation';
import type { FormProps } from './form';
import { CONCESSIONS_PROMPT } from './guidance';
import { LIST_LIMITS, newConcession, TEXT_LIMITS } from './model';

/** AC 2.1 and 2.4: the concessions the learner can trade in each negotiation, cost to us against value to them. */
export function ConcessionsSection(form: FormProps) {
  return (
    <section aria-labelledby="concessions-heading" className="panel">
      <h2 id="concessions-heading">Concessions you can trade (AC 2.1, 2.4)</h2>
      <p>{CONCESSIONS_PROMPT}</p>
      <EachNegotiation control={form.control}>{(index, name) => <Concessions {...form} index={index} name={name} />}</EachNegotiation>
    </section>
  );
}

function Concessions({ control, register, getValues, index, name }: FormProps & { index: number; name: string }) {
  const rows = useFieldArray({ control, name: `negotiations.${index}.concessions`, keyName: 'fieldKey' });
  const concessions = useWatch({ control, name: `negotiations.${index}.concessions` });
  const totals = concessionTotals(concessions);
  return (
    <>
      <RowFieldsets
        rows={rows.fields}
        name="Concession"
        onRemove={(row) => {
          const c = getValues(`negotiations.${index}.concessions.${row}`);
          if (confirmRemove([c.what, c.cost, c.value, c.inReturn], `concession ${row + 1}`)) rows.remove(row);
        }}
        onAdd={rows.fields.length < LIST_LIMITS.concessions ? () => rows.append(newConcession()) : undefined}
        addLabel={`Add a concession for ${name}`}
      >
        {(row) => {
          const path = `negotiations.${index}.concessions.${row}` as const;
          const c = concessions[row];
          return (
            <div className="form-grid negotiation-grid">
              <TextField label="What you could give" maxLength={TEXT_LIMITS.short} {...register(`${path}.what`)} />
              <TextField label="What you ask for in return" maxLength={TEXT_LIMITS.item} {...register(`${path}.inReturn`)} />
              <TextField label="Cost to us (£)" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={amountProblem(c?.cost ?? '', 'The cost to us')} {...register(`${path}.cost`)} />
              <TextField label="Value to them (£)" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={amountProblem(c?.value ?? '', 'The value to them')} {...register(`${path}.value`)} />
            </div>
          );
        }}
      </RowFieldsets>
      <div className="negotiation-check" aria-live="polite">
        <p>
          <strong>Trade-off:</strong> {tradeOffText(totals)}
          {totals.uncounted > 0 && ` ${totals.uncounted} concession${totals.uncounted === 1 ? ' is' : 's are'} not counted yet: a figure is missing or not a number.`}
        </p>
        {totals.rows.length > 0 && (
          <ScrollBox label={`Concessions for ${name}, cost against value (scrolls sideways)`}>
            <table className="data-table">
              <caption className="visually-hidden">Concessions for {name}: cost to us and value to them</caption>
              <thead>
                <tr>
                  <th scope="col">Concession</th>
                  <th scope="col">Cost to us</th>
                  <th scope="col">Value to them</th>
                  <th scope="col">Value less cost</th>
                </tr>
              </thead>
              <tbody>
                {totals.rows.map((r) => (
                  <tr key={r.concession.id}>
                    <td>{r.concession.what}</td>
                    <td>{formatMoney(r.cost)}</td>
                    <td>{formatMoney(r.value)}</td>
                    <td>{formatMoney(r.gain)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Total</th>
                  <td>{formatMoney(totals.cost)}</td>
                  <td>{formatMoney(totals.value)}</td>
                  <td>{formatMoney(totals.gain)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollBox>
        )}
      </div>
    </>
  );
}
