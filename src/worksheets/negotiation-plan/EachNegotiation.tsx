import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { FormProps } from './form';
import { negotiationName } from './model';

/** One fieldset per negotiation, headed with its customer, holding this section's part of it. */
export function EachNegotiation({ control, children }: Pick<FormProps, 'control'> & { children(index: number, name: string): ReactNode }) {
  const negotiations = useWatch({ control, name: 'negotiations' });
  return (
    <>
      {negotiations.map((n, index) => {
        const name = negotiationName({ customer: n.customer ?? '' }, index);
        return (
          <fieldset key={n.id} className="force negotiation">
            <legend>{name}</legend>
            {children(index, name)}
          </fieldset>
        );
      })}
    </>
  );
}
