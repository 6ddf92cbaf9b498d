/**
 * Key terms of a question part, for matching it against reply sentences.
 *
 * reply-analysis.md judges completeness "against the part's own words", so the
 * analyser compares words: a crude stem (plural folded, cut to six letters) so
 * "enquired"/"enquiry" and "consultation"/"consultations" meet, and a stop list of
 * function words and of the boilerplate every question carries ("whether",
 * "details thereof", "taken/proposed to be taken"). What a part asks for
 * (State-wise, reasons, amounts) is read separately in `demands.ts`.
 */
const STOP = new Set(`
a about above across after against all along also although am among an and any anything are as at be been being
but by can could did do does done during each either etc even ever every for from further had has have having
here how however i if in including into is it its itself just like made make many may more most much must my
no nor not of on once only or other our out over own per same shall should since so some such than that the their
them then there these they this those through till to too under until up upon very via was we were what when where
which while who whom whose why will with within would yes yet you your
whether government governments union central centre ministry minister ministers country details detail thereof therefor
therefore thereon therein thereto regard regarding said any various taken take proposed propose proposes proposal
steps step measures measure action actions efforts effort initiatives initiative last year years during period current
present time total number numbers amount extent state states wise ut uts particularly especially namely across
sir madam hon'ble honble house table reasons reason status along together respectively new also well fact true aware
whereas provide provided providing undertaken make making made given give get got include includes included
used using use uses help helping ensure ensuring view recent recently several towards toward setting set immediately
already due nearly carried carry newly bring brought planning plans concerning dealing facing taking seen impose imposed
significant better reduce address addressing far exist exists existing major large lying presently thereby hence
one two three four five six seven eight nine ten eleven twelve hundred thousand related relating respect particular
specific specifically need needs needed concerned matter matters issue issues manner scheme's thereunder
`.split(/\s+/).filter((w) => w.length > 0));

/**
 * Words replies use for the same thing the question names differently ("schemes"
 * answered as "projects", "routes" as "lines"); folded to one stem.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  project: 'scheme', programme: 'scheme', program: 'scheme', yojana: 'scheme',
  route: 'line', inquiry: 'enquir', investigation: 'enquir', probe: 'enquir',
  outlay: 'fund', allocation: 'fund', expenditure: 'fund', budget: 'fund',
  guideline: 'advisor', advisory: 'advisor', advisories: 'advisor', instruction: 'advisor', direction: 'advisor', circular: 'advisor',
};

export function stem(word: string): string {
  const lower = word.toLowerCase();
  const single = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const synonym = SYNONYMS[lower] ?? SYNONYMS[single];
  if (synonym !== undefined) return synonym;
  let w = lower;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length === 4 && w.endsWith('ss')) w = w.slice(0, -1); // "AWSs" -> "aws"

  return w.slice(0, 6);
}

/** Split words PDF extraction glued to an acronym: "theBIS" -> "the BIS", "ofIMD" -> "of IMD". */
export function unglue(text: string): string {
  return text.replace(/\b([a-z]{2,4})([A-Z]{2,})\b/g, '$1 $2');
}

/** Lower-case word tokens (hyphenated words split); digits kept apart. */
export function words(lower: string): string[] {
  return lower.match(/[a-z]+|\d+/g) ?? [];
}

/** Content stems of a text: no stop words, no bare numbers, no one- or two-letter words. */
export function contentStems(lower: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(lower)) {
    if (w.length < 3 || /^\d/.test(w) || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Names, not asks: acronyms ("IMD", "AIIMS") and the words they abbreviate ("India Meteorological
 * Department (IMD)"). A reply that repeats a name speaks of the same subject, but that alone does
 * not address what is asked about it.
 */
const ACRONYM = /\b[A-Z][A-Z0-9&-]*[A-Z0-9]\b/g;
const BRACKETED_ACRONYM = /\(\s*[A-Z][A-Za-z&-]{1,9}\s*\)/g;
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'the', '&']);

/** The capitalised words just before "(ACR)", with "of", "and", "for" between them: at most eight. */
function expansionBefore(text: string, end: number): string[] {
  const words = text.slice(Math.max(0, end - 160), end).split(/\s+/).filter((w) => w.length > 0);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 12; k--) {
    const w = words[k] ?? '';
    if (/^[A-Z]/.test(w)) out.push(w);
    else if (NAME_JOINERS.has(w) && out.length > 0) continue;
    else break;
  }
  return out.length >= 2 ? out : [];
}

export function entityStems(original: string): Set<string> {
  const text = original.slice(0, 3000);
  const out = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    for (const s of contentStems(m[0].toLowerCase())) out.add(s);
  }
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    for (const s of contentStems(expansionBefore(text, m.index).join(' ').toLowerCase())) out.add(s);
  }
  return out;
}
