import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { choiceOptions } from '../lib/choices';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, ORGANISATION_NAME_LIMIT } from '../lib/organisation';
import { SelectField, TextArea, TextField } from './fields';

type OrganisationPath = 'organisation.name' | 'organisation.sector' | 'organisation.kind' | 'organisation.description';

type OrganisationFieldsProps = {
  /** The form's `register`: any form whose data has an `organisation` (lib/organisation.ts). */
  register: (name: OrganisationPath) => UseFormRegisterReturn;
  descriptionLimit: number;
  /** Fields of the worksheet's own, shown before the description (e.g. PESTLE's time frame). */
  children?: ReactNode;
};

/** The organisation's name, sector, own-or-case-study and description, as every worksheet asks for them. */
export function OrganisationFields({ register, descriptionLimit, children }: OrganisationFieldsProps) {
  return (
    <div className="form-grid">
      <TextField label="Organisation name" maxLength={ORGANISATION_NAME_LIMIT} {...register('organisation.name')} />
      <TextField label="Sector" hint="What it sells, and to whom." maxLength={ORGANISATION_NAME_LIMIT} {...register('organisation.sector')} />
      <SelectField
        label="Own organisation or case study"
        options={choiceOptions(ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, { placeholder: 'Choose' })}
        {...register('organisation.kind')}
      />
      {children}
      <TextArea label="Short description" className="form-grid__wide" maxLength={descriptionLimit} {...register('organisation.description')} />
    </div>
  );
}
