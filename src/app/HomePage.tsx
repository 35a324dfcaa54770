import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { hasWorkedExample, type CatalogueEntry, type WorksheetMeta } from '../lib/worksheet-definition';
import { startDocument } from './start-document';
import { DocumentList } from './DocumentList';
import { interactiveCatalogue, workbookCatalogue } from '../worksheets/catalogue';
import { CriteriaList } from '../ui/CriteriaList';

/**
 * A worksheet's AC in the spec's words, from its meta in the registry: loaded when the learner
 * reaches for the list (points at it, tabs to it or opens it), not with the home page, whose first
 * load then carries no unit outline.
 */
function useMetaOnDemand(worksheetId: string) {
  const [meta, setMeta] = useState<WorksheetMeta | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const load = () => {
    if (meta) return;
    setHasFailed(false);
    void import('../worksheets/registry').then(
      ({ findWorksheet }) => setMeta(findWorksheet(worksheetId)?.meta ?? null),
      () => setHasFailed(true),
    );
  };
  return { meta, hasFailed, load };
}

function WorksheetCard({ entry }: { entry: CatalogueEntry }) {
  const [, navigate] = useLocation();
  const criteria = useMetaOnDemand(entry.id);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const open = async (from: 'blank' | 'example') => {
    setOpenProblem(null);
    try {
      navigate(`/documents/${await startDocument(entry.id, from)}`);
    } catch {
      setOpenProblem(`The ${entry.title} could not be opened. Check your connection and reload the page.`);
    }
  };
  return (
    <li className="card">
      <h3>{entry.title}</h3>
      <p className="card__unit">
        Unit {entry.unit.code}: {entry.unit.title}
      </p>
      <p>{entry.summary}</p>
      <details onToggle={(event) => event.currentTarget.open && criteria.load()}>
        <summary onPointerEnter={criteria.load} onFocus={criteria.load}>
          Assessment criteria it evidences
        </summary>
        {criteria.meta ? (
          <CriteriaList meta={criteria.meta} />
        ) : (
          <p role="status">{criteria.hasFailed ? 'The assessment criteria could not be loaded. Check your connection and reload the page.' : 'Loading…'}</p>
        )}
        {entry.alsoSupports && <p>Also supports: {entry.alsoSupports}.</p>}
      </details>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void open('blank')}>
          Start a new {entry.title}
        </button>
        <button type="button" className="button" onClick={() => void open('example')}>
          Open the worked example<span className="visually-hidden"> of the {entry.title}</span>
        </button>
      </div>
      {openProblem && (
        <div className="notice notice--error" role="alert">
          <p>{openProblem}</p>
        </div>
      )}
    </li>
  );
}

/** The 27 unit workbooks as a short list, not 27 cards: each unit's link, and the worked examples there are. */
function WorkbookLinks() {
  const withExamples = workbookCatalogue.filter(hasWorkedExample);
  return (
    <section aria-labelledby="workbooks-heading">
      <h2 id="workbooks-heading">Unit workbooks</h2>
      <p>
        A guided workbook for every unit of the qualification: each assessment criterion in the specification’s words, the unit’s
        indicative content and assessor guidance as prompts, and your worksheet documents as evidence where they fit. See how far each
        unit has got on <Link to="/units">your units</Link>.
      </p>
      <p>
        Worked examples:{' '}
        {withExamples.map((w, index) => (
          <span key={w.id}>
            {index > 0 && ', '}
            <Link to={`/workbooks/${w.unit.code}/example`}>
              {w.unit.code} {w.unit.title}
              <span className="visually-hidden"> (worked example)</span>
            </Link>
          </span>
        ))}
        .
      </p>
      <details>
        <summary>Open the workbook of a unit ({workbookCatalogue.length} units)</summary>
        <ul className="workbook-links">
          {workbookCatalogue.map((w) => (
            <li key={w.id}>
              <Link to={`/workbooks/${w.unit.code}`}>
                {w.unit.code} {w.unit.title}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function HomePage() {
  return (
    <>
      <h1>Your coursework worksheets</h1>
      <p className="lead">
        Guided worksheets for the ISP Level 3 Qualifications in Professional Sales. Each one checks your work against
        what your assessor needs and exports a PDF for your portfolio of evidence.
      </p>
      <p className="demo-entry">
        Teaching a class? <Link to="/demo">Open the class demo</Link>: large type for a projector, the worked examples
        only, and nothing saved to anyone’s work. Given a worksheet file by your tutor?{' '}
        <Link to="/open">Open a shared worksheet</Link>.
      </p>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Your documents</h2>
        <DocumentList showing="own" />
      </section>
      <section aria-labelledby="examples-heading">
        <h2 id="examples-heading">Worked examples</h2>
        <p>
          Finished examples to look at and learn from. Rewrite one and it becomes your own document; until then its PDF
          says on every page that it is a worked example.
        </p>
        <DocumentList showing="examples" />
      </section>
      <section aria-labelledby="worksheets-heading">
        <h2 id="worksheets-heading">Worksheets</h2>
        <ul className="card-grid">
          {interactiveCatalogue.map((entry) => (
            <WorksheetCard key={entry.id} entry={entry} />
          ))}
        </ul>
      </section>
      <WorkbookLinks />
    </>
  );
}
