/**
 * Names of India's States and Union territories, with spellings still common in
 * replies. The analyser uses them to tell whether a State-wise breakdown was given
 * and whether a place the question names appears in the reply.
 */
export type PlaceName = {
  readonly name: string;
  readonly kind: 'state' | 'union-territory';
  /** Lower-case spellings matched on word boundaries. */
  readonly spellings: readonly string[];
  readonly source: string;
  readonly confirmed: boolean;
};

// Not in /work/shared/docs, hence `confirmed: false`: the list follows the
// Constitution's First Schedule as amended by the J&K Reorganisation Act 2019
// and the DNH&DD merger Act 2019 (28 States, 8 Union territories).
const FIRST_SCHEDULE = 'Constitution of India, First Schedule (https://www.mha.gov.in/en/about-us/states-uts)';

const state = (name: string, ...other: string[]): PlaceName => ({
  name, kind: 'state', spellings: [name.toLowerCase(), ...other], source: FIRST_SCHEDULE, confirmed: false,
});
const ut = (name: string, ...other: string[]): PlaceName => ({
  name, kind: 'union-territory', spellings: [name.toLowerCase(), ...other], source: FIRST_SCHEDULE, confirmed: false,
});

export const STATES_AND_UTS: readonly PlaceName[] = [
  state('Andhra Pradesh'), state('Arunachal Pradesh'), state('Assam'), state('Bihar'),
  state('Chhattisgarh', 'chattisgarh'), state('Goa'), state('Gujarat'), state('Haryana'),
  state('Himachal Pradesh'), state('Jharkhand'), state('Karnataka'), state('Kerala'),
  state('Madhya Pradesh'), state('Maharashtra'), state('Manipur'), state('Meghalaya'),
  state('Mizoram'), state('Nagaland'), state('Odisha', 'orissa'), state('Punjab'),
  state('Rajasthan'), state('Sikkim'), state('Tamil Nadu'), state('Telangana'),
  state('Tripura'), state('Uttar Pradesh'), state('Uttarakhand', 'uttaranchal'),
  state('West Bengal'),
  ut('Andaman and Nicobar Islands', 'andaman & nicobar', 'andaman and nicobar'),
  ut('Chandigarh'),
  ut('Dadra and Nagar Haveli and Daman and Diu', 'dadra and nagar haveli', 'daman and diu', 'dadra & nagar haveli'),
  ut('Delhi', 'nct of delhi', 'new delhi'),
  ut('Jammu and Kashmir', 'jammu & kashmir', 'j&k'),
  ut('Ladakh'), ut('Lakshadweep'), ut('Puducherry', 'pondicherry'),
];
