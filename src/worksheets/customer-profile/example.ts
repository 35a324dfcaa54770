import type { BasisExplanation, Customer, CustomerProfileData, Profile } from './model';

const explanations = (prefix: string, items: Array<Omit<BasisExplanation, 'id'>>): BasisExplanation[] =>
  items.map((item, i) => ({ ...item, id: `example-${prefix}-${i + 1}` }));

const HILLTOP_ID = 'example-customer-1';
const MERIDIAN_ID = 'example-customer-2';

const hilltop: Customer = {
  id: HILLTOP_ID,
  name: 'Hilltop Café',
  description: 'An independent café in Sheffield city centre, owner-managed, open seven days a week. A customer since 2021.',
  customerType: 'quality-conscious',
  dataSource: 'crm',
  dataSourceDetail: 'CRM order history 2024–2026 and notes from three account visits',
  characteristics: {
    industry: 'Food and drink service: SIC 56102 (unlicensed restaurants and cafés)',
    size: '9 staff, turnover about £420,000 a year, one site',
    location: 'Sheffield city centre, within our same-day delivery area',
    structure: 'Owner-managed limited company; the owner buys everything herself',
    'buying-process': 'Straight re-buy of beans and milk weekly; a modified re-buy when equipment needs replacing',
    'purchasing-criteria': 'Coffee quality and consistency first, then reliable delivery; price matters less',
  },
  dmu: {
    initiator: 'Head barista (notices when beans or parts run low)',
    user: 'Baristas',
    influencer: 'Head barista and regular customers’ feedback',
    decider: 'Owner',
    buyer: 'Owner',
    gatekeeper: 'None: the owner answers her own phone',
  },
  motivations:
    'Wants to be known for the best coffee in the area and takes pride in the craft; wants a supplier who helps her grow.',
  motivationTheory: 'maslow',
  theoryLink: 'Esteem and self-actualisation: recognition for quality and running the café she always wanted.',
  attitudes: 'Sees us as a partner, not just a supplier. Sceptical of cheap beans and of big chains. Open to trying new single-origin coffees.',
  behaviours:
    'Orders every week by phone, usually on Monday. Joins our tasting events. Has recommended us to two other cafés. Rarely uses promotions.',
  numbers: {
    averageOrderValue: '180',
    purchasesPerYear: '48',
    grossMarginPercent: '32',
    relationshipYears: '6',
    retentionPercent: '85',
    discountPercent: '10',
  },
};

const meridian: Customer = {
  id: MERIDIAN_ID,
  name: 'Meridian Accounting LLP',
  description: 'A firm of accountants with a staff kitchen and client meeting rooms in Leeds. A customer since 2024 through a bean-to-cup machine lease.',
  customerType: 'price-conscious',
  dataSource: 'sales-records',
  dataSourceDetail: 'Invoices and the lease agreement, plus a customer satisfaction survey (March 2026)',
  characteristics: {
    industry: 'Professional services: SIC 69201 (accounting and auditing activities)',
    size: '140 staff, turnover about £14 million a year, two offices',
    location: 'Leeds head office and a Bradford branch',
    structure: 'Limited liability partnership; purchasing is run centrally by the facilities team',
    'buying-process': 'Quarterly orders against a two-year lease; new equipment goes to three quotes approved by a partner',
    'purchasing-criteria': 'Total cost per cup, machine reliability and quick repairs, invoice accuracy',
  },
  dmu: {
    initiator: 'Office manager (staff complaints about the old machine)',
    user: 'Staff and visiting clients',
    influencer: 'Finance director (budget) and staff survey',
    decider: 'Managing partner',
    buyer: 'Facilities coordinator',
    gatekeeper: 'Reception and the facilities coordinator',
  },
  motivations: 'Wants a reliable, low-hassle service that keeps staff happy at a predictable cost.',
  motivationTheory: 'herzberg',
  theoryLink: 'Hygiene factors: a working machine and fair price stop complaints but do not excite them.',
  attitudes: 'Sees coffee as a necessary overhead. Cautious about change; trusts suppliers who keep promises. Compares prices every renewal.',
  behaviours: 'Orders four times a year in bulk by email. Calls only when the machine breaks. Asks for a discount at every renewal.',
  numbers: {
    averageOrderValue: '£1,250',
    purchasesPerYear: '4',
    grossMarginPercent: '22',
    relationshipYears: '3',
    retentionPercent: '70',
    discountPercent: '10',
  },
};

