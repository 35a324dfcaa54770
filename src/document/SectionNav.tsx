import { Link } from 'wouter';
import type { WorksheetSection } from '../lib/worksheet-definition';

type SectionNavProps = {
  previous?: WorksheetSection;
  next?: WorksheetSection;
  basePath: string;
};

/** Previous / Next between a worksheet's sections, and the way back to its task list. */
export function SectionNav({ previous, next, basePath }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label="Sections">
      {previous ? (
        <Link className="section-nav__previous" to={`${basePath}/${previous.id}`} rel="prev">
          <span aria-hidden="true">← </span>Previous<span className="section-nav__title">: {previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      <Link className="section-nav__tasks" to={basePath}>
        Task list
      </Link>
      {next ? (
        <Link className="button section-nav__next" to={`${basePath}/${next.id}`} rel="next">
          Next<span className="section-nav__title">: {next.title}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <Link className="button section-nav__next" to={`${basePath}/review`}>
          Check your answers
        </Link>
      )}
    </nav>
  );
}
