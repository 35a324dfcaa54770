/**
 * Loads the DejaVu Sans fonts embedded in evidence PDFs. jsPDF's built-in fonts only cover
 * Latin-1, so learners' names such as "Łukasz Żółć" or "Nguyễn Thị Minh Khai" need a Unicode font.
 * The files are fetched only when a learner first exports, then kept for the rest of the session.
 */
// DejaVu Sans as scripts/make-pdf-fonts.sh makes it: every character, none of the tables jsPDF would
// copy into each PDF for nothing (glyph names, hinting), so each export is smaller and quicker.
import regularUrl from './fonts/DejaVuSans-pdf.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold-pdf.ttf?url';
// Noto Emoji (monochrome, SIL Open Font License): emoji learners type, printed as text. Fetched
// only for a document whose text has emoji; the service worker keeps it for offline exports.
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';

/** TrueType font files as base64, the form jsPDF's addFileToVFS expects; `emoji` only when needed. */
export type PdfFonts = { regular: string; bold: string; emoji?: string };

/** Bytes per String.fromCharCode call: small enough to stay well under engines' argument limits. */
const CHUNK_SIZE = 0x8000;

/** Encodes binary data as base64 in chunks, so a 750 KB font never overflows the call stack. */
export function arrayBufferToBase64(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_SIZE) {
    const chunk = bytes.subarray(start, start + CHUNK_SIZE);
    parts.push(String.fromCharCode(...chunk));
  }
  return btoa(parts.join(''));
}

async function fetchAsBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`Could not load the PDF font (${response.status} ${response.statusText}).`);
  }
  return arrayBufferToBase64(await response.arrayBuffer());
}

let cachedFonts: Promise<PdfFonts> | undefined;

function fetchFonts(): Promise<PdfFonts> {
  const loading = Promise.all([fetchAsBase64(regularUrl), fetchAsBase64(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  // Forget a failed attempt so the learner's next export tries again.
  loading.catch(() => {
    if (cachedFonts === loading) cachedFonts = undefined;
  });
  return loading;
}

let cachedEmojiFont: Promise<string> | undefined;

function fetchEmojiFont(): Promise<string> {
  const loading = fetchAsBase64(emojiUrl);
  loading.catch(() => {
    if (cachedEmojiFont === loading) cachedEmojiFont = undefined;
  });
  return loading;
}

/**
 * The regular and bold fonts, fetched once per session and shared by every export; with
 * `withEmoji`, the emoji font too. An emoji font that cannot be fetched (offline before it was
 * ever cached) leaves emoji printing as a visible mark rather than failing the export.
 */
export async function loadPdfFonts({ withEmoji = false }: { withEmoji?: boolean } = {}): Promise<PdfFonts> {
  cachedFonts ??= fetchFonts();
  if (!withEmoji) return cachedFonts;
  cachedEmojiFont ??= fetchEmojiFont();
  const [fonts, emoji] = await Promise.all([cachedFonts, cachedEmojiFont.catch(() => undefined)]);
  return emoji === undefined ? fonts : { ...fonts, emoji };
}
