/**
 * Which kind of file a supporting-evidence upload is, read from its first bytes (its "magic
 * number"), never from its name or the type the browser states alone: a renamed program is refused.
 * Pure: bytes in, a media type or null out.
 */

export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** How each type is named to the learner, in the hint and in messages. */
export const TYPE_NAMES = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'application/pdf': 'PDF',
  'text/plain': 'plain text document (.txt)',
} as const satisfies Record<AttachmentType, string>;

/** The file-name endings each type may have; a name ending in another allowed type's is refused. */
export const TYPE_EXTENSIONS = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'text'],
} as const satisfies Record<AttachmentType, readonly string[]>;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);

/**
 * Plain text: valid UTF-8 (a byte-order mark allowed) with no control characters other than tab,
 * line feed, form feed and carriage return. Binary files nearly always hold a NUL or another
 * control byte early on, so they fail.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The file's type from its contents, or null when it is none of the allowed types. */
export function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (bytes.length > 0 && isPlainText(bytes)) return 'text/plain';
  return null;
}

/** The allowed type a file name's ending names ("photo.JPG" → JPEG), or null for any other ending. */
export function typeOfFileName(fileName: string): AttachmentType | null {
  const ending = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (!ending) return null;
  return ATTACHMENT_TYPES.find((type) => (TYPE_EXTENSIONS[type] as readonly string[]).includes(ending)) ?? null;
}
