import type { Zone } from './model';

/** The stress continuum's zones, as the page, the PDF and the spreadsheet name them. */
export const ZONE_LABELS: Record<Zone, string> = { ready: 'Ready', reacting: 'Reacting', injured: 'Injured', ill: 'Ill' };
