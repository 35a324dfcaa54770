// @vitest-environment node
// Node, not jsdom: the browser's CompressionStream and streams are Node's own here, as in a browser.
import { requiredCount } from '../lib/checklist';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleOf } from '../lib/worksheet-definition';
import { findWorksheet, worksheetsWithExamples } from '../worksheets/registry';
import {
  buildShareLink,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  MAX_FRAGMENT_CHARS,
  MAX_SHARE_LINK_CHARS,
  toBase64Url,
} from './share-link';
import { TEMPLATE_NOTE, type SharedDocument } from './shared-document';

const ORIGIN = 'https://toolkit.example.ac.uk';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
/** A fragment made the way the toolkit makes one, around any JSON text at all. */
const fragmentOfText = async (text: string) => `v1.${toBase64Url(await deflate(new TextEncoder().encode(text)))}`;
const fragmentOf = (value: unknown) => fragmentOfText(JSON.stringify(value));

async function refusal(fragment: string): Promise<string> {
  const result = await decodeShareFragment(fragment, findWorksheet);
  if (result.ok) throw new Error('expected the fragment to be refused');
  expect(result.reason.length).toBeGreaterThan(20);
  expect(result.reason).not.toMatch(/undefined|NaN|Infinity|\[object/);
  return result.reason;
}

async function pestleExample(): Promise<SharedDocument> {
  const model = await findWorksheet('pestle')!.loadModel();
  const { name, data } = exampleOf(model);
  return { worksheetId: 'pestle', name, schemaVersion: model.schemaVersion, data };
}

describe('share links round trip', () => {
  it.each(worksheetsWithExamples.map((w) => [w.meta.id, w] as const))('the %s worked example arrives exactly as it was sent', async (id, worksheet) => {
    const model = await worksheet.loadModel();
    const { name, data } = exampleOf(model);
    const fragment = await encodeShareFragment({ worksheetId: id, name, schemaVersion: model.schemaVersion, data });
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);

    const result = await decodeShareFragment(`#${fragment}`, findWorksheet);
    if (!result.ok) throw new Error(result.reason);
    expect(result.template.document.data).toEqual(data);
    expect(result.template.document.worksheetId).toBe(id);
    expect(result.template.document.schemaVersion).toBe(model.schemaVersion);
    expect(result.template.document.name).toBe(`${name}${TEMPLATE_NOTE}`);
    const checks = model.completeness(data);
    // Only the spec's rules count: good practice is never part of "complete" (issue 22).
    expect(result.template.document.summary).toMatchObject(requiredCount(checks));
    // It arrives still marked as the worked example: every one of its answers unchanged.
    const { workedExample } = result.template.document.summary;
    expect(workedExample?.total).toBeGreaterThan(0);
    expect(workedExample?.unchanged).toBe(workedExample?.total);
    expect(result.template.unit.code).toBe((model.evidenceScope?.(data) ?? worksheet.meta).unit.code);
  });

  it('makes a link to the open page whose fragment opens the document', async () => {
    const model = await findWorksheet('smart-objectives')!.loadModel();
    const empty = { worksheetId: 'smart-objectives', name: 'Targets starter', schemaVersion: model.schemaVersion, data: model.createEmpty() };
    const link = await buildShareLink(empty, ORIGIN);
    if (!link.ok) throw new Error(link.reason);
    expect(link.url.startsWith(`${ORIGIN}/open#v1.`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_SHARE_LINK_CHARS);
    const result = await decodeShareFragment(new URL(link.url).hash, findWorksheet);
    expect(result.ok && result.template.document.data).toEqual(empty.data);
  });

  it('base64url turns any bytes into link-safe text and back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
});

describe('a document too long for a link', () => {
  it('is offered as a file instead, with the length and the limit in words', async () => {
    const example = await pestleExample();
    // Text that does not compress: a worked example with a long, varied description.
    const varied = Array.from({ length: 2500 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7919 + (i >> 3) * 104729) % 26]).join('');
    const data = { ...(example.data as Record<string, unknown>) };
    data.organisation = { ...(data.organisation as Record<string, unknown>), description: varied };
    const result = await buildShareLink({ ...example, data }, ORIGIN);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.length).toBeGreaterThan(MAX_SHARE_LINK_CHARS);
    expect(result.reason).toContain(`${result.length.toLocaleString('en-GB')} characters`);
    expect(result.reason).toContain('2,000');
    expect(result.reason).toContain('as a file');
  });
});

