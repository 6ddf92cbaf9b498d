import { COWIN_CASE_ID } from './cowin-case-id.ts';
import { CASE_SCHEMA_VERSION, type Case } from '../domain/case.ts';
import type { PartVerdict } from '../domain/analysis.ts';
import { cowinEvents } from './cowin-events.ts';
import { COWIN_LS_REPLY_TEXT, COWIN_MOHFW_STATEMENT_TEXT, COWIN_NOTES, COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from './cowin-text.ts';

/** The second reply of 21 July 2023 (Lok Sabha, Ministry of Health), kept beside the analysed one. */
export const COWIN_LS_REPLY_ID = 'reply-ls-health';
export const COWIN_STATEMENT_ID = 'mohfw-statement-june-2023';

export { COWIN_CASE_ID };

/**
 * The CoWIN example case that ships with the app and opens on first start.
 *
 * The question's fields are set from the seed articles rather than parsed, because they are the
 * facts we checked by hand; the verdicts come from the analyser (`verdicts`). The matter's events
 * (`cowin-events.ts`) are what the case knows happened around the reply, each with its source.
 */
export function buildCowinCase(now: string, verdicts: ReadonlyArray<PartVerdict>): Case {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: COWIN_CASE_ID,
    title: 'CoWIN data breach: Rajya Sabha, 21 July 2023',
    createdAt: now,
    updatedAt: now,
    isExample: true,
    matter: {
      summary: 'The government\'s 2023 replies on the CoWIN data breach never said who was responsible, what the investigation found, or how the leaked data would be contained.',
      notes: COWIN_NOTES,
      events: [...cowinEvents({ statement: COWIN_STATEMENT_ID, lsReply: COWIN_LS_REPLY_ID })],
    },
    sources: [
      {
        id: 'question',
        role: 'question',
        title: 'Question (Rajya Sabha, answered 21 July 2023) as reported',
        text: COWIN_QUESTION_TEXT,
        origin: { kind: 'example', fileName: null, importedAt: now },
        note: 'Reconstructed from MediaNama\'s paraphrase (July 2023, press report): the verbatim text and the number are UNCONFIRMED.',
      },
      {
        id: 'reply',
        role: 'reply',
        title: 'Rajya Sabha reply (Ministry of Electronics and Information Technology, 21 July 2023) as reported',
        text: COWIN_REPLY_TEXT,
        origin: { kind: 'example', fileName: null, importedAt: now },
        note: 'MediaNama, July 2023, a press report that blends in the Lok Sabha reply of the same day; UNCONFIRMED against the official text.',
        reported: true,
      },
      {
        id: COWIN_LS_REPLY_ID,
        // Kept as material beside the analysed reply, so re-analysing that reply never replaces it.
        role: 'notes',
        title: 'Lok Sabha written reply (Ministry of Health and Family Welfare, 21 July 2023) as reported',
        text: COWIN_LS_REPLY_TEXT,
        origin: { kind: 'example', fileName: null, importedAt: now },
        note: 'East Coast Daily, 22 July 2023 (press report): a summary, not the official text; the question number is UNCONFIRMED.',
        reported: true,
      },
      {
        id: COWIN_STATEMENT_ID,
        role: 'notes',
        title: 'Ministry of Health and Family Welfare statement, June 2023, as reported',
        text: COWIN_MOHFW_STATEMENT_TEXT,
        origin: { kind: 'example', fileName: null, importedAt: now },
        note: 'MediaNama, June 2023 (press report; UNCONFIRMED against the Ministry\'s own release).',
      },
    ],
    question: {
      house: 'Rajya Sabha',
      kind: null,
      number: null,
      date: '2023-07-21',
      ministry: 'Electronics and Information Technology',
      subject: 'Status of investigation into CoWIN data breach',
      // The example's own rendering: the Hindi question list's wording is not in the seed material.
      subjectHi: 'कोविन डेटा उल्लंघन की जाँच की स्थिति',
      askedBy: ['Shri Syed Nasir Hussain', 'Dr. Amee Yajnik', 'Shri Vivek K. Tankha'],
      parts: [
        { label: 'a', text: 'whether Government has a tangible plan to contain the leaked information from the CoWIN portal;' },
        { label: 'b', text: 'whether the Indian Computer Emergency Response Team (CERT-In) has started the investigation and identified those responsible for the breach;' },
        { label: 'c', text: 'if so, the status of the investigation thereof and, if not, the reasons therefor; and' },
        { label: 'd', text: 'the measures Government has taken to enhance safety protocols regarding such large databases, with a key focus on protecting the private information of citizens and preventing unauthorised access to their databases?' },
      ],
    },
    analysis: {
      sourceId: 'reply',
      analyzedAt: verdicts.length > 0 ? now : null,
      parts: [...verdicts],
      overrides: [],
    },
    drafts: [],
    filings: [],
    evidence: [],
  };
}
