import type { CaseEvent } from '../domain/case-event.ts';
import type { Filing } from '../domain/filing.ts';
import { addDays, indiaDate, type IsoDate } from '../lib/dates/index.ts';
import { periodDays } from '../../templates/deadlines/deadline-rules.ts';

/**
 * What the CoWIN example knows happened, beside the question it analyses: the dates and sources are
 * those the app's research notes give (`rti-law-and-anchors.md` A.1 and A.7 background,
 * `parliament-procedure.md` §5.2). Press reports are secondary sources and marked so; the users see
 * the report and its date, never the notes.
 */
export function cowinEvents(ids: { readonly statement: string; readonly lsReply: string }): ReadonlyArray<CaseEvent> {
  return [
    {
      date: '2023-06-12',
      event: 'The Ministry of Health and Family Welfare calls the reports of a CoWIN data breach "without any basis", says it has asked CERT-In to investigate and report, and starts an internal review of CoWIN\'s security.',
      eventHi: 'स्वास्थ्य और परिवार कल्याण मंत्रालय ने कोविन डेटा उल्लंघन की रिपोर्टों को "निराधार" बताया, कहा कि उसने भारतीय कंप्यूटर आपात प्रतिक्रिया दल (सीईआरटी-इन) से जाँच कर रिपोर्ट देने को कहा है, और कोविन की सुरक्षा की आंतरिक समीक्षा शुरू की।',
      source: 'The Hindu, 12.06.2023; MediaNama, June 2023 (press reports of the Ministry\'s statement)',
      secondary: true,
      sourceId: ids.statement,
      isReply: false,
    },
    {
      date: '2023-06-22',
      event: 'Delhi Police (Special Cell, IFSO) register an FIR over the leak and arrest a man from Bihar (reported on 22.06.2023; the exact dates of the FIR and the arrest, around 21-22.06.2023, are not confirmed).',
      eventHi: 'दिल्ली पुलिस (स्पेशल सेल, आईएफएसओ) ने डेटा लीक पर प्राथमिकी दर्ज की और बिहार से एक व्यक्ति को गिरफ़्तार किया (22.06.2023 को समाचार; प्राथमिकी और गिरफ़्तारी की ठीक तिथियाँ, लगभग 21-22.06.2023, पुष्ट नहीं हैं)।',
      source: 'Aaj Tak, 22.06.2023; Lokmat News (press reports)',
      secondary: true,
      sourceId: null,
      isReply: false,
    },
    {
      date: '2023-07-21',
      event: 'Lok Sabha: written reply of the Minister of State for Health and Family Welfare (S.P. Singh Baghel) to Smt. Hema Malini: the portal has "complete security measures and adequate safeguards"; all Co-WIN APIs were deactivated; a complaint was made to the National Cyber Crime Cell.',
      eventHi: 'लोक सभा: स्वास्थ्य और परिवार कल्याण राज्य मंत्री (एस.पी. सिंह बघेल) का श्रीमती हेमा मालिनी को लिखित उत्तर: पोर्टल पर "पूर्ण सुरक्षा उपाय और पर्याप्त सुरक्षा" हैं; कोविन के सभी एपीआई निष्क्रिय किए गए; राष्ट्रीय साइबर अपराध प्रकोष्ठ में शिकायत की गई।',
      source: 'East Coast Daily, 22.07.2023 (press report; the question\'s number and official text not seen)',
      secondary: true,
      sourceId: ids.lsReply,
      isReply: true,
    },
    {
      date: '2023-11-24',
      event: 'CERT-In is added to the Second Schedule of the RTI Act as entry 27, so the Act no longer applies to it, nor to information it furnishes to the Government, except for allegations of corruption and human-rights violations (s.24(1)).',
      eventHi: 'सीईआरटी-इन को सूचना का अधिकार अधिनियम की दूसरी अनुसूची में प्रविष्टि 27 के रूप में जोड़ा गया; अब भ्रष्टाचार और मानवाधिकार उल्लंघन के आरोपों को छोड़कर अधिनियम न उस पर लागू होता है, न उसके द्वारा सरकार को दी गई सूचना पर (धारा 24(1))।',
      source: 'DoPT notification under s.24(2) of the RTI Act, 2005 (gazette of 23.11.2023), as reported by The Hindu, 24.11.2023',
      secondary: false,
      sourceId: null,
      isReply: false,
    },
  ];
}

/**
 * The dates of the example's RTI chain, counted back from the day the pack is made so that every
 * document in it is in time whenever it is opened: the first appellate authority's 30 days
 * (s.19(6)) ended 40 days ago, well inside the 90 days s.19(3) gives for the second appeal dated
 * today; the first appeal came 10 days into the 30 days after deemed refusal (s.19(1)); the
 * application was made on RTI Online, so received the day it was made. Periods come from the rule data.
 */
export type ExampleChainDates = { readonly application: IsoDate; readonly deemedRefused: IsoDate; readonly firstAppeal: IsoDate };

export function exampleChainDates(today: IsoDate): ExampleChainDates {
  const firstAppeal = addDays(today, -40 - periodDays('firstAppealDecision'));
  const deemedRefused = addDays(firstAppeal, -10);
  const application = addDays(deemedRefused, -(periodDays('reply') + 1));
  return { application, deemedRefused, firstAppeal };
}

/** The example's registration numbers as RTI Online gives them (the year of filing in two digits), marked as specimens. */
export function exampleRegistration(dates: ExampleChainDates, lang: 'en' | 'hi'): { readonly application: string; readonly firstAppeal: string } {
  const mark = lang === 'hi' ? '(नमूना)' : '(specimen)';
  return {
    application: `MOHFW/R/E/${dates.application.slice(2, 4)}/00000 ${mark}`,
    firstAppeal: `MOHFW/A/E/${dates.firstAppeal.slice(2, 4)}/00000 ${mark}`,
  };
}

/**
 * The example pack's RTI chain as the tracker would record it: the application filed on RTI Online,
 * no decision within the 30 days of s.7(1) (deemed refused under s.7(2)), and the first appeal
 * recorded on it.
 * The pack's documents carry the same dates (`exampleUserInputs`), so the list of dates agrees with them.
 */
export function cowinRtiChain(createdAt: string): ReadonlyArray<Filing> {
  const dates = exampleChainDates(indiaDate(createdAt));
  return [
    {
      id: 'example-rti-application',
      kind: 'rti-application',
      createdAt,
      title: '',
      // The first appeal is recorded on the application, as the tracker records it ("Record the first
      // appeal"), so its deadlines know the appeal was made and count the appellate authority's days.
      history: [
        { status: 'filed', date: dates.application, note: '', receivedOn: dates.application },
        { status: 'deemed-refused', date: dates.deemedRefused, note: '' },
        { status: 'first-appeal', date: dates.firstAppeal, note: '', receivedOn: dates.firstAppeal },
      ],
      notes: '',
      publicAuthority: 'Ministry of Health and Family Welfare',
      government: 'central',
      state: '',
      mode: 'rti-online',
      registrationNumber: exampleRegistration(dates, 'en').application,
      feePaidRupees: 10,
      viaApio: false,
      lifeOrLiberty: false,
      thirdPartyInvolved: false,
    },
  ];
}
