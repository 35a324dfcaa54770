// @vitest-environment node
/** A class demo's PDF read back with pdftotext: the placeholder learner, and the worked-example mark on every page. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEvidencePdf } from '../pdf/render-pdf';
import { decisionMatrixModel } from '../worksheets/decision-matrix/definition';
import { decisionMatrixExports } from '../worksheets/decision-matrix/exports';
import { decisionMatrixMeta } from '../worksheets/decision-matrix/meta';
import { DEMO_LEARNER, demoEvidence } from './demo-state';
import { PDF_FONTS as fonts } from '../test-support/pdf-fonts';

const workDir = mkdtempSync(join(tmpdir(), 'demo-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function pagesOf(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return text.split('\f').slice(0, count).map((page) => page.replace(/\s+/g, ' '));
}

describe('a class demo PDF', () => {
  it('says on every page that it is a worked example, and names only the example learner', () => {
    const { name, data } = decisionMatrixModel.createExample();
    const evidence = demoEvidence(decisionMatrixMeta, { ...decisionMatrixModel, ...decisionMatrixExports }, name, data, '2026-11-23');
    const file = join(workDir, 'demo.pdf');
    writeFileSync(file, Buffer.from(buildEvidencePdf(evidence, fonts).output('arraybuffer')));
    const pages = pagesOf(file);

    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('WORKED EXAMPLE: NOT A LEARNER’S EVIDENCE');
    expect(pages[0]).toContain('Worked example for a class demonstration. This is not a learner’s evidence');
    expect(pages[0]).toContain(`Learner ${DEMO_LEARNER.name}`);
    for (const page of pages) expect(page).toContain(`Learner: ${DEMO_LEARNER.name}`);
  });

  it('carries no mark when it is a learner’s own evidence', () => {
    const { name, data } = decisionMatrixModel.createExample();
    const evidence = demoEvidence(decisionMatrixMeta, { ...decisionMatrixModel, ...decisionMatrixExports }, name, data, '2026-11-23');
    const file = join(workDir, 'learner.pdf');
    writeFileSync(file, Buffer.from(buildEvidencePdf({ ...evidence, workedExampleNotice: undefined }, fonts).output('arraybuffer')));
    expect(pagesOf(file).join(' ')).not.toMatch(/WORKED EXAMPLE|class demonstration\. This/);
  });
});
