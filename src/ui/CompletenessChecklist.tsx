import type { ChecklistItem } from '../lib/evidence-types';

/** The assessor's minimums, each marked in words and by icon so colour is never the only signal. */
export function CompletenessChecklist({ items }: { items: ChecklistItem[] }) {
  const met = items.filter((i) => i.isMet).length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        What the assessor needs <span className="checklist__count">({met} of {items.length} met)</span>
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.label} className={item.isMet ? 'checklist__item is-met' : 'checklist__item'}>
            <span className="checklist__mark" aria-hidden="true">
              {item.isMet ? '✓' : '○'}
            </span>
            <span>
              <strong className="checklist__status">{item.isMet ? 'Met' : 'Not yet'}:</strong> {item.label}
              {item.detail && !item.isMet && <span className="checklist__detail"> {item.detail}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
