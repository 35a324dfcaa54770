import * as z from 'zod/mini';
import { choiceSchema, type Choice } from './choices';
import { orNotGiven } from './text-list';

/**
 * The organisation a worksheet is about (PESTLE, customer profiles, and the unit workbooks that ask
 * for one): its name, sector, whether it is the learner's own or a case study, and a description.
 * One schema, one set of labels and one way of printing it, so every export describes it alike.
 */

/** The spec allows a case study only where a unit's guidance says so; the PDF says which it is. */
export const ORGANISATION_KINDS = ['own', 'case-study'] as const;
export type OrganisationKind = Choice<typeof ORGANISATION_KINDS>;
export const ORGANISATION_KIND_LABELS = { own: 'My own organisation', 'case-study': 'A case study' } as const satisfies Record<OrganisationKind, string>;

export const ORGANISATION_NAME_LIMIT = 200;

export function organisationSchema(descriptionLimit: number) {
  return z.object({
    name: z.string().check(z.maxLength(ORGANISATION_NAME_LIMIT)),
    sector: z.string().check(z.maxLength(ORGANISATION_NAME_LIMIT)),
    kind: choiceSchema(ORGANISATION_KINDS, { blank: true }),
    description: z.string().check(z.maxLength(descriptionLimit)),
  });
}
export type Organisation = z.infer<ReturnType<typeof organisationSchema>>;

export const blankOrganisation = (): Organisation => ({ name: '', sector: '', kind: '', description: '' });

/** The organisation as label/value rows for a PDF 'fields' block. */
export function organisationRows(organisation: Organisation): Array<{ label: string; value: string }> {
  return [
    { label: 'Organisation', value: orNotGiven(organisation.name) },
    { label: 'Sector', value: orNotGiven(organisation.sector) },
    { label: 'Own or case study', value: organisation.kind === 'own' ? 'My own organisation' : organisation.kind === 'case-study' ? 'Case study' : 'Not given' },
    { label: 'Description', value: orNotGiven(organisation.description) },
  ];
}
