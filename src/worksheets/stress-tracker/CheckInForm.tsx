import { useEffect, useRef, useState } from 'react';
import { ShowFieldErrors } from '../../ui/field-errors';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { formatWeekdayDate } from '../../lib/dates';
import { emptyDraft, validateCheckIn, type CheckInDraft, type CheckInDraftErrors } from './calculations';
import { ZONE_DESCRIPTIONS } from './guidance';
import { MINUTES_MAX, RATING_MAX, RATING_MIN, TEXT_LIMITS, ZONES, type CheckIn } from './model';

type Props = {
  checkIns: readonly CheckIn[];
  today: string;
  techniqueName: string;
  /** The check-in being edited, or null to add a new one. */
  editing: CheckIn | null;
  initialDraft: CheckInDraft | null;
  onSave(checkIn: Omit<CheckIn, 'id'>, replacingId: string | null): void;
  onCancelEdit(): void;
  /** Kept by the parent, so "Check-in updated" survives the form being reset after an edit. */
  message: string | null;
  onMessage(message: string | null): void;
  /** Every change to what is typed, so it can outlive the form being remounted. */
  onDraftChange(draft: CheckInDraft): void;
};

const ZONE_OPTIONS = [{ value: '', label: 'Choose your zone' }, ...ZONES.map((z) => ({ value: z, label: ZONE_DESCRIPTIONS[z].split(':')[0]! }))];

/**
 * The quick daily check-in: few fields, big targets, the date already today. What is typed stays
 * in the form until it is valid, so a mistake never loses the entry.
 */
export function CheckInForm({ checkIns, today, techniqueName, editing, initialDraft, onSave, onCancelEdit, message, onMessage, onDraftChange }: Props) {
  const [draft, setDraft] = useState<CheckInDraft>(initialDraft ?? emptyDraft(today));
  const [errors, setErrors] = useState<CheckInDraftErrors>({});
  const ratingRef = useRef<HTMLInputElement>(null);
  useEffect(() => onDraftChange(draft), [draft, onDraftChange]);
  const set = <K extends keyof CheckInDraft>(key: K, value: CheckInDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = () => {
    const result = validateCheckIn(draft, checkIns, today, editing?.id);
    if (!result.ok) {
      setErrors(result.errors);
      onMessage('The check-in is not saved yet: please correct the highlighted fields.');
      return;
    }
    setErrors({});
    onMessage(`${editing ? 'Check-in updated' : 'Check-in logged'} for ${formatWeekdayDate(result.checkIn.date)}.`);
    onSave(result.checkIn, editing?.id ?? null);
    setDraft(emptyDraft(today));
    ratingRef.current?.focus();
  };

  return (
    // A draft until logged (data-draft): kept while the page is open, part of the document once logged.
    // Its messages exist only once "Log this check-in" has been pressed, so they show at once.
    <ShowFieldErrors isShown>
      <div className="check-in-form" role="group" aria-labelledby="check-in-form-heading" data-draft="">
        <h3 id="check-in-form-heading">{editing ? `Edit the check-in for ${formatWeekdayDate(editing.date)}` : 'Log a check-in'}</h3>
        {/* Enter (or a phone's "Go" key) in a one-line field logs the check-in. */}
        <div
          className="check-in-form__grid"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') {
              e.preventDefault();
              save();
            }
          }}
        >
          <TextField label="Date" name="check-in-date" type="date" max={today} value={draft.date} error={errors.date} onChange={(e) => set('date', e.target.value)} />
          <TextField
            ref={ratingRef}
            autoFocus={editing !== null}
            label={`Stress rating (${RATING_MIN}–${RATING_MAX})`}
            name="check-in-rating"
            hint={`${RATING_MIN} = no stress, ${RATING_MAX} = the most stressed.`}
            inputMode="numeric"
            autoComplete="off"
            maxLength={3}
            value={draft.rating}
            error={errors.rating}
            onChange={(e) => set('rating', e.target.value)}
          />
          <SelectField
            label="Zone on the stress continuum"
            name="check-in-zone"
            options={ZONE_OPTIONS}
            value={draft.zone}
            error={errors.zone}
            onChange={(e) => set('zone', e.target.value as CheckInDraft['zone'])}
          />
          <div className="check-in-form__technique">
            <div className="checkbox">
              <input
                id="check-in-used"
                name="check-in-used"
                type="checkbox"
                checked={draft.usedTechnique}
                onChange={(e) => set('usedTechnique', e.target.checked)}
              />
              <label htmlFor="check-in-used">I used my technique{techniqueName ? ` (${techniqueName})` : ''}</label>
            </div>
            {draft.usedTechnique && (
              <TextField
                label="Minutes spent on it"
                name="check-in-minutes"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                hint={`1 to ${MINUTES_MAX}.`}
                value={draft.minutes}
                error={errors.minutes}
                onChange={(e) => set('minutes', e.target.value)}
              />
            )}
          </div>
          <TextArea
            label="Note (optional, private unless you choose to print notes)"
            name="check-in-note"
            rows={2}
            className="check-in-form__wide"
            maxLength={TEXT_LIMITS.note}
            value={draft.note}
            error={errors.note}
            onChange={(e) => set('note', e.target.value)}
          />
        </div>
        <details className="zone-guide">
          <summary>What the four zones mean</summary>
          <ul>
            {ZONES.map((z) => (
              <li key={z}>{ZONE_DESCRIPTIONS[z]}</li>
            ))}
          </ul>
        </details>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={save}>
            {editing ? 'Save changes to this check-in' : 'Log this check-in'}
          </button>
          {editing && (
            <button type="button" className="button" onClick={onCancelEdit}>
              Cancel editing
            </button>
          )}
        </div>
        <p role="status" className="check-in-form__message">
          {message}
        </p>
      </div>
    </ShowFieldErrors>
  );
}
