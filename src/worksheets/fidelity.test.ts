/**
 * The six original worksheets say what the specification says (issue 22): every AC a PDF claims has
 * a section of that PDF labelled with it, and every checklist rule says where it comes from (the
 * spec's assessor guidance, or good practice). Listed by id, so a worksheet still being built is
 * not held to it before its author is ready.
 */
import { describe, expect, it } from 'vitest';
import type { ChecklistItem, PdfBlock } from '../lib/evidence-types';
import { loadExportingModel, type ExportingModel } from '../lib/worksheet-definition';
import { interactiveWorksheets, worksheets } from './registry';
import { createSmartExampleFor } from './smart-objectives/example';
import { CONTEXTS } from './smart-objectives/model';

// Every interactive worksheet, the six this issue audited and each tool since.
const INTERACTIVE = interactiveWorksheets.map((w) => w.meta.id);

/** The AC codes the PDF's headings are labelled with: "… (AC 2.2, 2.3)" gives 2.2 and 2.3. */
export function labelledCriteria(blocks: PdfBlock[]): Set<string> {
  const codes = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    for (const match of block.text.matchAll(/\(AC ([0-9., ]+)\)/g)) for (const code of match[1]!.split(',')) codes.add(code.trim());
    // A heading may also quote the AC with its wording: "Objections to expect: AC 2.1 Prepare to …".
    for (const match of block.text.matchAll(/\bAC (\d+\.\d+)/g)) codes.add(match[1]!);
  }
  return codes;
}

async function documentsOf(id: string): Promise<Array<{ name: string; model: ExportingModel<unknown>; data: unknown }>> {
  const model = await loadExportingModel(worksheets.find((w) => w.meta.id === id)!);
  const example = model.createExample?.();
  if (!example) throw new Error(`${id} has no worked example`);
  if (id !== 'smart-objectives') return [{ name: 'worked example', model, data: example.data }, { name: 'empty', model, data: model.createEmpty() }];
  return CONTEXTS.map((context) => ({ name: context, model, data: createSmartExampleFor(context).data }));
}

describe('the interactive worksheets say what the specification says', () => {
  for (const id of INTERACTIVE) {
    it(`${id}: every AC the PDF claims has a section of the PDF labelled with it`, async () => {
      for (const { name, model, data } of await documentsOf(id)) {
        if (name === 'empty') continue;
        const claimed = (model.evidenceScope?.(data)?.criteria ?? worksheets.find((w) => w.meta.id === id)!.meta.criteria).map((c) => c.code);
        const labelled = labelledCriteria(model.evidenceBlocks(data));
        expect(claimed.filter((code) => !labelled.has(code)), `${id} (${name})`).toEqual([]);
      }
    });

    it(`${id}: the first page's list of AC is not printed again as a list`, async () => {
      for (const { name, model, data } of await documentsOf(id)) {
        const criteria = model.evidenceScope?.(data)?.criteria ?? worksheets.find((w) => w.meta.id === id)!.meta.criteria;
        if (criteria.length < 2) continue;
        // A section may quote the AC it evidences; one block holding every AC's wording is the list again.
        const repeats = model.evidenceBlocks(data).filter((block) => criteria.every((c) => JSON.stringify(block).includes(JSON.stringify(c.text).slice(1, -1))));
        expect(repeats.map((block) => block.kind), `${id} (${name})`).toEqual([]);
      }
    });

    it(`${id}: every rule says where it comes from`, async () => {
      for (const { name, model, data } of await documentsOf(id)) {
        const unsourced = model.completeness(data).filter((item: ChecklistItem) => !item.source?.trim()).map((item) => item.label);
        expect(unsourced, `${id} (${name})`).toEqual([]);
      }
    });
  }
});
