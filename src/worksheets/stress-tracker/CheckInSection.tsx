import { useCallback, useState } from 'react';
import { newId } from '../../lib/ids';
import { formatDate, formatDayMonth, formatWeekdayDate } from '../../lib/dates';
import { compareFirstAndLastWeeks, coverage, draftFrom, type CheckInDraft, formatScore, showsSustainedHighStress, sortedCheckIns, techniqueMonth, trackingPeriod, type WeekSummary } from './calculations';
import { CalendarView } from './CalendarView';
import { questionnaireMarks, ratingChartRows } from './chart-data';
import { CheckInForm } from './CheckInForm';
import { SIGNPOST } from './guidance';
import { chosenTechnique, RATING_MAX, type CheckIn, type StressData } from './model';
import { ZONE_LABELS } from './labels';
import { ScrollBox } from '../../ui/ScrollBox';
import { lazyChart } from '../../ui/lazy-chart';

const RatingsChart = lazyChart(async () => (await import('./RatingsChart')).RatingsChart);

type Props = { documentId: string; data: StressData; today: string; onCheckInsChange(checkIns: CheckIn[]): void };

/**
 * What the quick form holds but has not saved, per document: a new check-in not yet logged, and
 * changes to a logged one being edited. Kept outside React because this section unmounts while the
 * learner is on another section, and the page remounts when another tab saves the same document;
 * neither may wipe what was being typed.
 */
const unloggedDrafts = new Map<string, CheckInDraft>();
const unsavedEdits = new Map<string, { checkIn: CheckIn; draft: CheckInDraft }>();

/** The check-in the learner was editing when this section last unmounted, if it still exists. */
function resumedEdit(documentId: string, checkIns: readonly CheckIn[]): CheckIn | null {
  const unsaved = unsavedEdits.get(documentId);
  return (unsaved && checkIns.find((c) => c.id === unsaved.checkIn.id)) ?? null;
}

/** What the quick form starts with: the edit or the new check-in as last typed, or the check-in being edited. */
function startingDraft(documentId: string, editing: CheckIn | null): CheckInDraft | null {
  if (!editing) return unloggedDrafts.get(documentId) ?? null;
  const unsaved = unsavedEdits.get(documentId);
  return unsaved?.checkIn.id === editing.id ? unsaved.draft : draftFrom(editing);
}

const weekCells = (week: WeekSummary) => (
  <>
    <td>
      {formatDayMonth(week.from)} to {formatDayMonth(week.to)}
    </td>
    <td>{week.daysLogged} of 7</td>
    <td>{week.averageRating === null ? 'No ratings' : formatScore(week.averageRating)}</td>
    <td>
      {week.daysTechniqueUsed} days, {week.minutesUsed} minutes
    </td>
  </>
);

