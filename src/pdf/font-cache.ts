/**
 * The embedded text fonts parsed once a session, not once per PDF. jsPDF parses a TrueType font's
 * tables each time a document registers it (`addFont`): for the two 750 KB DejaVu faces that was
 * about a fifth of each export (issue 23). Here the first document's parse is kept, and every later
 * document gets a view of it: the parsed tables are shared (jsPDF only reads them), while what a
 * document writes as it draws (the glyphs it used, their widths, its subset and ToUnicode map) is the
 * document's own. Only the files named here are cached; any other font is registered as jsPDF does.
 */
import { jsPDF } from 'jspdf';
import { writeFontFilesQuickly, type ParsedTrueType } from './font-file';

type AddFontEvent = { font: { postScriptName: string; isStandardFont?: boolean; metadata?: unknown }; instance?: jsPDF };
type Handler = (event: AddFontEvent) => void;
type ParsedFont = { subset: { constructor: new (font: unknown) => unknown } };

const cachedFiles = new Set<string>();
/** Parsed fonts by their base64 file (the same string object each export, from fonts.ts's session cache). */
const parsedByFile = new Map<string, ParsedFont>();
let isInstalled = false;

/**
 * A document's own copy of a parsed font: the same tables (own properties, as jsPDF checks them with
 * hasOwnProperty), fresh per-document state.
 */
function viewOf(parsed: ParsedFont): ParsedFont {
  const view = Object.assign(Object.create(Object.getPrototypeOf(parsed) as object) as object, parsed) as ParsedFont & Record<string, unknown>;
  view.Unicode = { encoding: {}, kerning: {}, widths: [] };
  view.glyIdsUsed = [0];
  view.toUnicode = {};
  view.subset = new parsed.subset.constructor(view) as ParsedFont['subset'];
  return view;
}

/**
 * Has jsPDF parse each of `files` (names in a document's virtual file system) once a session.
 * Replaces jsPDF's TrueType `addFont` handler for documents made afterwards; if that handler cannot
 * be found (another jsPDF version), fonts are parsed per document as before.
 */
export function parseFontsOncePerSession(files: readonly string[]): void {
  files.forEach((file) => cachedFiles.add(file));
  if (isInstalled) return;
  isInstalled = true;
  const events = jsPDF.API.events as Array<[string, Handler]>;
  const index = events.findIndex(([name, handler]) => name === 'addFont' && /existsFileInVFS/.test(String(handler)));
  if (index < 0) return;
  const parseFont = events[index]![1];
  events[index] = [
    'addFont',
    (event) => {
      const { font, instance } = event;
      if (font.isStandardFont || !instance || !cachedFiles.has(font.postScriptName) || !instance.existsFileInVFS(font.postScriptName)) {
        parseFont(event);
        return;
      }
      const file = instance.getFileFromVFS(font.postScriptName) as unknown;
      if (typeof file !== 'string') {
        parseFont(event);
        return;
      }
      let parsed = parsedByFile.get(file);
      if (!parsed) {
        parseFont(event);
        parsed = font.metadata as ParsedFont;
        // The same bytes as jsPDF's own writer, made in a fraction of the time (font-file.ts).
        writeFontFilesQuickly(parsed as unknown as ParsedTrueType);
        parsedByFile.set(file, parsed);
      }
      font.metadata = viewOf(parsed);
    },
  ];
}
