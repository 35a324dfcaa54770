import { fileNamePart } from '../pdf/file-name';

/**
 * The pack's file name, in the same style as a single export's ("Jo-Bloggs_L3B2_PESTLE-builder.pdf"):
 * "Jo-Bloggs_Portfolio-pack_2025-03-14.pdf". The date tells one pack from the next.
 */
export function packFileName(learnerName: string, date: string): string {
  const learner = fileNamePart(learnerName) || 'learner';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `_${date}` : '';
  return `${learner}_Portfolio-pack${day}.pdf`;
}
