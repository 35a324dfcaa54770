import { useMemo } from 'react';
import { Link } from 'wouter';
import { buildQualificationLog, buildUnitLog, dateInWords, LOG_WORDS } from '../achievement/achievement-log';
import { qualificationLogTable } from '../achievement/log-tables';
import { useLogClaims } from '../achievement/use-log-claims';
import { QUADRANT_LABELS, QUADRANTS } from '../achievement/units';
import { ALL_UNIT_OUTLINES } from '../lib/spec/outlines';
import { useDocuments } from '../storage/documents-store';
import { ScrollBox } from '../ui/ScrollBox';
import { LogDownloads } from './LogDownloads';

/** The qualification's achievement log: every unit, its status and evidence, credits and the rules of combination. */
export function QualificationLogPage() {
  const learner = useDocuments((s) => s.learner);
  const unitStatuses = useDocuments((s) => s.unitStatuses);
  const claims = useLogClaims();
  const log = useMemo(() => {
    if (claims.status !== 'ready') return null;
    return buildQualificationLog(unitStatuses, ALL_UNIT_OUTLINES.map((outline) => buildUnitLog(outline, claims.claims)));
  }, [claims, unitStatuses]);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/units">Units</Link> › Qualification achievement log
      </p>
      <h1>Qualification achievement log</h1>
      <p className="lead">
        Every unit of the qualification, with your status from the Units page and how many of its criteria your evidence completes.
        Optional units you have not taken are marked as such. Your assessor signs each unit and the declaration on the PDF.
      </p>
      {claims.status === 'loading' && <p role="status">Reading your documents…</p>}
      {claims.status === 'failed' && <p className="notice notice--warning">Your documents could not be read. Reload the page to try again.</p>}
      {log && (
        <>
          {QUADRANTS.map((quadrant) => (
            <section key={quadrant} className="panel" aria-labelledby={`log-${quadrant}`}>
              <h2 id={`log-${quadrant}`}>{QUADRANT_LABELS[quadrant]} units</h2>
              <ScrollBox label={`${QUADRANT_LABELS[quadrant]} units in the log (scrolls sideways)`}>
                <table className="data-table">
                  <caption className="visually-hidden">{QUADRANT_LABELS[quadrant]} units: status, evidence, credits and completion date</caption>
                  <thead>
                    <tr>
                      <th scope="col">Unit</th>
                      <th scope="col">Status and evidence</th>
                      <th scope="col">Credits</th>
                      <th scope="col">Completion date</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.rows
                      .filter((row) => row.unit.quadrant === quadrant)
                      .map((row) => (
                        <tr key={row.unit.code}>
                          <th scope="row">
                            <Link to={`/units/${row.unit.code}/log`}>
                              {row.unit.code} {row.unit.title}
                            </Link>
                          </th>
                          <td>{row.note}</td>
                          <td>{row.unit.credit}</td>
                          <td>{dateInWords(row.completedOn) || '–'}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </ScrollBox>
            </section>
          ))}
          <section className="panel" aria-labelledby="rules-heading">
            <h2 id="rules-heading">Credits and the rules of combination</h2>
            <p>Credits of the units you marked achieved: {log.achievedCredits}.</p>
            <ul>
              {log.checks.map((check) => (
                <li key={check.id}>
                  {check.title}: {check.isMet ? 'rules met' : `not yet (${check.missing.join('; ')})`}
                </li>
              ))}
            </ul>
            <p>
              <strong>Assessor declaration</strong> (signed on the PDF): {LOG_WORDS.qualificationAssessorDeclaration}
            </p>
          </section>
          <LogDownloads parts={() => [{ kind: 'qualification', log }]} table={() => qualificationLogTable(log)} learner={learner} fileTitle="Qualification achievement log" />
        </>
      )}
    </>
  );
}
