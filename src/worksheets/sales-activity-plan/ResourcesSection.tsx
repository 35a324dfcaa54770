import { useFieldArray } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { formatMoney, formatNumber } from '../../lib/numbers';
import { SelectField, TextField } from '../../ui/fields';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { ScrollBox } from '../../ui/ScrollBox';
import { availability, budget, budgetToTarget, costAmount, problemOf, readMoney, readQuantity, readWeekHours, weeklyLoad } from './calculations';
import { costLine, obligationLine } from './fold-lines';
import { usePlan, type FormProps } from './form';
import { COSTS_HINT, OBLIGATIONS_HINT, RESOURCES_PROMPT } from './guidance';
import { COST_KIND_LABELS, costKindLabel } from './labels';
import { COST_KINDS, LIST_LIMITS, newCost, newObligation, TEXT_LIMITS, type SalesActivityPlanData } from './model';

const hours = (h: number | null) => (h === null ? '–' : formatNumber(h, { decimals: 1 }));

/** AC 2.2: the hours the activities need against the hours available, and the budget by kind of cost. */
export function ResourcesSection({ control, register, getValues }: FormProps) {
  const obligations = useFieldArray({ control, name: 'obligations', keyName: 'fieldKey' });
  const costs = useFieldArray({ control, name: 'costs', keyName: 'fieldKey' });
  const data = usePlan(control);
  const week = availability(data);
  return (
    <section aria-labelledby="resources-heading" className="panel">
      <h2 id="resources-heading">Hours and budget (AC 2.2)</h2>
      <p>{RESOURCES_PROMPT}</p>
      <h3>Your hours</h3>
      <div className="form-grid plan-grid">
        <TextField label="Hours you work in a normal week" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={problemOf(data.weeklyHours, readWeekHours) ?? week.problem} {...register('weeklyHours')} />
      </div>
      <p>Other obligations blocked out of your week. {OBLIGATIONS_HINT}</p>
      <RowFieldsets
        rows={obligations.fields}
        name="Obligation"
        addLabel="Add another obligation"
        fold={{ id: (index) => data.obligations[index]?.id ?? String(index), line: (index) => obligationLine(data.obligations[index]) }}
        onRemove={(index) => {
          const o = getValues(`obligations.${index}`);
          if (confirmRemove([o.what, o.hoursPerWeek], `obligation ${index + 1}`)) obligations.remove(index);
        }}
        onAdd={obligations.fields.length < LIST_LIMITS.obligations ? () => obligations.append(newObligation()) : undefined}
      >
        {(index) => (
          <div className="form-grid plan-grid">
            <TextField label="The obligation" maxLength={TEXT_LIMITS.short} {...register(`obligations.${index}.what`)} />
            <TextField label="Hours a week" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={problemOf(data.obligations[index]?.hoursPerWeek ?? '', readWeekHours)} {...register(`obligations.${index}.hoursPerWeek`)} />
          </div>
        )}
      </RowFieldsets>
      {week.working && <p className="plan-result">{week.working}.</p>}
      <HoursTable data={data} />
      <h3>Your budget</h3>
      <p>{COSTS_HINT}</p>
      <RowFieldsets
        rows={costs.fields}
        name="Cost"
        fold={{
          id: (index) => data.costs[index]?.id ?? String(index),
          line: (index) => costLine(data.costs[index]),
        }}
        onRemove={(index) => {
          const c = getValues(`costs.${index}`);
          if (confirmRemove([c.what, c.unitCost], `cost ${index + 1}`)) costs.remove(index);
        }}
        onAdd={costs.fields.length < LIST_LIMITS.costs ? () => costs.append(newCost()) : undefined}
      >
        {(index) => {
          const c = data.costs[index];
          const amount = c && costAmount(c);
          return (
            <>
              <div className="form-grid plan-grid">
                <SelectField label="Kind of cost" options={choiceOptions(COST_KINDS, COST_KIND_LABELS, { placeholder: 'Choose a kind' })} {...register(`costs.${index}.kind`)} />
                <TextField label="What it is for" maxLength={TEXT_LIMITS.short} {...register(`costs.${index}.what`)} />
                <TextField label="How many (miles, packs, tickets …)" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={c && problemOf(c.quantity, readQuantity)} {...register(`costs.${index}.quantity`)} />
                <TextField label="Cost of one (£)" inputMode="decimal" maxLength={TEXT_LIMITS.number} error={c && problemOf(c.unitCost, (t) => readMoney(t, 'the cost of one'))} {...register(`costs.${index}.unitCost`)} />
              </div>
              {amount && <p className="plan-result">Amount: {amount.working}</p>}
            </>
          );
        }}
      </RowFieldsets>
      <BudgetTable data={data} />
    </section>
  );
}

function HoursTable({ data }: { data: SalesActivityPlanData }) {
  const loads = weeklyLoad(data);
  if (!loads.length) return <p>Date the plan (first section) to compare the hours week by week.</p>;
  return (
    <ScrollBox label="Hours planned against hours available, per week (scrolls sideways)">
      <table className="data-table">
        <caption>Hours planned against hours available, per week (a part week has its share)</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Hours planned</th>
            <th scope="col">Hours available</th>
            <th scope="col">Spare (or over)</th>
          </tr>
        </thead>
        <tbody>
          {loads.map((l) => (
            <tr key={l.week.monday}>
              <td>{l.week.label}</td>
              <td>{hours(l.hours)}</td>
              <td>{hours(l.available)}</td>
              <td>{l.spare === null ? '–' : l.spare < 0 ? <strong>⚠ Over by {hours(-l.spare)}</strong> : hours(l.spare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function BudgetTable({ data }: { data: SalesActivityPlanData }) {
  const b = budget(data.costs, COST_KINDS);
  const ratio = budgetToTarget(b.total, data.targetValue);
  return (
    <>
      {b.byKind.length > 0 && (
        <ScrollBox label="Budget by kind of cost (scrolls sideways)">
          <table className="data-table">
            <caption>Budget by kind of cost</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Working</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {b.byKind.map((k) => (
                <tr key={k.kind || 'none'}>
                  <td>{costKindLabel(k.kind)}</td>
                  <td>{k.working}</td>
                  <td>{formatMoney(k.total, { pence: 'always' })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{b.working}</td>
                <td>
                  <strong>{formatMoney(b.total, { pence: 'always' })}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      )}
      {b.unreadable > 0 && (
        <p className="notice notice--warning">
          {b.unreadable} cost{b.unreadable === 1 ? ' is' : 's are'} left out of the totals until the number and the cost of one read as numbers.
        </p>
      )}
      {ratio && <p className="plan-result">Budget against target: {ratio.text}.</p>}
    </>
  );
}
