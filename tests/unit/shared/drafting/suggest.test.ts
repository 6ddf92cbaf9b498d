import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartVerdict } from '../../../../shared/domain/analysis.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';
import type { Question } from '../../../../shared/domain/question.ts';
import { suggestFollowUps, type Suggestion } from '../../../../shared/drafting/suggest.ts';
import { systemOfHi } from '../../../../shared/drafting/suggest/context.ts';
import { lintRti } from '../../../../shared/lint/lint-rti.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

/**
 * The CoWIN case as the app ships it (`shared/example/`, built from the seed articles): the four
 * question points as MediaNama paraphrased them, and the reply as reported.
 */
const EXAMPLE = buildCowinCase('2026-01-01T00:00:00.000Z', []);
if (!EXAMPLE.question) throw new Error('Bug: the example case has no question');
const QUESTION: Question = EXAMPLE.question;
const REPLY = COWIN_REPLY_TEXT;

const firPassage = REPLY.indexOf('The MoHFW has lodged');
const securityPassage = REPLY.indexOf('CoWIN portal of the Ministry');

const verdict = (label: string, status: PartStatus, reason: string, evidence: ReadonlyArray<[number, number]> = []): PartVerdict => ({
  label,
  status,
  reason,
  evidence: evidence.map(([start, end]) => ({ start, end, text: REPLY.slice(start, end) })),
});

const VERDICTS: ReadonlyArray<PartVerdict> = [
  verdict('a', 'unanswered', 'Lists standing security measures; no containment plan', [[securityPassage, securityPassage + 120]]),
  verdict('b', 'unanswered', 'Does not say whether anyone responsible was identified'),
  verdict('c', 'partial', 'Says only that an FIR was registered', [[firPassage, firPassage + 150]]),
  verdict('d', 'partial', 'Generic CERT-In measures, nothing on large databases'),
];

const suggestions = suggestFollowUps({ question: QUESTION, verdicts: VERDICTS, replyText: REPLY, language: 'en' });
const allPoints = suggestions.flatMap((s) => s.rtiPoints);
const allParts = suggestions.flatMap((s) => s.questionParts);
const forPart = (label: string): Suggestion | undefined => suggestions.find((s) => s.forPart === label && s.claim === null);
/** The suggestion testing a claim: its sentence matches `claim` and one of its points matches `point`. */
const forClaim = (claim: RegExp, point: RegExp = /./): Suggestion | undefined =>
  suggestions.find((s) => s.claim !== null && claim.test(s.claim) && s.rtiPoints.some((p) => point.test(p)));

describe('suggestFollowUps on the CoWIN case', () => {
  it('proposes follow-ups for every open part', () => {
    for (const label of ['a', 'b', 'c', 'd']) {
      const s = forPart(label);
      expect(s, label).toBeDefined();
      expect(s?.questionParts.length, label).toBeGreaterThan(0);
      expect(s?.rtiPoints.length, label).toBeGreaterThan(0);
    }
  });

  it('turns the FIR claim into a request for its number, date, police station and the complaint', () => {
    const fir = forClaim(/F\.I\.R has been registered/, /FIR/);
    expect(fir?.forPart).toBe('c');
    expect(fir?.rtiPoints.some((p) => /number and date of the FIR/.test(p) && /police station/.test(p))).toBe(true);
    expect(fir?.rtiPoints.some((p) => /copy of the complaint/i.test(p))).toBe(true);
    expect(fir?.questionParts.some((p) => /First Information Report/.test(p))).toBe(true);
    expect(fir?.why).toMatch(/Bhagat Singh/);
  });

  it('asks for the responsibility order and the inquiry report on part (b)', () => {
    const b = forPart('b');
    expect(b?.rtiPoints.some((p) => /fixing responsibility for the cyber incident regarding CoWIN data in June 2023/.test(p))).toBe(true);
    expect(b?.questionParts.some((p) => /^whether responsibility for the cyber incident regarding CoWIN data in June 2023 has been fixed/.test(p))).toBe(true);
  });

  it('tests the other checkable claims in the reply', () => {
    const va = forClaim(/vulnerability assessment/, /last vulnerability assessment .* CoWIN portal.*copy of its report/);
    expect(va).toBeDefined();
    expect(va?.forPart).toBe('a');
    expect(forClaim(/special advisory/, /date of the advisory/)).toBeDefined();
    expect(forClaim(/empanelled 150/, /list of empanelled security auditing organisations/)).toBeDefined();
    expect(forClaim(/Cyber Crisis Management Plan/, /last update of the Cyber Crisis Management Plan/)).toBeDefined();
    expect(forClaim(/coordinated incident response/, /minutes of meetings/)).toBeDefined();
    expect(forClaim(/adequate safeguards/, /review of the security measures of the CoWIN portal/)).toBeDefined();
  });

  it('never asks "why" or for an opinion, and always gives a period (the window starts at the incident month)', () => {
    expect(allPoints.length).toBeGreaterThan(15);
    for (const p of allPoints) {
      expect(p).not.toMatch(/\bwhy\b/i);
      expect(p).toContain('from 1 June 2023 to the date of this application');
    }
    for (const p of allParts) expect(p).not.toMatch(/\bwhy\b/i);
  });

  it('produces points that pass the RTI linter for the RTI Online box', () => {
    for (const s of suggestions) {
      const fs = lintRti({ jurisdiction: 'central', points: s.rtiPoints, authorityId: 'mohfw', forRtiOnline: true });
      const bad = fs.filter((f) => f.severity !== 'info' && f.ruleId !== 'rti-s24-furnished');
      expect(bad, s.rtiPoints.join(' | ')).toEqual([]);
    }
  });

  it('writes question parts without their own punctuation, for the notice to letter and punctuate', () => {
    for (const p of allParts) {
      expect(p).not.toMatch(/[;?.,]$/);
      expect(p).not.toMatch(/\{[a-z]+\}/);
    }
    for (const p of allPoints) expect(p).not.toMatch(/\{[a-z]+\}/);
  });

  it('warns about CERT-In material being exempt where a claim rests on it', () => {
    expect(forClaim(/special advisory/)?.why).toMatch(/s\.24/);
  });
});

