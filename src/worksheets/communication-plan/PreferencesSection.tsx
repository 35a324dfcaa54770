import { useWatch } from 'react-hook-form';
import { SelectField, TextArea } from '../../ui/fields';
import { AssessorNeeds } from './AssessorNeeds';
import type { FormProps } from './form-types';
import { PREFERENCES_PROMPT } from './guidance';
import { TEXT_LIMITS } from './model';
import { PREFERENCE_SCALES, preferenceProfile, ratingLabel, SELF_RATING_INTRO } from './self-rating';

const ratingValue = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

/** AC 3.3: the toolkit's self-rating, what it shows, and the areas to improve. */
export function PreferencesSection({ control, register }: Omit<FormProps, 'getValues'>) {
  const ratings = useWatch({ control, name: 'preferences.ratings' }) ?? [];
  const profile = preferenceProfile(ratings);
  return (
    <section aria-labelledby="preferences-heading" className="panel">
      <h2 id="preferences-heading">Your communication preferences (AC 3.3)</h2>
      <p>{PREFERENCES_PROMPT}</p>
      <AssessorNeeds rules={['preferences']} />
      <fieldset className="force">
        <legend>Self-rating: which way do you lean?</legend>
        <p className="field__hint">{SELF_RATING_INTRO}</p>
        {PREFERENCE_SCALES.map((scale, index) => (
          <SelectField
            key={scale.id}
            label={`${index + 1}. ${scale.first}, or ${scale.second.charAt(0).toLowerCase()}${scale.second.slice(1)}?`}
            options={[{ value: '', label: 'Choose' }, ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: `${rating}: ${ratingLabel(scale, rating)}` }))]}
            {...register(`preferences.ratings.${index}`, { setValueAs: ratingValue })}
          />
        ))}
      </fieldset>
      <p className="profile-result" role="status">
        {profile.rated < profile.total
          ? `${profile.rated} of ${profile.total} pairs rated.`
          : profile.strong.length
            ? `All ${profile.total} pairs rated. Your strongest preferences: ${profile.strong.map((lean) => lean.label.replace(/^Strongly: /, '').toLowerCase()).join('; ')}.`
            : `All ${profile.total} pairs rated, with no strong lean either way.`}
      </p>
      {profile.strong.length > 0 && (
        <>
          <p>Where a strong preference may need you to adapt:</p>
          <ul className="profile-watch">
            {profile.strong.map((lean) => (
              <li key={lean.scale.id}>
                <strong>{lean.label}.</strong> {lean.watchFor}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-grid">
        <TextArea
          label="What your ratings show about how you communicate"
          hint="With colleagues and with customers: what works well, and where it can go wrong. Add any feedback you have had."
          rows={5}
          className="form-grid__wide"
          maxLength={TEXT_LIMITS.answer}
          {...register('preferences.analysis')}
        />
        <TextArea label="Areas to improve" hint="The two or three areas where changing how you communicate would help most." rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.answer} {...register('preferences.improvementAreas')} />
      </div>
    </section>
  );
}
