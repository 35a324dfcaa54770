import { readSharedDocument, type SharedDocument, type TemplateResult, type WorksheetFinder } from './shared-document';

/**
 * Share links: one document, as JSON, compressed with the browser's own zlib deflate
 * (CompressionStream) and written in base64url after the # of a link to the app's /open page.
 * zlib rather than raw deflate for its checksum (6 bytes): a link changed by a single character in
 * transit is refused as damaged instead of opening with a changed answer in it.
 * Browsers never send the part after # to a server, so the worksheet goes from one browser to
 * another inside the link itself. Pure: no React, no store, no window.
 *
 * The fragment reads "v1.<base64url>": the number names the whole encoding (JSON shape,
 * compression, alphabet), so a link from a newer toolkit is recognised before anything is unpacked.
 */
export const SHARE_LINK_VERSION = 1;
export const OPEN_SHARED_PATH = '/open';

/**
 * The longest link the toolkit makes. Browsers open links of many thousands of characters, but the
 * places tutors paste them do not: Microsoft Office hyperlinks (Word, PowerPoint, Outlook) stop at
 * 2,083 characters, the old Internet Explorer limit many other tools copied; Discord messages at
 * 2,000; plain-text email wraps long lines and some mail and chat apps cut or break long links.
 * 2,000 characters works in all of them. Longer documents are shared as a file instead.
 */
export const MAX_SHARE_LINK_CHARS = 2_000;
/**
 * The longest fragment opened. More than we make, since a longer link that arrived whole (say in a
 * messaging app) is still fine to open, but small enough that nothing large is ever unpacked.
 */
export const MAX_FRAGMENT_CHARS = 32_768;
/** The most unpacked JSON accepted: far above any document a link can carry; a zip bomb stops here. */
export const MAX_PAYLOAD_BYTES = 1_048_576;

export type ShareLinkResult =
  | { ok: true; url: string }
  | { ok: false; tooLong: true; length: number; reason: string };

/** "v1.…": the document compressed, for the part of a link after the #. */
export async function encodeShareFragment(document: SharedDocument): Promise<string> {
  const { worksheetId, name, schemaVersion, data } = document;
  const json = JSON.stringify({ worksheetId, name, schemaVersion, data });
  const compressed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate'));
  return `v${SHARE_LINK_VERSION}.${toBase64Url(compressed!)}`;
}

/**
 * The share link for a document at the app at `appOrigin` ("https://…"), or, when it would be
 * longer than MAX_SHARE_LINK_CHARS, a reason to share the file instead.
 */
export async function buildShareLink(document: SharedDocument, appOrigin: string): Promise<ShareLinkResult> {
  const url = `${appOrigin}${OPEN_SHARED_PATH}#${await encodeShareFragment(document)}`;
  if (url.length <= MAX_SHARE_LINK_CHARS) return { ok: true, url };
  return {
    ok: false,
    tooLong: true,
    length: url.length,
    reason: `This document is too long to share as a link: its link would be ${url.length.toLocaleString('en-GB')} characters, and email and chat apps can cut off links over ${MAX_SHARE_LINK_CHARS.toLocaleString('en-GB')}. Download it as a file instead, and send the file.`,
  };
}

const DAMAGED = 'This link was damaged or cut short when it was copied, so the worksheet in it cannot be read. Ask for the link again, or for the file.';

/**
 * Opens the part of a share link after the # ("#" itself optional). Every check happens before
 * anything is added: the version, the length before unpacking, the unpacked size while unpacking,
 * the JSON, its shape, and the worksheet's own schema. A refused link gives a plain reason.
 */
export async function decodeShareFragment(fragment: string, findWorksheet: WorksheetFinder): Promise<TemplateResult> {
  // Some apps wrap long links over lines: white space is never part of one.
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '');
  if (text === '') {
    return { ok: false, reason: 'This link has no worksheet in it: the part after the # is missing. It may have been cut short when it was copied.' };
  }
  if (text.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      reason: `This link is far longer than any the toolkit makes (${text.length.toLocaleString('en-GB')} characters), so it was not opened.`,
    };
  }
  const match = /^v(\d{1,6})\.(.*)$/.exec(text);
  if (!match) {
    return { ok: false, reason: 'This is not a link to a shared worksheet, or its start was damaged when it was copied. Ask for the link again, or for the file.' };
  }
  const version = Number(match[1]);
  if (version > SHARE_LINK_VERSION) {
    return {
      ok: false,
      reason: `This link was made by a newer version of the toolkit (link version ${version}; this one reads version ${SHARE_LINK_VERSION}). Reload the page to update the toolkit, then open the link again.`,
    };
  }
  if (version !== SHARE_LINK_VERSION) return { ok: false, reason: DAMAGED };
  const compressed = fromBase64Url(match[2]!);
  if (!compressed) return { ok: false, reason: DAMAGED };

  const unpacked = await inflateWithin(compressed, MAX_PAYLOAD_BYTES);
  if (unpacked === 'too-large') {
    return {
      ok: false,
      reason: `This link unpacks to far more data than any worksheet holds (over ${MAX_PAYLOAD_BYTES / 1_048_576} MB), so it was refused.`,
    };
  }
  if (unpacked === 'damaged') return { ok: false, reason: DAMAGED };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unpacked));
  } catch {
    return { ok: false, reason: DAMAGED };
  }
  return readSharedDocument(json, 'The link', findWorksheet);
}

/**
 * Unpacks zlib data (checking its checksum), stopping as soon as the output passes `maxBytes` so
 * that a small hostile link cannot fill the memory (a "zip bomb").
 */
async function inflateWithin(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array | 'too-large' | 'damaged'> {
  try {
    return (await pipeBytes(bytes, new DecompressionStream('deflate'), maxBytes)) ?? 'too-large';
  } catch {
    return 'damaged';
  }
}

/** Runs bytes through a (de)compression stream; null once the output passes `maxBytes`. */
async function pipeBytes(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream, maxBytes = Infinity): Promise<Uint8Array | null> {
  // A stream made by hand rather than through Blob.stream(), which not every test environment has.
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input.pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Bytes as base64url (RFC 4648 §5) without padding: letters, digits, - and _ only, safe in any link. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url back to bytes, or null for anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
