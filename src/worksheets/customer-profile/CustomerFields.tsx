import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { choiceOptions } from '../../lib/choices';
import { checkFigure, CLV_FORMULA, customerLifetimeValue, FIGURE_RULES, formatMoney } from './calculations';
import {
  ATTITUDE_HINT,
  BASIS_PROMPTS,
  BEHAVIOUR_HINT,
  CUSTOMER_NAME_HINT,
  DATA_SOURCE_HINT,
  DMU_PROMPTS,
  MOTIVATION_HINT,
  THEORY_LINK_HINT,
} from './guidance';
import { BASIS_LABELS, CUSTOMER_TYPE_LABELS, DATA_SOURCE_LABELS, DMU_ROLE_LABELS, MOTIVATION_THEORY_LABELS } from './labels';
import {
  activeBases,
  CUSTOMER_TYPES,
  DATA_SOURCES,
  DMU_ROLES,
  emptyNumbers,
  MOTIVATION_THEORIES,
  NUMBER_FIELDS,
  TEXT_LIMITS,
  type CustomerProfileData,
} from './model';

const choose = <K extends string>(values: readonly K[], labels: Record<K, string>) => choiceOptions(values, labels, { placeholder: 'Choose' });

type Props = {
  control: Control<CustomerProfileData>;
  register: UseFormRegister<CustomerProfileData>;
  index: number;
};

/**
 * A customer's group name after the first step, where the name is typed: with the name, so the
 * learner knows whom they are writing about, and still unique when the name is blank.
 */
function useCustomerLegend(control: Control<CustomerProfileData>, index: number): string {
  const name = useWatch({ control, name: `customers.${index}.name` }) ?? '';
  return name.trim() ? `Customer ${index + 1}: ${name.trim()}` : `Customer ${index + 1}`;
}

/** One existing customer's first step: who they are, where the information comes from and, for a business, its DMU. */
export function CustomerDetailsFields({ control, register, index, onRemove }: Props & { onRemove(): void }) {
  const path = `customers.${index}` as const;
  const market = useWatch({ control, name: 'market' });
  const title = `Customer ${index + 1}`;
  return (
    <fieldset className="force customer">
      <legend>{title}</legend>
      <div className="customer__grid">
        <TextField label="Customer name" hint={CUSTOMER_NAME_HINT} className="customer__wide" maxLength={TEXT_LIMITS.short} {...register(`${path}.name`)} />
        <TextArea label="Who they are" hint="A sentence or two: what they are and how long they have bought from you." className="customer__wide" rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.description`)} />
        <SelectField label="Customer type" options={choose(CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS)} {...register(`${path}.customerType`)} />
        <SelectField label="Main data source" hint={DATA_SOURCE_HINT} options={choose(DATA_SOURCES, DATA_SOURCE_LABELS)} {...register(`${path}.dataSource`)} />
        <TextField label="Data source details" hint="For example: CRM order history 2024–2026." className="customer__wide" maxLength={TEXT_LIMITS.short} {...register(`${path}.dataSourceDetail`)} />
      </div>

      {market === 'b2b' && (
        <fieldset className="customer__subgroup">
          <legend>Decision-making unit: {title.toLowerCase()}</legend>
          <p className="field__hint">Who plays each role in this customer’s buying decisions? Leave a role blank if you do not know.</p>
          <div className="customer__grid">
            {DMU_ROLES.map((role) => (
              <TextField key={role} label={DMU_ROLE_LABELS[role]} hint={DMU_PROMPTS[role]} maxLength={TEXT_LIMITS.short} {...register(`${path}.dmu.${role}`)} />
            ))}
          </div>
        </fieldset>
      )}

      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}

/** One customer's characteristics (AC 2.1): a field under each basis the learner chose. */
export function CustomerCharacteristicsFields({ control, register, index }: Props) {
  const path = `customers.${index}` as const;
  const legend = useCustomerLegend(control, index);
  const market = useWatch({ control, name: 'market' });
  const customerBases = useWatch({ control, name: 'customerBases' }) ?? [];
  const bases = activeBases({ market, customerBases });
  return (
    <fieldset className="force customer">
      <legend>{legend}</legend>
      {bases.length === 0 ? (
        <p className="field__hint">Choose the bases you will define your customers by, above, and a field for each appears here.</p>
      ) : (
        <div className="customer__grid">
          {bases.map((basis) => (
            <TextArea
              key={basis}
              label={BASIS_LABELS[basis]}
              hint={BASIS_PROMPTS[basis]}
              rows={3}
              maxLength={TEXT_LIMITS.answer}
              {...register(`${path}.characteristics.${basis}`)}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** One customer's motivations (with the theory behind them), attitudes and behaviours (AC 1.2). */
export function CustomerMotivationFields({ control, register, index }: Props) {
  const path = `customers.${index}` as const;
  const legend = useCustomerLegend(control, index);
  return (
    <fieldset className="force customer">
      <legend>{legend}</legend>
      <div className="customer__grid">
        <TextArea label="Motivations" hint={MOTIVATION_HINT} className="customer__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.motivations`)} />
        <SelectField label="Motivation theory" options={choose(MOTIVATION_THEORIES, MOTIVATION_THEORY_LABELS)} {...register(`${path}.motivationTheory`)} />
        <TextArea label="How the theory explains it" hint={THEORY_LINK_HINT} rows={2} maxLength={TEXT_LIMITS.answer} {...register(`${path}.theoryLink`)} />
        <TextArea label="Attitudes" hint={ATTITUDE_HINT} className="customer__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.attitudes`)} />
        <TextArea label="Behaviours" hint={BEHAVIOUR_HINT} className="customer__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.behaviours`)} />
      </div>
    </fieldset>
  );
}

