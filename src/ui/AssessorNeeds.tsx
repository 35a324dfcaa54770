import './assessor-needs.css';

/** A sentence of a unit's assessor guidance and where it is printed, e.g. "L3B1 assessor guidance, LO3 (spec lines 690–691)". */
export type GuidanceQuote = { quote: string; where: string };

/** The assessor guidance behind a section's rules, quoted with where it is printed. */
export function AssessorNeeds({ quotes }: { quotes: readonly GuidanceQuote[] }) {
  return (
    <div className="assessor-needs">
      <h3>What the assessor looks for</h3>
      {quotes.map((source) => (
        <figure key={source.quote} className="assessor-needs__quote">
          <blockquote>“{source.quote}”</blockquote>
          <figcaption>{source.where}</figcaption>
        </figure>
      ))}
    </div>
  );
}

/** The spec's indicative content for a section, quoted, in a fold so it does not lengthen the page. */
export function FromTheSpec({ summary, bullets }: { summary: string; bullets: readonly string[] }) {
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
