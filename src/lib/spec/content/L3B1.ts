import type { UnitContent } from '../unit-spec';

/** L3B1 Understand Sales Communication: seed 003 lines 619–694 (table 625–635, guidance 673).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3B1.ts.
 */
const L3B1: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The role that communication plays in sales processes',
        // Line 654 reads "The importance … e with reference to the individual, team and organisation": the
        // words between "importance" and "e with" are lost in the extraction, so that bullet is left out.
        'Types of communication channels may include but are not limited to formal and informal, face to face, telephone, electronic, digital media, oral, visual, written, mass media, real time, pre-recorded etc.',
        'Communication types, e.g., letters, memos, reports, newsletters, noticeboards; verbal: telephone calls, video conferencing, briefings and meetings, presentations; digital: intranet, emails, blogs, instant messaging, discussion forums, posts on social media sites, web chat, avatars, skype, electronic forms, apps, podcasts and webinars',
        'Factors that affect communication, e.g., legal requirements and organisational policies',
        'Legal requirements may include but are not limited to Data Protection Act 1998, General Data Protection Regulation (applies from May 2018), Equality Act 2010, Communications Act 2003, Digital Economy Act 2016.Learners may also refer to other local laws as relevant',
        'Organisational policies may include but are not limited to communications policies, brand guidelines, house style, digital communication policies and procedures, standard responses, whistleblowing etc.',
      ],
      guidance: [
        'Learners should explain how communication supports different stages of the sales process giving at least two workplace examples to support their points to highlight why effective communication is important.',
        'They should explain at least four communication channels with an example of each.',
        'The strength and weaknesses of at least four communication types should be assessed with consideration of situations when each might be most effective.',
        'Learners should summarise at least one legal and at least one organisational factor that affects sales communication.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'workplace examples of why effective communication is important', quote: 'at least two workplace examples' },
        { criteria: ['1.2'], count: 4, what: 'communication channels, with an example of each', quote: 'at least four communication channels' },
        { criteria: ['1.3'], count: 4, what: 'communication types, strengths and weaknesses assessed', quote: 'at least four communication types' },
        { criteria: ['1.4'], count: 1, what: 'legal factor that affects sales communication', quote: 'at least one legal' },
        { criteria: ['1.4'], count: 1, what: 'organisational factor that affects sales communication', quote: 'at least one organisational factor' },
      ],
    },
    2: {
      indicativeContent: [
        'Communication cycles, e.g., Shannon and Weaver, Schramm, Lasswell, Berlo, Barnlund, etc.',
        'Barriers to communication, e.g., physical, perceptual, emotional, cultural, language, interpersonal, organisational culture, management style, team dynamics etc.',
        'How to overcome communication barriers, e.g., understand audience and their motivations, use appropriate language, select the right time, place and channel for communication etc.',
      ],
      guidance: [
        // "of who it works" is the spec's wording (presumably "how"); kept as printed.
        'Learners should explain at least one communication cycle with an example of who it works to demonstrate their own understanding.',
        'At least three barriers to effective communication should be explained with an evaluation of how these could be overcome. The three barriers should include one individual, one team and one organisational barrier.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 1, what: 'communication cycle, with an example', quote: 'at least one communication cycle' },
        { criteria: ['2.2', '2.3'], count: 3, what: 'barriers to effective communication, each with how to overcome it', quote: 'At least three barriers to effective communication' },
        { criteria: ['2.2', '2.3'], count: 1, what: 'individual barrier', quote: 'one individual' },
        { criteria: ['2.2', '2.3'], count: 1, what: 'team barrier', quote: 'one team' },
        { criteria: ['2.2', '2.3'], count: 1, what: 'organisational barrier', quote: 'one organisational barrier' },
      ],
    },
    3: {
      indicativeContent: [
        'The legal and organisational factors that affect the communication type/channel',
        'How to match a suitable communication type/channel to a target audience',
        'Communication types, e.g., letters, memos, reports, newsletters, noticeboards; verbal: telephone calls, video conferencing, briefings and meetings, presentations; digital: intranet, emails, blogs, instant messaging, discussion forums, posts on social media sites, web chat, avatars, skype, electronic forms, apps, podcasts and webinars',
      ],
      guidance: [
        "At least two types of target audience should be considered with an evaluation of how the learner would approach them differently. The learner should select one of the audiences that they have evaluated for 3.1, and create a communications plan related to them with at least three communication activities. An analysis of their own communication preferences should be completed with at least two actions specified to improve their own communications with colleagues and customers. Learners should ideally use their own organisation's audiences in their response to this LO. If they are not currently in a sales role, two realistic case study audiences should be signposted for them to use.",
      ],
      minimums: [
        { criteria: ['3.1'], count: 2, what: 'types of target audience evaluated', quote: 'At least two types of target audience' },
        { criteria: ['3.2'], count: 1, what: 'evaluated audience chosen for the communications plan', quote: 'select one of the audiences' },
        { criteria: ['3.2'], count: 3, what: 'communication activities in the plan', quote: 'at least three communication activities' },
        { criteria: ['3.3'], count: 2, what: 'actions to improve own communications', quote: 'at least two actions' },
        { criteria: ['3.1', '3.2'], count: 2, what: 'realistic case study audiences, if not in a sales role', quote: 'two realistic case study audiences' },
      ],
    },
  },
  corrections: [{ line: 653, reads: 'The role that c ommunication', reading: 'The role that communication' }],
};

export default L3B1;
