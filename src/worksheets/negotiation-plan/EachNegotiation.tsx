import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { FoldedFieldset } from '../../ui/Fold';
import type { Part } from './completeness';
import type { FormProps } from './form';
import { negotiationName, type Negotiation } from './model';

type Props = Pick<FormProps, 'control'> & {
  children(index: number, name: string): ReactNode;
  /**
   * Folds a negotiation's part of this section to one line once it is finished: the section's id
   * (the fold is remembered per negotiation and section), the parts that must be done, and the line.
   */
  fold?: { section: string; parts: Part[]; line(negotiation: Negotiation): string };
};

/** One fieldset per negotiation, headed with its customer, holding this section's part of it. */
export function EachNegotiation({ control, children, fold }: Props) {
  const negotiations = useWatch({ control, name: 'negotiations' });
  return (
    <>
      {negotiations.map((n, index) => {
        const name = negotiationName({ customer: n.customer ?? '' }, index);
        if (!fold)
          return (
            <fieldset key={n.id} className="force negotiation">
              <legend>{name}</legend>
              {children(index, name)}
            </fieldset>
          );
        const isFinished = fold.parts.every((part) => part(n, `negotiations.${index}`) === null);
        return (
          <FoldedFieldset key={n.id} itemId={`${n.id}:${fold.section}`} title={name} className="force negotiation" line={isFinished ? fold.line(n) : null}>
            {children(index, name)}
          </FoldedFieldset>
        );
      })}
    </>
  );
}
