import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the PESTLE builder before loading it. Wording from the ISP spec, unit L3B2. */
export const pestleMeta: WorksheetMeta = {
  id: 'pestle',
  title: 'PESTLE builder',
  summary:
    'Analyse the internal forces and the external Political, Economic, Social, Technological, Legal and Environmental factors acting on one organisation, rank them and say what they mean for sales.',
  unit: { code: 'L3B2', title: 'Understand Organisations' },
  criteria: [
    { code: '2.1', text: 'Describe the internal forces that impact on an organisation' },
    { code: '2.2', text: 'Describe the external forces that impact on an organisation' },
    { code: '2.3', text: 'Conduct a PESTLE analysis for an organisation' },
  ],
  alsoSupports: 'ABE / ISM strategic and operations units (environmental analysis)',
};
