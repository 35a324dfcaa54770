/**
 * File names for evidence PDFs, e.g. "Jo-Bloggs_L3B2_PESTLE-builder.pdf". Assessors collect many of
 * these in one portfolio folder, so the name says whose work it is and for which unit, and uses only
 * characters that every operating system and e-portfolio upload accepts.
 */

/** Longest file name we produce, extension included; well under every file system's limit. */
const MAX_LENGTH = 120;
/** Longest any one part may be, so a long title cannot push the learner's name out. */
const MAX_PART_LENGTH = 48;
const EXTENSION = '.pdf';

/** Letters that carry no combining mark in Unicode, so NFD cannot strip them to plain Latin. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H',
};

/** Removes Latin accents ("Zoë" → "Zoe", "Nguyễn" → "Nguyen"); other scripts keep their letters. */
function transliterate(text: string): string {
  return text
    .normalize('NFD')
    // Only the Latin/Greek/Cyrillic diacritics block: marks in other scripts are part of the word.
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁßæÆøØœŒđĐðÐþÞıħĦ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFC');
}

/** One part of the name: letters, numbers and single hyphens only, e.g. "PESTLE builder" → "PESTLE-builder". */
export function fileNamePart(text: string): string {
  const slug = transliterate(text)
    .replace(/['’ʼ`]/g, '') // "O'Brien" reads better as "OBrien" than "O-Brien".
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return trimToLength(slug, MAX_PART_LENGTH);
}

/** Shortens at a hyphen where possible so words are not cut in half. */
function trimToLength(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  const trimmed = lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
  return trimmed.replace(/[-_]+$/, '');
}

export function pdfFileName(
  learnerName: string,
  unitCode: string,
  worksheetTitle: string,
  documentName?: string,
): string {
  const learner = fileNamePart(learnerName) || 'learner';
  const title = fileNamePart(worksheetTitle);
  const docPart = fileNamePart(documentName ?? '');
  // A document still called by its worksheet's name would only repeat the title.
  const distinctDocument = docPart.toLowerCase() === title.toLowerCase() ? '' : docPart;
  const parts = [learner, fileNamePart(unitCode), title, distinctDocument];
  const base = parts.filter((part) => part !== '').join('_');
  return `${trimToLength(base, MAX_LENGTH - EXTENSION.length)}${EXTENSION}`;
}
