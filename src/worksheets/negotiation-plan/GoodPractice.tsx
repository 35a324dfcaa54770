import { useWatch } from 'react-hook-form';
import { negotiationPlanGoodPractice } from './completeness';
import type { FormProps } from './form';
import { NegotiationPlanSchema } from './model';

/** Good-practice advice for a section, met or not yet, always marked as beyond what the specification asks. */
export function GoodPractice({ control, section }: Pick<FormProps, 'control'> & { section: string }) {
  const values = useWatch({ control });
  const parsed = NegotiationPlanSchema.safeParse(values);
  if (!parsed.success) return null;
  const shown = negotiationPlanGoodPractice(parsed.data).filter((item) => item.sections?.includes(section));
  if (!shown.length) return null;
  return (
    <aside className="notice notice--info negotiation-good-practice" aria-label="Good practice">
      <p>
        <strong>Good practice</strong> (beyond the specification: not needed to complete this worksheet)
      </p>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={item.label}>
            <span aria-hidden="true">{item.isMet ? '✓ ' : '○ '}</span>
            {item.label.replace(/^Good practice: /, '')}
            {item.isMet ? ' (done)' : `: ${item.detail ?? ''}`}
          </li>
        ))}
      </ul>
    </aside>
  );
}
