import { useMemo } from 'react';
import { Link, useParams } from 'wouter';
import { buildUnitLog, dateInWords, LOG_WORDS } from '../achievement/achievement-log';
import { unitLogTable } from '../achievement/log-tables';
import { UnitLogTable } from '../achievement/UnitLogTable';
import { useLogClaims } from '../achievement/use-log-claims';
import { outlineOf } from '../lib/spec/outlines';
import { useDocuments } from '../storage/documents-store';
import { LogDownloads } from './LogDownloads';

/** One unit's achievement log: every AC under its LO, achieved or not, where the evidence is and when. */
export function UnitLogPage() {
  const { unitCode = '' } = useParams();
  const outline = outlineOf(unitCode);
  const learner = useDocuments((s) => s.learner);
  const claims = useLogClaims();
  const log = useMemo(() => (outline && claims.status === 'ready' ? buildUnitLog(outline, claims.claims) : null), [outline, claims]);
  if (!outline) {
    return (
      <>
        <h1>Unit not found</h1>
        <p>
          The specification has no unit “{unitCode}”. <Link to="/units">See every unit</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/units">Units</Link> › Achievement log {outline.code}
      </p>
      <h1>
        <span className="heading-caption">Achievement log</span>
        {outline.code} {outline.title}
      </h1>
      <p className="lead">
        Each assessment criterion of the unit, whether your evidence for it is complete, where that evidence is and the date you completed it.
        Your assessor signs and dates each criterion on the PDF.
      </p>
      {claims.status === 'failed' && <p className="notice notice--warning">Your documents could not be read. Reload the page to try again.</p>}
      {claims.status === 'loading' && <p role="status">Reading your documents…</p>}
      {log && (
        <>
          <p className="achievement-log__summary">
            <strong>
              {log.achieved} of {log.total} assessment criteria achieved
            </strong>
            {log.completedOn ? `; unit completed ${dateInWords(log.completedOn)}.` : '.'} An AC is achieved when a complete document or workbook answer of your own claims it;
            a worked example never counts. Set a document’s completion date on its task list.
          </p>
          <UnitLogTable log={log} />
          <section className="panel" aria-labelledby="declarations-heading">
            <h2 id="declarations-heading">Declarations at the end of the unit</h2>
            <p>Once every criterion is completed, you and your assessor sign these on the PDF, each with a comments box:</p>
            <dl className="achievement-log__declarations">
              <dt>Learner declaration</dt>
              <dd>{LOG_WORDS.unitLearnerDeclaration}</dd>
              <dt>Assessor declaration</dt>
              <dd>{LOG_WORDS.unitAssessorDeclaration}</dd>
              <dt>Internal quality assurer</dt>
              <dd>{LOG_WORDS.iqaSampling}</dd>
            </dl>
          </section>
          <LogDownloads parts={() => [{ kind: 'unit', log }]} table={() => unitLogTable(log)} learner={learner} fileTitle={`Achievement log ${outline.code}`} />
        </>
      )}
      <p>
        <Link to="/units/log">The qualification achievement log: every unit</Link>
      </p>
    </>
  );
}
