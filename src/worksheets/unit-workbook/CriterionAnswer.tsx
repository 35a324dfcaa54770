import { useFieldArray, useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { CriterionSpec, UnitSpec } from '../../lib/spec/unit-spec';
import type { EvidenceDocumentOption } from '../../lib/worksheet-definition';
import { newId } from '../../lib/ids';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { verbGuide } from './verbs';
import { FoldBody, FoldButton, FoldedFieldset, useFold } from '../../ui/Fold';
import { criterionFoldLine } from './completeness';
import { blankRecord, NO_LINK, recordLine, TEXT_LIMITS, type WorkbookData } from './model';

type Props = {
  control: Control<WorkbookData>;
  register: UseFormRegister<WorkbookData>;
  setValue: UseFormSetValue<WorkbookData>;
  getValues: UseFormGetValues<WorkbookData>;
  index: number;
  unit: UnitSpec;
  criterion: CriterionSpec;
  isPractical: boolean;
  /** The interactive worksheets that can evidence this AC, by title. */
  worksheetTitles: readonly string[];
  /** The learner's documents of those worksheets. */
  documents: readonly EvidenceDocumentOption[];
  /** Shown after the answer: the lists of the numbers the guidance sets for this AC (each hidden by its own rule when evidenced elsewhere). */
  children?: React.ReactNode;
};

/** What the verb asks for: common assessor practice, labelled as such (the spec does not define its verbs). */
function VerbAdvice({ text }: { text: string }) {
  const guide = verbGuide(text);
  return (
    <p className="workbook-verb">
      <strong>{guide.verb.charAt(0).toUpperCase() + guide.verb.slice(1)}</strong>: {guide.asks}{' '}
      <span className="field__hint">(What assessors usually expect of this verb.)</span>
    </p>
  );
}

/** The worksheet document chosen as this AC's evidence, or answering here instead. */
function EvidenceChoice({ control, setValue, index, worksheetTitles, documents, code }: Pick<Props, 'control' | 'setValue' | 'index' | 'worksheetTitles' | 'documents'> & { code: string }) {
  const link = useWatch({ control, name: `answers.${index}.evidence` });
  const isKnown = documents.some((document) => document.id === link.documentId);
  const options = [
    { value: '', label: 'Answer here in this workbook' },
    ...documents.map((document) => ({ value: document.id, label: `${document.worksheetTitle}: ${document.name || 'Untitled document'}` })),
    // A chosen document no longer in this browser stays chosen until the learner changes it.
    ...(link.documentId && !isKnown ? [{ value: link.documentId, label: `${link.worksheetTitle}: ${link.documentName} (not in this browser)` }] : []),
  ];
  return (
    <div className="workbook-evidence-choice">
      <p>
        <strong>Can be evidenced by a worksheet:</strong> {worksheetTitles.join(' or ')}.{' '}
        {documents.length === 0 && 'You have no document of it yet: start one from the home page, or answer here.'}
      </p>
      {(documents.length > 0 || link.documentId) && (
        <SelectField
          label={`How you evidence AC ${code}`}
          hint="Choose one of your worksheet documents, and it is not asked for again here; or answer here instead."
          options={options}
          value={link.documentId}
          onChange={(event) => {
            const chosen = documents.find((document) => document.id === event.target.value);
            setValue(
              `answers.${index}.evidence`,
              chosen ? { documentId: chosen.id, documentName: chosen.name, worksheetTitle: chosen.worksheetTitle } : event.target.value === link.documentId ? link : { ...NO_LINK },
              { shouldDirty: true },
            );
          }}
        />
      )}
      {link.documentId && !isKnown && documents.length > 0 && (
        <p className="notice notice--warning">That document is not in this browser any more. Choose another, or answer here.</p>
      )}
    </div>
  );
}

const confirmRemove = (record: { what: string; where: string; by: string } | undefined) =>
  !record || ![record.what, record.where, record.by].some((text) => text.trim()) || window.confirm('Remove this evidence record and what is written in it?');

/** A practical AC's evidence: what, where it is kept, when, and who observed or witnessed it. */
function EvidenceRecords({ control, register, getValues, index, code }: Pick<Props, 'control' | 'register' | 'getValues' | 'index'> & { code: string }) {
  const records = useFieldArray({ control, name: `answers.${index}.records`, keyName: 'fieldKey' });
  const watched = useWatch({ control, name: `answers.${index}.records` });
  return (
    <div className="workbook-records">
      <p className="field__hint">
        Record the evidence of what you did, rather than an essay: an observation record, witness testimony, or a product of your work
        (a plan, an email, a report).
      </p>
      {records.fields.map((field, position) => (
        <FoldedFieldset
          key={field.fieldKey}
          itemId={field.id}
          title={`Evidence ${position + 1} for AC ${code}`}
          buttonName={`evidence ${position + 1} for AC ${code}`}
          line={recordLine(watched?.[position])}
          className="workbook-record"
        >
          <div className="form-grid">
            <TextArea label="What the evidence is" hint="For example: observation record of a sales negotiation with a customer." rows={2} maxLength={TEXT_LIMITS.record} className="form-grid__wide" {...register(`answers.${index}.records.${position}.what`)} />
            <TextField label="Where it is kept" hint="For example: portfolio folder 3, page 12; the CRM record." maxLength={TEXT_LIMITS.record} {...register(`answers.${index}.records.${position}.where`)} />
            <TextField label="Date" type="date" {...register(`answers.${index}.records.${position}.date`)} />
            <TextField label="Observed or witnessed by" hint="Name and role, e.g. Sam Patel, sales manager." maxLength={TEXT_LIMITS.short} {...register(`answers.${index}.records.${position}.by`)} />
          </div>
          <button type="button" className="button button--quiet" onClick={() => confirmRemove(getValues(`answers.${index}.records.${position}`)) && records.remove(position)}>
            Remove evidence {position + 1}
            <span className="visually-hidden"> for AC {code}</span>
          </button>
        </FoldedFieldset>
      ))}
      <button type="button" className="button" onClick={() => records.append(blankRecord(newId()))}>
        Add evidence<span className="visually-hidden"> for AC {code}</span>
      </button>
    </div>
  );
}

/** One AC: its words, what its verb asks for, and the learner's answer, evidence or chosen worksheet document; one line once finished. */
export function CriterionAnswer(props: Props) {
  const { control, register, index, unit, criterion, isPractical, worksheetTitles, children } = props;
  const linkedId = useWatch({ control, name: `answers.${index}.evidence.documentId` });
  const line = criterionFoldLine(unit, useWatch({ control }) as WorkbookData, criterion.code);
  const fold = useFold(`ac-${criterion.code}`, line !== null);
  const headingId = `ac-${criterion.code.replace('.', '-')}`;
  return (
    <section className="workbook-criterion" aria-labelledby={headingId}>
      <h3 id={headingId}>
        AC {criterion.code} {criterion.text}
      </h3>
      <div className="fold__line">
        {!fold.isOpen && <p>{line ?? 'Not finished yet.'}</p>}
        {(line !== null || !fold.isOpen) && <FoldButton fold={fold} name={`AC ${criterion.code}`} isNameHidden={!fold.isOpen} />}
      </div>
      <FoldBody fold={fold}>
        {worksheetTitles.length > 0 && <EvidenceChoice {...props} code={criterion.code} />}
        {linkedId ? (
          <p className="workbook-linked">
            <span aria-hidden="true">✓ </span>Evidenced by your worksheet document: your assessor reads it for this AC, so nothing more is asked here.
          </p>
        ) : (
          <>
            <VerbAdvice text={criterion.text} />
            {isPractical && <EvidenceRecords {...props} code={criterion.code} />}
            <TextArea
              label={isPractical ? `Notes on AC ${criterion.code} (optional)` : `Your answer to AC ${criterion.code}`}
              hint={isPractical ? 'Anything the records do not show: what you did, what happened, what you learned.' : undefined}
              rows={isPractical ? 3 : 6}
              maxLength={TEXT_LIMITS.answer}
              className="field--wide"
              {...register(`answers.${index}.text`)}
            />
          </>
        )}
        {children}
      </FoldBody>
    </section>
  );
}
