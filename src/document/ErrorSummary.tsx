import { forwardRef } from 'react';
import { Link } from 'wouter';
import type { CheckToShow } from '../lib/sections';
import type { ShownFieldError } from '../ui/field-errors';
import { focusFieldFor, revealAndFocus } from './field-focus';

type ErrorSummaryProps = {
  fieldErrors: readonly ShownFieldError[];
  checks: readonly CheckToShow[];
  sectionPath(sectionId: string): string;
  /** What was checked, for the all-clear: "this section", "your document". */
  checkedWhat: string;
};

/**
 * The GOV.UK error summary, shown when the learner asks to check their work or exports: each
 * field's problem and each rule still to meet, as links to the field or section that fixes it.
 * With nothing to fix, it says so.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { fieldErrors, checks, sectionPath, checkedWhat },
  ref,
) {
  if (fieldErrors.length === 0 && checks.length === 0) {
    return (
      <div ref={ref} tabIndex={-1} className="notice notice--success check-result" role="status">
        <span aria-hidden="true">✓ </span>Nothing to fix in {checkedWhat}: every check is met.
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title" className="error-summary__title">
          There is a problem
        </h2>
        <ul className="error-summary__list">
          {fieldErrors.map((error) => (
            <li key={error.id}>
              <a
                href={`#${error.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  revealAndFocus(document.getElementById(error.id));
                }}
              >
                {error.label}: {error.message}
              </a>
            </li>
          ))}
          {checks.map(({ item, sectionId, isHere }) => (
            <li key={item.label}>
              {isHere || !sectionId ? (
                <a
                  href={item.field ? `#${item.field}` : '#main'}
                  onClick={(event) => {
                    event.preventDefault();
                    focusFieldFor(item.field, document.querySelector('.worksheet-page') ?? document);
                  }}
                >
                  {item.label}
                </a>
              ) : (
                <Link to={sectionPath(sectionId)} state={{ focusField: item.field ?? '' }}>
                  {item.label}
                </Link>
              )}
              {item.detail && <span className="error-summary__detail"> {item.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});
