import { Link } from 'wouter';
import { SECTION_STATUS_LABELS, nextSection, type SectionProgress } from '../lib/sections';
import { listInWords } from '../lib/text-list';

type TaskListProps = {
  progress: readonly SectionProgress[];
  /** The document's address; a section is at `${basePath}/${section id}`. */
  basePath: string;
};

/**
 * The worksheet's sections in order, each with the AC it evidences and its status, and the one
 * obvious next step (GOV.UK "complete multiple tasks"). Status is in words, never colour alone.
 */
export function TaskList({ progress, basePath }: TaskListProps) {
  const next = nextSection(progress);
  return (
    <section aria-labelledby="task-list-heading" className="task-list-panel">
      <h2 id="task-list-heading">Sections</h2>
      <p className="task-list__next">
        {next ? (
          <Link className="button button--primary" to={`${basePath}/${next.section.id}`}>
            {next.status === 'not-started' ? 'Start' : 'Continue'}: {next.section.title}
          </Link>
        ) : (
          <Link className="button button--primary" to={`${basePath}/review`}>
            Check your answers and export
          </Link>
        )}
      </p>
      <ol className="task-list">
        {progress.map(({ section, number, status, met, total, goodPracticeToDo }) => (
          <li key={section.id} className="task-list__item">
            <span className="task-list__name">
              <Link to={`${basePath}/${section.id}`} aria-describedby={`task-status-${section.id}`}>
                {number}. {section.title}
              </Link>
              {section.criteria.length > 0 && <span className="task-list__criteria">AC {listInWords([...section.criteria])}</span>}
              {goodPracticeToDo.length > 0 && (
                <span className="task-list__criteria">
                  Good practice (not required): {goodPracticeToDo.length} to consider
                </span>
              )}
            </span>
            <strong className={`task-list__status task-list__status--${status}`} id={`task-status-${section.id}`}>
              {SECTION_STATUS_LABELS[status]}
              {status === 'in-progress' && (
                <span className="task-list__count">
                  {' '}
                  ({met} of {total} checks met)
                </span>
              )}
            </strong>
          </li>
        ))}
      </ol>
      <p>
        <Link to={`${basePath}/review`}>Check your answers: every section on one page</Link>
      </p>
    </section>
  );
}
