import { rgbOfHex, SERIES_COLOURS } from '../lib/chart-colours';
/**
 * Page geometry (mm) and house style shared by every part of an evidence PDF and a portfolio pack,
 * so a drawer and the code that measures for it always agree on sizes.
 */
import type { jsPDF } from 'jspdf';

export const PAGE_WIDTH = 210;
export const PAGE_HEIGHT = 297;
export const MARGIN = 18;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const CONTENT_RIGHT = PAGE_WIDTH - MARGIN;
/** Body content starts below the running header... */
export const CONTENT_TOP = 22;
/** ...and stops above the footer. */
export const CONTENT_BOTTOM = PAGE_HEIGHT - 21;
/** Room a heading needs below it (its table head and a typical first row), or it moves to the next page with its content. */
export const KEEP_WITH_NEXT = 40;
/** A heading's own height: gap, one line of heading type and its rule. */
export const HEADING_HEIGHT = 12;
/** Room a table needs for its header row and at least one body row. */
export const TABLE_HEAD_WITH_ROW = 22;
export const BLOCK_GAP = 5;

export const FONT = 'DejaVuSans';
export const PT_TO_MM = 25.4 / 72;

export type Rgb = [number, number, number];
export const NAVY: Rgb = [23, 43, 77];
export const TEXT: Rgb = [33, 37, 41];
export const MUTED: Rgb = [98, 106, 116];
export const RULE: Rgb = [200, 205, 212];
export const HEAD_FILL: Rgb = [232, 236, 241];
export const LABEL_FILL: Rgb = [245, 247, 249];
export const STRIPE_FILL: Rgb = [250, 251, 252];
export const MET_GREEN: Rgb = [25, 105, 55];
export const NOT_YET_AMBER: Rgb = [150, 85, 0];
/** Chart series and group colours: the screen's, in the same order (lib/chart-colours), always named in a key. */
export const GROUP_COLOURS: Rgb[] = SERIES_COLOURS.map((hex) => rgbOfHex(hex) ?? [23, 43, 77]);

export type FontStyle = 'normal' | 'bold';
export type TextType = { size: number; style?: FontStyle; colour?: Rgb };

export const HEADING_TYPE: TextType = { size: 13, style: 'bold', colour: NAVY };
export const CAPTION_TYPE: TextType = { size: 10, style: 'bold', colour: NAVY };

export const NOT_GIVEN = 'Not given';

/** Where the next thing is drawn: always on the PDF's current (last) page. */
export type Cursor = { pdf: jsPDF; y: number; afterHeading?: boolean };
