/**
 * Checkable claims in government replies, and the follow-ups that test them.
 *
 * A reply that says "an FIR has been registered" or "a Cyber Crisis Management Plan has been
 * formulated" asserts that a record exists. Each claim here names the records that would prove it
 * (RTI points: records only, each with a period) and the question parts that would pin it down.
 *
 * Placeholders filled by `shared/drafting/suggest.ts`:
 *   {reply}  the reply, e.g. "the reply to Rajya Sabha Question answered on 21 July 2023"
 *   {period} the time window, e.g. "from 1 June 2023 to the date of this application"
 *   {matter} the incident or subject, e.g. "the CoWIN data breach"
 *   {system} the system named, e.g. "the CoWIN portal"
 * RTI point templates use only the characters RTI Online accepts (A.3): no quotes, no semicolons.
 */
export type ClaimRule = {
  readonly id: string;
  readonly label: string;
  readonly patterns: ReadonlyArray<RegExp>;
  readonly questionParts: ReadonlyArray<string>;
  /**
   * Short parts for a follow-up notice (a Rajya Sabha question has 100 words in all, Rule 47(vii)),
   * each asking what the claim left out rather than the earlier question again (Rule 47(xiv)).
   */
  readonly noticeParts: ReadonlyArray<string>;
  /** What the claim's sentence leaves out, to finish "It does not say ..." (half-an-hour points, notes). */
  readonly withheld: string;
  /** Which gaps a notice keeps first when the word limit forces a choice (1 = first). */
  readonly weight: number;
  readonly rtiPoints: ReadonlyArray<string>;
  /** Why these follow-ups, for the user. */
  readonly why: string;
  /** Refusal grounds to expect, so the user can pre-empt them. */
  readonly caution: string | null;
  readonly source: string;
  readonly confirmed: boolean;
};

const A7 = 'rti-law-and-anchors.md A.7 (unanswered points become record requests)';
const A6 = 'rti-law-and-anchors.md A.6 (ask for records: file notings, correspondence, reports, minutes)';
const SEED = 'https://www.medianama.com/2023/07/223-cowin-data-breach-investigation-govt-response-rajya-sabha/ (the claim as it appears in the CoWIN reply)';
const S24_CAUTION = 'Records that CERT-In furnished to the Ministry may be withheld under s.24(1) since CERT-In joined the Second Schedule on 24 Nov 2023 (A.1): ask for the Ministry\'s own notings and correspondence.';

