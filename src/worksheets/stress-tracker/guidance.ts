import type { Zone } from './model';

/**
 * Prompts drawn from the indicative content of unit L3S2 (ISP Level 3 Professional Sales):
 * the stress continuum, workplace and personal stressors, impacts, techniques and support.
 */

export const PRESSURE_PROMPT =
  'Pressure is the demand you feel to perform; at a level you can manage it can focus and motivate you. Stress is what happens when the demands go beyond your ability to cope, for long enough that it starts to harm your health, wellbeing or performance. Explain the difference in your own words.';

export const EXAMPLE_PROMPT =
  'Give at least two examples from work of the same demand as healthy pressure and as stress, e.g. a month-end sales target, a big client presentation, a new, more senior role (and the risk of “derailment” when its demands pile up).';

/** The stress continuum model and its key stages (L3S2 indicative content), in the toolkit's own words. */
export const ZONE_DESCRIPTIONS: Record<Zone, string> = {
  ready: 'Ready: calm and coping; sleeping, eating and performing as usual.',
  reacting: 'Reacting: irritable, worried or tired; some trouble sleeping or concentrating; usually short-lived.',
  injured: 'Injured: the signs last and get stronger; tired most of the time, performance slipping, pulling away from people.',
  ill: 'Ill: struggling to get through the day or do your usual work; the signs are severe and constant.',
};

export const CONTINUUM_PROMPT =
  'The stress continuum describes four stages: ready, reacting, injured and ill. Say how you would recognise each stage in yourself or a colleague, and when pressure has become stress.';

export const WORKPLACE_STRESSOR_PROMPTS = [
  'salary',
  'excessive workloads',
  'poor management',
  'limited opportunities for growth or advancement',
  'lack of challenge in work tasks',
  'lack of support',
  'lack of control over job-related decisions',
  'conflicting demands',
  'unclear performance expectations',
];

export const PERSONAL_STRESSOR_PROMPTS = [
  'illness or injury',
  'pregnancy or becoming a parent',
  'bereavement',
  'infertility',
  'experiencing abuse',
  'organising an event',
  'everyday tasks and commuting',
  'getting married or civil partnered',
  'a break-up or divorce',
  'family relationships',
  'being a carer',
];

export const ORGANISATION_IMPACT_PROMPTS = [
  'reduced productivity and efficiency',
  'increased absenteeism',
  'increased staff turnover',
  'increased health care costs',
  'damaged relationships',
  'increased safety risks',
  'less innovation and creativity',
  'a poorer reputation',
];

export const INDIVIDUAL_IMPACT_PROMPTS = [
  'physical health problems',
  'mental health illness',
  'reduced performance',
  'more sick days',
  'lower job satisfaction',
  'changes in personal lifestyle',
];

export const TECHNIQUE_PROMPTS = ['breathing exercises', 'regular exercise', 'relaxation techniques', 'healthy eating', '“me” time', 'aromatherapy'];

export const PLAN_PROMPT =
  'Say why this technique suits you (your stressors, your day, what you can keep up) and plan how you will use it: when, how often, for how long, and what will remind you.';

export const SUPPORT_PROMPTS = [
  'Mind (mental health charity)',
  'the NHS: your GP or NHS Talking Therapies',
  'an employee assistance programme (EAP)',
  'your line manager or HR',
  'a mental health first aider at work',
  'Samaritans (116 123, any time)',
  'mobile apps for breathing, sleep or mindfulness',
  'friends and family',
];

export const REVIEW_PROMPT =
  'Compare your stress before and after (the questionnaire scores, and your daily ratings in the first and last weeks). Did the technique help? What helped, what got in the way, and will you keep using it?';

export const PRIVACY_NOTE =
  'Everything you enter stays in this browser on this device: nothing is sent anywhere. Your daily notes are private unless you choose to put them in your PDF.';

/** Shown when check-ins show sustained high stress: calm, non-clinical, pointing to support. */
export const SIGNPOST = {
  heading: 'Your check-ins show a lot of stress lately',
  body: [
    'Several of your recent check-ins have been high. That is worth taking seriously, and you do not have to manage it on your own.',
    'You could talk to someone you trust, your line manager or HR, or your employee assistance programme if you have one. Mind (mind.org.uk) has information and support, and your GP or NHS 111 can help you find the right support.',
    'If you ever feel unable to cope or that you might harm yourself, call Samaritans free on 116 123 at any time, or 999 in an emergency.',
    'This tracker is a self-reflection aid, not a health check: it cannot tell you what is wrong, but the people above can help.',
  ],
};