describe('refusing damaged and hostile links', () => {
  it('says a link with nothing after the # is empty', async () => {
    expect(await refusal('')).toContain('no worksheet in it');
    expect(await refusal('#')).toContain('no worksheet in it');
  });

  it('refuses a link from a newer toolkit before unpacking it', async () => {
    expect(await refusal('v2.eJwLAQ')).toContain('newer version of the toolkit');
  });

  it('refuses a link that is not a share link at all', async () => {
    expect(await refusal('section-3')).toContain('not a link to a shared worksheet');
  });

  it('refuses characters base64url never has, and data that does not unpack', async () => {
    expect(await refusal('v1.abc$def')).toContain('damaged');
    expect(await refusal('v1.AAAAAAAA')).toContain('damaged');
  });

  it('refuses a zip bomb while unpacking: 20 MB of spaces in a link of a few thousand characters', async () => {
    const fragment = await fragmentOfText(' '.repeat(20 * 1024 * 1024));
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(await refusal(fragment)).toContain('far more data than any worksheet holds');
  });

  it('refuses a bigger bomb by its length alone, before unpacking anything', async () => {
    const fragment = await fragmentOfText(' '.repeat(64 * 1024 * 1024));
    expect(fragment.length).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(await refusal(fragment)).toContain('far longer than any the toolkit makes');
  });

  it('refuses prototype keys, deep nesting and text that is not JSON', async () => {
    const example = await pestleExample();
    expect(await refusal(await fragmentOfText(`{"worksheetId":"pestle","__proto__":{"polluted":1},"name":"x","schemaVersion":1,"data":{}}`))).toContain('“__proto__”');
    let deep: unknown = {};
    for (let i = 0; i < 100; i += 1) deep = { inner: deep };
    expect(await refusal(await fragmentOf({ ...example, data: deep }))).toContain('nested far more deeply');
    expect(await refusal(await fragmentOfText('{"worksheetId": "pestle", '))).toContain('damaged');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names an unknown worksheet, a newer schema version and the field that is wrong', async () => {
    const example = await pestleExample();
    expect(await refusal(await fragmentOf({ ...example, worksheetId: 'swot' }))).toContain('worksheet this toolkit does not have (“swot”)');
    expect(await refusal(await fragmentOf({ ...example, schemaVersion: 99 }))).toContain('newer version of the toolkit');
    expect(await refusal(await fragmentOf({ ...example, name: 'x'.repeat(201) }))).toContain('name is longer than the 200 characters allowed');
    expect(await refusal(await fragmentOf({ ...example, data: { organisation: 7 } }))).toContain('cannot be read');
    expect(await refusal(await fragmentOf([1, 2, 3]))).toContain('does not hold a shared worksheet');
  });

  it('refuses every truncated link with a reason, never crashing', async () => {
    const fragment = await encodeShareFragment(await pestleExample());
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: fragment.length - 1 }), async (cut) => {
        await refusal(fragment.slice(0, cut));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a link with any one character changed, or opens it unchanged (a change in the unused last bits)', async () => {
    const example = await pestleExample();
    const fragment = await encodeShareFragment(example);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_$%. ';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: fragment.length - 1 }), fc.constantFrom(...alphabet), async (at, replacement) => {
        const damaged = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
        const result = await decodeShareFragment(damaged, findWorksheet);
        if (result.ok) expect(result.template.document.data).toEqual(example.data);
        else expect(result.reason).toMatch(/damaged|not a link|newer version|cannot be read|does not hold/);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any text at all with a result, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `v1.${s}`), fc.base64String().map((s) => `v1.${s}`)), async (text) => {
        const result = await decodeShareFragment(text, findWorksheet);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 300 },
    );
  });
});
