import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ComponentType, ReactNode } from 'react';
import type { EvidenceOptions, WorksheetPageProps } from '../../lib/worksheet-definition';
import { isPracticalOutcome, type OutcomeSpec, type UnitSpec } from '../../lib/spec/unit-spec';
import { shows } from '../../lib/sections';
import { SaveProblemNotice, useAutosave } from '../../ui/autosave';
import { CriterionAnswer } from './CriterionAnswer';
import { MinimumList } from './MinimumList';
import { loadUnitSpec } from './definition';
import { minimumsOf } from './guidance';
import { outcomeSectionId } from './meta';
import { WorkbookSchema, type WorkbookData } from './model';
import './unit-workbook.css';

const NO_OPTIONS: EvidenceOptions = { worksheets: [], documents: [] };

/** Shows its children unless every one of these AC is evidenced by a worksheet document (then it is not asked twice). */
function UnlessAllLinked({ control, indexes, children }: { control: Control<WorkbookData>; indexes: number[]; children: ReactNode }) {
  const links = useWatch({ control, name: 'answers' });
  const allLinked = indexes.length > 0 && indexes.every((index) => (links[index]?.evidence.documentId ?? '') !== '');
  return allLinked ? null : <>{children}</>;
}

type FormProps = WorksheetPageProps<WorkbookData> & { unit: UnitSpec };

/** The spec's indicative content and assessor guidance for an LO, as prompts. */
function OutcomePrompts({ outcome }: { outcome: OutcomeSpec }) {
  return (
    <div className="workbook-prompts">
      {outcome.indicativeContent.length > 0 && (
        <>
          <h3>What to cover: the unit’s indicative content</h3>
          <ul>
            {outcome.indicativeContent.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.guidance.length > 0 && (
        <>
          <h3>What your assessor looks for: the assessor guidance</h3>
          {outcome.guidance.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </>
      )}
      {isPracticalOutcome(outcome) && (
        <p className="notice notice--info">
          This learning outcome is practical: it is evidenced by what you do at work (observed, witnessed, or a product of your work). Record
          each piece of evidence: what it is, where it is kept, its date and who observed or witnessed it.
        </p>
      )}
    </div>
  );
}

function WorkbookForm({ unit, initialData, onChange, section, evidenceOptions = NO_OPTIONS }: FormProps) {
  const { register, control, watch, setValue, getValues } = useForm<WorkbookData>({
    defaultValues: initialData,
    resolver: zodResolver(WorkbookSchema),
    mode: 'onChange',
  });
  const { saveProblem } = useAutosave(watch, WorkbookSchema, onChange);
  const minimums = minimumsOf(unit);
  const answerIndex = (code: string) => initialData.answers.findIndex((answer) => answer.code === code);
  const ofThisUnit = (options: { criteria: readonly string[] }, code: string) => options.criteria.includes(`${unit.code} ${code}`);

  return (
    <form className="worksheet workbook" onSubmit={(event) => event.preventDefault()} noValidate>
      <SaveProblemNotice problem={saveProblem} />
      {unit.outcomes.map(
        (outcome) =>
          shows(section, outcomeSectionId(outcome.number)) && (
            <section key={outcome.number} className="panel" aria-labelledby={`lo-${outcome.number}-heading`}>
              <h2 id={`lo-${outcome.number}-heading`}>
                Learning outcome {outcome.number}: {outcome.text}
              </h2>
              <OutcomePrompts outcome={outcome} />
              {outcome.criteria.map((criterion) => (
                <CriterionAnswer
                  key={criterion.code}
                  control={control}
                  register={register}
                  setValue={setValue}
                  getValues={getValues}
                  index={answerIndex(criterion.code)}
                  unit={unit}
                  criterion={criterion}
                  isPractical={isPracticalOutcome(outcome)}
                  worksheetTitles={evidenceOptions.worksheets.filter((w) => ofThisUnit(w, criterion.code)).map((w) => w.title)}
                  documents={evidenceOptions.documents.filter((d) => ofThisUnit(d, criterion.code))}
                >
                  {minimums.map(
                    (minimum) =>
                      minimum.criteria[0] === criterion.code && (
                        <UnlessAllLinked key={minimum.key} control={control} indexes={minimum.criteria.map(answerIndex)}>
                          <MinimumList control={control} register={register} getValues={getValues} index={initialData.minimums.findIndex((m) => m.key === minimum.key)} minimum={minimum} />
                        </UnlessAllLinked>
                      ),
                  )}
                </CriterionAnswer>
              ))}
            </section>
          ),
      )}
    </form>
  );
}

const pages = new Map<string, ComponentType<WorksheetPageProps<WorkbookData>>>();

/** The page of one unit's workbook: one stable component per unit code, made when first opened. */
export async function workbookPage(code: string): Promise<ComponentType<WorksheetPageProps<WorkbookData>>> {
  const unit = await loadUnitSpec(code);
  let page = pages.get(code);
  if (!page) {
    page = function UnitWorkbookPage(props: WorksheetPageProps<WorkbookData>) {
      return <WorkbookForm {...props} unit={unit} />;
    };
    pages.set(code, page);
  }
  return page;
}
