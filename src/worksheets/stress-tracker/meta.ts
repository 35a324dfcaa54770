import type { WorksheetMeta } from '../../lib/worksheet-definition';

/** What the shell shows about the stress baseline tracker before loading it. Wording from the ISP spec, unit L3S2. */
export const stressTrackerMeta: WorksheetMeta = {
  id: 'stress-tracker',
  title: 'Stress baseline tracker',
  summary:
    'Explain pressure and stress, their causes and impacts, and outline techniques; then choose one, take a baseline, log daily check-ins for at least a month, retake the same self-check and review what changed.',
  unit: { code: 'L3S2', title: 'Stress Management' },
  criteria: [
    { code: '1.1', text: 'Explain the difference between pressure and stress' },
    { code: '1.2', text: 'Summarise workplace and personal life stressors' },
    { code: '1.3', text: 'Describe how workplace stress impacts organisations and individuals' },
    { code: '1.4', text: 'Outline simple stress management techniques' },
    { code: '2.1', text: 'Select a simple stress management technique' },
    { code: '2.2', text: 'Use a simple stress management technique' },
    { code: '2.3', text: 'Review the effectiveness of a simple stress management technique to manage personal stress' },
    { code: '2.4', text: 'State sources of support for managing personal stress' },
  ],
};
