import * as z from 'zod/mini';
import { choiceSchema, type Choice } from './choices';
import { dateOrEmpty } from './date-schema';
import { dateOrNotGiven } from './dates';
import { orNotGiven } from './text-list';

/**
 * An observed sales meeting's observer, as units L3C2 (LO3) and L3C3 (LO2, LO3) ask for it: "observed
 * by their line manager, or a trainer/tutor/coach/mentor … with permission from the customer". One
 * set of fields, labels and PDF rows, so every observation record names its observer alike.
 */

/** Who may observe, in the assessor guidance's words: "their line manager, or a trainer/tutor/coach/mentor". */
export const OBSERVER_ROLES = ['line-manager', 'trainer', 'tutor', 'coach', 'mentor'] as const;
export type ObserverRole = Choice<typeof OBSERVER_ROLES>;

export const OBSERVER_ROLE_LABELS = {
  'line-manager': 'Line manager',
  trainer: 'Trainer',
  tutor: 'Tutor',
  coach: 'Coach',
  mentor: 'Mentor',
} as const satisfies Record<ObserverRole, string>;

export const OBSERVER_LIMITS = { name: 200, comments: 5000 } as const;

/** The observer's fields, to spread into an observation record's z.object (kept flat so stored records keep their shape). */
export const observerShape = {
  /** The date of the observed meeting. */
  date: dateOrEmpty,
  observerName: z.string().check(z.maxLength(OBSERVER_LIMITS.name)),
  observerRole: choiceSchema(OBSERVER_ROLES, { blank: true }),
  customerPermission: z.boolean(),
  observerComments: z.string().check(z.maxLength(OBSERVER_LIMITS.comments)),
};
/** The observer's fields on their own, e.g. for a record kept apart from its meeting. */
export const ObserverSchema = z.object(observerShape);
export type ObserverDetails = z.infer<typeof ObserverSchema>;

export const blankObserver = (): ObserverDetails => ({ date: '', observerName: '', observerRole: '', customerPermission: false, observerComments: '' });

/** The meeting dated, the observer named in a role the guidance allows, and the customer's permission given. */
export const hasObserverDetails = (o: ObserverDetails): boolean => o.date !== '' && o.observerName.trim() !== '' && o.observerRole !== '' && o.customerPermission;

/** What an observer's details still lack, in words ("the date, the observer’s role"), or [] when complete. */
export function missingObserverDetails(o: ObserverDetails): string[] {
  return [
    o.date === '' ? 'the date' : '',
    o.observerName.trim() === '' ? 'the observer’s name' : '',
    o.observerRole === '' ? 'the observer’s role' : '',
    o.customerPermission ? '' : 'the customer’s permission',
  ].filter(Boolean);
}

/** The line a person signs or dates on the printed record. */
export const BLANK_LINE = '______________________________';

/** The lines a person signs and dates on a printed record, e.g. `signatureRows('Observer')`: "Observer’s signature", "Date signed". */
export function signatureRows(who: string): Array<{ label: string; value: string }> {
  return [
    { label: `${who}’s signature`, value: BLANK_LINE },
    { label: 'Date signed', value: BLANK_LINE },
  ];
}

/** The observer's details as label/value rows for a PDF 'fields' block. */
export function observerDetailRows(o: ObserverDetails, what = 'meeting'): Array<{ label: string; value: string }> {
  return [
    { label: `Date of the ${what}`, value: dateOrNotGiven(o.date) },
    { label: 'Observer', value: orNotGiven(o.observerName) },
    { label: 'Observer’s role', value: o.observerRole ? OBSERVER_ROLE_LABELS[o.observerRole] : 'Not given' },
    { label: 'Customer’s permission to observe and record', value: o.customerPermission ? 'Given' : 'Not confirmed' },
  ];
}

/** The observer's comments and the lines they sign and date on the printed record. */
export function observerSignOffRows(o: ObserverDetails): Array<{ label: string; value: string }> {
  return [
    { label: 'Observer’s comments', value: orNotGiven(o.observerComments) },
    ...signatureRows('Observer'),
  ];
}
