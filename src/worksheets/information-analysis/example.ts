import { EXAMPLE_FIGURES_CSV } from './example-figures';
import { readSalesTable } from './figures';
import { CRITERIA, type InformationAnalysisData, type Scores, type Source } from './model';

/** Scores in CRITERIA order (currency, accuracy, authority, relevance, sufficiency), each with its reason. */
function scores(values: readonly [number, number, number, number, number], reasons: readonly [string, string, string, string, string]): Scores {
  return Object.fromEntries(CRITERIA.map((c, i) => [c, { score: String(values[i]), reason: reasons[i] }])) as Scores;
}

const source = (s: Omit<Source, 'scores'>, values: Parameters<typeof scores>[0], reasons: Parameters<typeof scores>[1]): Source => ({ ...s, scores: scores(values, reasons) });

/** The example's figures, read from its CSV with the same checks as a learner's import (its rows are clean: no quotes or commas inside cells). */
function exampleRows() {
  const result = readSalesTable(EXAMPLE_FIGURES_CSV.trim().split('\n').map((line) => line.split(',')));
  if (!result.ok) throw new Error(`The worked example's figures do not read: ${result.reason}`);
  return result.rows;
}

/**
 * A fictional worked example a tutor can open in one click, written for the toolkit (any likeness
 * to a real business is chance): an account manager at a catering supplies wholesaler in the South
 * West analyses two years of sales and the market around them. It meets every completeness rule
 * and every good-practice suggestion.
 */
