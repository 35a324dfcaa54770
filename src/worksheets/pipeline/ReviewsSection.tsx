import { memo, useState, useSyncExternalStore } from 'react';
import { useFieldArray, type Control, type UseFormGetValues, type UseFormRegister } from 'react-hook-form';
import { formatDate, isIsoDate, todayIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { ShowFieldErrors } from '../../ui/field-errors';
import { TextField } from '../../ui/fields';
import { isNamedProspect, prospectsScoredIn, reviewHistory, stageProgress } from './calculations';
import { reviewSeries } from './chart-data';
import { formatPercent } from './format';
import { useDerived, useLiveData, type LiveData } from './live-data';
import { LIST_LIMITS, snapshotReview, TEXT_LIMITS, type PipelineData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';
import { lazyChart } from '../../ui/lazy-chart';

const ReviewChart = lazyChart(async () => (await import('./PipelineCharts')).ReviewChart);

/** The review being written, before it is recorded. */
export type ReviewDraft = { date: string; note: string };

export const newReviewDraft = (): ReviewDraft => ({ date: todayIso(), note: '' });

type Props = {
  register: UseFormRegister<PipelineData>;
  control: Control<PipelineData>;
  getValues: UseFormGetValues<PipelineData>;
  live: LiveData<PipelineData>;
  /** Kept by the page, so a draft survives the learner going to another section and back. */
  draft: LiveData<ReviewDraft>;
};

/** Rows of history and progress shown on screen; the PDF has them all. */
const SHOWN = 20;

/** Dated reviews: each records every prospect's scores and stage as they stand, so the history is kept. */
export function ReviewsSection({ register, control, getValues, live, draft }: Props) {
  const reviews = useFieldArray({ control, name: 'reviews', keyName: 'fieldKey' });
  const data = useLiveData(live);
  // Not deferred: these are the fields being typed in.
  const { date, note } = useSyncExternalStore(draft.subscribe, draft.get);
  const setDate = (value: string) => draft.set({ ...draft.get(), date: value });
  const setNote = (value: string) => draft.set({ ...draft.get(), note: value });
  const [message, setMessage] = useState<string | null>(null);
  // The date's message belongs to the record button: shown once it has been pressed.
  const [hasTriedToRecord, setHasTriedToRecord] = useState(false);
  const dateProblem = isIsoDate(date) ? null : 'Choose the date of the review.';

  const record = () => {
    setHasTriedToRecord(true);
    if (dateProblem) return;
    const values = getValues();
    const review = snapshotReview(values, `review-${newId()}`, date, note.trim());
    if (review.entries.length === 0) {
      setMessage('Add at least one named prospect before recording a review.');
      return;
    }
    reviews.append(review, { shouldFocus: false });
    setNote('');
    const sameDay = values.reviews.some((r) => r.date === date);
    setMessage(
      `Review of ${formatDate(date)} recorded for ${review.entries.length} prospect${review.entries.length === 1 ? '' : 's'}.${
        sameDay ? ' There is already a review on this date: the checklist counts reviews on different dates.' : ''
      }`,
    );
  };

  const scoredCounts = useDerived(
    () => new Map(data.reviews.map((r) => [r.id, `${prospectsScoredIn(r, data.criteria)} of ${r.entries.length} prospects scored on every criterion.`])),
    [data.reviews, data.criteria],
  );

  return (
    <section aria-labelledby="reviews-heading" className="panel">
      <h2 id="reviews-heading">Dated reviews (AC 2.2) and stage progress (AC 3.2)</h2>
      <p>
        At each review (for example your monthly pipeline meeting with your manager), update your prospects’ scores
        under “Scoring your prospects”, then record the review here. It keeps every prospect’s scores and stage as they
        stand, so you can show how each prospect changed. The assessor needs at least three reviews on different dates.
      </p>
      {/* A draft until the review is recorded with the button below (data-draft). */}
      <fieldset className="pipeline-review-new" data-draft="">
        <legend>Record a review</legend>
        <div className="form-grid">
          <ShowFieldErrors isShown={hasTriedToRecord}>
            <TextField label="Review date" type="date" value={date} error={dateProblem ?? undefined} onChange={(e) => setDate(e.target.value)} />
          </ShowFieldErrors>
          <TextField
            label="Review note"
            hint="Who you reviewed with, what changed, what you decided."
            maxLength={TEXT_LIMITS.action}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="button" className="button button--primary" disabled={reviews.fields.length >= LIST_LIMITS.reviews} onClick={record}>
          Record this review of all prospects
        </button>
        <p role="status" className="pipeline-status">
          {message}
        </p>
      </fieldset>

      {reviews.fields.length > 0 && (
        <>
          <h3>Reviews recorded</h3>
          {reviews.fields.map((field, index) => {
            const scored = scoredCounts.get(field.id);
            return (
              <fieldset key={field.fieldKey} className="pipeline-review">
                <legend>Review {index + 1}</legend>
                <div className="form-grid">
                  <TextField label="Date" type="date" {...register(`reviews.${index}.date`)} />
                  <TextField label="Note" maxLength={TEXT_LIMITS.action} {...register(`reviews.${index}.note`)} />
                </div>
                {scored && <p className="pipeline-muted">{scored}</p>}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => window.confirm(`Delete review ${index + 1} and the scores it recorded?`) && reviews.remove(index)}
                >
                  Delete review {index + 1}
                </button>
              </fieldset>
            );
          })}
        </>
      )}

      <ReviewHistory data={data} />
    </section>
  );
}

/** The review history table and chart, and the dated stage progress; recomputed only when what they show changes. */
function ReviewHistory({ data }: { data: PipelineData }) {
  const [chosen, setChosen] = useState<string>('');
  const prospectKey = data.prospects.map((p) => [p.id, p.name, p.value, p.scores, p.stageId]);
  const history = useDerived(() => reviewHistory(data), [data.reviews, data.criteria, prospectKey]);
  const chart = useDerived(() => {
    const chartIds = chosen && history.rows.some((r) => r.prospectId === chosen) ? [chosen] : undefined;
    return reviewSeries(data, chartIds, chartIds ? 1 : 4);
  }, [data.reviews, data.criteria, prospectKey, data.stages, data.namedStages, chosen]);
  const progress = useDerived(
    () =>
      data.prospects
        .filter(isNamedProspect)
        .map((p) => ({ id: p.id, name: p.name.trim(), progress: stageProgress(p, data.stages) }))
        .filter((p) => p.progress.steps.length >= 2)
        .sort((a, b) => Number(b.progress.isProgressed) - Number(a.progress.isProgressed)),
    [data.prospects.map((p) => [p.id, p.name, p.stageHistory]), data.stages],
  );
  return <ReviewHistoryView history={history} chart={chart} progress={progress} chosen={chosen} setChosen={setChosen} />;
}

type HistoryViewProps = {
  history: ReturnType<typeof reviewHistory>;
  chart: ReturnType<typeof reviewSeries>;
  progress: Array<{ id: string; name: string; progress: ReturnType<typeof stageProgress> }>;
  chosen: string;
  setChosen(id: string): void;
};

const ReviewHistoryView = memo(function ReviewHistoryView({ history, chart, progress, chosen, setChosen }: HistoryViewProps) {
  return (
    <>
      {history.reviews.length > 0 && history.rows.length > 0 && (
        <>
          <h3>Likelihood of conversion at each review</h3>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="review-chart-prospect">Prospect to chart</label>
              <select id="review-chart-prospect" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">Highest-priority prospects</option>
                {history.rows.map((r) => (
                  <option key={r.prospectId} value={r.prospectId}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ReviewChart xLabels={chart.xLabels} series={chart.series} />
          <ScrollBox label="Likelihood at each review (scrolls sideways)">
            <table className="data-table">
              <caption className="visually-hidden">Likelihood of conversion of each prospect at each review</caption>
              <thead>
                <tr>
                  <th scope="col">Prospect</th>
                  {history.reviews.map((r) => (
                    <th scope="col" key={r.id}>
                      {formatDate(r.date)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {history.rows.slice(0, SHOWN).map((row) => (
                  <tr key={row.prospectId}>
                    <th scope="row">{row.name}</th>
                    {row.values.map((v, i) => (
                      <td key={history.reviews[i]?.id ?? i}>{v === null ? 'Not scored' : formatPercent(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {history.rows.length > SHOWN && <p className="pipeline-muted">The first {SHOWN} are shown; the PDF has all {history.rows.length}.</p>}
        </>
      )}

      <h3>Prospects moved through the stages</h3>
      {progress.length === 0 ? (
        <p>When a prospect has two dated stages, it appears here. The assessor needs two prospects moved forward at least twice.</p>
      ) : (
        <ul className="pipeline-progress">
          {progress.slice(0, SHOWN).map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> {p.progress.isProgressed ? '(progressed)' : `(${p.progress.forwardMoves} move forward so far)`}:{' '}
              {p.progress.steps.map((s) => `${s.stageName} on ${formatDate(s.date)}`).join(' → ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
