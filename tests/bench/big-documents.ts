/**
 * The large documents the typing benchmark types into, grown from the worked examples and checked
 * by each worksheet's own model, then wrapped as a backup file a learner could restore on /backup.
 * Loaded by bench.mjs through Vite (it is TypeScript); not part of the app.
 */
import { buildBackup, parseBackupText } from '../../src/storage/backup';
import { summarise } from '../../src/lib/completeness';
import type { WorksheetModel } from '../../src/lib/worksheet-definition';
import type { StoredDocument } from '../../src/storage/store-schema';
import { pipelineModel } from '../../src/worksheets/pipeline/definition';
import type { PipelineData, Prospect } from '../../src/worksheets/pipeline/model';
import { decisionMatrixModel } from '../../src/worksheets/decision-matrix/definition';
import { cellKey, type DecisionData } from '../../src/worksheets/decision-matrix/model';

export const BIG_PIPELINE_NAME = 'Benchmark: 500 prospects';
export const BIG_MATRIX_NAME = 'Benchmark: ten-by-ten decision matrix';

/** The pipeline worked example with its six prospects repeated to `count`, each review covering every copy. */
export function bigPipeline(count = 500): PipelineData {
  const { data } = pipelineModel.createExample();
  const originals = data.prospects;
  const copyOf = (i: number): Prospect => {
    const source = originals[i % originals.length]!;
    return i < originals.length ? source : { ...source, id: `bench-prospect-${i + 1}`, name: `${source.name} (branch ${i + 1})` };
  };
  const prospects = Array.from({ length: count }, (_, i) => copyOf(i));
  const reviews = data.reviews.map((review) => ({
    ...review,
    entries: prospects.flatMap((p, i) => {
      const entry = review.entries.find((e) => e.prospectId === originals[i % originals.length]!.id);
      return entry ? [{ ...entry, prospectId: p.id }] : [];
    }),
  }));
  return checked(pipelineModel, { ...data, prospects, reviews });
}

/** The decision-matrix worked example widened to `size` options by `size` criteria, every cell scored with a note. */
export function bigDecisionMatrix(size = 10): DecisionData {
  const { data } = decisionMatrixModel.createExample();
  const options = Array.from({ length: size }, (_, i) => {
    const source = data.options[i % data.options.length]!;
    return i < data.options.length ? source : { ...source, id: `bench-option-${i + 1}`, name: `${source.name} (variant ${i + 1})` };
  });
  const criteria = Array.from({ length: size }, (_, j) => {
    const source = data.criteria[j % data.criteria.length]!;
    return j < data.criteria.length ? source : { ...source, id: `bench-criterion-${j + 1}`, name: `${source.name} (also ${j + 1})` };
  });
  const cells: DecisionData['cells'] = {};
  options.forEach((option, i) =>
    criteria.forEach((criterion, j) => {
      const source = data.cells[cellKey(data.options[i % data.options.length]!.id, data.criteria[j % data.criteria.length]!.id)]!;
      cells[cellKey(option.id, criterion.id)] = { ...source };
    }),
  );
  return checked(decisionMatrixModel, { ...data, options, criteria, cells });
}

/** Data as the worksheet's own model reads it back; anything it refuses stops the benchmark. */
function checked<T>(model: WorksheetModel<T>, data: T): T {
  const parsed = model.parse(data, model.schemaVersion);
  if (!parsed.ok) throw new Error(`The benchmark document is not valid: ${parsed.reason}`);
  return parsed.data;
}

/** A backup file holding both big documents, refused by nothing the restore page checks. */
export async function bigDocumentsBackupText(exportedAt = new Date().toISOString()): Promise<string> {
  const asStored = <T>(worksheetId: string, name: string, model: WorksheetModel<T>, data: T): StoredDocument => ({
    id: worksheetId,
    worksheetId,
    name,
    createdAt: exportedAt,
    updatedAt: exportedAt,
    schemaVersion: model.schemaVersion,
    data,
    summary: summarise(model.completeness(data)),
  });
  const text = JSON.stringify(
    buildBackup(
      [
        asStored('pipeline', BIG_PIPELINE_NAME, pipelineModel, bigPipeline()),
        asStored('decision-matrix', BIG_MATRIX_NAME, decisionMatrixModel, bigDecisionMatrix()),
      ],
      exportedAt,
    ),
  );
  const models: Record<string, WorksheetModel<unknown>> = {
    pipeline: pipelineModel,
    'decision-matrix': decisionMatrixModel,
  };
  const restored = await parseBackupText(text, (id) => Promise.resolve(models[id]));
  if (!restored.ok) throw new Error(`The benchmark backup would be refused: ${restored.reason}`);
  return text;
}
