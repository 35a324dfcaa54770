import { useWatch } from 'react-hook-form';
import { choiceOptions } from '../../lib/choices';
import { AssessorNeeds, FromTheSpec } from '../../ui/AssessorNeeds';
import { SelectField, TextArea } from '../../ui/fields';
import { lazyChart } from '../../ui/lazy-chart';
import { FoldedFieldset } from '../../ui/Fold';
import { ScrollBox } from '../../ui/ScrollBox';
import { mapLine } from './fold-lines';
import { mapPoints } from './chart-data';
import type { FormProps } from './form';
import { MAP_PROMPT, RULE_SOURCES, SPEC_CONTENT } from './guidance';
import { QUADRANT_NAMES, RELATIONSHIP_STATE_LABELS } from './labels';
import { hasText, RATINGS, RELATIONSHIP_STATES, TEXT_LIMITS, type Person } from './model';

const StakeholderMapChart = lazyChart(async () => (await import('./StakeholderMapChart')).StakeholderMapChart);

const RATING_OPTIONS = [{ value: '', label: 'Choose' }, ...RATINGS.map((r) => ({ value: r, label: r === '1' ? '1 (low)' : r === '5' ? '5 (high)' : r }))];

/** AC 2.1: each person rated for influence and interest, with the relationship and how to communicate; the map drawn and tabled. */
export function MapSection({ control, register }: Omit<FormProps, 'getValues'>) {
  const people: Person[] = useWatch({ control, name: 'people' }) ?? [];
  const named = people.map((person, index) => ({ person, index })).filter(({ person }) => hasText(person.name));
  const points = mapPoints(people);
  return (
    <section aria-labelledby="map-heading" className="panel">
      <h2 id="map-heading">Stakeholder map (AC 2.1)</h2>
      <p>{MAP_PROMPT}</p>
      <AssessorNeeds quotes={[RULE_SOURCES.current]} />
      <FromTheSpec summary="What the specification lists for this (indicative content)" bullets={[SPEC_CONTENT.analysis, SPEC_CONTENT.trust]} />
      {named.length === 0 && <p className="notice notice--info">Name the people you work with in the first section; they appear here to rate.</p>}
      {named.map(({ person, index }) => (
        <FoldedFieldset key={person.id} itemId={`map-${person.id}`} title={person.name.trim()} buttonName={`map answers for ${person.name.trim()}`} line={mapLine(person)}>
          <div className="form-grid">
            <SelectField label="Influence over your sales" options={RATING_OPTIONS} {...register(`people.${index}.influence`)} />
            <SelectField label="Interest in your work" options={RATING_OPTIONS} {...register(`people.${index}.interest`)} />
            <SelectField label="Your relationship now" hint="Strong: you trust each other. Strained: there are difficulties." options={choiceOptions(RELATIONSHIP_STATES, RELATIONSHIP_STATE_LABELS, { placeholder: 'Choose' })} {...register(`people.${index}.relationship`)} />
            <TextArea label="How you will communicate with them" rows={2} className="form-grid__wide" maxLength={TEXT_LIMITS.item} {...register(`people.${index}.approach`)} />
          </div>
        </FoldedFieldset>
      ))}
      <h3 id="map-chart-heading">Influence against interest</h3>
      {points.length === 0 ? (
        <p>Rate someone’s influence and interest to place them on the map.</p>
      ) : (
        <>
          <StakeholderMapChart points={points} />
          <ScrollBox label="The stakeholder map as a table (scrolls sideways)">
            <table className="data-table">
              <caption>The stakeholder map as a table</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">Person</th>
                  <th scope="col">Influence</th>
                  <th scope="col">Interest</th>
                  <th scope="col">Where on the map</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.id}>
                    <td>{point.number}</td>
                    <th scope="row">{point.name}</th>
                    <td>{point.influence}</td>
                    <td>{point.interest}</td>
                    <td>{QUADRANT_NAMES[point.quadrant]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <TextArea label="What the map tells you" hint="Whom to keep closest, whom to keep informed, and what that means for how you work with each." rows={4} maxLength={TEXT_LIMITS.answer} {...register('mapSummary')} />
    </section>
  );
}
