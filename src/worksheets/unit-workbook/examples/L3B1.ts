import type { WorkbookExample } from '../example';

/** L3B1 worked example, written for the toolkit: a fictional account manager at an office supplies wholesaler. */
const example: WorkbookExample = {
  name: 'L3B1 workbook: Northgate Office Supplies (worked example)',
  answers: {
    '1.1':
      'At Northgate Office Supplies (a fictional case study) communication carries the sale through every stage. When prospecting, a clear first email earns a meeting; at needs analysis, open questions and active listening uncover what the customer values; at proposal stage a written summary in the customer’s own words shows we understood; after the sale, prompt updates on deliveries keep the account. Poor communication costs sales: a misread order loses trust. For the individual it builds credibility, for the team it keeps handovers clean, and for the organisation it protects the brand.',
    '1.2':
      'We use face-to-face meetings for first visits and negotiations; the telephone for quick follow-ups and reorders; email for proposals and confirmations that need a record; video calls for customers at other sites; and LinkedIn and our e-newsletter to reach many prospects at once. Formal channels (proposals, contracts) carry commitments; informal ones (a call, a chat at a trade show) build rapport.',
    '1.3':
      'Face to face is the strongest for trust and reading body language, but costly in travel time. Telephone is quick and personal but leaves no record unless notes are kept. Email is recorded and can be read at the customer’s convenience, but tone is easily misread and it is easily ignored. Video calls save travel and allow screen sharing, but depend on connections and lose some non-verbal cues. Each is most effective where its strength matters: meetings for complex or high-value deals, email for terms and confirmations.',
    '1.4':
      'Legal factors: UK GDPR and the Data Protection Act 2018 govern what we may hold about prospects and how we may contact them, so marketing emails need consent or legitimate interest and an opt-out. Organisational factors: our brand guidelines and email policy set tone, signature and templates, and quotes over £10,000 must be approved before they are sent. Other factors include time pressure, the customer’s preferred channel and the technology available.',
    '2.1':
      'Schramm’s model sees communication as a cycle: a sender encodes a message, sends it through a channel, the receiver decodes it within their own field of experience and gives feedback, which the sender decodes in turn. At work, when I send a proposal (encode and send), the buyer reads it against their own experience (decode) and replies with questions (feedback); I adjust and resend. Where our fields of experience overlap (shared terms, shared goals) understanding is best, so I avoid our internal jargon.',
    '2.2':
      'Barriers stop the message being received as meant. Individual barriers include language and jargon, assumptions and emotions (a stressed buyer hears only price). Team barriers include unclear roles and information held by one person. Organisational barriers include slow approval processes, a culture of email for everything, and systems that do not share data between sales and operations.',
    '2.3':
      'Avoiding jargon and checking understanding works well for individual barriers and costs nothing, though it needs discipline under pressure. For team barriers, a shared CRM note after each customer contact means anyone can pick up the account; it only works if everyone updates it, so our manager reviews it weekly. For organisational barriers, agreeing a faster approval route for standard quotes removes delay but needs management support; it is the most effective but the slowest to achieve.',
    '3.1':
      'I evaluated two audiences. Existing small-business customers prefer short emails and a phone call from someone they know; they respond to offers and reminders at reorder time. Procurement teams at large organisations need formal written proposals, compliance information and scheduled meetings; informal channels can look unprofessional to them. Legal factors (consent for marketing emails) and our brand guidelines apply to both; the budget and size of the account decide how much face-to-face time is justified.',
    '3.2':
      'Plan for existing small-business customers, November to January: 1) a personal email before each customer’s usual reorder date, with their last order attached; 2) a phone call two days later to anyone who has not replied; 3) a quarterly e-newsletter with seasonal offers, sent only to those who opted in; 4) a review of responses at the end of January. Responsibilities, dates and measures (reply rate, reorders) are in the plan document.',
    '3.3':
      'I prefer email: it gives me time to think and leaves a record. My manager’s observation and my own review showed that I avoid the phone when a customer is unhappy, and that my emails can be long. Improvement actions: call, rather than email, any customer who raises a complaint, within one working day; and keep customer emails under 150 words with one clear next step, checked by my manager for four weeks.',
  },
  records: {
    '3.1': [{ what: 'Written evaluation of two target audiences, reviewed with my manager', where: 'Portfolio section L3B1, pages 4–5', date: '2026-10-02', by: 'Alex Morgan, sales manager' }],
    '3.2': [{ what: 'Communications plan for existing small-business customers (November to January)', where: 'Portfolio section L3B1, pages 6–7', date: '2026-10-09', by: 'Alex Morgan, sales manager (plan agreed)' }],
    '3.3': [{ what: 'Self-analysis of my communication preferences, with manager’s observation notes and two agreed actions', where: 'Portfolio section L3B1, page 8', date: '2026-10-16', by: 'Alex Morgan, sales manager (observation)' }],
  },
  lists: {
    'lo1: at least two workplace examples': ['A clear follow-up email after a trade show won a meeting with a new café chain.', 'A misread phone order (boxes instead of packs) cost us a reorder until we confirmed orders by email.'],
    'lo1: at least four communication channels': ['Face to face: first visits to new customers.', 'Telephone: reorder reminders.', 'Email: proposals and confirmations.', 'Video call: reviews with customers at other sites.'],
    'lo1: at least four communication types': [
      'Meetings: strong for trust, costly in time; best for high-value deals.',
      'Phone calls: quick and personal, no record; best for follow-ups.',
      'Emails: a record, easily ignored; best for terms and confirmations.',
      'E-newsletters: reach many cheaply, impersonal; best for offers to opted-in customers.',
    ],
    'lo1: at least one legal': ['UK GDPR and the Data Protection Act 2018: consent or legitimate interest for marketing emails.'],
    'lo1: at least one organisational factor': ['Brand guidelines and the approval of quotes over £10,000.'],
    'lo2: at least one communication cycle': ['Schramm’s model: a proposal sent, read, questioned and revised.'],
    'lo2: At least three barriers to effective communication': ['Jargon: overcome by plain words and checking understanding.', 'Information held by one person: overcome by CRM notes after every contact.', 'Slow quote approval: overcome by a fast route for standard quotes.'],
    'lo2: one individual': ['Jargon and assumptions in my own emails.'],
    'lo2: one team': ['Account information held by one person, not shared.'],
    'lo2: one organisational barrier': ['Slow approval process for quotes.'],
    'lo3: At least two types of target audience': ['Existing small-business customers.', 'Procurement teams at large organisations.'],
    'lo3: select one of the audiences': ['Existing small-business customers.'],
    'lo3: at least three communication activities': ['Personal email before the reorder date.', 'Follow-up phone call two days later.', 'Quarterly e-newsletter to opted-in customers.'],
    'lo3: at least two actions': ['Call, not email, any customer who complains, within one working day.', 'Keep customer emails under 150 words with one next step.'],
  },
};

export default example;
