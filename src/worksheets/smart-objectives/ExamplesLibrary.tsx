import { CONTEXT_CONFIG, EXAMPLES_LIBRARY } from './guidance';
import type { ContextId } from './model';

/** Weak objectives beside their SMART rewrites, and the worked example for the chosen context. */
export function ExamplesLibrary({ context, onLoadExample }: { context: ContextId; onLoadExample(): void }) {
  const config = CONTEXT_CONFIG[context];
  return (
    <section aria-labelledby="library-heading" className="panel">
      <h2 id="library-heading">Examples to learn from</h2>
      <p>Weak objectives for {config.label.toLowerCase()}, rewritten to be SMART, and why the rewrite is better.</p>
      {EXAMPLES_LIBRARY[context].map((example, i) => (
        <details key={example.weak} className="smart-library">
          <summary>
            Example {i + 1}: “{example.weak}”
          </summary>
          <dl>
            <dt>Weak</dt>
            <dd>{example.weak}</dd>
            <dt>SMART rewrite</dt>
            <dd>{example.rewrite}</dd>
            <dt>Why it is better</dt>
            <dd>{example.why}</dd>
          </dl>
        </details>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={onLoadExample}>
          Replace this document with the worked example for {config.label.toLowerCase()}
        </button>
      </div>
      <p className="field__hint">For tutors: this replaces everything in this document. Start a new document first to keep your own work.</p>
    </section>
  );
}
