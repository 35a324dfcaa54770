import { describe, expect, it } from 'vitest';
import { fileNamePart, pdfFileName } from './file-name';

describe('pdfFileName', () => {
  it('joins learner, unit code and worksheet title with underscores', () => {
    expect(pdfFileName('Jo Bloggs', 'L3B2', 'PESTLE builder')).toBe('Jo-Bloggs_L3B2_PESTLE-builder.pdf');
  });

  it('adds the document name when it differs from the worksheet title', () => {
    expect(pdfFileName('Jo Bloggs', 'L3B2', 'PESTLE builder', 'Tesco: 2025 review')).toBe(
      'Jo-Bloggs_L3B2_PESTLE-builder_Tesco-2025-review.pdf',
    );
    expect(pdfFileName('Jo Bloggs', 'L3B2', 'PESTLE builder', 'PESTLE Builder')).toBe(
      'Jo-Bloggs_L3B2_PESTLE-builder.pdf',
    );
  });

  it('transliterates accents so the name stays readable', () => {
    expect(pdfFileName('Łukasz Żółć', 'L3B2', 'PESTLE')).toBe('Lukasz-Zolc_L3B2_PESTLE.pdf');
    expect(pdfFileName('Nguyễn Thị Minh Khai', 'L3B2', 'PESTLE')).toBe('Nguyen-Thi-Minh-Khai_L3B2_PESTLE.pdf');
    expect(pdfFileName('Zoë José Ångström-Søren', 'L3B2', 'PESTLE')).toBe('Zoe-Jose-Angstrom-Soren_L3B2_PESTLE.pdf');
  });

  it('works for decomposed (NFD) input as well as composed', () => {
    expect(pdfFileName('Zoe\u0308', 'L3B2', 'PESTLE')).toBe('Zoe_L3B2_PESTLE.pdf');
  });

  it('keeps letters of scripts that cannot be transliterated simply', () => {
    expect(pdfFileName('محمد علي', 'L3B2', 'PESTLE')).toBe('محمد-علي_L3B2_PESTLE.pdf');
  });

  it('strips characters that are unsafe in file names', () => {
    const name = pdfFileName('<script>alert("x")</script>', 'L3/B2', 'A\\B:C*D?E"F<G>H|I');
    expect(name).toBe('script-alert-x-script_L3-B2_A-B-C-D-E-F-G-H-I.pdf');
    expect(name).toMatch(/^[\p{L}\p{N}_-]+\.pdf$/u);
  });

  it('drops apostrophes rather than turning them into hyphens', () => {
    expect(pdfFileName("Siobhán O'Brien", 'L3B2', 'PESTLE')).toBe('Siobhan-OBrien_L3B2_PESTLE.pdf');
  });

  it('falls back to "learner" when the name is empty or has no usable characters', () => {
    expect(pdfFileName('', 'L3B2', 'PESTLE builder')).toBe('learner_L3B2_PESTLE-builder.pdf');
    expect(pdfFileName('   ', 'L3B2', 'PESTLE builder')).toBe('learner_L3B2_PESTLE-builder.pdf');
    expect(pdfFileName('!!!', 'L3B2', 'PESTLE builder')).toBe('learner_L3B2_PESTLE-builder.pdf');
  });

  it('leaves out empty parts instead of doubling underscores', () => {
    expect(pdfFileName('Jo', '', 'PESTLE', '')).toBe('Jo_PESTLE.pdf');
  });

  it('caps the length, cutting at a word boundary', () => {
    const long = 'Extraordinarily long worksheet title '.repeat(10);
    const name = pdfFileName('Alexandra Catherine Montgomery-Smythe '.repeat(3), 'L3B2', long, long);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^Alexandra-Catherine-Montgomery-Smythe/);
    expect(name).toMatch(/[^-_]\.pdf$/);
  });
});

describe('fileNamePart', () => {
  it('collapses runs of spaces and punctuation into one hyphen and trims the ends', () => {
    expect(fileNamePart('  -- Unit 3.2 --  (draft) ')).toBe('Unit-3-2-draft');
  });
});
