import { Link } from 'wouter';
import { worksheetsWithExamples } from '../worksheets/registry';
import { demoExamplePath } from './demo-paths';
import { useDemo } from './demo-store';

/** The class demo's start: every worked example (the worksheets', and the workbooks' that have one), ready to open and change live. */
export function DemoHomePage() {
  const edits = useDemo((s) => s.edits);
  return (
    <>
      <h1>Class demo: the worked examples</h1>
      <p className="lead">
        Open any worked example and change it in front of the class. Changes last while this tab is open, and{' '}
        <strong>Reset all examples</strong> in the bar above brings every one back as it was. No learner’s work or details
        are shown here, and a PDF exported here is marked as a worked example.
      </p>
      <ul className="card-grid">
        {worksheetsWithExamples.map(({ meta }) => (
          <li key={meta.id} className="card">
            <h2>{meta.title}</h2>
            <p className="card__unit">
              Unit {meta.unit.code}: {meta.unit.title}
            </p>
            <p>{meta.summary}</p>
            {edits[meta.id] && <p className="demo-changed">✎ Changed in this demo</p>}
            <Link className="button button--primary" to={demoExamplePath(meta.id)}>
              Open the worked example<span className="visually-hidden"> of the {meta.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
