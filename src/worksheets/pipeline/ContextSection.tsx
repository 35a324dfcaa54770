import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextField } from '../../ui/fields';
import { periodProblem } from './calculations';
import { TEXT_LIMITS, type PipelineData } from './model';

type Props = { register: UseFormRegister<PipelineData>; control: Control<PipelineData> };

/** Who the pipeline belongs to, the system it lives in, and the dated period the counts cover. */
export function ContextSection({ register, control }: Props) {
  const [start, end] = useWatch({ control, name: ['context.periodStart', 'context.periodEnd'] });
  const problem = start || end ? periodProblem(start, end) : null;
  return (
    <section aria-labelledby="context-heading" className="panel">
      <h2 id="context-heading">Your pipeline and the period</h2>
      <p>
        Use your own pipeline at work, or a case study your centre gives you. Take the counts for one dated period (a
        month or a quarter) from your CRM or whatever system you use to track prospects.
      </p>
      <div className="form-grid">
        <TextField label="Organisation" maxLength={TEXT_LIMITS.short} {...register('context.organisation')} />
        <TextField
          label="System you track prospects in"
          hint="For example a CRM such as Salesforce, HubSpot, Pipedrive or Zoho, or a spreadsheet."
          maxLength={TEXT_LIMITS.short}
          {...register('context.system')}
        />
        <TextField label="Period starts" type="date" {...register('context.periodStart')} />
        <TextField label="Period ends" type="date" error={problem ?? undefined} {...register('context.periodEnd')} />
      </div>
    </section>
  );
}
