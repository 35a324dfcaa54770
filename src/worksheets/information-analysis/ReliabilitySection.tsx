import { choiceOptions } from '../../lib/choices';
import { SelectField, TextField } from '../../ui/fields';
import { FoldedFieldset } from '../../ui/Fold';
import { ScrollBox } from '../../ui/ScrollBox';
import { reliabilityLine } from './fold-lines';
import type { FormProps } from './form';
import { useAnalysis } from './form';
import { RELIABILITY_PROMPT } from './guidance';
import { CRITERION_LABELS, CRITERION_QUESTIONS, SCORE_LABELS } from './labels';
import { CRITERIA, hasText, SCORES, TEXT_LIMITS } from './model';
import { choiceWorking, MAX_TOTAL, rankSources, sourceScore, TIE_RULE } from './reliability';

/** AC 2.3: every source scored on the stated criteria with a reason, ranked, and the best three chosen with the working. */
export function ReliabilitySection({ control, register }: FormProps) {
  const data = useAnalysis(control);
  const named = data.sources.map((source, index) => ({ source, index })).filter(({ source }) => hasText(source.name));
  const ranked = rankSources(data.sources);
  const working = choiceWorking(ranked);
  return (
    <section aria-labelledby="reliability-heading" className="panel">
      <h2 id="reliability-heading">Reliability of the sources and the best three (AC 2.3)</h2>
      <p>{RELIABILITY_PROMPT}</p>
      <dl className="info-criteria">
        {CRITERIA.map((c) => (
          <div key={c}>
            <dt>{CRITERION_LABELS[c]}</dt>
            <dd>{CRITERION_QUESTIONS[c]}</dd>
          </div>
        ))}
      </dl>
      {named.length === 0 && <p>Name your sources in the section before, then score them here.</p>}
      {named.map(({ source, index }) => {
        const score = sourceScore(source, index);
        return (
          <FoldedFieldset key={source.id} itemId={`reliability-${source.id}`} title={source.name.trim()} buttonName={`scores of ${source.name.trim()}`} line={reliabilityLine(source, index)}>
            <div className="form-grid info-score-grid">
              {CRITERIA.map((c) => (
                <div key={c} className="info-score">
                  <SelectField label={`${CRITERION_LABELS[c]} score`} options={choiceOptions(SCORES, SCORE_LABELS, { placeholder: 'Score 1–5' })} {...register(`sources.${index}.scores.${c}.score`)} />
                  <TextField label={`Reason for the ${CRITERION_LABELS[c].toLowerCase()} score`} maxLength={TEXT_LIMITS.item} {...register(`sources.${index}.scores.${c}.reason`)} />
                </div>
              ))}
            </div>
            <p className="info-result" aria-live="polite">
              Total: {score ? score.working : `scored on ${CRITERIA.filter((c) => source.scores[c].score !== '').length} of ${CRITERIA.length} criteria so far`}
            </p>
          </FoldedFieldset>
        );
      })}
      <h3>Your sources ranked, and the best three</h3>
      <p className="field__hint">{TIE_RULE}</p>
      {ranked.length === 0 ? (
        <p>Score a source on every criterion to rank it.</p>
      ) : (
        <ScrollBox label="Sources ranked by reliability (scrolls sideways)">
          <table className="data-table">
            <caption className="visually-hidden">Sources ranked by reliability</caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Source</th>
                <th scope="col">Total (out of {MAX_TOTAL})</th>
                <th scope="col">Chosen</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => (
                <tr key={r.source.id} className={r.isChosen ? 'info-chosen' : undefined}>
                  <td>{r.rank}</td>
                  <td>{r.source.name.trim()}</td>
                  <td>{r.working}</td>
                  <td>
                    {r.isChosen ? <strong>One of the best three</strong> : 'Not chosen'}
                    {r.tieNote && <span className="info-muted"> {r.tieNote}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {working && <p>{working}</p>}
    </section>
  );
}
