import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { findWorksheet, interactiveWorksheets } from '../worksheets/registry';
import { criteriaEvidencedBy, unitsServedBy } from '../lib/worksheet-evidence';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { startOneTaskEach } from '../lib/one-task-each';
import type { CriterionProgress } from '../lib/worksheet-definition';
import { useDocuments } from '../storage/documents-store';
import { UNIT_STATUSES, type UnitStatus } from '../storage/store-schema';
import { achievedUnits, checkRulesOfCombination, totalCredits } from './rules-of-combination';
import { QUADRANT_LABELS, QUADRANTS, UNITS, type Unit } from './units';
import { ScrollBox } from '../ui/ScrollBox';
import { combineProgress, progressInWords } from './workbook-progress';

const STATUS_LABELS: Record<UnitStatus | '', string> = {
  '': 'Not started',
  planned: 'Planned',
  'in-progress': 'In progress',
  achieved: 'Achieved',
};

/**
 * The toolkit's worksheets that give evidence for a unit (the units of the AC they claim, and those
 * they name as also supported), each with the unit's AC it serves: "Relationship log (AC 1.1, 1.2)".
 */
function worksheetsFor(unit: Unit): string[] {
  return interactiveWorksheets
    .filter((w) => unitsServedBy(w.meta).includes(unit.code))
    .map((w) => {
      const codes = criteriaEvidencedBy(w.meta).filter((c) => c.startsWith(`${unit.code} `)).map((c) => c.slice(unit.code.length + 1));
      return codes.length ? `${w.meta.title} (AC ${codes.join(', ')})` : w.meta.title;
    });
}

/**
 * Each AC's progress in the learner's own workbooks, by unit code: each workbook's model (a small
 * chunk of its unit's words) is loaded to read its documents, in the background.
 */
function useWorkbookProgress(): Map<string, Array<Record<string, CriterionProgress>>> {
  const documents = useDocuments((s) => s.documents);
  const [progress, setProgress] = useState(new Map<string, Array<Record<string, CriterionProgress>>>());
  useEffect(() => {
    let isCancelled = false;
    const own = documents.filter((d) => d.worksheetId.startsWith('workbook-') && !isWorkedExampleDocument(d));
    // One workbook's model a task: started together, their chunks' preloads block the page (one-task-each.ts).
    void startOneTaskEach(own, async (document) => {
      const workbook = findWorksheet(document.worksheetId);
      if (!workbook) return null;
      const model = await workbook.loadModel();
      const parsed = model.parse(document.data, document.schemaVersion);
      return parsed.ok && model.criterionProgress ? ([workbook.meta.unit.code, model.criterionProgress(parsed.data)] as const) : null;
    }).then(
      (entries) => {
        if (isCancelled) return;
        const byUnit = new Map<string, Array<Record<string, CriterionProgress>>>();
        for (const entry of entries) if (entry) byUnit.set(entry[0], [...(byUnit.get(entry[0]) ?? []), entry[1]]);
        setProgress(byUnit);
      },
      () => undefined, // The counts stay as they were; each workbook still opens from its link.
    );
    return () => {
      isCancelled = true;
    };
  }, [documents]);
  return progress;
}

