import { LETTER_NAMES, STATUS_WORDS, type LetterFeedback } from './checks';

const MARKS = { smart: '✓', 'needs-work': '!', 'not-started': '○' } as const;

/** One letter's check, in words and by icon, so colour is never the only signal. */
export function LetterFeedbackPanel({ check }: { check: LetterFeedback }) {
  return (
    <div className={`smart-feedback smart-feedback--${check.status}`}>
      <p>
        <span aria-hidden="true">{MARKS[check.status]} </span>
        <span className="smart-feedback__status">
          {LETTER_NAMES[check.letter]}: {STATUS_WORDS[check.status]}
        </span>
        {check.status === 'smart' && check.tips.length === 0 && ' – nothing to change.'}
      </p>
      {(check.problems.length > 0 || check.tips.length > 0) && (
        <ul>
          {check.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {check.tips.map((tip) => (
            <li key={tip} className="smart-feedback__tip">
              Tip: {tip}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
