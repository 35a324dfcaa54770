import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { goodPracticeRules, requiredCount, requiredRules } from '../lib/checklist';
import type { ChecklistItem } from '../lib/evidence-types';

type RuleListProps = {
  items: readonly ChecklistItem[];
  /** The address of a section, to link an unmet rule to where it is met. */
  sectionPath?: (sectionId: string) => string;
  words: { met: string; notMet: string };
};

type CompletenessChecklistProps = Omit<RuleListProps, 'words'> & {
  /** The panel's heading, when it lists only some of the checks (a section's). */
  heading?: string;
  /** Shown after the lists: where the rest of the checks are. */
  children?: ReactNode;
};

function RuleList({ items, sectionPath, words }: RuleListProps) {
  return (
    <ul>
      {items.map((item) => {
        const where = item.sections?.[0];
        return (
          <li key={item.label} className={item.isMet ? 'checklist__item is-met' : 'checklist__item'}>
            <span className="checklist__mark" aria-hidden="true">
              {item.isMet ? '✓' : '○'}
            </span>
            <span>
              <strong className="checklist__status">{item.isMet ? words.met : words.notMet}:</strong>{' '}
              {!item.isMet && where && sectionPath ? <Link to={sectionPath(where)}>{item.label}</Link> : item.label}
              {item.detail && !item.isMet && <span className="checklist__detail"> {item.detail}</span>}
              {item.source && <span className="checklist__detail">From: {item.source}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The assessor's minimums, each marked in words and by icon so colour is never the only signal.
 * Good practice follows under its own heading: shown, never counted towards "complete".
 */
export function CompletenessChecklist({ items, sectionPath, heading = 'What the assessor needs', children }: CompletenessChecklistProps) {
  const { met, total } = requiredCount(items);
  const goodPractice = goodPracticeRules(items);
  const done = goodPractice.filter((i) => i.isMet).length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        {heading} {total > 0 && <span className="checklist__count">({met} of {total} met)</span>}
      </h2>
      {total > 0 ? <RuleList items={requiredRules(items)} sectionPath={sectionPath} words={{ met: 'Met', notMet: 'Not yet' }} /> : <p>The specification sets no check here.</p>}
      {goodPractice.length > 0 && (
        <>
          <h3 id="good-practice-heading">
            Good practice <span className="checklist__count">({done} of {goodPractice.length} done; never needed to complete)</span>
          </h3>
          <RuleList items={goodPractice} sectionPath={sectionPath} words={{ met: 'Done', notMet: 'Not yet' }} />
        </>
      )}
      {children}
    </section>
  );
}
