import { Link } from 'wouter';
import { ScrollBox } from '../ui/ScrollBox';
import { achievedInWords, dateInWords, locationInWords, type UnitLog } from './achievement-log';

/**
 * A unit's log on the page: each learning outcome with its AC, whether achieved, where the evidence
 * is (each place a link to the document) and when it was completed. The assessor signs the PDF.
 */
export function UnitLogTable({ log }: { log: UnitLog }) {
  return (
    <>
      {log.outcomes.map((outcome) => (
        <section key={outcome.number} className="panel" aria-labelledby={`lo-${outcome.number}`}>
          <h2 id={`lo-${outcome.number}`}>
            Learning outcome {outcome.number}: {outcome.text}
          </h2>
          <ScrollBox label={`Learning outcome ${outcome.number}: achievement and evidence (scrolls sideways)`}>
            <table className="data-table achievement-log">
              <caption className="visually-hidden">Each assessment criterion of learning outcome {outcome.number}, whether it is achieved, where the evidence is and when it was completed</caption>
              <thead>
                <tr>
                  <th scope="col">AC</th>
                  <th scope="col">Assessment criterion</th>
                  <th scope="col">Achieved</th>
                  <th scope="col">Location of the evidence</th>
                  <th scope="col">Completion date</th>
                </tr>
              </thead>
              <tbody>
                {outcome.rows.map((row) => (
                  <tr key={row.code} data-ac={row.code}>
                    <th scope="row">{row.code}</th>
                    <td>{row.text}</td>
                    <td data-label="Achieved">
                      <strong>{achievedInWords(row)}</strong>
                    </td>
                    <td data-label="Location of the evidence">
                      {row.locations.length === 0 ? (
                        'No evidence yet'
                      ) : (
                        <ul className="achievement-log__locations">
                          {row.locations.map((location) => (
                            <li key={`${location.kind}-${location.documentId}`}>
                              <Link to={`/documents/${location.documentId}`}>{locationInWords(location, row.code)}</Link>
                              {location.completedOn && <span className="field__hint"> (dated {dateInWords(location.completedOn)})</span>}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label="Completion date">{dateInWords(row.completedOn) || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ))}
    </>
  );
}
