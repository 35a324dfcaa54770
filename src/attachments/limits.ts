/**
 * The limits on supporting evidence, in one place so the hint, the checks and the README agree.
 *
 * 5 MB a file: a phone photo (2–4 MB) or a scanned letter of a few pages fits, while a backup that
 * carries twenty of them (base64 adds a third) still opens in a phone's browser, and the pack's
 * PDF stays small enough to e-mail to an assessor. A text file is "a short document": 200 KB is
 * some thirty thousand words, far more than an e-mail or a note needs.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_ATTACHMENT_BYTES = 200 * 1024;
export const MAX_ATTACHMENTS_PER_DOCUMENT = 20;
export const MAX_CAPTION_LENGTH = 200;
export const MAX_FILE_NAME_LENGTH = 200;

/** "5 MB", "200 KB", "812 bytes": a size in words a learner reads. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / 1024 / 1024;
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
