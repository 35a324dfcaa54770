import './good-practice.css';

/** A suggestion beyond the specification's minimum: met or not yet, and why it helps or what to do. */
export type GoodPracticeItem = { label: string; isMet: boolean; detail?: string };

/** Good practice beyond the specification's minimum: suggested, marked in words, and never needed for "complete". */
export function GoodPracticeList({ items }: { items: readonly GoodPracticeItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="good-practice">
      <h3>Good practice (not required by the specification)</h3>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span aria-hidden="true">{item.isMet ? '✓ ' : '○ '}</span>
            {item.label}: <strong>{item.isMet ? 'done' : 'not yet'}</strong>
            {!item.isMet && item.detail ? <span className="good-practice__detail"> {item.detail}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
