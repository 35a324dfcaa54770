import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { newId } from '../../lib/ids';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { SelectField, TextArea } from '../../ui/fields';
import { OrganisationFields } from '../../ui/OrganisationFields';
import { choiceOptions } from '../../lib/choices';
import { CheckboxGroup } from './CheckboxGroup';
import { AnalysisSection, ComparisonSection } from './ComparisonSection';
import { profileLabel } from './completeness';
import { CustomerCharacteristicsFields, CustomerDetailsFields, CustomerFigureFields, CustomerMotivationFields } from './CustomerFields';
import { BASIS_PROMPTS, FIGURES_INTRO, IDEAL_CUSTOMER_PROMPT, PROFILES_INTRO, RECOMMENDATIONS_INTRO, SEED_002_NOTE, sectionTitle, SEGMENTATION_INTRO } from './guidance';
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
import { ProfileFields, ProfileRecommendationFields } from './ProfileFields';
import { SegmentationList } from './SegmentationList';
import './customer-profile.css';

const customerHasContent = (customer: Customer | undefined) =>
  !!customer &&
  ([customer.name, customer.description, customer.motivations, customer.attitudes, customer.behaviours].some(hasText) ||
    Object.values(customer.characteristics).some(hasText) ||
    NUMBER_FIELDS.some((f) => hasText(customer.numbers[f])));

const profileHasContent = (profile: Profile | undefined) =>
  !!profile && [profile.name, profile.narrative, profile.psychographic, profile.behavioural, profile.salesApproach, profile.marketingMessage].some(hasText);

