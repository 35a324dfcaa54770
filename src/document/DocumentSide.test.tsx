import { cleanup, render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../lib/evidence-types';
import { DocumentSide } from './DocumentSide';

const SECTIONS = [{ id: 'counts' }, { id: 'ratios' }];
const CHECKLIST: ChecklistItem[] = [
  { label: 'Counts for every stage', isMet: true, sections: ['counts'] },
  { label: 'The bottleneck named', isMet: false, sections: ['ratios'] },
  { label: 'Your action on it', isMet: false, sections: ['ratios'], isGoodPractice: true },
  { label: 'A summary', isMet: false },
];

function renderSide(sectionId: string | undefined) {
  render(
    <Router hook={memoryLocation().hook}>
      <DocumentSide checklist={CHECKLIST} sectionPath={(id) => `/doc/${id}`} sections={SECTIONS} sectionId={sectionId} taskListPath="/doc" />
    </Router>,
  );
  return screen.getByRole('region', { name: /What the assessor needs/ });
}

describe('the side panel’s checklist', () => {
  afterEach(cleanup);

  it('on a section page lists only that section’s checks, and links to the task list for the rest', () => {
    const panel = renderSide('ratios');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('What the assessor needs from this section (0 of 1 met)');
    expect(within(panel).getByText('The bottleneck named')).toBeInTheDocument();
    expect(within(panel).getByText('Your action on it')).toBeInTheDocument();
    expect(within(panel).queryByText('Counts for every stage')).toBeNull();
    expect(within(panel).queryByText('A summary')).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Every check of the document: the task list' })).toHaveAttribute('href', '/doc');
  });

  it('on the task list and the review page lists every check, good practice apart and not counted', () => {
    for (const sectionId of [undefined, 'review']) {
      const panel = renderSide(sectionId);
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('What the assessor needs (1 of 3 met)');
      for (const label of ['Counts for every stage', 'The bottleneck named', 'A summary', 'Your action on it']) expect(within(panel).getByText(label)).toBeInTheDocument();
      expect(within(panel).queryByRole('link', { name: /Every check of the document/ })).toBeNull();
      cleanup();
    }
  });
});
