import type { UnitContent } from './unit-spec';

/**
 * The unit's indicative content bullet, under one LO, that starts with these words: a worksheet
 * quotes the spec whole without retyping it. Throws when there is none, so a wrong quote fails the
 * worksheet's tests rather than printing a sentence the spec does not have.
 */
export function indicativeBullet(content: UnitContent, code: string, outcome: number, startsWith: string): string {
  const bullet = content.outcomes[outcome]?.indicativeContent.find((text) => text.startsWith(startsWith));
  if (!bullet) throw new Error(`${code} LO${outcome} has no indicative content starting "${startsWith}"`);
  return bullet;
}
