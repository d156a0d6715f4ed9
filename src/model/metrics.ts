/**
 * What a Statistic can measure, the units it can be stated in, and how exact the source says it is.
 * Figures are claims: each Statistic also names who claims it and the report that states it.
 */
export const METRICS = {
  CUMULATIVE_WITHDRAWALS: 'Total number of people who have quit the party and its affiliated organizations to date.',
  DAILY_WITHDRAWALS: 'Withdrawals (or requests to withdraw) per day.',
  MONTHLY_WITHDRAWALS: 'Withdrawals in one month.',
  EVENT_WITHDRAWALS: 'Withdrawals made at one event.',
  SHARE_WITHDRAWN: 'Share of a population or membership that has withdrawn.',
  PRACTITIONER_COUNT: 'Number of practitioners of a spiritual practice.',
  MEMBERSHIP: 'Number of members of an organization.',
  MEMBER_AGE_RANGE: 'Ages an organization admits.',
  DEATH_TOLL: 'Number of people who died.',
  PARTICIPANTS: 'Number of people taking part in an event or signing a statement.',
  CAMPAIGN_COUNT: 'Number of political campaigns.',
  CAMP_COUNT: 'Number of camps or detention sites.',
  SURVEILLANCE_CITIES: 'Number of cities among the most surveilled in the world.',
  SURVEILLANCE_CAMERA_SHARE: 'Share of the world\'s surveillance cameras.',
  POPULATION: 'Number of people living under a government.',
  TAX_THRESHOLD: 'Annual tax paid above which a policy applies.',
  FAMILY_PARTY_MEMBERS: 'Party members within one family.',
  GROUP_SIZE: 'Number of people in a group the sources speak of together.',
} as const;
export type Metric = keyof typeof METRICS;

export const UNITS = {
  PEOPLE: 'people',
  PEOPLE_PER_DAY: 'people per day',
  PEOPLE_PER_MONTH: 'people per month',
  REQUESTS_PER_DAY: 'requests per day',
  PERCENT: 'percent',
  YEARS_OF_AGE: 'years of age',
  CAMPAIGNS: 'campaigns',
  CAMPS: 'camps',
  CITIES: 'cities',
  USD: 'US dollars',
} as const;
export type Unit = keyof typeof UNITS;

/** How the source qualifies a figure ("over 400 million", "nearly 1,000", "about 60,000"). */
export const QUALIFIERS = {
  EXACT: 'Stated as an exact figure.',
  ABOUT: 'Stated as approximate.',
  MORE_THAN: 'Stated as more than the value.',
  AT_LEAST: 'Stated as at least the value.',
  NEARLY: 'Stated as nearly the value.',
  LESS_THAN: 'Stated as under the value.',
  ORDER_OF_MAGNITUDE: 'Stated only as an order of magnitude ("tens of millions", "millions"); low and high bound it.',
} as const;
export type Qualifier = keyof typeof QUALIFIERS;
