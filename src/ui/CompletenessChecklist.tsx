import { Link } from 'react-router';
import type { ChecklistItem } from '../lib/evidence-types';

type CompletenessChecklistProps = {
  items: readonly ChecklistItem[];
  /** The address of a section, to link an unmet rule to where it is met. */
  sectionPath?: (sectionId: string) => string;
};

/** The assessor's minimums, each marked in words and by icon so colour is never the only signal. */
export function CompletenessChecklist({ items, sectionPath }: CompletenessChecklistProps) {
  const met = items.filter((i) => i.isMet).length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        What the assessor needs <span className="checklist__count">({met} of {items.length} met)</span>
      </h2>
      <ul>
        {items.map((item) => {
          const where = item.sections?.[0];
          return (
            <li key={item.label} className={item.isMet ? 'checklist__item is-met' : 'checklist__item'}>
              <span className="checklist__mark" aria-hidden="true">
                {item.isMet ? '✓' : '○'}
              </span>
              <span>
                <strong className="checklist__status">{item.isMet ? 'Met' : 'Not yet'}:</strong>{' '}
                {!item.isMet && where && sectionPath ? <Link to={sectionPath(where)}>{item.label}</Link> : item.label}
                {item.detail && !item.isMet && <span className="checklist__detail"> {item.detail}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