describe('suggestFollowUps by status', () => {
  const q: Question = { ...QUESTION, parts: [{ label: 'a', text: 'the number of data breach incidents reported in government organisations, year-wise?' }] };

  it('proposes nothing for met parts', () => {
    const s = suggestFollowUps({ question: q, verdicts: [verdict('a', 'answered', 'Figures given')], replyText: 'The figures are 6, 7 and 8.', language: 'en' });
    expect(s).toEqual([]);
    expect(suggestFollowUps({ question: q, verdicts: [verdict('a', 'not_applicable', 'Does not arise')], replyText: '', language: 'en' })).toEqual([]);
  });

  it('asks for figures as records (not the figures again), and chases a deferral as an assurance', () => {
    const [s] = suggestFollowUps({ question: q, verdicts: [verdict('a', 'deferred', 'Information being collected')], replyText: 'The information is being collected and will be laid on the Table of the House.', language: 'en' });
    // Asking the figures again would repeat the question in substance (RS Rule 47(xiv)): not proposed.
    expect(s?.questionParts.some((p) => /year-wise figures of the data breach incidents/.test(p))).toBe(false);
    expect(s?.questionParts.some((p) => /laid on the Table of the House/.test(p))).toBe(true);
    expect(s?.rtiPoints.some((p) => /information promised in the reply to Rajya Sabha Question answered on 21\.07\.2023/.test(p))).toBe(true);
    expect(s?.why).toMatch(/three months/);
  });

  it('falls back to the file when no facet matches, without asking the part again', () => {
    const yesNo: Question = { ...QUESTION, parts: [{ label: 'a', text: '(a) whether the Government has banned Telegram bots;' }] };
    const [s] = suggestFollowUps({ question: yesNo, verdicts: [verdict('a', 'refused', 'Sub judice')], replyText: 'The matter is sub judice.', language: 'en' });
    // The clause asked again is the same question (RS Rule 47(xiv)): only what was withheld is proposed.
    expect(s?.questionParts.some((p) => /banned Telegram bots/.test(p))).toBe(false);
    expect(s?.questionParts.some((p) => /portions of the information sought in part \(a\)/.test(p))).toBe(true);
    expect(s?.rtiPoints[0]).toMatch(/^Copies of the file notings, correspondence and reports of this public authority on whether the Government has banned Telegram bots, from 1 July 2022 to the date of this application/);
  });

  it('falls back to the matter when the part\'s own words would make a "why" or opinion point', () => {
    const why: Question = { ...QUESTION, parts: [{ label: 'a', text: 'whether, in your opinion, the portal is safe;' }] };
    const [s] = suggestFollowUps({ question: why, verdicts: [verdict('a', 'unanswered', 'Not addressed')], replyText: '', language: 'en' });
    expect(s?.rtiPoints).toEqual(['Copies of the file notings, correspondence and reports of this public authority relating to the CoWIN data breach, from 1 July 2022 to the date of this application.']);
  });

  it('detects a committee claim and asks for its constitution order, minutes and report', () => {
    const [s] = suggestFollowUps({ question: QUESTION, verdicts: [], replyText: 'A committee has been constituted to examine the matter.', language: 'en' });
    expect(s?.claim).toBe('A committee has been constituted to examine the matter.');
    expect(s?.rtiPoints.join(' ')).toMatch(/order constituting the committee.*minutes of the meetings/s);
  });
});

