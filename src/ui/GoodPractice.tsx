import type { ChecklistItem } from '../lib/evidence-types';
import { goodPracticeText } from '../lib/text-list';
import './good-practice.css';

/** Good-practice advice for a section, met or not yet, always marked as beyond what the specification asks. */
export function GoodPractice({ items, section }: { items: readonly ChecklistItem[]; section: string }) {
  const shown = items.filter((item) => item.sections?.includes(section));
  if (!shown.length) return null;
  return (
    <aside className="notice notice--info good-practice-advice" aria-label="Good practice">
      <p>
        <strong>Good practice</strong> (beyond the specification: not needed to complete this worksheet)
      </p>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={item.label}>
            <span aria-hidden="true">{item.isMet ? '✓ ' : '○ '}</span>
            {goodPracticeText(item.label)}
            {item.isMet ? ' (done)' : `: ${item.detail ?? ''}`}
          </li>
        ))}
      </ul>
    </aside>
  );
}