export const CLAIM_RULES: ReadonlyArray<ClaimRule> = [
  {
    id: 'claim-fir',
    label: 'An FIR has been registered',
    patterns: [/\bF\.?\s?I\.?\s?R\b/, /\bFirst Information Report\b/i],
    questionParts: [
      'the number and date of the First Information Report registered in connection with {matter} and the police station or agency which registered it',
      'whether a chargesheet has been filed in the case, if so, the date thereof and if not, the present stage of the investigation',
    ],
    noticeParts: ['the name of the agency which registered the First Information Report on the breach, with its number and date', 'whether any person has been arrested or chargesheeted in that case, if so, the dates thereof'],
    withheld: 'which agency registered the First Information Report, its number and date, or how far the investigation has gone',
    weight: 1,
    rtiPoints: [
      'The number and date of the FIR referred to in {reply}, and the name of the police station or agency that registered it, as held in the records of this public authority, {period}.',
      'A copy of the complaint of this public authority on which the FIR was registered, with its date of dispatch and the acknowledgement received, {period}.',
      'Copies of correspondence between this public authority and the police or investigating agency about the complaint and the FIR, {period}.',
    ],
    why: 'The reply says an FIR was registered but gives no number, date, police station or stage of investigation: "status of the investigation" answered only by "an FIR has been registered" is a partial answer (reply-analysis.md). A.7 turns investigation status into the FIR number and date, the chargesheet date and the correspondence with the police.',
    caution: 'Expect s.8(1)(h) (investigation): the mere existence of an investigation is not a ground to refuse (Bhagat Singh v CIC, Delhi HC WP(C) 3114/2007, A.1).',
    source: `${A7} ; reply-analysis.md (partial) ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-complaint',
    label: 'A complaint has been lodged',
    patterns: [/\bcomplaint\b[^.]{0,60}\b(?:lodged|filed|made|registered|sent)\b/i, /\b(?:lodged|filed|made)\s+(?:a\s+)?complaint\b/i],
    questionParts: [
      'the date on which the complaint was lodged, the authority with which it was lodged and the action taken thereon',
    ],
    noticeParts: ['the date of the complaint referred to in the reply, the authority with which it was lodged and the number and date of any First Information Report registered on it'],
    withheld: 'when the complaint was made, or with whom',
    weight: 4,
    rtiPoints: [
      'A copy of the complaint referred to in {reply}, with its date and the name of the office to which it was sent, {period}.',
      'Copies of file notings of this public authority leading to the decision to lodge the complaint, {period}.',
    ],
    why: 'The reply relies on a complaint without dating it or saying to whom it went; the complaint itself is a record the complainant Ministry holds.',
    caution: null,
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-investigation-inputs',
    label: 'Inputs have been provided to the investigation',
    patterns: [/\binputs?\b[^.]{0,60}\binvestigation\b/i, /\binvestigation\b[^.]{0,40}\b(?:going on|in progress|under ?way|ongoing|continuing)\b/i],
    questionParts: [
      'the dates on which the investigating agency sought information from the Ministry in connection with {matter} and the dates on which it was supplied',
    ],
    noticeParts: ['the dates on which the investigating agency sought information from the Ministry and the dates on which it was supplied'],
    withheld: 'what the investigation has found',
    weight: 6,
    rtiPoints: [
      'The dates of requests received by this public authority from any investigating agency about {matter}, and copies of the replies sent by this public authority, {period}.',
    ],
    why: 'The reply says the investigation is being helped, not what it has found; the exchange between the Ministry and the investigators is the Ministry\'s own record.',
    caution: S24_CAUTION,
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-vulnerability-assessment',
    label: 'Regular vulnerability assessment / security audit',
    patterns: [/\bvulnerability assessments?\b/i, /\bsecurity audits?\b/i],
    questionParts: [
      'the date of the last vulnerability assessment or security audit of {system} carried out before {matter}, the agency which conducted it and whether the vulnerabilities found were fixed',
    ],
    noticeParts: ['the date of the last security audit of {system} before the breach, the agency which conducted it and whether the vulnerabilities found were fixed'],
    withheld: 'when the last assessment was done, by whom, or what it found',
    weight: 3,
    rtiPoints: [
      'The date of the last vulnerability assessment or security audit of {system} completed before {matter}, the name of the agency that conducted it, and a copy of its report, {period}.',
      'Copies of file notings recording the steps taken by this public authority on the findings of that assessment, {period}.',
    ],
    why: 'A "regular vulnerability assessment" is a claim that reports exist with dates; the last one before the incident shows whether the safeguard was real.',
    caution: 'A security audit report may be withheld under s.8(1)(a); ask for its date and the severable non-sensitive parts, and cite the s.8(2) public-interest override (A.1, A.7).',
    source: `${A6} ; ${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-advisory',
    label: 'An advisory was issued',
    patterns: [/\badvisor(?:y|ies)\b[^.]{0,80}\b(?:issued|communicated|sent)\b/i, /\b(?:issued|communicated|sent)\b[^.]{0,40}\badvisor(?:y|ies)\b/i],
    questionParts: [
      'the date of the advisory referred to in the reply, the recommendations made therein and whether the Ministry has complied with them, if so, the details thereof',
    ],
    noticeParts: ['the date of the special advisory referred to in the reply and the action taken by the Ministry on it, with dates'],
    withheld: 'when the advisory was issued, or whether it was acted on',
    weight: 5,
    rtiPoints: [
      'The date of the advisory referred to in {reply} and the date on which this public authority received it, {period}.',
      'Copies of file notings and correspondence of this public authority on compliance with that advisory, {period}.',
    ],
    why: 'The reply cites an advisory as a measure; its date and what the Ministry did with it show whether it was acted on.',
    caution: `${S24_CAUTION} The advisory itself is information furnished by CERT-In; the Ministry's compliance notes are not.`,
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-guidelines',
    label: 'Guidelines were issued',
    patterns: [/\bguidelines\b[^.]{0,120}\b(?:issued|released|notified)\b/i, /\b(?:issued|released|notified)\s+(?:the\s+)?guidelines\b/i],
    questionParts: [
      'whether the Ministry has completed the compliance with the guidelines referred to in the reply, if so, the date thereof and the details of the last compliance audit',
    ],
    noticeParts: ['whether compliance of {system} with the guidelines referred to in the reply has been audited, if so, the date thereof'],
    withheld: 'whether they were applied to {system}',
    weight: 7,
    rtiPoints: [
      'Copies of compliance reports, audit reports or certificates held by this public authority on the guidelines referred to in {reply}, {period}.',
    ],
    why: 'Guidelines that apply to every ministry say nothing about this incident; the Ministry\'s compliance record does.',
    caution: null,
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-empanelled-auditors',
    label: 'Auditors have been empanelled',
    patterns: [/\bempanell?ed\b[^.]{0,80}\baudit/i],
    questionParts: [
      'the names of the empanelled auditing organisations engaged to audit {system} during the last three years and the dates of the audits conducted by them',
    ],
    noticeParts: ['the names of the empanelled auditing organisations which audited {system} during the last three years and the dates of their audits'],
    withheld: 'which of them, if any, audited {system}',
    weight: 6,
    rtiPoints: [
      'The list of empanelled security auditing organisations referred to in {reply}, with the date of empanelment of each, as held by this public authority, {period}.',
      'The names of the auditing organisations engaged by this public authority to audit {system}, the dates of their work orders and of each audit report, {period}.',
    ],
    why: 'A count of empanelled auditors is a generic measure; which of them audited this system, and when, is the specific answer.',
    caution: S24_CAUTION,
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-committee',
    label: 'A committee has been constituted',
    patterns: [/\bcommittee\b[^.]{0,60}\b(?:constituted|set up|formed|appointed)\b/i, /\b(?:constituted|set up|formed|appointed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}committee\b/i],
    questionParts: [
      'the date of constitution of the committee, its terms of reference and whether it has submitted its report, if so, the findings thereof and if not, the date by which it is expected',
    ],
    noticeParts: ['the date of constitution of the committee referred to in the reply and whether it has submitted its report, if so, the findings thereof'],
    withheld: 'when the committee was constituted or what it found',
    weight: 2,
    rtiPoints: [
      'A copy of the order constituting the committee referred to in {reply}, with its terms of reference, {period}.',
      'Copies of the minutes of the meetings of that committee and of its report, if submitted, {period}.',
    ],
    why: 'A committee leaves a constitution order, minutes and a report; asking for them tests whether it met and what it found (A.7: who is responsible becomes the inquiry committee\'s order and report).',
    caution: null,
    source: `${A7} ; ${A6}`,
    confirmed: true,
  },
  {
    id: 'claim-internal-inquiry',
    label: 'An internal probe or review was initiated',
    patterns: [/\binternal (?:probe|review|inquiry|enquiry|investigation)\b/i, /\b(?:inquiry|enquiry|probe)\b[^.]{0,40}\b(?:initiated|ordered|instituted)\b/i],
    questionParts: [
      'the date on which the internal review was ordered, the officer or agency conducting it and whether it has fixed responsibility, if so, the details thereof',
    ],
    noticeParts: ['whether the internal review referred to has been completed, if so, its findings and whether responsibility has been fixed for {matter}'],
    withheld: 'whether the review was completed, what it found, or whether responsibility was fixed',
    weight: 2,
    rtiPoints: [
      'A copy of the order initiating the internal review or inquiry into {matter}, with its date, {period}.',
      'A copy of the report of that review or inquiry, if submitted, and of file notings recording action on it, {period}.',
    ],
    why: 'An internal probe leaves an order and a report; they show whether responsibility was fixed (A.7).',
    caution: null,
    source: `${A7}`,
    confirmed: true,
  },
  {
    id: 'claim-ccmp',
    label: 'A Cyber Crisis Management Plan has been formulated',
    patterns: [/\bCyber Crisis Management Plan\b/i, /\bCCMP\b/],
    questionParts: [
      'whether the Ministry has its own Cyber Crisis Management Plan, if so, the date of its last update and whether it was invoked after {matter}',
    ],
    noticeParts: ['whether the Cyber Crisis Management Plan was invoked after {matter}, if so, the date thereof'],
    withheld: 'whether the plan was invoked for this incident',
    weight: 7,
    rtiPoints: [
      'The date of the last update of the Cyber Crisis Management Plan of this public authority before {matter}, and a copy of its non-sensitive parts, {period}.',
      'Copies of records showing whether that plan was invoked after {matter}, such as minutes of crisis management meetings, {period}.',
    ],
    why: 'The reply cites a plan for all ministries; whether this Ministry had one, kept it current and used it is the point.',
    caution: 'The plan may be withheld under s.8(1)(a); its date of update and whether it was invoked are not sensitive.',
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-apis-deactivated',
    label: 'APIs were deactivated',
    patterns: [/\bAPIs?\b[^.]{0,60}\b(?:deactivated|disabled|shut down|blocked|withdrawn)\b/i],
    questionParts: [
      'the date on which the APIs were deactivated and the date on which the unauthorised access through them was first detected',
    ],
    noticeParts: ['the date on which the APIs of {system} were deactivated, the order under which this was done and whether any of them has since been restored'],
    withheld: 'when the APIs were deactivated, under what order, or whether any was restored',
    weight: 2,
    rtiPoints: [
      'Copies of the order or file noting under which the APIs of {system} were deactivated, with its date, {period}.',
    ],
    why: 'The gap between detection and deactivation is the measure of the response; both dates are in the file (the MoHFW Lok Sabha reply of 21 July 2023 said all Co-WIN APIs were deactivated, parliament-procedure.md §5.2).',
    caution: null,
    source: 'parliament-procedure.md §5.2 ; rti-law-and-anchors.md A.6',
    confirmed: true,
  },
  {
    id: 'claim-security-safeguards',
    label: 'Adequate security safeguards are in place',
    patterns: [/\bWeb Application Firewall\b/i, /\badequate safeguards\b/i, /\bcomplete security measures\b/i, /\bIdentity (?:&|and) Access Management\b/i],
    questionParts: [
      'whether any review of the security of {system} was carried out after {matter}, if so, the findings thereof and the deficiencies identified',
    ],
    noticeParts: ['whether the security of {system} has been audited since the breach, if so, by which agency and with what findings'],
    withheld: 'how the data was taken despite these safeguards, or whether they were reviewed after the incident',
    weight: 3,
    rtiPoints: [
      'Copies of the order initiating any review of the security measures of {system} after {matter}, and of its report, {period}.',
    ],
    why: 'A list of safeguards answers a question nobody asked: if they were in place, the incident needs explaining. A review after the incident is the record that would do it (reply-analysis.md: a generic list of security measures is a deflection).',
    caution: 'A security review may be withheld under s.8(1)(a); ask for its date, the officer who conducted it and the severable parts.',
    source: `reply-analysis.md (unanswered: generic list of security measures) ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-coordinated-response',
    label: 'Incident response measures were coordinated',
    patterns: [/\bcoordinated (?:the )?incident response\b/i, /\bincident response measures\b/i],
    questionParts: [
      'the dates of the meetings held by the Ministry on the incident response after {matter} and the decisions taken therein',
    ],
    noticeParts: ['the steps taken to contain the leaked data, with the date of each and the authority which took it'],
    withheld: 'what was done to contain the leaked data, or when',
    weight: 2,
    rtiPoints: [
      'Copies of the minutes of meetings held by this public authority on the response to {matter}, and of file notings recording the decisions taken, {period}.',
    ],
    why: 'Coordination leaves minutes and notings in the Ministry\'s own files, which stay open to RTI even though CERT-In is exempt.',
    caution: S24_CAUTION,
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
];
