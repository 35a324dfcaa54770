import type { WorkbookExample } from '../example';

/** L2S3 worked example, written for the toolkit: a fictional telesales adviser at an energy broker. */
const example: WorkbookExample = {
  name: 'L2S3 workbook: Brightline Energy Brokers (worked example)',
  answers: {
    '1.1':
      'Brightline Energy Brokers (a fictional case study) sells gas and electricity contracts to small businesses by phone. The Consumer Rights Act 2015 means the service we sell must be provided with reasonable care and skill, so the organisation must describe contracts accurately and honour what advisers promise. The Data Protection Act 2018 and UK GDPR mean we may only call and record prospects lawfully: the organisation keeps a lawful basis for each record, screens numbers against the Telephone Preference Service and deletes data it no longer needs. Health and safety law also applies to the call centre itself (breaks, display screen equipment).',
    '1.2':
      'Energy brokers are regulated by Ofgem through the supplier licence conditions and the Microbusiness Consumer Protection rules, which require brokers to disclose their commission and give customers the principal contract terms before they agree. Brightline must register with a dispute resolution scheme (the Energy Ombudsman) and tell customers how to complain. The Information Commissioner’s Office regulates the way we hold and use personal data, and the Privacy and Electronic Communications Regulations govern marketing calls and emails.',
    '1.3':
      'For the organisation: a breach of the data protection rules can bring an ICO investigation and a fine, and mis-selling can lead to Ofgem enforcement, refunds to customers and the loss of supplier partnerships, with the reputation damage that follows. For the individual sales professional: an adviser who mis-sells or misuses data faces disciplinary action up to dismissal, can lose their reference and, in serious cases (knowingly obtaining personal data unlawfully), can be prosecuted personally.',
    '2.1':
      'Ethical selling builds trust, so customers renew with us rather than shopping around, which makes revenue more predictable. Satisfied customers refer other businesses: a quarter of Brightline’s new leads come from referrals. It also protects the brand with suppliers and regulators, and staff are prouder to work for a company that treats customers fairly, so fewer leave.',
    '2.2':
      'Honesty: saying plainly what the contract costs, including our commission, even when a customer does not ask. Fairness: recommending the tariff that suits the customer’s usage, not the one that pays the most commission. Clear communication: confirming the term, the price and the cancellation rights in writing after the call, in plain words. These behaviours follow the ISP Code of Conduct, which asks members to act with integrity and put customers’ interests first.',
    '2.3':
      'For the organisation: unethical practice leads to complaints, cancelled contracts and lost sales, reputational damage on review sites, and high staff turnover that makes recruiting harder. For the individual: a sales professional who acts unethically loses customers’ trust and their own reputation, may be dismissed and can lose professional membership (the ISP can withdraw it for breaching its Code of Conduct).',
  },
  lists: {
    'lo1: at least one UK law': ['Consumer Rights Act 2015: the organisation must describe the service accurately and provide it with reasonable care and skill.', 'Data Protection Act 2018: the organisation must have a lawful basis for holding prospects’ data and must screen and delete it properly.'],
    'lo1: and one regulatory framework': ['Ofgem’s rules for brokers dealing with microbusinesses: the organisation must disclose commission and the principal terms before the customer agrees.'],
    'lo1: at least one consequence for the organisation': ['An ICO fine and an investigation for calling numbers registered with the Telephone Preference Service.'],
    'lo1: at least one consequence for a sales professional': ['Dismissal for gross misconduct after mis-selling a contract.'],
    'lo2: at least three organisational benefits': ['Customer trust and loyalty: more renewals.', 'More referrals from satisfied customers.', 'Higher staff pride and morale, so fewer leave.'],
    'lo2: at least three behaviours': ['Honesty about price and commission.', 'Fairness: the tariff that suits the customer.', 'Clear communication, confirmed in writing.'],
    'lo2: at least one consequence for the organisation': ['Loss of sales and reputational damage from complaints.'],
    'lo2: at least one consequence for a sales professional': ['Loss of reputation and of ISP membership.'],
  },
};

export default example;
