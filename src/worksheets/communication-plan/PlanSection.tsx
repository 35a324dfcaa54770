import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { formatDate, isIsoDate } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { AssessorNeeds } from './AssessorNeeds';
import { communicationPlanGoodPractice } from './good-practice';
import { GoodPracticeList } from './GoodPracticeList';
import { fieldProblems, timeline, timelineSpan } from './calculations';
import type { FormProps } from './form-types';
import { confirmRemove, RowFieldsets } from '../../ui/RowFieldsets';
import { ACTIVITY_PROMPTS, PLAN_PROMPT } from './guidance';
import { hasText, LIST_LIMITS, newActivity, TEXT_LIMITS, type Activity, type CommunicationPlanData } from './model';

/** AC 3.2: the plan for one evaluated audience, its activities, and the timeline they make. */
export function PlanSection({ control, register, getValues }: FormProps) {
  const activities = useFieldArray({ control, name: 'activities', keyName: 'fieldKey' });
  const audiences = useWatch({ control, name: 'audiences' }) ?? [];
  const plan = useWatch({ control, name: 'plan' }) ?? { audienceId: '', aim: '' };
  const watchedActivities = useWatch({ control, name: 'activities' }) ?? [];
  const problems = fieldProblems({ audiences, plan, activities: watchedActivities, actions: [] });
  const named = audiences.filter((a) => a.id && hasText(a.name));
  return (
    <section aria-labelledby="plan-heading" className="panel">
      <h2 id="plan-heading">Communication plan (AC 3.2)</h2>
      <p>{PLAN_PROMPT}</p>
      <AssessorNeeds rules={['chosen', 'activities']} />
      <div className="form-grid">
        <SelectField
          label="The audience this plan is for"
          className="form-grid__wide field--wide"
          hint="One of the audiences you evaluated in the previous section."
          error={problems['plan.audienceId']}
          options={[{ value: '', label: named.length ? 'Choose an audience' : 'Name an audience in the previous section first' }, ...named.map((a) => ({ value: a.id, label: a.name.trim() }))]}
          {...register('plan.audienceId')}
        />
        <TextArea label="What the plan is for (optional)" hint="Good practice: what you want this audience to know, feel or do by the end, and by when." rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('plan.aim')} />
      </div>
      <h3>Communication activities</h3>
      <RowFieldsets
        rows={activities.fields}
        name="Activity"
        onRemove={(index) => {
          const row = getValues(`activities.${index}`);
          if (confirmRemove([row.date, row.channel, row.message, row.owner, row.measure])) activities.remove(index);
        }}
        onAdd={activities.fields.length < LIST_LIMITS.activities ? () => activities.append(newActivity(newId())) : undefined}
      >
        {(index) => (
          <>
            <div className="pair-grid">
              <TextField label="Date" type="date" hint={ACTIVITY_PROMPTS.date} error={problems[`activities.${index}.date`]} {...register(`activities.${index}.date`)} />
              <TextField label="Channel" hint={ACTIVITY_PROMPTS.channel} maxLength={TEXT_LIMITS.short} {...register(`activities.${index}.channel`)} />
              <TextArea label="Message" hint={ACTIVITY_PROMPTS.message} rows={2} className="pair-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`activities.${index}.message`)} />
              <TextField label="Owner (optional)" hint={ACTIVITY_PROMPTS.owner} maxLength={TEXT_LIMITS.short} {...register(`activities.${index}.owner`)} />
              <TextArea label="How success is measured (optional)" hint={ACTIVITY_PROMPTS.measure} rows={2} maxLength={TEXT_LIMITS.item} {...register(`activities.${index}.measure`)} />
            </div>
          </>
        )}
      </RowFieldsets>
      <TimelineTable control={control} />
      <GoodPracticeList items={communicationPlanGoodPractice({ plan, activities: watchedActivities, actions: [] }).filter((item) => item.section === 'plan')} />
    </section>
  );
}

/** The activities in date order, redrawn on its own as dates change. */
function TimelineTable({ control }: { control: Control<CommunicationPlanData> }) {
  const activities: Activity[] = useWatch({ control, name: 'activities' }) ?? [];
  const entries = timeline(activities);
  const span = timelineSpan(activities);
  return (
    <>
      <h3 id="timeline-heading">Timeline</h3>
      <p role="status">{span ? span.sentence : 'Give your activities dates to see them in order here.'}</p>
      {entries.length > 0 && (
        <ol className="timeline" aria-labelledby="timeline-heading">
          {entries.map(({ activity, number }) => (
            <li key={activity.id} className="timeline__entry">
              <p className="timeline__when">
                {isIsoDate(activity.date) ? formatDate(activity.date) : 'No date yet'}
                <span className="timeline__number"> · activity {number}</span>
              </p>
              <p className="timeline__what">
                <strong>{hasText(activity.channel) ? activity.channel : 'Channel not given'}</strong>
                {hasText(activity.message) ? `: ${activity.message}` : ''}
              </p>
              {hasText(activity.owner) && <p className="timeline__owner">Owner: {activity.owner}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
