import type { GoodPractice } from './good-practice';

/** Good practice beyond the specification's minimum: suggested, marked in words, and never needed for "complete". */
export function GoodPracticeList({ items }: { items: GoodPractice[] }) {
  if (items.length === 0) return null;
  return (
    <div className="good-practice">
      <h3>Good practice (not required by the specification)</h3>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span aria-hidden="true">{item.isMet ? '✓ ' : '○ '}</span>
            {item.label}: <strong>{item.isMet ? 'done' : 'not yet'}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
