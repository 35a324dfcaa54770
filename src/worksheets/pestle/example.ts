import type { ExternalFactor, InternalForce, PestleData } from './model';

type Rated = Omit<ExternalFactor, 'id'>;

const external = (items: Rated[]): ExternalFactor[] => items.map((item, i) => ({ ...item, id: `example-ext-${i + 1}` }));
const internal = (items: Array<Omit<InternalForce, 'id'>>): InternalForce[] =>
  items.map((item, i) => ({ ...item, id: `example-int-${i + 1}` }));

/** A fictional case-study organisation a tutor can open in one click. */
export function createPestleExample(): { name: string; data: PestleData } {
  return {
    name: 'Worked example: Brightwave Home Energy',
    data: {
      organisation: {
        name: 'Brightwave Home Energy Ltd (fictional case study)',
        sector: 'Residential solar panels, batteries and heat pumps',
        kind: 'case-study',
        description:
          'A private limited company in the East Midlands with 85 staff. It sells and installs solar panels, home batteries and air-source heat pumps to homeowners, through a field sales team, a telesales team and its website.',
      },
      timeFrame: 'The next two years (2027–2028)',
      internal: internal([
        {
          heading: 'strategy',
          factor: 'Growth plan to double heat-pump sales',
          evidence: 'Board strategy paper, January 2026',
          impact: 'Sales targets for heat pumps rise 100 % while installer capacity grows only 40 %.',
          direction: 'opportunity',
          impactRating: 4,
          likelihood: 4,
          timeFrame: 'medium',
          salesImplication: 'Field sales must qualify harder and book installs around capacity, or promises will be broken.',
        },
        {
          heading: 'resources-infrastructure',
          factor: 'Outdated CRM system',
          evidence: 'Sales operations review: 30 % of leads have no follow-up date',
          impact: 'Leads are lost and reporting on conversion is unreliable.',
          direction: 'threat',
          impactRating: 4,
          likelihood: 5,
          timeFrame: 'short',
          salesImplication: 'Agree a manual follow-up routine now and make the case for a CRM upgrade with lost-lead figures.',
        },
        {
          heading: 'culture',
          factor: 'Strong customer-first culture',
          evidence: 'Trustpilot rating 4.8 from 1,900 reviews',
          impact: 'Referrals bring 25 % of new customers at low cost.',
          direction: 'opportunity',
          impactRating: 3,
          likelihood: 4,
          timeFrame: 'short',
          salesImplication: 'Build a referral scheme into every handover call.',
        },
      ]),
      external: external([
        {
          heading: 'political',
          factor: 'Boiler Upgrade Scheme grant continues',
          evidence: 'GOV.UK scheme guidance, 2026',
          impact: 'A £7,500 grant brings heat pumps within reach of more households.',
          direction: 'opportunity',
          impactRating: 5,
          likelihood: 4,
          timeFrame: 'medium',
          salesImplication: 'Lead every heat-pump conversation with the grant and handle the paperwork for the customer.',
        },
        {
          heading: 'economic',
          factor: 'High interest rates squeeze household budgets',
          evidence: 'Bank of England base rate announcements',
          impact: 'Customers delay large purchases or ask for finance.',
          direction: 'threat',
          impactRating: 4,
          likelihood: 4,
          timeFrame: 'short',
          salesImplication: 'Offer finance options early and show payback in monthly savings, not total price.',
        },
        {
          heading: 'economic',
          factor: 'Energy prices stay above 2021 levels',
          evidence: 'Ofgem price cap updates',
          impact: 'Customers want to cut bills, which raises interest in solar and batteries.',
          direction: 'opportunity',
          impactRating: 4,
          likelihood: 5,
          timeFrame: 'medium',
          salesImplication: 'Use each prospect’s own bills to show savings in the first meeting.',
        },
        {
          heading: 'social',
          factor: 'Growing concern about climate change',
          evidence: 'ONS opinions and lifestyle survey',
          impact: 'More homeowners see low-carbon heating as the right thing to do.',
          direction: 'opportunity',
          impactRating: 3,
          likelihood: 4,
          timeFrame: 'long',
          salesImplication: 'Combine the environmental message with the money saved for the broadest appeal.',
        },
        {
          heading: 'technological',
          factor: 'Cheaper, better home batteries',
          evidence: 'Supplier price lists 2025–2026',
          impact: 'Batteries become affordable add-ons to solar installs.',
          direction: 'opportunity',
          impactRating: 4,
          likelihood: 4,
          timeFrame: 'short',
          salesImplication: 'Train the team to offer a battery with every solar quote (cross-selling).',
        },
        {
          heading: 'legal',
          factor: 'Consumer protection rules on doorstep and distance selling',
          evidence: 'Consumer Contracts Regulations 2013; Trading Standards guidance',
          impact: 'A 14-day cancellation right and strict rules on pressure selling.',
          direction: 'threat',
          impactRating: 3,
          likelihood: 5,
          timeFrame: 'short',
          salesImplication: 'Script compliant closes and record the cancellation notice in every sale.',
        },
        {
          heading: 'environmental',
          factor: 'Net-zero target for UK homes',
          evidence: 'Climate Change Act 2008 (2050 target)',
          impact: 'Long-term demand for low-carbon heating is secure.',
          direction: 'opportunity',
          impactRating: 5,
          likelihood: 3,
          timeFrame: 'long',
          salesImplication: 'Position Brightwave as the local expert for the move off gas boilers.',
        },
      ]),
      summary: {
        opportunities:
          'The strongest opportunities are the Boiler Upgrade Scheme grant (priority 20) and high energy prices (priority 20): together they make the financial case for heat pumps and solar. Cheaper batteries (16) give a cross-selling opportunity on every solar quote.',
        threats:
          'The biggest threats are the outdated CRM (20), which loses leads, and high interest rates (16), which delay purchases. Consumer protection law (15) is a threat only if selling is non-compliant, so the sales team needs compliant scripts.',
      },
    },
  };
}