export function createInformationAnalysisExample(): { name: string; data: InformationAnalysisData } {
  return {
    name: 'Worked example: sales information analysis, Wessex Catering Supplies',
    data: {
      organisation: {
        name: 'Wessex Catering Supplies Ltd (fictional)',
        sector: 'Wholesale catering consumables for cafés, holiday parks, schools and care homes',
        kind: 'own',
        description:
          'A Bristol wholesaler of disposables, compostable packaging, cleaning products and coffee and tea, delivering across Bristol, Somerset, Devon and Cornwall. Twelve staff; I am one of five account managers.',
      },
      purpose: 'To decide where the South West team should focus in 2027: which regions, customers and product lines to put first, and how to answer competitors’ prices.',
      needs: [
        { id: 'need-market', area: 'markets', what: 'How the South West hospitality and care market is changing: openings and closures of cafés, holiday parks and care homes, by county', why: 'To decide which counties to put our time into next year.' },
        { id: 'need-packaging', area: 'markets', what: 'How demand for compostable and plastic-free packaging is growing', why: 'To plan stock and the range, as single-use plastics rules tighten.' },
        { id: 'need-customers', area: 'customers', what: 'Which customers and product lines make most of our sales, and how each is trending', why: 'To plan account management time and spot accounts at risk.' },
        { id: 'need-competitors', area: 'competitors', what: 'Competitors’ prices, ranges and delivery terms for disposables and compostables', why: 'To answer price challenges and decide where we can compete.' },
      ],
      sources: [
        source(
          { id: 'src-crm', name: 'Our CRM and sales records', kind: 'internal', type: 'crm', needId: 'need-customers', provides: 'Invoiced sales by month, customer, region and product line; account notes from visits.', benefitsRisks: 'Free, detailed and ours; but it shows only our customers, not the market, and notes depend on what each of us records.' },
          [5, 5, 4, 5, 4],
          ['Updated daily as orders are invoiced.', 'Matches the finance ledger each month within £50.', 'Our own system of record, audited yearly.', 'Exactly our customers and products.', 'Two full years, every invoice; visit notes are patchy.'],
        ),
        source(
          { id: 'src-assoc', name: 'South West Hospitality Association annual market report (fictional)', kind: 'external', type: 'industry-body', needId: 'need-market', provides: 'Openings and closures by county, members’ survey of buying and suppliers.', benefitsRisks: 'Independent and county by county; members only (£95), and the survey is of members, so small cafés are under-represented.' },
          [4, 4, 5, 4, 3],
          ['Published September 2026, covering 2025–26.', 'Survey of 412 members with the method stated; county counts from licensing data.', 'The region’s industry body, used by councils.', 'Covers cafés, holiday parks and care homes in our four counties.', 'Good on counts; little on packaging or prices.'],
        ),
        source(
          { id: 'src-web', name: 'Competitors’ websites and price lists', kind: 'external', type: 'competitor-website', needId: 'need-competitors', provides: 'List prices, ranges, delivery terms and offers of our four main competitors.', benefitsRisks: 'Free and current; list prices are not what big customers pay, and offers change without notice.' },
          [5, 3, 3, 5, 4],
          ['Checked on 20 October 2026; prices change monthly.', 'List prices only; discounts to large accounts are not shown.', 'The competitors’ own claims, written to sell.', 'The same product lines we sell.', 'All four competitors, 40 comparable lines.'],
        ),
        source(
          { id: 'src-ons', name: 'ONS business counts and Visit Cornwall visitor statistics', kind: 'external', type: 'government-statistics', needId: 'need-market', provides: 'Numbers of food and accommodation businesses by county; visitor numbers by month.', benefitsRisks: 'Free and official; but a year or more behind and not about our products.' },
          [3, 5, 5, 3, 3],
          ['The latest figures are for 2025.', 'Official statistics with stated methods.', 'The Office for National Statistics and the county tourism body.', 'Businesses by sector, not what they buy.', 'Counts only; nothing on spend or suppliers.'],
        ),
        source(
          { id: 'src-mag', name: 'Catering Supplies Today (fictional trade magazine)', kind: 'external', type: 'sector-magazine', needId: 'need-packaging', provides: 'News on packaging rules, product launches and suppliers.', benefitsRisks: 'Cheap and readable; national, and some articles are paid for by suppliers.' },
          [3, 3, 3, 4, 3],
          ['Monthly; news can be weeks old.', 'Journalism, rarely with sources for figures.', 'Some articles are advertising features.', 'Packaging news is relevant; little on the South West.', 'Short articles; no regional detail.'],
        ),
        source(
          { id: 'src-events', name: 'Colleagues’ notes from networking events', kind: 'internal', type: 'networking-event', needId: 'need-competitors', provides: 'What customers and other suppliers say at trade evenings.', benefitsRisks: 'Fresh and local; hearsay, and only what people chose to say.' },
          [4, 2, 2, 4, 2],
          ['From this autumn’s two trade evenings.', 'Second-hand and not checked.', 'Opinions of whoever we met.', 'About our customers and competitors.', 'A handful of conversations.'],
        ),
      ],
      findings: {
        markets: [
          { id: 'find-m1', sourceId: 'src-assoc', needId: 'need-market', finding: 'Café and holiday-park openings in Cornwall were up 9 % in 2025–26 on the year before; care-home beds in Somerset fell 4 % as two groups merged.', date: '2026-10-12' },
          { id: 'find-m2', sourceId: 'src-crm', needId: 'need-market', finding: 'Our sales follow the tourist season: every summer since 2024 is our busiest, led by holiday parks and Cornish cafés.', date: '2026-11-02' },
        ],
        customers: [
          { id: 'find-c1', sourceId: 'src-crm', needId: 'need-customers', finding: 'Mendip Care Homes moved from weekly to fortnightly orders in March 2026 (account notes); Kernow Kitchens opened a second site in May 2026.', date: '2026-11-02' },
          { id: 'find-c2', sourceId: 'src-assoc', needId: 'need-customers', finding: 'Care-home groups are moving to single national suppliers on three-year contracts (31 % of care members surveyed).', date: '2026-10-12' },
        ],
        competitors: [
          { id: 'find-k1', sourceId: 'src-web', needId: 'need-competitors', finding: 'CaterDirect UK (fictional) cut its disposables list prices by about 10 % in April 2026 and offers free next-day delivery over £150 in Bristol.', date: '2026-10-20' },
          { id: 'find-k2', sourceId: 'src-web', needId: 'need-competitors', finding: 'Three of our four competitors now list compostable ranges (one did a year ago); GreenServe (fictional) is 8–12 % below our prices on six of eight comparable lines.', date: '2026-10-20' },
          { id: 'find-k3', sourceId: 'src-assoc', needId: 'need-competitors', finding: 'Members give price as the main reason for changing supplier (54 %), then delivery reliability (29 %).', date: '2026-10-12' },
        ],
      },
      figures: {
        fileName: 'wessex-sales-nov24-oct26.csv',
        importedOn: '2026-11-02',
        about:
          'Exported from our CRM’s invoiced sales report (net of VAT, credit notes netted off) for November 2024 to October 2026. Checked for accuracy against the finance team’s monthly sales ledger: every month agrees within £50.',
        rows: exampleRows(),
        skippedRows: 0,
      },
      analyses: [
        { id: 'an-trend', tool: 'trend', by: '', name: '', note: 'Sales rise from March to a peak in July or August and fall back by November, both years; the 3-month average shows the second year running a little above the first.' },
        { id: 'an-pareto', tool: 'pareto', by: 'customer', name: '', note: 'Half our customers (4 of 8) make 85 % of sales; the top two alone make 61 %.' },
        { id: 'an-customers', tool: 'comparison', by: 'customer', name: '', note: 'Mendip Care Homes fell 8.3 % while the Cornish independents grew fastest (St Ives Bakehouse +44.5 %, Kernow Kitchens +34.1 %).' },
        { id: 'an-products', tool: 'comparison', by: 'product', name: '', note: 'Compostable packaging grew 37.2 % while disposables fell 3.9 % and cleaning 5.4 %.' },
        { id: 'an-prices', tool: 'other', by: '', name: 'Competitor price comparison', note: 'Our list prices against four competitors on 40 comparable lines: we are dearest on 11 compostable and disposable lines, cheapest on coffee and tea.' },
      ],
      trends: {
        markets: [
          { id: 'tr-m1', statement: 'Sales are seasonal: they peak in July and August and are lowest from November to February, following the tourist season.', shownBy: 'an-trend', figures: 'July 2025 £23,056 and July 2026 £24,070 against January 2025 £17,819 and January 2026 £18,288; the 3-month average peaked at £22,681 (August 2025) and £23,680 (August 2026).' },
          { id: 'tr-m2', statement: 'The market is moving from plastic disposables to compostable packaging.', shownBy: 'an-products', figures: 'Compostable packaging £40,317 in the latest 12 months against £29,391 (+37.2 %); disposables £94,030 against £97,843 (−3.9 %).' },
        ],
        customers: [
          { id: 'tr-c1', statement: 'Our sales depend on a few customers: two make more than half.', shownBy: 'an-pareto', figures: 'Harbourside Cafés 34.6 % and Mendip Care Homes 26.5 % of two years’ sales (61.1 %); 4 of 8 customers make 85.2 %.' },
          { id: 'tr-c2', statement: 'Our largest care customer is buying less, while Cornish independents buy more.', shownBy: 'an-customers', figures: 'Mendip Care Homes £61,746 against £67,334 (−8.3 %); Kernow Kitchens £31,306 against £23,345 (+34.1 %); St Ives Bakehouse £10,750 against £7,441 (+44.5 %).' },
        ],
        competitors: [
          { id: 'tr-k1', statement: 'A competitor’s price cut is taking some of Harbourside Cafés’ disposables business.', shownBy: 'find-k1', figures: 'Harbourside’s disposables £29,312 from April to October 2026 against £32,445 a year before (−9.7 %), from the month CaterDirect cut its prices.' },
          { id: 'tr-k2', statement: 'Competitors are moving into compostable packaging, and pricing below us.', shownBy: 'an-prices', figures: 'Three of four competitors now list compostables (one a year ago); GreenServe 8–12 % below us on six of eight lines.' },
        ],
      },
      audiences: [
        {
          id: 'aud-manager',
          who: 'Sarah Okafor, Sales Manager (South West)',
          level: 'manager',
          format: 'summary',
          message:
            'Summary: sales analysis, November 2024 to October 2026. Recommendation: move one day a week of account time from Somerset to Cornwall, and ask for a compostable price review. Why: sales grew 3.6 % to £248,091, but Cornwall grew 36.6 % while Somerset fell 7.4 %; compostable packaging grew 37.2 %, and competitors now undercut us on it by 8–12 %. Risks: Mendip Care Homes (26.5 % of sales) is down 8.3 % and care groups are moving to national contracts; CaterDirect’s April price cut has cost us about £3,100 at Harbourside. Chart attached.',
          shaping: 'Recommendation first, then the four figures behind it and the two risks, on one page; the chart attached; no detail of how sources were scored, which she can ask for.',
        },
        {
          id: 'aud-peers',
          who: 'The other four account managers',
          level: 'peers',
          format: 'email',
          message:
            'Hi all, a few things from the two-year sales figures that affect our accounts. 1. Summer is 30 % busier than winter: let’s book holiday-park reviews for March, before the peak. 2. Compostables are up 37 % and GreenServe is quoting 8–12 % below us: if a customer mentions them, log it in the CRM so we can build the case for a price review. 3. CaterDirect’s delivery offer is landing in Bristol: please check your café accounts’ disposables orders. Full tables on the shared drive. Thanks, Amira',
          shaping: 'Written as colleagues, short and practical: what each finding means for their own accounts and what to do, with only the figures they need; the full analysis linked, not attached.',
        },
      ],
      strategy:
        'Against our 2027 sales strategy (grow 5 % and protect our top accounts), the analysis says the growth is in Cornwall and in compostables, and the risk is in our two largest accounts. The information is valuable because it is current and from our own records, checked against the ledger; the market and competitor parts rest on one report and list prices, so we should test them with customers before changing prices.',
    },
  };
}