/** Every unit of the qualification; the learner marks each, and the rules of combination say what that adds up to. */
export function AchievementPage() {
  const unitStatuses = useDocuments((s) => s.unitStatuses);
  const setUnitStatus = useDocuments((s) => s.setUnitStatus);
  const achievedCodes = useMemo(
    () => Object.entries(unitStatuses).filter(([, status]) => status === 'achieved').map(([code]) => code),
    [unitStatuses],
  );
  const achieved = achievedUnits(achievedCodes);
  const checks = checkRulesOfCombination(achievedCodes);
  const workbookProgress = useWorkbookProgress();

  return (
    <>
      <h1>Your units and qualifications</h1>
      <p className="lead">
        Mark each unit as planned, in progress or achieved. The toolkit adds up your credits and checks the rules of
        combination for the Certificate, the Diploma and the Apprenticeship Diploma.
      </p>

      <section className="panel" aria-labelledby="qualifications-heading">
        <h2 id="qualifications-heading">What your achieved units add up to</h2>
        <p>
          Achieved: {achieved.length} unit{achieved.length === 1 ? '' : 's'}, {totalCredits(achieved)} credits (
          {QUADRANTS.map((q) => `${QUADRANT_LABELS[q]} ${achieved.filter((u) => u.quadrant === q).length}`).join(', ')}).
        </p>
        <ul className="qualification-checks">
          {checks.map((check) => (
            <li key={check.id}>
              <strong>
                {check.isMet ? '✓ Rules met: ' : 'Not yet: '}
                {check.title}
              </strong>
              {check.missing.length > 0 && <span> Still needed: {check.missing.join('; ')}.</span>}
              {check.notes.map((note) => (
                <span key={note}> {note}</span>
              ))}
            </li>
          ))}
        </ul>
        <p>
          <Link to="/units/log">The qualification achievement log</Link>: every unit with its evidence, credits and the
          assessor’s declaration, as a PDF to sign or a CSV.
        </p>
        <p className="field__hint">
          Your centre and the ISP confirm the award; this check follows the specification’s rules of combination
          (Certificate: at least 13 credits, at most 36 counted, two Business, two Core and one Leadership or Self unit;
          Diploma: at least 37 credits, three Business, four Core, one Leadership and two Self units; Apprenticeship
          Diploma: the eleven prescribed units, 40 credits).
        </p>
      </section>

      {QUADRANTS.map((quadrant) => (
        <section key={quadrant} className="panel" aria-labelledby={`quadrant-${quadrant}`}>
          <h2 id={`quadrant-${quadrant}`}>{QUADRANT_LABELS[quadrant]} units</h2>
          <ScrollBox label={`${QUADRANT_LABELS[quadrant]} units (scrolls sideways)`}>
            <table className="data-table">
              {/* Status and the workbook come first, so on a phone they are on screen without scrolling sideways. */}
              <caption className="visually-hidden">{QUADRANT_LABELS[quadrant]} units, your status and their size</caption>
              <thead>
                <tr>
                  <th scope="col">Unit</th>
                  <th scope="col">Your status</th>
                  <th scope="col">Workbook: the unit’s AC</th>
                  <th scope="col">Level</th>
                  <th scope="col">Credits</th>
                  <th scope="col">GLH</th>
                  <th scope="col">Worksheets in this toolkit</th>
                </tr>
              </thead>
              <tbody>
                {UNITS.filter((u) => u.quadrant === quadrant).map((unit) => (
                  <tr key={unit.code}>
                    <th scope="row">
                      {unit.code} {unit.title}
                    </th>
                    <td>
                      <select
                        aria-label={`Your status for ${unit.code} ${unit.title}`}
                        value={unitStatuses[unit.code] ?? ''}
                        onChange={(event) => setUnitStatus(unit.code, (event.target.value || null) as UnitStatus | null)}
                      >
                        {(['', ...UNIT_STATUSES] as const).map((status) => (
                          <option key={status} value={status}>
                            {STATUS_LABELS[status]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <Link to={`/workbooks/${unit.code}`}>
                        Open the {unit.code} workbook
                      </Link>
                      <br />
                      <Link to={`/units/${unit.code}/log`}>Achievement log for {unit.code}</Link>
                      <p className="field__hint">{progressInWords(combineProgress(findWorksheet(`workbook-${unit.code}`)?.meta.criteria.map((c) => c.code) ?? [], workbookProgress.get(unit.code) ?? []))}</p>
                    </td>
                    <td>{unit.level}</td>
                    <td>{unit.credit}</td>
                    <td>{unit.glh}</td>
                    <td>{worksheetsFor(unit).join(', ') || '–'}</td>
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
