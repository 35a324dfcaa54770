import { AssessorNeeds as GuidanceQuotes } from '../../ui/AssessorNeeds';
import { RULE_SOURCES, type RuleId } from './guidance';

export { FromTheSpec } from '../../ui/AssessorNeeds';

/** The assessor guidance behind a section's rules, quoted with where it is printed (the shared ui/AssessorNeeds, fed from this plan's rules). */
export function AssessorNeeds({ rules }: { rules: RuleId[] }) {
  return <GuidanceQuotes quotes={rules.map((id) => RULE_SOURCES[id])} />;
}
