import { hasText, type Objective } from './model';
import { formatDate, isIsoDate } from '../../lib/dates';

const clean = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[.;,\s]+$/, '');
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/**
 * The objective as one sentence, composed from its parts, e.g. "By 31 March 2027, I will win new
 * solar customers with homeowners in the Leeds territory, taking monthly sales from £18,000 to
 * £22,000 a month. This supports the team's growth target." Empty until "what" is written.
 */
export function composeObjective(objective: Objective): string {
  const { specific, measurable, relevant, timeBound } = objective;
  if (!hasText(specific.what)) return '';
  const lead = isIsoDate(timeBound.deadline) ? `By ${formatDate(timeBound.deadline)}, I will` : 'I will';
  const action = [specific.what, specific.who, specific.where].filter(hasText).map(clean).join(' ');
  const withUnit = (value: string) => (hasText(measurable.unit) ? `${clean(value)} ${clean(measurable.unit)}` : clean(value));
  let measure = '';
  if (hasText(measurable.target)) {
    const metric = hasText(measurable.metric) ? clean(measurable.metric) : 'the measure';
    measure = hasText(measurable.baseline)
      ? `, taking ${metric} from ${withUnit(measurable.baseline)} to ${withUnit(measurable.target)}`
      : `, reaching ${withUnit(measurable.target)} on ${metric}`;
  }
  const relevance = hasText(relevant.link) ? ` This supports ${lowerFirst(clean(relevant.link))}.` : '';
  return `${lead} ${lowerFirst(action)}${measure}.${relevance}`;
}

/** The sentence the learner stands behind: their edit if they made one, else the composed one. */
export const objectiveSentence = (objective: Objective): string =>
  objective.sentence.isEdited ? objective.sentence.text.trim() : composeObjective(objective);