/** The daily check-ins: the quick form, the signpost, coverage, the week comparison, the calendar, the chart and the list. */
export function CheckInSection({ documentId, data, today, onCheckInsChange }: Props) {
  const [editing, setEditing] = useState<CheckIn | null>(() => resumedEdit(documentId, data.checkIns));
  // A new key remounts the quick form with the check-in being edited (or a fresh one).
  const [formKey, setFormKey] = useState(0);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const onDraftChange = useCallback(
    (draft: CheckInDraft) => {
      if (editing) unsavedEdits.set(documentId, { checkIn: editing, draft });
      else unloggedDrafts.set(documentId, draft);
    },
    [documentId, editing],
  );
  const technique = chosenTechnique(data);
  const period = trackingPeriod(data, today);
  const covered = coverage(data, today);
  const month = techniqueMonth(data, today);
  const weeks = compareFirstAndLastWeeks(data, today);
  const list = sortedCheckIns(data.checkIns).reverse();

  const stopEditing = () => {
    unsavedEdits.delete(documentId);
    setEditing(null);
    setFormKey((k) => k + 1);
  };

  const save = (checkIn: Omit<CheckIn, 'id'>, replacingId: string | null) => {
    const others = data.checkIns.filter((c) => c.id !== replacingId);
    onCheckInsChange(sortedCheckIns([...others, { ...checkIn, id: replacingId ?? newId() }]));
    if (replacingId) stopEditing();
    else unloggedDrafts.delete(documentId);
  };

  const edit = (checkIn: CheckIn) => {
    // A fresh edit starts from the check-in as logged, not from changes abandoned earlier.
    unsavedEdits.delete(documentId);
    setEditing(checkIn);
    setFormMessage(null);
    setFormKey((k) => k + 1);
  };

  const remove = (checkIn: CheckIn) => {
    if (!window.confirm(`Delete the check-in for ${formatWeekdayDate(checkIn.date)}? This cannot be undone.`)) return;
    onCheckInsChange(data.checkIns.filter((c) => c.id !== checkIn.id));
    if (editing?.id === checkIn.id) stopEditing();
  };

  return (
    <>
      <CheckInForm
        key={formKey}
        checkIns={data.checkIns}
        today={today}
        techniqueName={technique?.name.trim() ?? ''}
        editing={editing}
        initialDraft={startingDraft(documentId, editing)}
        onDraftChange={onDraftChange}
        onSave={save}
        message={formMessage}
        onMessage={setFormMessage}
        onCancelEdit={stopEditing}
      />

      {showsSustainedHighStress(data.checkIns, today) && (
        <section className="notice notice--info signpost" aria-labelledby="signpost-heading">
          <h3 id="signpost-heading">{SIGNPOST.heading}</h3>
          {SIGNPOST.body.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      )}

      <h3>How the month is going</h3>
      {!period || !covered ? (
        <p>Record your baseline date or log your first check-in to see your coverage, calendar and chart.</p>
      ) : (
        <>
          <p className="coverage">
            <strong>{covered.label}</strong> from {formatDate(period.start)} to {formatDate(period.end)}
            {period.isFinished ? ' (baseline to retake).' : ' so far.'}
            {covered.outside > 0 &&
              ` ${covered.outside} ${covered.outside === 1 ? 'check-in is' : 'check-ins are'} outside this period and not counted.`}
          </p>
          {month && (
            <p className="coverage">
              <strong>{month.label}.</strong> L3S2 asks for the technique in your daily activities over at least a month: log
              each day you use it{month.isOver ? '.' : `, until ${formatDate(month.to)}.`}
            </p>
          )}
          {weeks.status === 'ready' ? (
            <ScrollBox label="First and last weeks compared (scrolls sideways)">
              <table className="data-table">
                <caption>First and last weeks compared</caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Days logged</th>
                    <th scope="col">Average daily rating</th>
                    <th scope="col">Technique used</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">First week</th>
                    {weekCells(weeks.first)}
                  </tr>
                  <tr>
                    <th scope="row">Last week</th>
                    {weekCells(weeks.last)}
                  </tr>
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p>{weeks.message}</p>
          )}
          <h4>Calendar of logged and missed days</h4>
          <CalendarView data={data} today={today} />
          <h4>Daily ratings, 7-day average, baseline and retake</h4>
          <RatingsChart rows={ratingChartRows(data, today)} marks={questionnaireMarks(data)} />
        </>
      )}

      {list.length > 0 && (
        <details className="check-in-list">
          <summary>{list.length === 1 ? 'Your check-in, to edit or delete' : `All ${list.length} check-ins (newest first), to edit or delete`}</summary>
          <ScrollBox label="Your check-ins (scrolls sideways)">
            <table className="data-table">
              <caption className="visually-hidden">Your check-ins</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Zone</th>
                  <th scope="col">Technique</th>
                  <th scope="col">Note</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>{formatDate(c.date)}</td>
                    <td>
                      {c.rating} of {RATING_MAX}
                    </td>
                    <td>{ZONE_LABELS[c.zone]}</td>
                    <td>{c.usedTechnique ? `Yes, ${c.minutes ?? 0} min` : 'No'}</td>
                    <td>{c.note}</td>
                    <td>
                      <button type="button" className="button button--quiet" onClick={() => edit(c)}>
                        Edit<span className="visually-hidden"> the check-in for {formatDate(c.date)}</span>
                      </button>{' '}
                      <button type="button" className="button button--quiet" onClick={() => remove(c)}>
                        Delete<span className="visually-hidden"> the check-in for {formatDate(c.date)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </details>
      )}
    </>
  );
}
