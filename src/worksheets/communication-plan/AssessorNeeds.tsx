import { RULE_SOURCES, type RuleId } from './guidance';

/** The assessor guidance behind a section's rules, quoted with where it is printed. */
export function AssessorNeeds({ rules }: { rules: RuleId[] }) {
  return (
    <div className="assessor-needs">
      <h3>What the assessor looks for</h3>
      {rules.map((id) => (
        <figure key={id} className="assessor-needs__quote">
          <blockquote>“{RULE_SOURCES[id].quote}”</blockquote>
          <figcaption>{RULE_SOURCES[id].where}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The spec's indicative content for a section, quoted, in a fold so it does not lengthen the page. */
export function FromTheSpec({ summary, bullets }: { summary: string; bullets: string[] }) {
  return (
    <details className="from-the-spec">
      <summary>{summary}</summary>
      <ul>
        {bullets.map((bullet) => (
          <li key={bullet}>{bullet}</li>
        ))}
      </ul>
    </details>
  );
}
