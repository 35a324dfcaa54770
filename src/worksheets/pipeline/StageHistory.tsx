import { useState } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { formatDate, todayIso } from '../../lib/dates';
import { SelectField, TextField } from '../../ui/fields';
import { LIST_LIMITS, type PipelineData } from './model';
import type { Option } from './ProspectsSection';

type Props = {
  index: number;
  title: string;
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
  stageOptions: Option[];
};

/** A prospect's dated stage changes: a one-line summary, and an editor opened on request (so 500 rows stay light). */
export function StageHistory({ index, title, register, control, getValues, stageOptions }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const history = useWatch({ control, name: `prospects.${index}.stageHistory` }) ?? [];
  const labelOf = (id: string) => stageOptions.find((o) => o.value === id && id !== '')?.label ?? 'No stage';
  const summary = history.map((h) => `${labelOf(h.stageId)} (${h.date ? formatDate(h.date) : 'no date'})`).join(' → ');
  const editorId = `stage-history-${index}`;
  return (
    <div className="pipeline-history">
      <p className="pipeline-history__summary">
        <span className="pipeline-muted">Stage history:</span> {summary || 'none recorded'}
      </p>
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={isOpen}
        aria-controls={isOpen ? editorId : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        {isOpen ? 'Close' : 'Edit'} the stage history of {title.toLowerCase()}
      </button>
      {isOpen && (
        <div id={editorId}>
          <StageHistoryEditor index={index} register={register} control={control} getValues={getValues} stageOptions={stageOptions} />
        </div>
      )}
    </div>
  );
}

function StageHistoryEditor({ index, register, control, getValues, stageOptions }: Omit<Props, 'title'>) {
  const changes = useFieldArray({ control, name: `prospects.${index}.stageHistory`, keyName: 'fieldKey' });
  return (
    <>
      <ol className="pipeline-history__list">
        {changes.fields.map((field, j) => (
          <li key={field.fieldKey} className="pipeline-history__item">
            <TextField label={`Change ${j + 1}: date`} type="date" {...register(`prospects.${index}.stageHistory.${j}.date`)} />
            <SelectField label={`Change ${j + 1}: stage`} options={stageOptions} {...register(`prospects.${index}.stageHistory.${j}.stageId`)} />
            <button type="button" className="button button--quiet" onClick={() => changes.remove(j)}>
              Remove change {j + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={changes.fields.length >= LIST_LIMITS.stageHistory}
        onClick={() => changes.append({ date: todayIso(), stageId: getValues(`prospects.${index}.stageId`) })}
      >
        Add a dated stage change
      </button>
    </>
  );
}
