import { useWatch } from 'react-hook-form';
import { GoodPracticeNotes } from '../../ui/GoodPracticeNotes';
import { negotiationPlanGoodPractice } from './completeness';
import type { FormProps } from './form';
import { NegotiationPlanSchema } from './model';

/** The good-practice advice for one section, worked out from the answers as they stand. */
export function GoodPractice({ control, section }: Pick<FormProps, 'control'> & { section: string }) {
  const values = useWatch({ control });
  const parsed = NegotiationPlanSchema.safeParse(values);
  return parsed.success ? <GoodPracticeNotes items={negotiationPlanGoodPractice(parsed.data)} section={section} className="negotiation-good-practice" /> : null;
}
