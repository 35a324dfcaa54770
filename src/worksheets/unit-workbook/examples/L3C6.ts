import type { WorkbookExample } from '../example';

/** L3C6 worked example, written for the toolkit: a fictional office furniture supplier selling to consumers and businesses. */
const example: WorkbookExample = {
  name: 'L3C6 workbook: Oakfield Office Furniture (worked example)',
  answers: {
    '1.1':
      'Oakfield Office Furniture (a fictional case study) sells desks and chairs to home workers and to businesses. An individual customer’s decision is shaped by personal factors (their budget, their age and stage of life: a new parent working from a spare room wants a desk that folds away), psychological factors (their motivation, e.g. back pain driving a need for an ergonomic chair, and their perception of our brand from reviews), and social factors (recommendations from colleagues, family and online communities). Each factor acts at a different stage: need recognition, information search, evaluation of alternatives, purchase and post-purchase behaviour.',
    '1.2':
      'Our B2B sales cycle runs: prospecting, first contact, needs analysis, proposal, negotiation, close and account management. A business decides through a decision-making unit: the office manager (user and initiator), the finance director (decider, with a budget ceiling), procurement (buyer, who insists on three quotes) and sometimes a facilities gatekeeper. This lengthens the cycle: at needs analysis we meet several people with different priorities; at proposal stage procurement asks for a formal tender; at negotiation the finance director pushes on payment terms. We plan for six to twelve weeks rather than the days a consumer takes, and we map each role so nobody is surprised at the close.',
    '2.1':
      'Consumers’ needs differ, so we adapt: price-sensitive buyers are shown the value range and finance options; buyers who need reassurance are given reviews, a 30-day return promise and a showroom trial; buyers in a hurry are offered next-day delivery and a short checkout. We listen first, ask open questions about how they work, and recommend one or two options rather than the whole catalogue.',
    '2.2':
      'Organisational buyers differ by their role and their organisation. A procurement officer needs compliance and a clear quote, so we answer the tender exactly, on time. A facilities manager needs reliable delivery and installation out of hours, so we offer a project plan and a named installer. A small-business owner is both user and decider and wants value and speed, so we keep it to one meeting and a simple proposal. We respond at each stage of their decision making to keep the sale moving.',
  },
  lists: {
    'lo1: at least three factors': [
      'Personal: budget and life stage, e.g. a student buying their first desk chooses the cheapest sturdy option.',
      'Psychological: motivation, e.g. a buyer with back pain pays more for an adjustable chair.',
      'Social: recommendations, e.g. a customer chooses our standing desk after a colleague praised it.',
    ],
    'lo2: at least three ways': ['Offer finance or a value range to a price-sensitive buyer.', 'Give reviews, a trial and a return promise to a buyer who needs reassurance.', 'Offer fast delivery and a short checkout to a buyer in a hurry.'],
    'lo2: at least three types of organisational buyers': [
      'Procurement officer: needs a compliant, itemised quote; respond with a tender answered exactly and on time.',
      'Facilities manager: needs reliable installation; respond with a project plan and a named installer.',
      'Small-business owner: needs value and speed; respond with one meeting and a simple proposal.',
    ],
  },
};

export default example;
