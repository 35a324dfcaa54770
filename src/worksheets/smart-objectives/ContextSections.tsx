import { useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { SUGGESTED_CRITERIA, THEORY_FEATURES } from './guidance';
import { SCORE_LABELS, THEORY_LABELS } from './labels';
import { MOTIVATION_THEORIES, newCriterion, TEXT_LIMITS, type SmartData } from './model';

type FormProps = { control: Control<SmartData>; register: UseFormRegister<SmartData> };

const scoreValue = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

export function SalesTargetsSection({ register }: Pick<FormProps, 'register'>) {
  return (
    <section aria-labelledby="team-heading" className="panel">
      <h2 id="team-heading">Your team’s targets</h2>
      <div className="form-grid">
        <TextArea
          label="Team targets"
          hint="The targets your team has been set, with numbers and dates, e.g. “grow monthly sales from £96,000 to £112,000 this quarter”."
          className="form-grid__wide"
          rows={3}
          maxLength={TEXT_LIMITS.answer}
          {...register('salesTargets.teamTargets')}
        />
        <TextArea
          label="How you set your personal sales targets"
          hint="Explain how you set them (AC 1.1): where they come from, how they link to the team targets, how you used SMART, who agreed them."
          className="form-grid__wide"
          rows={5}
          maxLength={TEXT_LIMITS.long}
          {...register('salesTargets.howSet')}
        />
      </div>
    </section>
  );
}

export function PresentationSection({ register }: Pick<FormProps, 'register'>) {
  return (
    <section aria-labelledby="customer-heading" className="panel">
      <h2 id="customer-heading">The customer and the presentation</h2>
      <div className="form-grid">
        <TextField label="Customer" hint="The organisation and the people you will present to." maxLength={TEXT_LIMITS.short} {...register('presentation.customer')} />
        <TextField label="Date of the presentation" type="date" {...register('presentation.date')} />
        <TextArea label="Their needs and interests" hint="What your questions found out: needs, concerns, decision criteria." className="form-grid__wide" rows={3} maxLength={TEXT_LIMITS.answer} {...register('presentation.customerNeeds')} />
        <TextArea
          label="How you wrote objectives to meet the customer’s needs"
          hint="Explain how you wrote them (AC 1.3): from the customer’s answers, using SMART, ending in a call to action."
          className="form-grid__wide"
          rows={4}
          maxLength={TEXT_LIMITS.long}
          {...register('presentation.howWritten')}
        />
      </div>
    </section>
  );
}

export function MotivationSection({ control, register }: FormProps) {
  const theory = useWatch({ control, name: 'motivation.theory' });
  return (
    <section aria-labelledby="theory-heading" className="panel">
      <h2 id="theory-heading">Your motivation theory (AC 2.1)</h2>
      <div className="form-grid">
        <SelectField
          label="Motivation theory"
          options={[{ value: '', label: 'Choose a theory' }, ...MOTIVATION_THEORIES.map((t) => ({ value: t, label: THEORY_LABELS[t] }))]}
          {...register('motivation.theory')}
        />
        {theory === 'other' && <TextField label="Name of the theory" maxLength={TEXT_LIMITS.short} {...register('motivation.otherTheory')} />}
        <TextField label="What motivates you most" hint="In the theory’s terms, e.g. “need for achievement”." maxLength={TEXT_LIMITS.short} {...register('motivation.mainMotivator')} />
        {theory && (
          <p className="notice notice--info form-grid__wide">
            <strong>Key features: </strong>
            {THEORY_FEATURES[theory]}
          </p>
        )}
        <TextArea
          label="Why you used this theory, and how"
          hint="Briefly: why it fits you, and how your objectives draw on its key features."
          className="form-grid__wide"
          rows={4}
          maxLength={TEXT_LIMITS.answer}
          {...register('motivation.whyChosen')}
        />
      </div>
    </section>
  );
}

export function SelfAssessmentSection({ control, register, isRequired }: FormProps & { isRequired: boolean }) {
  const criteria = useFieldArray({ control, name: 'selfAssessment.criteria', keyName: 'fieldKey' });
  const names = useWatch({ control, name: 'selfAssessment.criteria' }) ?? [];
  const unused = SUGGESTED_CRITERIA.filter((s) => !names.some((c) => c?.criterion?.trim().toLowerCase() === s.toLowerCase()));
  const scored = names.filter((c) => c?.criterion?.trim() && c.score !== null && c.score !== undefined);
  const strengths = scored.filter((c) => (c.score ?? 0) >= 4).map((c) => `${c.criterion} (${c.score})`);
  const needs = scored.filter((c) => (c.score ?? 5) <= 2).map((c) => `${c.criterion} (${c.score})`);
  return (
    <section aria-labelledby="self-heading" className="panel">
      <h2 id="self-heading">Self-assessment{isRequired ? ' (AC 2.1)' : ' (optional)'}</h2>
      <p>
        {isRequired
          ? 'Use a relevant source of information to define at least six criteria for your sales role, and score yourself on each (1 = a clear development need, 5 = a clear strength).'
          : 'Optional: scoring yourself against your role helps you choose objectives that matter.'}
      </p>
      <div className="form-grid">
        <TextField label="Source of the criteria" hint="e.g. job description, competence framework, standards of performance." maxLength={TEXT_LIMITS.short} {...register('selfAssessment.source')} />
        <TextField label="Assessment tool" hint="e.g. personal SWOT, gap analysis, ISP SCA, 360 feedback." maxLength={TEXT_LIMITS.short} {...register('selfAssessment.tool')} />
      </div>
      {criteria.fields.map((field, i) => (
        <fieldset key={field.fieldKey} className="smart-criterion">
          <legend>Criterion {i + 1}</legend>
          <TextField label="Criterion" maxLength={TEXT_LIMITS.short} {...register(`selfAssessment.criteria.${i}.criterion`)} />
          <SelectField
            label="Score"
            options={[{ value: '', label: 'Choose 1–5' }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: SCORE_LABELS[n]! }))]}
            {...register(`selfAssessment.criteria.${i}.score`, { setValueAs: scoreValue })}
          />
          <TextField label="Evidence for the score" className="smart-criterion__wide" maxLength={TEXT_LIMITS.answer} {...register(`selfAssessment.criteria.${i}.evidence`)} />
          <button
            type="button"
            className="button button--quiet smart-criterion__remove"
            onClick={() => (!names[i]?.criterion?.trim() || window.confirm('Remove this criterion and its score?')) && criteria.remove(i)}
          >
            Remove criterion {i + 1}
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => criteria.append(newCriterion(newId()))}>
          Add a criterion
        </button>
        {unused.length > 0 && (
          <button type="button" className="button" onClick={() => criteria.append(unused.map((s) => newCriterion(newId(), s)))}>
            Add the suggested sales-role criteria
          </button>
        )}
      </div>
      <p className="field__hint smart-score-summary">
        From your scores: strengths (4–5) {strengths.length ? strengths.join(', ') : 'none yet'}; development needs (1–2) {needs.length ? needs.join(', ') : 'none yet'}.
      </p>
      <div className="form-grid">
        <TextArea label="Your strengths" hint="Drawn from your highest scores, with examples." rows={3} maxLength={TEXT_LIMITS.answer} {...register('selfAssessment.strengths')} />
        <TextArea label="Your development needs" hint="Drawn from your lowest scores: these are what your objectives should meet." rows={3} maxLength={TEXT_LIMITS.answer} {...register('selfAssessment.needs')} />
      </div>
    </section>
  );
}