const profiles: Profile[] = [
  {
    id: 'example-profile-1',
    name: 'The craft café owner',
    basedOn: [HILLTOP_ID],
    narrative:
      'Sam, 38, left an office job to open her own café five years ago. She works behind the counter most days, reads coffee blogs and wants customers to say hers is the best coffee in town. She has little time for meetings but will always make time to taste something new.',
    keyMotivations: 'Pride in quality (esteem), growing a business she owns (self-actualisation), reliability she does not have to think about.',
    psychographic: 'Values craft, independence and local community; dislikes chains and anything that feels mass-produced.',
    behavioural: 'High usage rate (weekly orders), loyal for years, recommends suppliers to other owners, responds to tastings rather than discounts.',
    preferredChannels: 'Phone and face-to-face visits; Instagram for new products; tasting events.',
    salesApproach:
      'Consultative, relationship-led selling: regular visits, tastings and barista training. Cross-sell equipment servicing and new single-origin beans; never lead with price.',
    marketingMessage: '“Coffee your customers will cross town for.” Stories about origin and craft, with invitations to tastings.',
  },
  {
    id: 'example-profile-2',
    name: 'The cost-focused office buyer',
    basedOn: [MERIDIAN_ID],
    narrative:
      'Priya, 45, is facilities coordinator for a professional firm. Coffee is one of forty contracts she manages. She is judged on cost and on having no complaints, so she wants a supplier who is invisible when things work and fast when they do not.',
    keyMotivations: 'Avoiding complaints and budget overruns (Herzberg hygiene factors); a predictable, easy-to-approve cost.',
    psychographic: 'Risk-averse and process-driven; values reliability and clear paperwork over novelty.',
    behavioural: 'Low purchase frequency with large orders, price checks at each renewal, contacts us only for repairs.',
    preferredChannels: 'Email and a quarterly account review by video call; written quotes she can forward to the partner.',
    salesApproach:
      'Value-based selling to the whole decision-making unit: show cost per cup and uptime figures to the finance director, offer a service-level agreement and a three-year renewal with a fixed price.',
    marketingMessage: '“Great coffee, zero hassle, one fixed monthly cost.” Case studies from similar offices with cost figures.',
  },
];

/** A fictional B2B case study a tutor can open in one click; every rule is met. A fresh copy each call. */
export function createCustomerProfileExample(): { name: string; data: CustomerProfileData } {
  return structuredClone({
    name: 'Worked example: Roastline Coffee Systems',
    data: {
      organisation: {
        // Written as by a learner who works there: L3B3 asks for the learner's own organisation.
        name: 'Roastline Coffee Systems Ltd (fictional)',
        sector: 'Coffee beans, machines and servicing for cafés and offices',
        kind: 'own',
        description:
          'A Yorkshire coffee roaster with 35 staff. It supplies beans, milk and syrups and sells, leases and services espresso and bean-to-cup machines for about 600 business customers.',
      },
      market: 'b2b',
      segmentation: {
        consumer: explanations('consumer', [
          {
            basis: 'demographic',
            explanation: 'Groups consumers by age, gender, household and education, because these change what people need and can afford.',
            example: 'Costa targets young professionals with app offers and families with kids’ menus.',
          },
          {
            basis: 'geographic',
            explanation: 'Groups consumers by where they live or work, so products, prices and delivery suit each area.',
            example: 'Supermarkets stock more premium coffee in city-centre stores than in rural ones.',
          },
          {
            basis: 'psychographic',
            explanation: 'Groups consumers by lifestyle, values and interests, which explain why they choose one brand over another.',
            example: 'Ethical coffee brands aim at people who value fair trade and sustainability.',
          },
          {
            basis: 'behavioural',
            explanation: 'Groups consumers by what they do: how often they buy, loyalty and the benefits they look for.',
            example: 'Loyalty cards single out daily buyers for rewards that keep them coming back.',
          },
        ]),
        business: explanations('business', [
          {
            basis: 'industry',
            explanation: 'Groups business customers by sector using SIC codes, since each sector has different needs and buying cycles.',
            example: 'We treat SIC 56 (food and drink service) differently from SIC 69 (accounting) offices.',
          },
          {
            basis: 'size',
            explanation: 'Groups businesses by staff numbers and turnover, which shape order size and how formal buying is.',
            example: 'Firms with over 100 staff get an account manager; small cafés are served by telesales.',
          },
          {
            basis: 'location',
            explanation: 'Groups businesses by region so delivery routes and engineer cover can be planned.',
            example: 'Customers inside our same-day delivery area are offered weekly orders.',
          },
          {
            basis: 'buying-process',
            explanation: 'Groups businesses by how they buy and who is in the decision-making unit (initiator, user, influencer, decider, buyer, gatekeeper).',
            example: 'Public-sector customers buy through tenders; owner-managed cafés decide in one conversation.',
          },
        ]),
      },
      customerBases: ['industry', 'size', 'location', 'structure', 'buying-process', 'purchasing-criteria'],
      customers: [hilltop, meridian],
      analysis: {
        differences:
          'Hilltop Café is worth about five times as much to us over its lifetime (£16,588.80 against £3,300.00) even though each of its orders is much smaller (£180 against £1,250). The difference comes from frequency (48 orders a year against 4), a higher margin on specialty beans (32 % against 22 %) and a longer expected relationship. Hilltop buys on quality and a personal relationship with one decision-maker; Meridian buys on cost and reliability through a decision-making unit of five people. Hilltop’s motivations are motivators (esteem, pride); Meridian’s are hygiene factors, so it is at risk of leaving on price at renewal. We should invest account time in cafés like Hilltop and make offices like Meridian efficient to serve, with fixed-price service contracts to protect retention.',
        patterns:
          'A CRM report of all 600 accounts shows 210 independent cafés with weekly orders (average lifetime value about £14,000) and 95 offices ordering quarterly (about £3,500). Offices have the lower retention rate (70 % against 85 %).',
      },
      profiles,
      idealCustomer: {
        profileId: 'example-profile-1',
        reason:
          'The craft café owner has the highest lifetime value and retention. When prospecting we will look for independent cafés (SIC 56102) within the delivery area with 5–20 staff, and qualify them on whether the owner values quality over price.',
      },
    } satisfies CustomerProfileData,
  });
}
