import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { newId } from '../../lib/ids';
import { blankOrganisation, organisationSchema } from '../../lib/organisation';
import { dateOrEmpty } from '../../lib/date-schema';
import { boundedText, rowId } from '../../lib/schema-fields';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The meeting preparation's data (unit L3C1, LO2): schema, version and migrations, defaults. No React. */
export const MEETING_PREPARATION_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, item: 1000, answer: 5000 } as const;
export const LIST_LIMITS = { prospects: 10, needs: 20, questions: 30 } as const;

/** Where a lead came from: the unit's "networking, sector information, marketing, internet, trade journals. social media … online groups, blogs" (LO1), and referrals and enquiries. */
export const LEAD_SOURCES = ['networking', 'referral', 'enquiry', 'marketing', 'internet', 'trade-journal', 'social-media', 'event', 'crm', 'other'] as const;
export type LeadSource = Choice<typeof LEAD_SOURCES>;

/** How the prospect's interest was confirmed. */
export const INTEREST_METHODS = ['call', 'email', 'in-person', 'video', 'event', 'form', 'other'] as const;
export type InterestMethod = Choice<typeof INTEREST_METHODS>;

export const MEETING_FORMATS = ['in-person', 'video', 'phone'] as const;
export type MeetingFormat = Choice<typeof MEETING_FORMATS>;

/** The kinds of question the unit names: "open, closed, probing questions. Demonstrate value. Commitment questions. Potential customer concerns." (LO2 indicative content). */
export const QUESTION_TYPES = ['open', 'probing', 'closed', 'value', 'commitment', 'concerns'] as const;
export type QuestionType = Choice<typeof QUESTION_TYPES>;

const text = (max: number = TEXT_LIMITS.answer) => boundedText(max);
const id = rowId();

/** One business need matched to what the organisation offers (AC 2.3): need → product or service and its feature → benefit. */
const MatchSchema = z.object({
  id,
  need: text(TEXT_LIMITS.item),
  /** How the learner knows of the need: what the prospect said, their website, a report. */
  evidence: text(TEXT_LIMITS.item),
  /** The product or service, and the feature of it that meets the need. */
  offer: text(TEXT_LIMITS.item),
  benefit: text(TEXT_LIMITS.item),
});
export type NeedMatch = z.infer<typeof MatchSchema>;

const QuestionSchema = z.object({
  id,
  type: choiceSchema(QUESTION_TYPES, { blank: true }),
  question: text(TEXT_LIMITS.item),
  /** What the learner wants to find out, or why they ask it. */
  purpose: text(TEXT_LIMITS.item),
});
export type DialogueQuestion = z.infer<typeof QuestionSchema>;

/** The dialogue framework for one meeting (AC 2.4). */
const FrameworkSchema = z.object({
  /** When the learner prepared it: before the meeting ("prepare for them in advance"). */
  preparedDate: dateOrEmpty,
  /** The prospect's individual preferences: how they like to be spoken to, detail or summary, time. */
  preferences: text(),
  /** How the framework is customised to the prospect's needs and preferences. */
  tailoring: text(),
  opening: text(),
  questions: z.array(QuestionSchema).check(z.maxLength(LIST_LIMITS.questions)),
  /** Presentation points: the feature and benefit statements to make. */
  presentation: text(),
  /** Objections likely to come up (prepared in full in the Objection preparation worksheet). */
  objections: text(),
  close: text(),
  nextStep: text(),
});
export type DialogueFramework = z.infer<typeof FrameworkSchema>;

