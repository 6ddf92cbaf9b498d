/**
 * The analyser's reasons as message templates, in English and Hindi (issue 15: "the engine's
 * reasons ... in Hindi, written as message templates with parameters, not translated prose in
 * code"). `judge.ts` picks a key and fills its parameters; `shared/analysis/reason-text.ts` writes
 * the sentence in the reader's language. Each reason applies a row of the yardstick in
 * reply-analysis.md (the status table), which is why there is no legal source here.
 *
 * Parameters: {{part}} and {{parent}} are part labels, already bracketed ("(b)"); {{quote}} is the
 * reply's own words (left in the reply's language); {{terms}} are the part's own words, quoted;
 * {{items}} is a list of `unmet.*` messages, joined in the reader's language.
 */
export const REASON_TEMPLATES = {
  noSegment: {
    en: 'No passage of the reply is given for {{part}}.',
    hi: 'उत्तर में {{part}} के लिए कोई अंश नहीं दिया गया है।',
  },
  statementMissing: {
    en: 'The reply says a statement is laid on the Table, but the statement is not in the text, so nothing answers {{part}}.',
    hi: 'उत्तर में कहा गया है कि विवरण सभा पटल पर रखा गया है, पर वह विवरण पाठ में नहीं है, इसलिए {{part}} का उत्तर किसी अंश में नहीं है।',
  },
  parentNo: {
    en: '{{parent}} was answered in the negative ("{{quote}}"), so {{part}}, which applies only if so, does not arise.',
    hi: '{{parent}} का उत्तर नकारात्मक दिया गया ("{{quote}}"), इसलिए {{part}}, जो केवल "यदि हाँ" की स्थिति में लागू होता है, उत्पन्न नहीं होता।',
  },
  parentYes: {
    en: '{{part}} applies only if {{parent}} is answered no, and the reply to {{parent}} indicates the opposite.',
    hi: '{{part}} केवल तब लागू होता है जब {{parent}} का उत्तर "नहीं" हो, और {{parent}} का उत्तर इसके विपरीत संकेत देता है।',
  },
  parentDeferred: {
    en: '{{part}} follows {{parent}}, which the reply puts off: "{{quote}}".',
    hi: '{{part}}, {{parent}} पर आधारित है, जिसे उत्तर में टाल दिया गया है: "{{quote}}"।',
  },
  parentUnsettled: {
    en: '{{part}} depends on {{parent}}, whose condition the reply does not answer, and no details for {{part}} are given.',
    hi: '{{part}}, {{parent}} पर निर्भर है, जिसकी शर्त का उत्तर नहीं दिया गया, और {{part}} का कोई ब्यौरा नहीं दिया गया।',
  },
  doesNotAriseAfterNo: {
    en: 'The reply says "{{quote}}", and the condition was answered the other way earlier in the reply.',
    hi: 'उत्तर में कहा गया है "{{quote}}", और उत्तर में पहले ही शर्त का उत्तर विपरीत दिया जा चुका है।',
  },
  doesNotAriseUnfounded: {
    en: 'The reply says "{{quote}}", but no earlier part was answered in a way that makes {{part}} not arise.',
    hi: 'उत्तर में कहा गया है "{{quote}}", पर किसी पूर्व भाग का उत्तर ऐसा नहीं दिया गया जिससे {{part}} उत्पन्न न हो।',
  },
  promise: {
    en: 'The reply promises rather than answers: "{{quote}}".',
    hi: 'उत्तर में उत्तर के स्थान पर आश्वासन दिया गया है: "{{quote}}"।',
  },
  refused: {
    en: 'The reply declines or says the information is not held: "{{quote}}".',
    hi: 'उत्तर में सूचना देने से इनकार किया गया है या कहा गया है कि सूचना रखी नहीं जाती: "{{quote}}"।',
  },
  partlyRefused: {
    en: 'The reply answers some of {{part}} but says the rest is not held: "{{quote}}".',
    hi: 'उत्तर में {{part}} के कुछ अंश का उत्तर दिया गया है, पर कहा गया है कि शेष सूचना रखी नहीं जाती: "{{quote}}"।',
  },
  deflects: {
    en: 'The reply deflects instead of answering {{part}}: "{{quote}}".',
    hi: 'उत्तर में {{part}} का उत्तर देने के स्थान पर बात टाली गई है: "{{quote}}"।',
  },
  nothingAddresses: {
    en: 'Nothing in the reply addresses {{part}}.',
    hi: 'उत्तर का कोई अंश {{part}} से संबंधित नहीं है।',
  },
  nothingAddressesTerms: {
    en: 'Nothing in the reply addresses {{part}}: it never mentions {{terms}}.',
    hi: 'उत्तर का कोई अंश {{part}} से संबंधित नहीं है: उसमें {{terms}} का कहीं उल्लेख नहीं है।',
  },
  nothingAddressesInstead: {
    en: 'Nothing in the reply addresses {{part}}; it says instead "{{quote}}".',
    hi: 'उत्तर का कोई अंश {{part}} से संबंधित नहीं है; इसके स्थान पर उसमें कहा गया है "{{quote}}"।',
  },
  nothingAddressesTermsInstead: {
    en: 'Nothing in the reply addresses {{part}}: it never mentions {{terms}}; it says instead "{{quote}}".',
    hi: 'उत्तर का कोई अंश {{part}} से संबंधित नहीं है: उसमें {{terms}} का कहीं उल्लेख नहीं है; इसके स्थान पर उसमें कहा गया है "{{quote}}"।',
  },
  // A part the reply's heading names with others ("(c) to (e):") whose joint paragraph speaks of
  // other things: the reply does address it by its heading, so "nothing in the reply" would be
  // false (review 17: the points table and the half-an-hour notice said so of NHM (c)).
  jointSilent: {
    en: 'The answer given to {{part}} together with other parts does not speak to what {{part}} asks.',
    hi: 'अन्य भागों के साथ दिए गए {{part}} के संयुक्त उत्तर में वह बात नहीं कही गई जो {{part}} में पूछी गई है।',
  },
  jointSilentTerms: {
    en: 'The answer given to {{part}} together with other parts does not speak to what {{part}} asks: it never mentions {{terms}}.',
    hi: 'अन्य भागों के साथ दिए गए {{part}} के संयुक्त उत्तर में वह बात नहीं कही गई जो {{part}} में पूछी गई है: उसमें {{terms}} का कहीं उल्लेख नहीं है।',
  },
  jointSilentInstead: {
    en: 'The answer given to {{part}} together with other parts does not speak to what {{part}} asks; it says instead "{{quote}}".',
    hi: 'अन्य भागों के साथ दिए गए {{part}} के संयुक्त उत्तर में वह बात नहीं कही गई जो {{part}} में पूछी गई है; इसके स्थान पर उसमें कहा गया है "{{quote}}"।',
  },
  jointSilentTermsInstead: {
    en: 'The answer given to {{part}} together with other parts does not speak to what {{part}} asks: it never mentions {{terms}}; it says instead "{{quote}}".',
    hi: 'अन्य भागों के साथ दिए गए {{part}} के संयुक्त उत्तर में वह बात नहीं कही गई जो {{part}} में पूछी गई है: उसमें {{terms}} का कहीं उल्लेख नहीं है; इसके स्थान पर उसमें कहा गया है "{{quote}}"।',
  },
  answeredNo: {
    en: 'The reply answers {{part}} in the negative: "{{quote}}".',
    hi: 'उत्तर में {{part}} का उत्तर नकारात्मक दिया गया है: "{{quote}}"।',
  },
  notWhatIsAsked: {
    en: 'The reply speaks of the same subject but not of what {{part}} asks whether: it never mentions {{terms}}.',
    hi: 'उत्तर उसी विषय पर है, पर {{part}} में जिसके बारे में पूछा गया है उस पर नहीं: उसमें {{terms}} का कहीं उल्लेख नहीं है।',
  },
  impactUntold: {
    en: '{{part}} asks about an impact, and the reply tells none: it speaks of other things instead.',
    hi: '{{part}} में प्रभाव के बारे में पूछा गया है, पर उत्तर में कोई प्रभाव नहीं बताया गया: उसमें अन्य बातें कही गई हैं।',
  },
  impactUntoldInstead: {
    en: '{{part}} asks about an impact, and the reply tells none: it speaks of other things instead ("{{quote}}").',
    hi: '{{part}} में प्रभाव के बारे में पूछा गया है, पर उत्तर में कोई प्रभाव नहीं बताया गया: उसमें अन्य बातें कही गई हैं ("{{quote}}")।',
  },
  achievedUntold: {
    en: '{{part}} asks about what was achieved, and the reply tells none: it speaks of other things instead.',
    hi: '{{part}} में उपलब्धि के बारे में पूछा गया है, पर उत्तर में कोई उपलब्धि नहीं बताई गई: उसमें अन्य बातें कही गई हैं।',
  },
  achievedUntoldInstead: {
    en: '{{part}} asks about what was achieved, and the reply tells none: it speaks of other things instead ("{{quote}}").',
    hi: '{{part}} में उपलब्धि के बारे में पूछा गया है, पर उत्तर में कोई उपलब्धि नहीं बताई गई: उसमें अन्य बातें कही गई हैं ("{{quote}}")।',
  },
  answeredGives: {
    en: 'The reply gives what {{part}} asks: "{{quote}}".',
    hi: 'उत्तर में वह दिया गया है जो {{part}} में पूछा गया है: "{{quote}}"।',
  },
  answeredSaysAndGives: {
    en: 'The reply says "{{lead}}" and gives what {{part}} asks: "{{quote}}".',
    hi: 'उत्तर में कहा गया है "{{lead}}" और वह दिया गया है जो {{part}} में पूछा गया है: "{{quote}}"।',
  },
  answeredPlain: {
    en: 'The reply answers {{part}}.',
    hi: 'उत्तर में {{part}} का उत्तर दिया गया है।',
  },
  answeredSays: {
    en: 'The reply says "{{lead}}", which answers {{part}}.',
    hi: 'उत्तर में कहा गया है "{{lead}}", जिससे {{part}} का उत्तर मिलता है।',
  },
  leavesOut: {
    en: 'The reply addresses {{part}} but leaves out {{items}}.',
    hi: 'उत्तर {{part}} से संबंधित है, पर उसमें ये बातें नहीं हैं: {{items}}।',
  },
  // What a part asked and the reply left out: the items of `leavesOut`.
  'unmet.breakdown.state': { en: 'the State-wise breakdown', hi: 'राज्य-वार ब्यौरा' },
  'unmet.breakdown.district': { en: 'the district-wise breakdown', hi: 'ज़िला-वार ब्यौरा' },
  'unmet.breakdown.year': { en: 'the year-wise breakdown', hi: 'वर्ष-वार ब्यौरा' },
  'unmet.breakdown.other': { en: 'the item-wise breakdown', hi: 'मद-वार ब्यौरा' },
  'unmet.period': { en: 'figures for the period asked', hi: 'पूछी गई अवधि के आँकड़े' },
  'unmet.reasons': { en: 'the reasons', hi: 'कारण' },
  'unmet.figures': { en: 'the figures', hi: 'आँकड़े' },
  'unmet.timeline': { en: 'a timeline', hi: 'समय-सीमा' },
  'unmet.impact': { en: 'the impact asked about', hi: 'पूछा गया प्रभाव' },
  'unmet.achieved': { en: 'what was achieved', hi: 'उपलब्धि का ब्यौरा' },
  'unmet.place': { en: 'anything on {{place}}', hi: '{{place}} के बारे में कुछ भी' },
  'unmet.placeItself': { en: 'figures for {{place}} itself (only a larger area "including" it)', hi: 'स्वयं {{place}} के आँकड़े (केवल उसे "सम्मिलित" करने वाले बड़े क्षेत्र के आँकड़े हैं)' },
  'unmet.financialYear': { en: 'figures for {{year}}', hi: '{{year}} के आँकड़े' },
  'unmet.yesNo': { en: 'a clear yes or no', hi: 'स्पष्ट "हाँ" या "नहीं"' },
  'unmet.specific': { en: 'what it specifically asks', hi: 'विशेष रूप से पूछी गई बात' },
  'unmet.specificTerms': { en: 'what it specifically asks (the reply never mentions {{terms}})', hi: 'विशेष रूप से पूछी गई बात (उत्तर में {{terms}} का कहीं उल्लेख नहीं है)' },
  'unmet.directAnswer': { en: 'a direct answer (it says "{{quote}}")', hi: 'सीधा उत्तर (उसमें कहा गया है "{{quote}}")' },
} as const satisfies Readonly<Record<string, { readonly en: string; readonly hi: string }>>;

export type ReasonKey = keyof typeof REASON_TEMPLATES;

/** How a list of items is joined in each language ("a, b and c" / "क, ख और ग"). */
export const LIST_JOIN = {
  en: { between: ', ', last: ', ' },
  hi: { between: ', ', last: ' और ' },
} as const;
