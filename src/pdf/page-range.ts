/** Pages of the PDF, numbered from 1 as in the footers and a PDF viewer, first and last included. */
export type PageRange = { first: number; last: number };
