/** The how-to-play text and the glossary, as data (tested for completeness; rendered as text only). */

/** A glossary entry. */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** The terms every player meets, in alphabetical order. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Backlog',
    definition:
      'Orders customers placed that you could not ship yet. They wait for the next months; some customers give up each month (lost sales).',
  },
  {
    term: 'Bullwhip',
    definition:
      'Small changes in real demand turning into big swings in orders and production further up the chain — often made worse by promotions and over-reaction.',
  },
  {
    term: 'Consensus',
    definition:
      'The one plan Sales and Operations both sign at the consensus meeting. Alignment is scored on it.',
  },
  {
    term: 'Demand plan',
    definition:
      'Sales’ forecast for this month and the next two (none past the game’s last month), with promotions and accepted key-account deals.',
  },
  {
    term: 'Fill rate',
    definition:
      'Units shipped divided by what customers wanted (this month’s demand plus the backlog). 100 % means nobody waited.',
  },
  { term: 'Forecast', definition: 'Sales’ best estimate of how many units customers will order in a month.' },
  {
    term: 'Lead time',
    definition:
      'How long between ordering material and having it. With a one-month lead time, material ordered now arrives next month.',
  },
  {
    term: 'Safety stock',
    definition:
      'Extra finished goods kept on purpose to absorb surprises in demand or supply. Too little risks backlog; too much costs holding.',
  },
  {
    term: 'Supply plan',
    definition:
      'Operations’ production plan for this month and the next two (none past the game’s last month), with material orders, overtime and expediting. No material is ordered that would arrive after the game ends.',
  },
  {
    term: 'Utilisation',
    definition:
      'The share of the plant’s regular hours used this month. Over 100 % needs overtime, which costs a premium.',
  },
];

/** One section of the how-to-play page. */
export interface HelpSection {
  title: string;
  paragraphs: string[];
}

/** The how-to-play page: the round, the roles, the three scores, the incentives. */
export const HOW_TO_PLAY: readonly HelpSection[] = [
  {
    title: 'The round: one month of S&OP',
    paragraphs: [
      'Briefing: read last month’s actuals and the news. Sales’ turn: forecast demand for three months, choose promotions, accept or decline key-account deals. Operations’ turn: plan production for three months, order materials, book overtime or expedite.',
      'Consensus meeting: both plans side by side, with the projected inventory, fill rate and profit. Each role may revise its plan once; then both sign off. Execution: the month plays out with real demand and real surprises. Round report: your scores and one lesson.',
    ],
  },
  {
    title: 'The roles',
    paragraphs: [
      'Sales sees market intelligence (customer signals, competitor moves) and earns a bonus on revenue. Operations sees supply intelligence (supplier, plant, logistics) and earns a bonus on low unit cost.',
      'Roles swap every round (or every few rounds), so everyone learns both sides. Intelligence cards help the team only when shared — press Share on a card to show it to the other role.',
    ],
  },
  {
    title: 'The three scores',
    paragraphs: [
      'Alignment: does the agreed supply plan cover the agreed demand plan over the next three months, without planned shortage or excess?',
      'Balance: did you meet demand (fill rate) without piling up stock (inventory health)? Execution: was the forecast close to real demand, and did the plant make what was planned?',
    ],
  },
  {
    title: 'The incentives',
    paragraphs: [
      'Each role’s bonus rewards its own numbers, not the team’s. An optimistic forecast lifts Sales’ bonus; a lean, cautious plan lifts Operations’. The team score rewards a plan both sides can keep. Watch the gap — that is the lesson of S&OP.',
    ],
  },
  {
    title: 'Keyboard',
    paragraphs: [
      'Tab moves between fields and buttons, Enter submits a form, arrow keys change a choice, and Escape closes this page or the settings without losing anything you typed.',
    ],
  },
];
