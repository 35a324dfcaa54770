import type { WorksheetMeta } from '../lib/worksheet-definition';

/** "L3B2 2.1", or the criterion's own code when it already names its unit (worksheets spanning several units). */
export const criterionCode = (unitCode: string, code: string) => (/^[A-Z]\d[A-Z]\d/.test(code) ? code : `${unitCode} ${code}`);

/** The assessment criteria a worksheet evidences, each with its unit and wording. */
export function CriteriaList({ meta }: { meta: WorksheetMeta }) {
  return (
    <ul>
      {meta.criteria.map((c) => (
        <li key={c.code}>
          <strong>{criterionCode(meta.unit.code, c.code)}</strong> {c.text}
        </li>
      ))}
    </ul>
  );
}