/** One customer's figures and the lifetime value worked out from them, re-rendered on their own as the learner types. */
export function CustomerFigureFields({ control, register, index }: Props) {
  const legend = useCustomerLegend(control, index);
  const title = `Customer ${index + 1}`;
  const numbers = { ...emptyNumbers(), ...useWatch({ control, name: `customers.${index}.numbers` }) };
  const clv = customerLifetimeValue(numbers);
  const hasAnyFigure = NUMBER_FIELDS.some((field) => numbers[field].trim() !== '');
  return (
    <fieldset className="force customer">
      <legend>{legend}</legend>
      <div className="customer__grid">
        {NUMBER_FIELDS.map((field) => {
          const check = checkFigure(field, numbers[field]);
          // A blank required figure is only flagged in the result below, so an empty form is not a wall of errors.
          const error = check.status === 'error' && numbers[field].trim() !== '' ? check.message : undefined;
          return (
            <TextField
              key={field}
              label={FIGURE_RULES[field].label}
              inputMode="decimal"
              autoComplete="off"
              maxLength={TEXT_LIMITS.number}
              error={error}
              {...register(`customers.${index}.numbers.${field}`)}
            />
          );
        })}
      </div>
      <div className="clv">
        <p className="clv__formula">{CLV_FORMULA}.</p>
        <p className="clv__result" role="status">
          {clv.ok ? (
            <>
              Customer lifetime value: <strong>{formatMoney(clv.clv)}</strong>
              {clv.retention && (
                <>
                  {' '}
                  (retention-based: <strong>{formatMoney(clv.retention.clv)}</strong>)
                </>
              )}
            </>
          ) : hasAnyFigure ? (
            clv.reason
          ) : (
            'Enter the figures above to work out the lifetime value.'
          )}
        </p>
        {clv.ok && (
          <ol className="clv__working" aria-label={`Working for ${title.toLowerCase()}`}>
            {[...clv.working, ...(clv.retention?.working ?? [])].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        )}
      </div>
    </fieldset>
  );
}
