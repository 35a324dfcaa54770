import { Link, useLocation } from 'wouter';
import type { WorksheetDefinition } from '../lib/worksheet-definition';
import { createWorksheetDocument } from './create-document';
import { DocumentList } from './DocumentList';
import { interactiveWorksheets, workbooks } from '../worksheets/registry';
import { hasWorkedExample } from '../lib/worksheet-definition';
import { CriteriaList } from '../ui/CriteriaList';

function WorksheetCard({ worksheet }: { worksheet: WorksheetDefinition }) {
  const [, navigate] = useLocation();
  const { meta } = worksheet;
  const open = async (from: 'blank' | 'example') => {
    const id = await createWorksheetDocument(worksheet, from);
    navigate(`/documents/${id}`);
  };
  return (
    <li className="card">
      <h3>{meta.title}</h3>
      <p className="card__unit">
        Unit {meta.unit.code}: {meta.unit.title}
      </p>
      <p>{meta.summary}</p>
      <details>
        <summary>Assessment criteria it evidences</summary>
        <CriteriaList meta={meta} />
        {meta.alsoSupports && <p>Also supports: {meta.alsoSupports}.</p>}
      </details>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void open('blank')}>
          Start a new {meta.title}
        </button>
        <button type="button" className="button" onClick={() => void open('example')}>
          Open the worked example<span className="visually-hidden"> of the {meta.title}</span>
        </button>
      </div>
    </li>
  );
}

/** The 27 unit workbooks as a short list, not 27 cards: each unit's link, and the worked examples there are. */
function WorkbookLinks() {
  const withExamples = workbooks.filter((w) => hasWorkedExample(w.meta));
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
          <span key={w.meta.id}>
            {index > 0 && ', '}
            <Link to={`/workbooks/${w.meta.unit.code}/example`}>
              {w.meta.unit.code} {w.meta.unit.title}
              <span className="visually-hidden"> (worked example)</span>
            </Link>
          </span>
        ))}
        .
      </p>
      <details>
        <summary>Open the workbook of a unit ({workbooks.length} units)</summary>
        <ul className="workbook-links">
          {workbooks.map((w) => (
            <li key={w.meta.id}>
              <Link to={`/workbooks/${w.meta.unit.code}`}>
                {w.meta.unit.code} {w.meta.unit.title}
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
          {interactiveWorksheets.map((w) => (
            <WorksheetCard key={w.meta.id} worksheet={w} />
          ))}
        </ul>
      </section>
      <WorkbookLinks />
    </>
  );
}
