import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { choiceOptions } from '../../lib/choices';
import { lineWhenWritten, shortText } from '../../lib/text-list';
import { FoldedFieldset } from '../../ui/Fold';
import { DIRECTION_LABELS, INTERNAL_AREA_LABELS, TIME_FRAME_LABELS } from './labels';
import { DIRECTIONS, INTERNAL_AREAS, TEXT_LIMITS, TIME_FRAMES, type ExternalFactor, type InternalForce, type PestleData } from './model';

/**
 * A force whose four answers the unit asks for are written, in one line: the factor, and its
 * direction and ratings where given (good practice), e.g. "Interest rates rise: threat, impact 4, likelihood 3."
 */
export function forceLine(force: InternalForce | ExternalFactor | undefined): string | null {
  if (!force) return null;
  return lineWhenWritten([force.factor, force.evidence, force.impact, force.salesImplication], () => {
    const marks = [
      force.direction ? DIRECTION_LABELS[force.direction].toLowerCase() : '',
      force.impactRating !== null ? `impact ${force.impactRating}` : '',
      force.likelihood !== null ? `likelihood ${force.likelihood}` : '',
    ].filter(Boolean);
    return `${shortText(force.factor)}${marks.length ? `: ${marks.join(', ')}` : ''}.`;
  });
}

const ratingValue = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

const RATING_OPTIONS = [
  { value: '', label: 'Choose 1–5' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

type Props = {
  register: UseFormRegister<PestleData>;
  control: Control<PestleData>;
  list: 'internal' | 'external';
  index: number;
  /** e.g. "Political factor 2", read out as the group's name. */
  title: string;
  onRemove(): void;
};

/** The fields every force has, internal or external: what it is, its impact, its rating and its meaning for sales. */
export function ForceFields({ register, control, list, index, title, onRemove }: Props) {
  const path = `${list}.${index}` as const;
  const force = useWatch({ control, name: path }) as InternalForce | ExternalFactor | undefined;
  return (
    <FoldedFieldset itemId={force?.id ?? path} title={title} buttonName={title.toLowerCase()} line={forceLine(force)}>
      <div className="force__grid">
        {list === 'internal' && (
          <SelectField
            label="Area"
            options={choiceOptions(INTERNAL_AREAS, INTERNAL_AREA_LABELS)}
            {...register(`internal.${index}.heading`)}
          />
        )}
        <TextField label={list === 'internal' ? 'The force' : 'The factor'} className="force__wide" maxLength={TEXT_LIMITS.factor} {...register(`${path}.factor`)} />
        <TextField label="Source or evidence" hint="Where you found it: a report, website, news item or your own workplace." className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.evidence`)} />
        <TextArea label="Its impact on the organisation" className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.impact`)} />
        <SelectField
          label="Opportunity or threat"
          options={choiceOptions(DIRECTIONS, DIRECTION_LABELS, { placeholder: 'Choose' })}
          {...register(`${path}.direction`)}
        />
        <SelectField label="Impact (1–5)" options={RATING_OPTIONS} {...register(`${path}.impactRating`, { setValueAs: ratingValue })} />
        <SelectField label="Likelihood (1–5)" options={RATING_OPTIONS} {...register(`${path}.likelihood`, { setValueAs: ratingValue })} />
        <SelectField
          label="Time frame"
          options={choiceOptions(TIME_FRAMES, TIME_FRAME_LABELS, { placeholder: 'Choose' })}
          {...register(`${path}.timeFrame`)}
        />
        <TextArea label="What it means for sales" className="force__wide" maxLength={TEXT_LIMITS.answer} {...register(`${path}.salesImplication`)} />
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </FoldedFieldset>
  );
}