export function CustomerProfilePage({ initialData, onChange, section }: WorksheetPageProps<CustomerProfileData>) {
  const { register, control, watch, getValues } = useForm<CustomerProfileData>({
    defaultValues: initialData,
    resolver: zodResolver(CustomerProfileSchema),
    mode: 'onChange',
  });
  const customers = useFieldArray({ control, name: 'customers', keyName: 'fieldKey' });
  const profiles = useFieldArray({ control, name: 'profiles', keyName: 'fieldKey' });

  const { saveProblem } = useAutosave(watch, CustomerProfileSchema, onChange);

  const noCustomersYet = customers.fields.length === 0 && <p>Add your customers in {sectionTitle('customers')} first, and each appears here.</p>;

  return (
    <form className="worksheet customer-profile" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'organisation') && (
        <section aria-labelledby="organisation-heading" className="panel">
          <h2 id="organisation-heading">The organisation and its customers</h2>
          <p>
            Profile the existing customers of the organisation you work for, using its own data (CRM records, sales data,
            surveys): L3B3 asks for your own organisation’s customers.
          </p>
          <p className="field__hint">
            When is a case study acceptable? Only where a unit’s assessor guidance permits simulation, and L3B3’s does not.
            If you are not in a sales role, ask your assessor before you start: a case study will not meet this unit’s
            assessor guidance.
          </p>
          <OrganisationFields register={register} descriptionLimit={TEXT_LIMITS.answer}>
            <SelectField
              label="Who are the customers you will profile?"
              hint="This sets the bases and fields offered for your customers."
              options={choiceOptions(MARKETS, MARKET_LABELS, { placeholder: 'Choose' })}
              {...register('market')}
            />
          </OrganisationFields>
        </section>
      )}

      {shows(section, 'consumer-segmentation') && (
        <section aria-labelledby="consumer-segmentation-heading" className="panel">
          <h2 id="consumer-segmentation-heading">Segmenting consumers (B2C) (AC 1.1)</h2>
          <p>{SEGMENTATION_INTRO}</p>
          <p>Explain at least three bases used to segment consumers: what the basis is, how an organisation uses it, and a real example.</p>
          <SegmentationList control={control} register={register} getValues={getValues} list="consumer" bases={CONSUMER_BASES} title="Consumer basis" />
        </section>
      )}

      {shows(section, 'business-segmentation') && (
        <section aria-labelledby="business-segmentation-heading" className="panel">
          <h2 id="business-segmentation-heading">Segmenting business customers (B2B) (AC 1.1)</h2>
          <p>
            Businesses are segmented too, on bases of their own. Explain at least three bases used to segment business customers: what the
            basis is, how an organisation uses it, and a real example.
          </p>
          <SegmentationList control={control} register={register} getValues={getValues} list="business" bases={BUSINESS_BASES} title="B2B basis" />
        </section>
      )}

      {shows(section, 'customers') && (
        <section aria-labelledby="customers-heading" className="panel">
          <h2 id="customers-heading">Your customers (AC 2.1)</h2>
          <p>
            Define at least two of your organisation’s existing customers who are different from each other. Use its own data: CRM records,
            sales data, surveys. Here, say who each one is and where your information comes from; the next sections ask for their
            characteristics, why they buy and what they are worth.
          </p>
          {customers.fields.map((field, index) => (
            <CustomerDetailsFields
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
      )}

      {shows(section, 'characteristics') && (
        <section aria-labelledby="characteristics-heading" className="panel">
          <h2 id="characteristics-heading">Your customers’ characteristics (AC 2.1)</h2>
          <p>Define each customer by their characteristics: choose the segmentation bases that tell your customers apart, then describe each customer under each one.</p>
          <BasesChoice control={control} />
          <h3>Each customer’s characteristics</h3>
          {noCustomersYet}
          {customers.fields.map((field, index) => (
            <CustomerCharacteristicsFields key={field.fieldKey} control={control} register={register} index={index} />
          ))}
        </section>
      )}

      {shows(section, 'motivations') && (
        <section aria-labelledby="motivations-heading" className="panel">
          <h2 id="motivations-heading">Motivations, attitudes and behaviours (AC 1.2)</h2>
          <p>For each customer, describe why they buy (motivations), what they think and feel (attitudes) and what they actually do (behaviours).</p>
          {noCustomersYet}
          {customers.fields.map((field, index) => (
            <CustomerMotivationFields key={field.fieldKey} control={control} register={register} index={index} />
          ))}
        </section>
      )}

      {shows(section, 'figures') && (
        <section aria-labelledby="figures-heading" className="panel">
          <h2 id="figures-heading">Figures and lifetime value (AC 2.1)</h2>
          <p>{FIGURES_INTRO}</p>
          <p className="field__hint">{SEED_002_NOTE}</p>
          {noCustomersYet}
          {customers.fields.map((field, index) => (
            <CustomerFigureFields key={field.fieldKey} control={control} register={register} index={index} />
          ))}
        </section>
      )}

      {shows(section, 'comparison') && <ComparisonSection control={control} />}

      {shows(section, 'analysis') && <AnalysisSection control={control} register={register} />}

      {shows(section, 'profiles') && (
        <section aria-labelledby="profiles-heading" className="panel">
          <h2 id="profiles-heading">Customer profiles from your analysis (AC 2.3)</h2>
          <p>{PROFILES_INTRO}</p>
          <p className="field__hint">{SEED_002_NOTE}</p>
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
      )}

      {shows(section, 'recommendations') && (
        <section aria-labelledby="recommendations-heading" className="panel">
          <h2 id="recommendations-heading">Sales and marketing recommendations (AC 2.3)</h2>
          <p>{RECOMMENDATIONS_INTRO}</p>
          <p className="field__hint">{SEED_002_NOTE}</p>
          {profiles.fields.length === 0 && <p>Start your profiles in {sectionTitle('profiles')} first, and each appears here.</p>}
          {profiles.fields.map((field, index) => (
            <ProfileRecommendationFields key={field.fieldKey} control={control} register={register} index={index} />
          ))}
        </section>
      )}

      {shows(section, 'ideal-customer') && <IdealCustomerSection control={control} />}
    </form>
  );
}

/** Which bases the customers are defined by, from the chosen market's list: each gives every customer a field. */
function BasesChoice({ control }: { control: Control<CustomerProfileData> }) {
  const market = useWatch({ control, name: 'market' });
  const bases = basesForMarket(market);
  return (
    <>
      <h3>Bases to define your customers by</h3>
      {bases.length === 0 ? (
        <p>Choose whether your customers are consumers (B2C) or businesses (B2B) in {sectionTitle('organisation')}, then pick the bases here.</p>
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
    </>
  );
}

function IdealCustomerSection({ control }: { control: Control<CustomerProfileData> }) {
  const profiles = useWatch({ control, name: 'profiles' }) ?? [];
  return (
    <section aria-labelledby="ideal-heading" className="panel">
      <h2 id="ideal-heading">Your ideal customer profile (optional)</h2>
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
