import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its table is wider than the screen (a phone). It is focusable
 * and named, so a keyboard user can scroll it with the arrow keys and a screen reader says what it holds.
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