const ProspectSchema = z.object({
  id,
  name: text(TEXT_LIMITS.short),
  /** The person the learner deals with, and their role. */
  contact: text(TEXT_LIMITS.short),
  leadSource: choiceSchema(LEAD_SOURCES, { blank: true }),
  /** How they were identified, in the learner's words. */
  identified: text(TEXT_LIMITS.item),
  interestMethod: choiceSchema(INTEREST_METHODS, { blank: true }),
  interestDate: dateOrEmpty,
  /** What the prospect said or did that confirms their interest. */
  interest: text(TEXT_LIMITS.item),
  /** The decision-making unit: who decides, influences, buys, uses, and any gatekeeper. */
  dmu: text(TEXT_LIMITS.item),
  /** How the learner gained access to the person who makes the buying decision. */
  access: text(TEXT_LIMITS.item),
  meeting: z.object({
    date: dateOrEmpty,
    /** As the learner writes it ("10:30", "after lunch"); optional. */
    time: text(TEXT_LIMITS.short),
    format: choiceSchema(MEETING_FORMATS, { blank: true }),
    /** Where, or the call's link or number; and who will attend. */
    place: text(TEXT_LIMITS.item),
    /** How the meeting was formally confirmed (a calendar invitation accepted, a confirming email). */
    confirmedHow: text(TEXT_LIMITS.item),
    confirmedDate: dateOrEmpty,
  }),
  matches: z.array(MatchSchema).check(z.maxLength(LIST_LIMITS.needs)),
  framework: FrameworkSchema,
});
export type Prospect = z.infer<typeof ProspectSchema>;

export const MeetingPreparationSchema = z.object({
  organisation: organisationSchema(TEXT_LIMITS.answer),
  /** The products or services the learner's organisation offers. */
  offer: text(),
  prospects: z.array(ProspectSchema).check(z.maxLength(LIST_LIMITS.prospects)),
});
export type MeetingPreparationData = z.infer<typeof MeetingPreparationSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const meetingPreparationMigrations: Record<number, MigrationStep> = {};

export function parseMeetingPreparation(data: unknown, version: number): ParseResult<MeetingPreparationData> {
  return parseVersioned(MeetingPreparationSchema, MEETING_PREPARATION_SCHEMA_VERSION, meetingPreparationMigrations, data, version);
}

export const newMatch = (): NeedMatch => ({ id: newId(), need: '', evidence: '', offer: '', benefit: '' });
export const newQuestion = (): DialogueQuestion => ({ id: newId(), type: '', question: '', purpose: '' });
export const newFramework = (): DialogueFramework => ({
  preparedDate: '',
  preferences: '',
  tailoring: '',
  opening: '',
  questions: [newQuestion()],
  presentation: '',
  objections: '',
  close: '',
  nextStep: '',
});
export const newProspect = (): Prospect => ({
  id: newId(),
  name: '',
  contact: '',
  leadSource: '',
  identified: '',
  interestMethod: '',
  interestDate: '',
  interest: '',
  dmu: '',
  access: '',
  meeting: { date: '', time: '', format: '', place: '', confirmedHow: '', confirmedDate: '' },
  matches: [newMatch()],
  framework: newFramework(),
});

/**
 * A new document: two prospects (the guidance's "at least two"), each with a need to match and a
 * question to write. Not yet: starting from the prospects of one of the learner's pipeline
 * documents (issue 20, "Can start from a pipeline document's prospects"): a later step, which needs
 * the shell to pass them in, as it passes a workbook its evidence options.
 */
export function createEmptyMeetingPreparation(): MeetingPreparationData {
  return { organisation: blankOrganisation(), offer: '', prospects: [newProspect(), newProspect()] };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** Identified: named, who the learner deals with, and where the lead came from. */
export const isIdentified = (p: Prospect) => hasText(p.name) && hasText(p.contact) && p.leadSource !== '';

/** Interest confirmed: how, when, and what they said or did. */
export const isInterestConfirmed = (p: Prospect) => p.interestMethod !== '' && p.interestDate !== '' && hasText(p.interest);

/** A meeting arranged: dated, its format and place, and how and when it was confirmed. */
export const isMeetingArranged = (p: Prospect) =>
  p.meeting.date !== '' && p.meeting.format !== '' && hasText(p.meeting.place) && hasText(p.meeting.confirmedHow) && p.meeting.confirmedDate !== '';

/** A need matched: the need, the product or service that meets it, and the benefit to the prospect. */
export const isMatched = (m: NeedMatch) => hasText(m.need) && hasText(m.offer) && hasText(m.benefit);

export const isWrittenQuestion = (q: DialogueQuestion) => q.type !== '' && hasText(q.question);
