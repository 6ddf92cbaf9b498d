/**
 * How a Hindi follow-up names an incident the reply names in English ("the cyber incident
 * regarding CoWIN data in June 2023" -> "जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना"), so the
 * Hindi draft keeps the reply's neutral words as the English one does (issue 11, review 6), and
 * not the "breach" of a Hindi subject the Ministry disputes. Only these words are rendered: a
 * name or word not listed leaves the Hindi draft on the question's own Hindi subject, since a
 * guessed translation would be worse than the user's words.
 *
 * Month names as the Government of India's Hindi usage writes them (Rajbhasha: सितंबर,
 * अक्तूबर); the kinds and words are ordinary Hindi, not legal terms.
 */
export const MONTHS_HI = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्तूबर', 'नवंबर', 'दिसंबर'] as const;

/** "cyber incident" / "incident". */
export const INCIDENT_KIND_HI = { cyber: 'साइबर घटना', plain: 'घटना' } as const;

/**
 * "regarding X", "relating to X", ... all read "X से जुड़ी" (the kind is always घटना, feminine).
 * Not "से संबंधित": the points go on "… के संबंध में", and "… से संबंधित साइबर घटना के संबंध में"
 * says "regarding" twice (review 7).
 */
export const RELATED_TO_HI = 'से जुड़ी';

/** Common nouns an incident's object is made of, beside the system names of `system-names-hi.ts`. */
export const INCIDENT_WORDS_HI: Readonly<Record<string, string>> = {
  data: 'डेटा',
  information: 'सूचना',
  portal: 'पोर्टल',
  database: 'डेटाबेस',
  website: 'वेबसाइट',
  server: 'सर्वर',
  servers: 'सर्वरों',
  app: 'ऐप',
  application: 'एप्लिकेशन',
};
