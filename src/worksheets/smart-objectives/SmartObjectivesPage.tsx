import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { useState, type ReactNode } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { todayIso } from '../../lib/dates';
import { shows } from '../../lib/sections';
import type { WorksheetPageProps } from '../../lib/worksheet-definition';
import { TextArea } from '../../ui/fields';
import { CONTEXT_CONFIG } from './guidance';
import { MotivationSection, PresentationSection, SalesTargetsSection, SelfAssessmentSection } from './ContextSections';
import { ContextSection } from './ContextSection';
import { DevelopmentSection } from './DevelopmentSection';
import { ExamplesLibrary } from './ExamplesLibrary';
import { CONTEXT_DOCUMENT_NAMES } from './labels';
import { smartObjectivesMeta } from './meta';
import { SmartSchema, TEXT_LIMITS, type ContextId, type SmartData } from './model';
import { ObjectivesSection } from './ObjectivesSection';
import { ReviewsSection } from './ReviewsSection';
import './smart.css';

/** Whether anything at all has been written (or a list started), apart from the context choice. */
function hasAnyContent(value: unknown, key = ''): boolean {
  if (key === 'context') return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasAnyContent(v, k));
  return false;
}

/** What a section's own page says when it has nothing to ask: the review page leaves such a section out. */
function SectionNotice({ children }: { children: ReactNode }) {
  return <p className="notice notice--info smart-section-notice">{children}</p>;
}

/** Why a plan's section is empty for a context that is not a plan, e.g. "Not needed for a sales-targets document: …". */
const notNeeded = (context: ContextId, whatIsPart: string) =>
  `Not needed for ${CONTEXT_DOCUMENT_NAMES[context]}: ${whatIsPart} of a development plan or a motivation plan, so there is nothing to do here.`;

export function SmartObjectivesPage({ initialData, onChange, section }: WorksheetPageProps<SmartData>) {
  const { register, control, watch, getValues, setValue, reset } = useForm<SmartData>({
    defaultValues: initialData,
    resolver: zodResolver(SmartSchema),
    mode: 'onChange',
  });
  const objectives = useFieldArray({ control, name: 'objectives', keyName: 'fieldKey' });
  const context = useWatch({ control, name: 'context' });
  const [today] = useState(todayIso);

  const { saveProblem } = useAutosave(watch, SmartSchema, onChange);

  const loadExample = async (id: ContextId) => {
    if (hasAnyContent(getValues()) && !window.confirm('Replace everything in this document with the worked example?')) return;
    // The examples load when asked for, not with every section page.
    const { createSmartExampleFor } = await import('./example');
    const { data } = createSmartExampleFor(id, today);
    reset(data);
    onChange(data);
  };

  const config = context ? CONTEXT_CONFIG[context] : null;
  const isOwnPage = (id: string) => section === id;
  const form = { control, register };

  return (
    <form className="worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
        <SaveProblemNotice problem={saveProblem} />
        {shows(section, 'context') && <ContextSection register={register} context={context} />}

        {!context || !config ? (
          section !== null &&
          section !== 'context' &&
          smartObjectivesMeta.sections.some((s) => s.id === section) && (
            <SectionNotice>Choose what your objectives are for first, in section 1: the context decides what this section asks for.</SectionNotice>
          )
        ) : (
          <>
            {shows(section, 'background') && (
              <>
                {context === 'sales-targets' && <SalesTargetsSection register={register} />}
                {context === 'presentation' && <PresentationSection register={register} />}
                {context === 'motivation-plan' && <MotivationSection {...form} />}
                {config.showSelfAssessment && <SelfAssessmentSection {...form} isRequired={config.requireSelfAssessment} />}
              </>
            )}

            {shows(section, 'objectives') && (
              <>
                <ExamplesLibrary context={context} onLoadExample={() => void loadExample(context)} />
                <ObjectivesSection {...form} setValue={setValue} getValues={getValues} objectives={objectives} context={context} today={today} />
              </>
            )}

            {shows(section, 'development') &&
              (config.showDevelopmentParts ? (
                <DevelopmentSection {...form} objectives={objectives.fields} isRequired={config.requireDevelopmentParts} />
              ) : (
                isOwnPage('development') && <SectionNotice>{notNeeded(context, 'opportunities, methods and support are parts')}</SectionNotice>
              ))}

            {shows(section, 'reviews') && <ReviewsSection {...form} objectives={objectives.fields} context={context} today={today} />}

            {shows(section, 'plan-update') &&
              (config.showDevelopmentParts ? (
                <section aria-labelledby="update-heading" className="panel">
                  <h2 id="update-heading">Review and update the plan</h2>
                  <TextArea
                    label="What your reviews showed, and what you changed in the plan"
                    hint="e.g. an objective achieved and replaced, a deadline moved, a new method tried after feedback from your manager."
                    rows={5}
                    maxLength={TEXT_LIMITS.long}
                    {...register('planUpdate')}
                  />
                </section>
              ) : (
                isOwnPage('plan-update') && <SectionNotice>{notNeeded(context, 'updating the plan after its reviews is part')}</SectionNotice>
              ))}
          </>
        )}
    </form>
  );
}
