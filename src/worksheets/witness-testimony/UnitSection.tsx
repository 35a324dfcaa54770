import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { isPracticalOutcome } from '../../lib/spec/unit-spec';
import { AssessorNeeds } from '../../ui/AssessorNeeds';
import { SelectField } from '../../ui/fields';
import { chosenUnit, insertionIndex, UNIT_CHOICES } from './criteria';
import type { FormProps, ObservedRows } from './form';
import { KNOWLEDGE_NOTE, SPEC_QUOTES, UNIT_PROMPT } from './guidance';

const UNIT_OPTIONS = [{ value: '', label: 'Choose the unit' }, ...UNIT_CHOICES.map((unit) => ({ value: unit.code, label: `${unit.code} ${unit.title}` }))];

/** The unit, and the AC of it the witness saw, ticked under their learning outcomes in the spec's words. */
export function UnitSection({ control, register, rows }: FormProps & { rows: ObservedRows }) {
  const id = useId();
  const unitCode = useWatch({ control, name: 'unit' });
  const observed = useWatch({ control, name: 'observed' });
  const unit = chosenUnit({ unit: unitCode });
  const unitField = register('unit');

  const toggle = (code: string, isChecked: boolean) => {
    if (!unit) return;
    if (isChecked) {
      const at = insertionIndex(unit, observed, code);
      if (at !== -1) rows.insert(at, { code, account: '' }, { shouldFocus: false });
      return;
    }
    const index = observed.findIndex((entry) => entry.code === code);
    if (index === -1) return;
    const account = observed[index]?.account ?? '';
    if (account.trim() === '' || window.confirm(`Remove AC ${code} and the account written for it?`)) rows.remove(index);
  };

  return (
    <section aria-labelledby="unit-heading" className="panel">
      <h2 id="unit-heading">The unit and the criteria observed</h2>
      <p>{UNIT_PROMPT}</p>
      <AssessorNeeds quotes={[SPEC_QUOTES.mapped, SPEC_QUOTES.skills, SPEC_QUOTES.testimony]} />
      <SelectField
        label="Unit"
        options={UNIT_OPTIONS}
        {...unitField}
        onChange={(event) => {
          const written = observed.filter((entry) => entry.account.trim() !== '').map((entry) => `AC ${entry.code}`);
          if (written.length > 0 && !window.confirm(`Change the unit? The accounts written for ${written.join(', ')} will be removed.`)) {
            event.target.value = unitCode;
            return;
          }
          rows.replace([]);
          void unitField.onChange(event);
        }}
      />
      {unit && (
        <div className="witness-criteria">
          {unit.outcomes.map((outcome) => (
            <fieldset key={outcome.number} className="checkbox-group" aria-describedby={isPracticalOutcome(outcome) ? undefined : `${id}-lo${outcome.number}-note`}>
              <legend>
                LO{outcome.number} {outcome.text}
              </legend>
              {!isPracticalOutcome(outcome) && (
                <p className="field__hint" id={`${id}-lo${outcome.number}-note`}>
                  {KNOWLEDGE_NOTE}
                </p>
              )}
              <ul>
                {outcome.criteria.map((criterion) => {
                  const boxId = `${id}-ac-${criterion.code}`;
                  return (
                    <li key={criterion.code}>
                      <input
                        type="checkbox"
                        id={boxId}
                        checked={observed.some((entry) => entry.code === criterion.code)}
                        onChange={(event) => toggle(criterion.code, event.target.checked)}
                      />
                      <label htmlFor={boxId}>
                        <strong>AC {criterion.code}</strong> {criterion.text}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      )}
    </section>
  );
}