describe('suggestFollowUps robustness', () => {
  it('never throws and never proposes a "why" point, whatever the parts and reply say', () => {
    const label = fc.constantFrom('a', 'b', 'c');
    const status = fc.constantFrom<PartStatus>('answered', 'partial', 'unanswered', 'deferred', 'refused', 'not_applicable');
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('why was the portal hacked?', 'whether, in your opinion, it is legal;')) }), { maxLength: 3 }),
        fc.array(fc.record({ label, status, reason: fc.string({ maxLength: 40 }) }), { maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.option(fc.string({ maxLength: 60 }), { nil: null }),
        (parts, vs, replyText, subject) => {
          const question: Question = { ...QUESTION, subject, parts };
          const verdicts = vs.map((v) => ({ ...v, evidence: [] }));
          for (const s of suggestFollowUps({ question, verdicts, replyText, language: 'en' })) {
            for (const p of s.rtiPoints) {
              expect(p).not.toMatch(/\bwhy\b/i);
              expect(lintRti({ jurisdiction: 'central', points: [p], forRtiOnline: true }).map((f) => f.ruleId)).not.toContain('rti-online-charset');
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('suggestFollowUps in Hindi', () => {
  /** Part (b) as the analyser words it: a reason message, so the why can say it in Hindi (`verdictReason`). */
  const HINDI_VERDICTS: ReadonlyArray<PartVerdict> = VERDICTS.map((v) =>
    v.label === 'b' ? { ...v, reason: 'Nothing in the reply addresses (b): it never mentions "identified", "responsible".', reasonMessage: { key: 'nothingAddressesTerms', params: { part: '(b)', terms: '"identified", "responsible"' } } } : v);
  const inHindi = suggestFollowUps({ question: QUESTION, verdicts: HINDI_VERDICTS, replyText: REPLY, language: 'hi' });
  const inEnglish = suggestFollowUps({ question: QUESTION, verdicts: HINDI_VERDICTS, replyText: REPLY, language: 'en' });

  it('writes part (b) of the CoWIN question in Hindi (golden)', () => {
    const b = inHindi.find((s) => s.forPart === 'b' && s.claim === null);
    expect(b?.questionParts).toEqual([
      'क्या जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना के लिए किसी अधिकारी या किसी अन्य व्यक्ति या संस्था का उत्तरदायित्व निर्धारित किया गया है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
      'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना के संबंध में दर्ज प्रथम सूचना रिपोर्ट की संख्या और तिथि क्या है, उसकी जाँच कौन-सी एजेंसी कर रही है और क्या आरोप पत्र दाखिल किया गया है; यदि हाँ, तो तत्संबंधी तिथि क्या है',
    ]);
    expect(b?.rtiPoints).toEqual([
      'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना के लिए उत्तरदायित्व निर्धारित करने वाले इस लोक प्राधिकारी के किसी आदेश या फ़ाइल टिप्पणी की प्रति, 01.06.2023 से इस आवेदन की तिथि तक।',
      'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना की किसी जाँच के गठन के आदेश की प्रति और, यदि प्रस्तुत की गई हो, तो उसकी रिपोर्ट की प्रति, 01.06.2023 से इस आवेदन की तिथि तक।',
      'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना के संबंध में दर्ज प्रथम सूचना रिपोर्ट की संख्या और तिथि तथा जाँच एजेंसी का नाम, जैसा इस लोक प्राधिकारी के अभिलेखों में है, 01.06.2023 से इस आवेदन की तिथि तक।',
      'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना के संबंध में इस लोक प्राधिकारी और जाँच एजेंसी के बीच हुए पत्राचार की प्रतियाँ, 01.06.2023 से इस आवेदन की तिथि तक।',
    ]);
    expect(b?.why).toBe(
      'भाग (b) का उत्तर नहीं दिया गया (उत्तर का कोई अंश (b) से संबंधित नहीं है: उसमें "identified", "responsible" का कहीं उल्लेख नहीं है)। '
      + 'उत्तर का कोई अंश इस भाग से संबंधित नहीं है, या उत्तर किसी और विषय की बात करता है। '
      + '"कौन उत्तरदायी है" का प्रश्न उत्तरदायित्व निर्धारित करने वाले आदेश या फ़ाइल टिप्पणी, अथवा जाँच के गठन के आदेश और उसकी रिपोर्ट की माँग बन जाता है। '
      + '"जाँच की स्थिति" का प्रश्न प्रथम सूचना रिपोर्ट की संख्या और तिथि, किसी आरोप पत्र की तिथि और पुलिस के साथ पत्राचार की माँग बन जाता है।',
    );
  });

  it('writes the FIR claim\'s follow-ups in Hindi, naming the question the reply answered (golden)', () => {
    const fir = inHindi.find((s) => s.claim !== null && /F\.I\.R has been registered/.test(s.claim) && s.rtiPoints.some((p) => p.includes('पुलिस थाने')));
    expect(fir?.forPart).toBe('c');
    expect(fir?.rtiPoints).toEqual([
      '21.07.2023 को उत्तरित राज्य सभा प्रश्न के उत्तर में उल्लिखित प्रथम सूचना रिपोर्ट की संख्या और तिथि, तथा उसे दर्ज करने वाले पुलिस थाने या एजेंसी का नाम, जैसा इस लोक प्राधिकारी के अभिलेखों में है, 01.06.2023 से इस आवेदन की तिथि तक।',
      'इस लोक प्राधिकारी की उस शिकायत की प्रति जिस पर प्रथम सूचना रिपोर्ट दर्ज की गई, उसे भेजे जाने की तिथि और प्राप्त पावती सहित, 01.06.2023 से इस आवेदन की तिथि तक।',
      'उस शिकायत और प्रथम सूचना रिपोर्ट के संबंध में इस लोक प्राधिकारी और पुलिस या जाँच एजेंसी के बीच हुए पत्राचार की प्रतियाँ, 01.06.2023 से इस आवेदन की तिथि तक।',
    ]);
    expect(fir?.questionParts[0]).toBe('जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना पर प्रथम सूचना रिपोर्ट दर्ज करने वाली एजेंसी का नाम क्या है, उस रिपोर्ट की संख्या और तिथि सहित');
    expect(fir?.why).toMatch(/धारा 8\(1\)\(ज\).*भगत सिंह बनाम मुख्य सूचना आयुक्त/);
  });

  it('names the system in Hindi, with its Devanagari name where the list has one', () => {
    const va = inHindi.find((s) => s.claim !== null && /vulnerability assessment/.test(s.claim) && s.rtiPoints.some((p) => p.includes('भेद्यता आकलन')));
    expect(va?.rtiPoints[0]).toBe('जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना से पहले पूरे हुए कोविन पोर्टल के अंतिम भेद्यता आकलन या सुरक्षा लेखापरीक्षा की तिथि, उसे करने वाली एजेंसी का नाम, और उसकी रिपोर्ट की प्रति, 01.06.2023 से इस आवेदन की तिथि तक।');
    expect(inHindi.flatMap((s) => [...s.questionParts, ...s.rtiPoints]).filter((t) => t.includes('CoWIN'))).toEqual([]);
  });

  it('keeps the user\'s own name for a system the list of Hindi names does not have', () => {
    const question = { ...QUESTION, subject: null, parts: [{ label: 'a', text: 'whether the Zorbex portal was breached;' }] };
    expect(systemOfHi(question, '')).toBe('Zorbex पोर्टल');
    expect(systemOfHi({ ...question, parts: [{ label: 'a', text: 'whether the CoWIN portal was breached;' }] }, '')).toBe('कोविन पोर्टल');
  });

  it('proposes the same suggestions in both languages, item for item', () => {
    expect(inHindi.map((s) => [s.forPart, s.claim, s.questionParts.length, s.rtiPoints.length])).toEqual(inEnglish.map((s) => [s.forPart, s.claim, s.questionParts.length, s.rtiPoints.length]));
  });

  it('keeps Latin letters in Hindi only where the user\'s own words stand', () => {
    // The matter, the system, part (c)'s topic and the part labels are the question's words; the rest is the app's,
    // so Hindi. The why of parts (a), (c), (d) quotes reasons given here in English only (as a
    // user's own verdict would be); part (b)'s reason is the analyser's message, so Hindi.
    for (const s of inHindi) {
      const whys = s.claim !== null || s.forPart === 'b' ? [s.why] : [];
      for (const t of [...s.questionParts, ...s.rtiPoints, ...whys]) {
        // Part labels are the question's own, "(b)", as the analysis shows them.
        const rest = t.replace(/CoWIN|data breach|investigation|"identified", "responsible"|\([a-d]\)/g, '');
        expect(rest, t).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('writes the why in the reader\'s language, whatever the draft\'s', () => {
    const hindiReader = suggestFollowUps({ question: QUESTION, verdicts: HINDI_VERDICTS, replyText: REPLY, language: 'en', whyLanguage: 'hi' });
    expect(hindiReader.map((s) => s.rtiPoints)).toEqual(inEnglish.map((s) => s.rtiPoints));
    expect(hindiReader.map((s) => s.why)).toEqual(inHindi.map((s) => s.why));
  });

  it('drops in Hindi what the English checks drop: a "why" point falls back to the matter in both', () => {
    const why: Question = { ...QUESTION, parts: [{ label: 'a', text: 'whether, in your opinion, the portal is safe;' }] };
    const [s] = suggestFollowUps({ question: why, verdicts: [verdict('a', 'unanswered', 'Not addressed')], replyText: '', language: 'hi' });
    expect(s?.rtiPoints).toEqual(['कोविन डेटा उल्लंघन से संबंधित इस लोक प्राधिकारी की फ़ाइल टिप्पणियों, पत्राचार और रिपोर्टों की प्रतियाँ, 01.07.2022 से इस आवेदन की तिथि तक।']);
  });

  it('asks a refused "whether" part in Hindi around the user\'s own clause', () => {
    const yesNo: Question = { ...QUESTION, parts: [{ label: 'a', text: '(a) whether the Government has banned Telegram bots;' }] };
    const [s] = suggestFollowUps({ question: yesNo, verdicts: [verdict('a', 'refused', 'Sub judice')], replyText: 'The matter is sub judice.', language: 'hi' });
    expect(s?.questionParts).toEqual(['क्या भाग (a) में माँगी गई सूचना के वे अंश, जिन पर बताया गया आधार लागू नहीं होता, दिए जा सकते हैं; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है']);
    expect(s?.rtiPoints[0]).toBe('इस लोक प्राधिकारी की उन फ़ाइल टिप्पणियों, पत्राचार और रिपोर्टों की प्रतियाँ जो इस विषय से संबंधित हैं कि क्या the Government has banned Telegram bots, 01.07.2022 से इस आवेदन की तिथि तक।');
  });

  it('chases a deferral in Hindi as an assurance, naming the question as Hindi documents do', () => {
    const q: Question = { ...QUESTION, parts: [{ label: 'a', text: 'the number of data breach incidents reported in government organisations, year-wise?' }] };
    const [s] = suggestFollowUps({ question: q, verdicts: [verdict('a', 'deferred', 'Information being collected')], replyText: 'The information is being collected and will be laid on the Table of the House.', language: 'hi' });
    expect(s?.questionParts).toContain('क्या 21.07.2023 को उत्तरित राज्य सभा प्रश्न के उत्तर में भाग (a) के संबंध में जिस सूचना का आश्वासन दिया गया था, वह तब से एकत्र करके सभा पटल पर रख दी गई है; यदि हाँ, तो तत्संबंधी तिथि क्या है और यदि नहीं, तो इसके क्या कारण हैं');
    expect(s?.why).toMatch(/तीन महीने के भीतर/);
  });

  it('proposes the same number of items in both languages whatever the parts and reply say', () => {
    const label = fc.constantFrom('a', 'b', 'c');
    const status = fc.constantFrom<PartStatus>('answered', 'partial', 'unanswered', 'deferred', 'refused', 'not_applicable');
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, text: fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom('why was the portal hacked?', 'the steps taken to fix responsibility;', 'whether an FIR was registered;')) }), { maxLength: 3 }),
        fc.array(fc.record({ label, status, reason: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
        fc.constantFrom('', REPLY, 'A committee has been constituted. The APIs were deactivated.'),
        (parts, vs, replyText) => {
          const question: Question = { ...QUESTION, parts };
          const verdicts = vs.map((v) => ({ ...v, evidence: [] }));
          const en = suggestFollowUps({ question, verdicts, replyText, language: 'en' });
          const hi = suggestFollowUps({ question, verdicts, replyText, language: 'hi' });
          expect(hi.map((s) => [s.questionParts.length, s.rtiPoints.length])).toEqual(en.map((s) => [s.questionParts.length, s.rtiPoints.length]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
