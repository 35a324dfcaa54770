import type { ChecklistItem } from '../lib/evidence-types';
import { goodPracticeText } from '../lib/good-practice';

/** Good-practice advice for one section, met or not yet, always marked as beyond what the specification asks. */
export function GoodPracticeNotes({ items, section, className }: { items: readonly ChecklistItem[]; section: string; className?: string }) {
  const shown = items.filter((item) => item.sections?.includes(section));
  if (!shown.length) return null;
  return (
    <aside className={`notice notice--info${className ? ` ${className}` : ''}`} aria-label="Good practice">
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
