import { useFieldArray, useForm, useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { todayIso } from '../../lib/dates';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { CheckInSection } from './CheckInSection';
import {
  CONTINUUM_PROMPT,
  EXAMPLE_PROMPT,
  INDIVIDUAL_IMPACT_PROMPTS,
  ORGANISATION_IMPACT_PROMPTS,
  PERSONAL_STRESSOR_PROMPTS,
  PLAN_PROMPT,
  PRESSURE_PROMPT,
  PRIVACY_NOTE,
  SUPPORT_PROMPTS,
  TECHNIQUE_PROMPTS,
  WORKPLACE_STRESSOR_PROMPTS,
  ZONE_DESCRIPTIONS,
} from './guidance';
import { BaselineSection, RetakeSection, ReviewSection } from './MeasurementSections';
import { hasText, newExample, newSupport, newTechnique, StressSchema, TEXT_LIMITS, ZONES, type StressData } from './model';
import { TextItemList } from './TextItemList';
import { useWatchedTracking } from './watched-tracking';
import './stress-tracker.css';

type FormProps = { control: Control<StressData>; register: UseFormRegister<StressData>; getValues: UseFormGetValues<StressData> };

const thinkAbout = (prompts: string[]) => `Think about: ${prompts.join('; ')}.`;

const confirmRemove = (values: string[]) => values.every((v) => !v.trim()) || window.confirm('Remove this and everything written in it?');

export function StressTrackerPage({ documentId, initialData, onChange, section }: WorksheetPageProps<StressData>) {
  const { register, control, watch, getValues, setValue } = useForm<StressData>({
    defaultValues: initialData,
    resolver: zodResolver(StressSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, StressSchema, onChange);
  const form = { control, register, getValues };

  return (
    <form className="worksheet stress-tracker" onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {shows(section, 'pressure-and-stress') && (
        <section aria-labelledby="pressure-heading" className="panel">
          <h2 id="pressure-heading">Pressure and stress (AC 1.1)</h2>
          <TextArea label="The difference between pressure and stress" hint={PRESSURE_PROMPT} rows={5} maxLength={TEXT_LIMITS.answer} {...register('pressureVsStress')} />
          <ExampleFields {...form} />
          <h3>The stress continuum</h3>
          <ul className="zone-list">
            {ZONES.map((z) => (
              <li key={z}>{ZONE_DESCRIPTIONS[z]}</li>
            ))}
          </ul>
          <TextArea label="How you would recognise each stage" hint={CONTINUUM_PROMPT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('continuumNotes')} />
        </section>
      )}

      {shows(section, 'stressors') && (
        <section aria-labelledby="stressors-heading" className="panel">
          <h2 id="stressors-heading">Workplace and personal life stressors (AC 1.2)</h2>
          <p>Summarise at least three of each: what the stressor is and how it causes stress.</p>
          <h3>Workplace stressors</h3>
          <TextItemList {...form} name="workplaceStressors" itemLabel="Workplace stressor" hint={thinkAbout(WORKPLACE_STRESSOR_PROMPTS)} />
          <h3>Personal life stressors</h3>
          <TextItemList {...form} name="personalStressors" itemLabel="Personal life stressor" hint={thinkAbout(PERSONAL_STRESSOR_PROMPTS)} />
        </section>
      )}

      {shows(section, 'impacts') && (
        <section aria-labelledby="impacts-heading" className="panel">
          <h2 id="impacts-heading">How workplace stress impacts organisations and individuals (AC 1.3)</h2>
          <p>Describe at least one impact on organisations and at least two on individuals.</p>
          <h3>Impacts on organisations</h3>
          <TextItemList {...form} name="organisationImpacts" itemLabel="Impact on organisations" hint={thinkAbout(ORGANISATION_IMPACT_PROMPTS)} />
          <h3>Impacts on individuals</h3>
          <TextItemList {...form} name="individualImpacts" itemLabel="Impact on individuals" hint={thinkAbout(INDIVIDUAL_IMPACT_PROMPTS)} />
        </section>
      )}

      {shows(section, 'techniques') && (
        <section aria-labelledby="techniques-heading" className="panel">
          <h2 id="techniques-heading">Simple stress management techniques (AC 1.4)</h2>
          <p>Outline at least three: what you do, how long it takes, and how it helps.</p>
          <p className="field__hint">{thinkAbout(TECHNIQUE_PROMPTS)}</p>
          <TechniqueFields {...form} />
        </section>
      )}

      {shows(section, 'plan') && <PlanSection control={control} register={register} />}

      {shows(section, 'baseline') && <BaselineSection {...form} setValue={setValue} />}

      {shows(section, 'check-ins') && (
        <>
          <CheckInsPanel documentId={documentId} control={control} getValues={getValues} setValue={setValue} />
          {/* After the check-ins, not before: on a phone the quick form is then the first thing in view. */}
          <section aria-labelledby="privacy-heading" className="panel">
            <h2 id="privacy-heading">Your PDF and your privacy</h2>
            <p>{PRIVACY_NOTE}</p>
            <div className="checkbox">
              <input id="include-notes" type="checkbox" {...register('includeNotesInPdf')} />
              <label htmlFor="include-notes">Include my daily notes in the PDF</label>
            </div>
            <p className="field__hint">Your ratings, zones and technique use always go in; your notes only if you tick this.</p>
          </section>
        </>
      )}

      {shows(section, 'retake-and-review') && (
        <>
          <RetakeSection {...form} />
          <ReviewSection {...form} />
        </>
      )}

      {shows(section, 'support') && (
        <section aria-labelledby="support-heading" className="panel">
          <h2 id="support-heading">Sources of support (AC 2.4)</h2>
          <p>State at least three sources of support for managing personal stress, and how each can help.</p>
          <p className="field__hint">{thinkAbout(SUPPORT_PROMPTS)}</p>
          <SupportFields {...form} />
        </section>
      )}
    </form>
  );
}

function ExampleFields({ control, register, getValues }: FormProps) {
  const examples = useFieldArray({ control, name: 'workplaceExamples', keyName: 'fieldKey' });
  return (
    <>
      <h3>Workplace examples</h3>
      <p className="field__hint">{EXAMPLE_PROMPT}</p>
      {examples.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Workplace example {index + 1}</legend>
          <TextField label="The situation at work" maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.situation`)} />
          <div className="form-grid">
            <TextArea label="When it is healthy pressure" rows={3} maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.asPressure`)} />
            <TextArea label="When it becomes stress" rows={3} maxLength={TEXT_LIMITS.item} {...register(`workplaceExamples.${index}.asStress`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const e = getValues(`workplaceExamples.${index}`);
              if (confirmRemove([e.situation, e.asPressure, e.asStress])) examples.remove(index);
            }}
          >
            Remove workplace example {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => examples.append(newExample())}>
        Add a workplace example
      </button>
    </>
  );
}

function TechniqueFields({ control, register, getValues }: FormProps) {
  const techniques = useFieldArray({ control, name: 'techniques', keyName: 'fieldKey' });
  return (
    <>
      {techniques.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Technique {index + 1}</legend>
          <TextField label="Name of the technique" maxLength={TEXT_LIMITS.short} {...register(`techniques.${index}.name`)} />
          <TextArea label="Outline: what you do and how it helps" rows={3} maxLength={TEXT_LIMITS.item} {...register(`techniques.${index}.outline`)} />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const t = getValues(`techniques.${index}`);
              if (confirmRemove([t.name, t.outline])) techniques.remove(index);
            }}
          >
            Remove technique {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => techniques.append(newTechnique())}>
        Add a technique
      </button>
    </>
  );
}

function SupportFields({ control, register, getValues }: FormProps) {
  const support = useFieldArray({ control, name: 'support', keyName: 'fieldKey' });
  return (
    <>
      {support.fields.map((field, index) => (
        <fieldset key={field.fieldKey} className="force">
          <legend>Source of support {index + 1}</legend>
          <div className="form-grid">
            <TextField label="Who or what" maxLength={TEXT_LIMITS.short} {...register(`support.${index}.name`)} />
            <TextField label="How it can help, and how to reach it" maxLength={TEXT_LIMITS.item} {...register(`support.${index}.howItHelps`)} />
          </div>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const s = getValues(`support.${index}`);
              if (confirmRemove([s.name, s.howItHelps])) support.remove(index);
            }}
          >
            Remove source of support {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => support.append(newSupport())}>
        Add a source of support
      </button>
    </>
  );
}

/** Re-renders on its own as techniques are named, so the choice always lists the current ones. */
function PlanSection({ control, register }: { control: Control<StressData>; register: UseFormRegister<StressData> }) {
  const techniques = useWatch({ control, name: 'techniques' });
  const chosenId = useWatch({ control, name: 'plan.chosenTechniqueId' });
  const named = (techniques ?? []).filter((t) => t?.id && hasText(t.name ?? ''));
  const isChosenMissing = chosenId !== '' && !named.some((t) => t.id === chosenId);
  return (
    <section aria-labelledby="plan-heading" className="panel">
      <h2 id="plan-heading">Your chosen technique and plan (AC 2.1)</h2>
      <div className="form-grid">
        <SelectField
          label="The technique you will use"
          hint="Choose one of the techniques you outlined in the previous section."
          error={isChosenMissing ? 'The technique you chose is no longer in your list: choose again.' : undefined}
          options={[{ value: '', label: named.length ? 'Choose a technique' : 'Outline a technique in the previous section first' }, ...named.map((t) => ({ value: t.id, label: t.name.trim() }))]}
          {...register('plan.chosenTechniqueId')}
        />
        <TextField label="Start date" type="date" hint="The first day you will use it, after your baseline." {...register('plan.startDate')} />
        <TextArea label="Why you chose it" rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('plan.whyChosen')} />
        <TextArea label="Your plan: how, when and how often" hint={PLAN_PROMPT} rows={4} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('plan.howAndWhen')} />
      </div>
    </section>
  );
}

/** Kept separate so typing elsewhere never re-renders the calendar and chart needlessly. */
function CheckInsPanel({ documentId, control, getValues, setValue }: Omit<FormProps, 'register'> & { documentId: string; setValue: UseFormSetValue<StressData> }) {
  const values = useWatchedTracking(control, getValues);
  return (
    <section aria-labelledby="check-ins-heading" className="panel">
      <h2 id="check-ins-heading">Daily check-ins: using your technique (AC 2.2)</h2>
      <p>
        Once a day, for at least a month, rate your stress, note your zone on the stress continuum and whether you used your technique.
        It takes under a minute.
      </p>
      <CheckInSection
        documentId={documentId}
        data={values}
        today={todayIso()}
        onCheckInsChange={(checkIns) => setValue('checkIns', checkIns, { shouldDirty: true })}
      />
    </section>
  );
}
