import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { useDocuments } from '../storage/documents-store';
import { findWorksheet } from '../worksheets/registry';
import { createWorksheetDocument } from './create-document';

/**
 * /workbooks/<unit code>: opens the learner's workbook for the unit, the one changed last, or
 * starts one; /workbooks/<unit code>/example opens its worked example. The Units page and the
 * home page link here, so a workbook is one click away without a card for each of 27 units.
 */
export function OpenWorkbookPage() {
  const { unitCode = '', example } = useParams();
  const [, navigate] = useLocation();
  const workbook = findWorksheet(`workbook-${unitCode}`);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!workbook) return;
    let isCancelled = false;
    const own = useDocuments
      .getState()
      .documents.filter((d) => d.worksheetId === workbook.meta.id && !isWorkedExampleDocument(d))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    const opening = example === 'example' ? createWorksheetDocument(workbook, 'example') : own ? Promise.resolve(own.id) : createWorksheetDocument(workbook, 'blank');
    opening.then(
      (id) => !isCancelled && navigate(`/documents/${id}`, { replace: true }),
      () => !isCancelled && setFailed(true),
    );
    return () => {
      isCancelled = true;
    };
  }, [workbook, example, navigate]);

  if (!workbook || failed) {
    return (
      <>
        <h1>{workbook ? 'This workbook could not be opened' : 'Workbook not found'}</h1>
        <p>
          {workbook ? 'Check your connection and reload the page.' : `There is no unit ${unitCode} in the specification.`}{' '}
          <Link to="/units">See every unit and its workbook</Link>.
        </p>
      </>
    );
  }
  return (
    <p role="status" className="page-loading">
      Opening the {workbook.meta.title}…
    </p>
  );
}
