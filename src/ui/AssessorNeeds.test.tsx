import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessorNeeds, FromTheSpec } from './AssessorNeeds';

describe('AssessorNeeds', () => {
  afterEach(cleanup);

  it('quotes each sentence of the guidance in quotation marks, with where it is printed', () => {
    render(<AssessorNeeds quotes={[{ quote: 'At least two stakeholders', where: 'L3L1 assessor guidance, LO1' }, { quote: 'A second sentence', where: 'LO2' }]} />);
    expect(screen.getByRole('heading', { name: 'What the assessor looks for' })).toBeInTheDocument();
    expect(screen.getAllByRole('figure')).toHaveLength(2);
    expect(screen.getByText('“At least two stakeholders”')).toBeInTheDocument();
    expect(screen.getByText('L3L1 assessor guidance, LO1')).toBeInTheDocument();
  });
});

describe('FromTheSpec', () => {
  afterEach(cleanup);

  it('lists the indicative content in a fold under its summary', () => {
    const { container } = render(<FromTheSpec summary="What the specification lists" bullets={['How to work under pressure', 'Trust']} />);
    expect(container.querySelector('details > summary')).toHaveTextContent('What the specification lists');
    expect(screen.getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual(['How to work under pressure', 'Trust']);
  });
});
