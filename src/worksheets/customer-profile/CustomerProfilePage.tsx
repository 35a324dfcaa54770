import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { newId } from '../../lib/ids';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { SelectField, TextArea } from '../../ui/fields';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { choiceOptions } from '../../lib/choices';
import { CheckboxGroup } from './CheckboxGroup';
import { ComparisonSection } from './ComparisonSection';
import { profileLabel } from './completeness';
import { CustomerFields } from './CustomerFields';
import { BASIS_PROMPTS, IDEAL_CUSTOMER_PROMPT, PROFILES_INTRO, SEGMENTATION_INTRO } from './guidance';
import { BASIS_LABELS, MARKET_LABELS } from './labels';
import {
  basesForMarket,
  BUSINESS_BASES,
  CONSUMER_BASES,
  CustomerProfileSchema,
  hasText,
  MARKETS,
  NUMBER_FIELDS,
  newCustomer,
  newProfile,
  TEXT_LIMITS,
  type Customer,
  type CustomerProfileData,
  type Profile,
} from './model';
import { ProfileFields } from './ProfileFields';
import { SegmentationList } from './SegmentationList';
import './customer-profile.css';

const customerHasContent = (customer: Customer | undefined) =>
  !!customer &&
  ([customer.name, customer.description, customer.motivations, customer.attitudes, customer.behaviours].some(hasText) ||
    Object.values(customer.characteristics).some(hasText) ||
    NUMBER_FIELDS.some((f) => hasText(customer.numbers[f])));

const profileHasContent = (profile: Profile | undefined) =>
  !!profile && [profile.name, profile.narrative, profile.psychographic, profile.behavioural, profile.salesApproach, profile.marketingMessage].some(hasText);

export function CustomerProfilePage({ initialData, onChange }: WorksheetPageProps<CustomerProfileData>) {
  const { register, control, watch, getValues } = useForm<CustomerProfileData>({
    defaultValues: initialData,
    resolver: zodResolver(CustomerProfileSchema),
    mode: 'onChange',
  });
  const customers = useFieldArray({ control, name: 'customers', keyName: 'fieldKey' });
  const profiles = useFieldArray({ control, name: 'profiles', keyName: 'fieldKey' });

  const { saveProblem } = useAutosave(watch, CustomerProfileSchema, onChange);

  return (
    <form className="worksheet customer-profile" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      <section aria-labelledby="organisation-heading" className="panel">
        <h2 id="organisation-heading">1. The organisation and its customers</h2>
        <p>Profile the existing customers of one organisation: the one you work for, or a case study your centre has given you.</p>
        <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.answer}>
          <SelectField
            label="Who are the customers you will profile?"
            hint="This sets the bases and fields offered for your customers."
            options={choiceOptions(MARKETS, MARKET_LABELS, { placeholder: 'Choose' })}
            {...register('market')}
          />
        </OrganisationFields>
      </section>

      <section aria-labelledby="segmentation-heading" className="panel">
        <h2 id="segmentation-heading">2. Methods used to segment customer groups (AC 1.1)</h2>
        <p>{SEGMENTATION_INTRO}</p>
        <h3>Consumer (B2C) segmentation</h3>
        <SegmentationList control={control} register={register} getValues={getValues} list="consumer" bases={CONSUMER_BASES} title="Consumer basis" />
        <h3>Business (B2B) segmentation</h3>
        <SegmentationList control={control} register={register} getValues={getValues} list="business" bases={BUSINESS_BASES} title="B2B basis" />
      </section>

      <BasesSection control={control} />

      <section aria-labelledby="customers-heading" className="panel">
        <h2 id="customers-heading">4. Your existing customers (AC 1.2, 2.1)</h2>
        <p>
          Define at least two existing customers who are different from each other. Use your organisation’s own data: CRM records,
          sales data, surveys. For each, describe their characteristics, why they buy (motivations), what they think (attitudes)
          and what they do (behaviours), and enter the figures that give their lifetime value.
        </p>
        {customers.fields.map((field, index) => (
          <CustomerFields
            key={field.fieldKey}
            control={control}
            register={register}
            index={index}
            onRemove={() =>
              (!customerHasContent(getValues(`customers.${index}`)) ||
                window.confirm('Remove this customer and everything written about them?')) &&
              customers.remove(index)
            }
          />
        ))}
        {customers.fields.length < 12 ? (
          <button type="button" className="button" onClick={() => customers.append(newCustomer(newId()))}>
            Add a customer
          </button>
        ) : (
          <p className="field__hint">Twelve customers is the most this worksheet holds.</p>
        )}
      </section>

      <ComparisonSection control={control} register={register} />

      <section aria-labelledby="profiles-heading" className="panel">
        <h2 id="profiles-heading">6. Customer profiles from your analysis (AC 2.3)</h2>
        <p>{PROFILES_INTRO}</p>
        {profiles.fields.map((field, index) => (
          <ProfileFields
            key={field.fieldKey}
            control={control}
            register={register}
            index={index}
            onRemove={() =>
              (!profileHasContent(getValues(`profiles.${index}`)) || window.confirm('Remove this profile and everything written in it?')) &&
              profiles.remove(index)
            }
          />
        ))}
        {profiles.fields.length < 12 && (
          <button type="button" className="button" onClick={() => profiles.append(newProfile(newId()))}>
            Add a profile
          </button>
        )}
      </section>

      <IdealCustomerSection control={control} />
    </form>
  );
}

/** Which bases the customers are defined by, from the chosen market's list. */
function BasesSection({ control }: { control: Control<CustomerProfileData> }) {
  const market = useWatch({ control, name: 'market' });
  const bases = basesForMarket(market);
  return (
    <section aria-labelledby="bases-heading" className="panel">
      <h2 id="bases-heading">3. Bases to define your customers by</h2>
      {bases.length === 0 ? (
        <p>Choose whether your customers are consumers (B2C) or businesses (B2B) in section 1, then pick the bases here.</p>
      ) : (
        <Controller
          control={control}
          name="customerBases"
          render={({ field }) => (
            <CheckboxGroup
              legend={`Segmentation bases for your ${market === 'b2c' ? 'consumer' : 'business'} customers`}
              hint="Choose at least two that matter to your organisation. Each customer gets a field for each one, and the comparison lines them up."
              options={bases.map((basis) => ({ value: basis, label: BASIS_LABELS[basis], hint: BASIS_PROMPTS[basis] }))}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
      )}
    </section>
  );
}

function IdealCustomerSection({ control }: { control: Control<CustomerProfileData> }) {
  const profiles = useWatch({ control, name: 'profiles' }) ?? [];
  return (
    <section aria-labelledby="ideal-heading" className="panel">
      <h2 id="ideal-heading">7. Your ideal customer profile (optional)</h2>
      <p>{IDEAL_CUSTOMER_PROMPT}</p>
      <div className="form-grid">
        <Controller
          control={control}
          name="idealCustomer.profileId"
          render={({ field }) => (
            <SelectField
              label="Ideal customer profile"
              options={[
                { value: '', label: 'None chosen' },
                ...profiles.map((profile, index) => ({ value: profile.id, label: profileLabel(profile, index) })),
              ]}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
        <Controller
          control={control}
          name="idealCustomer.reason"
          render={({ field }) => (
            <TextArea
              label="Why, and how you will use it to find and qualify prospects"
              className="form-grid__wide"
              maxLength={TEXT_LIMITS.answer}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
      </div>
    </section>
  );
}
