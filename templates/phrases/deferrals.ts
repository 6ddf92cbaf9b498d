import type { PhraseEntry } from './phrase-entry.ts';

/**
 * Deferrals: a promise instead of an answer (reply-analysis.md, status `deferred`).
 * A deferral preceded by a negation in the same sentence ("there is no such
 * proposal under consideration") is an answer, not a deferral; the analyser checks that.
 */
export const DEFERRALS = [
  {
    id: 'being-collected-laid-on-table',
    kind: 'deferral',
    text: 'The information is being collected and will be laid on the Table of the House.',
    pattern: /\bbeing collected\b[^.]{0,200}\b(laid|placed) on the table\b/,
    source: 'parliament-procedure.md §3.3 (Minister of Law and Justice, RS 2009); reply-analysis.md, deferred',
    confirmed: true,
  },
  {
    id: 'will-be-laid-on-table',
    kind: 'deferral',
    text: '... will be laid on the Table of the House',
    pattern: /\b(will|shall|would) be (laid|placed) on the table\b/,
    source: 'generalisation of the §3.3 formula, parliament-procedure.md §3.3',
    confirmed: false,
  },
  {
    id: 'under-consideration',
    kind: 'deferral',
    text: 'The matter is under consideration.',
    pattern: /\bunder (active |the )?consideration\b/,
    source: 'reply-analysis.md, deferred; parliament-procedure.md §4, Annex 3 item 1',
    confirmed: true,
  },
  {
    id: 'under-examination',
    kind: 'deferral',
    text: 'The matter is under examination.',
    pattern: /\bunder (active |the )?examination\b/,
    source: 'reply-analysis.md, deferred; parliament-procedure.md §3.3 and §4, Annex 3 item 17',
    confirmed: true,
  },
  {
    id: 'in-due-course',
    kind: 'deferral',
    text: 'will be decided in due course',
    pattern: /\bin due course\b/,
    source: 'reply-analysis.md, deferred',
    confirmed: true,
  },
  {
    id: 'appropriate-time',
    kind: 'deferral',
    text: 'would be granted at an appropriate time',
    pattern: /\bat an? appropriate (time|stage)\b/,
    source: 'parliament-procedure.md §3.3 (sample 08, RS USQ 1959, 2021); reply-analysis.md, deferred',
    confirmed: true,
  },
  {
    id: 'as-early-as-possible',
    kind: 'deferral',
    text: 'The endeavour of Commission is to complete the said exercise as early as possible.',
    pattern: /\bendeavou?r[^.]{0,80}\bas early as possible\b/,
    source: 'parliament-procedure.md §3.3 (LS USQ 1562, 07.12.2021) [SECONDARY]',
    confirmed: true,
  },
  {
    id: 'efforts-to-collect-data',
    kind: 'deferral',
    text: 'Efforts are being made to collect the necessary data.',
    pattern: /\befforts are being made to collect\b/,
    source: 'parliament-procedure.md §4, Annex 3 item 20',
    confirmed: true,
  },
  {
    id: 'enquiries-being-made',
    kind: 'deferral',
    text: 'Enquiries are being made.',
    pattern: /\benquiries are being made\b/,
    source: 'parliament-procedure.md §4, Annex 3 item 3',
    confirmed: true,
  },
  {
    id: 'being-examined',
    kind: 'deferral',
    text: 'The matter is being examined.',
    pattern: /\b(is|are) being (examined|considered)\b/,
    source: 'generalisation of "under examination / under consideration", reply-analysis.md, deferred',
    confirmed: false,
  },
] as const satisfies readonly PhraseEntry[];
