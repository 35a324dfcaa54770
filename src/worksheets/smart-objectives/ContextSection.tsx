import type { UseFormRegister } from 'react-hook-form';
import { TextField } from '../../ui/fields';
import { CONTEXT_CONFIG, CONTEXT_SUMMARY } from './guidance';
import { CONTEXTS, TEXT_LIMITS, type ContextId, type SmartData } from './model';

function ContextChooser({ register }: { register: UseFormRegister<SmartData> }) {
  return (
    <fieldset className="smart-contexts">
      <legend>What are your objectives for?</legend>
      <div className="smart-contexts__options">
        {CONTEXTS.map((id) => (
          <label key={id} className="smart-context">
            <input type="radio" value={id} {...register('context')} />
            <span className="smart-context__label">{CONTEXT_CONFIG[id].label}</span>
            <span className="smart-context__summary">{CONTEXT_SUMMARY[id]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ContextGuidance({ context }: { context: ContextId }) {
  const config = CONTEXT_CONFIG[context];
  return (
    <div className="notice notice--info">
      <p>
        <strong>
          This evidences unit {config.unit.code} {config.unit.title}, AC {config.criteria.map((c) => c.code).join(', ')}.
        </strong>
      </p>
      <ul>
        {config.criteria.map((c) => (
          <li key={c.code}>
            {config.unit.code} {c.code}: {c.text}
          </li>
        ))}
      </ul>
      <p>
        <strong>Your assessor needs: </strong>
        {config.assessorAsks}
      </p>
      {config.notEvidenced && <p>{config.notEvidenced}</p>}
      <details>
        <summary>Guidance from the unit</summary>
        <ul>
          {config.guidance.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The first section: the context, which decides what every other section asks for, and the learner's role. */
export function ContextSection({ register, context }: { register: UseFormRegister<SmartData>; context: ContextId | '' }) {
  return (
    <>
      <section aria-labelledby="context-heading" className="panel">
        <h2 id="context-heading">What your objectives are for</h2>
        <p>The context sets the unit your work evidences, the guidance, the fields and how many objectives you need. You can change it later: nothing you have typed is lost.</p>
        <ContextChooser register={register} />
        {context && <ContextGuidance context={context} />}
      </section>
      {context && (
        <section aria-labelledby="about-heading" className="panel">
          <h2 id="about-heading">About you</h2>
          <TextField label="Your role and organisation" hint="e.g. Field sales executive, Brightwave Home Energy." className="field--wide" maxLength={TEXT_LIMITS.short} {...register('role')} />
        </section>
      )}
    </>
  );
}
