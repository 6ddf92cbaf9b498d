import type { PhraseEntry } from './phrase-entry.ts';

/**
 * Refusals: the reply declines, or says the information is not held
 * (reply-analysis.md, status `refused`).
 */
export const REFUSALS = [
  {
    id: 'not-maintained',
    kind: 'refusal',
    text: 'Such data is not maintained centrally.',
    pattern: /\b(is|are) not (being )?maintained\b|\bnot maintained (centrally|separately)\b/,
    source: 'reply-analysis.md, refused ("such data is not maintained centrally")',
    confirmed: true,
  },
  {
    id: 'no-such-information-available',
    kind: 'refusal',
    text: 'There is no such information available with this Ministry.',
    pattern: /\bno such (information|data) (is )?available\b/,
    source: 'parliament-procedure.md §3.3 (MeitY reply on IT Rules, 2021) [SECONDARY]',
    confirmed: true,
  },
  {
    id: 'sub-judice',
    kind: 'refusal',
    text: 'The matter is sub judice.',
    pattern: /\bsub[- ]?judice\b/,
    source: 'reply-analysis.md, refused; parliament-procedure.md §3.3 (Pegasus question, 2021) [SECONDARY]',
    confirmed: true,
  },
  {
    id: 'national-security',
    kind: 'refusal',
    text: 'Disclosure is not in the interest of national security.',
    pattern: /\bnational security\b[^.]{0,80}\b(not|cannot|can not)\b|\b(not|cannot|can not)\b[^.]{0,80}\b(national security|security of the (state|nation|country))\b/,
    source: 'reply-analysis.md, refused ("national security")',
    confirmed: true,
  },
  {
    id: 'not-in-public-interest',
    kind: 'refusal',
    text: 'It is not in the public interest to disclose ...',
    pattern: /\bnot (be )?in (the )?(larger )?public interest\b/,
    source: 'reply-analysis.md, refused ("not in the public interest")',
    confirmed: true,
  },
  {
    id: 'not-possible-to-furnish',
    kind: 'refusal',
    text: 'It is not possible to furnish the information.',
    pattern: /\bnot (possible|feasible) to (furnish|provide|give|disclose|share|supply)\b/,
    source: 'reply-analysis.md, refused ("the reply declines"); wording is our generalisation',
    confirmed: false,
  },
  {
    id: 'not-collected',
    kind: 'refusal',
    text: 'Such information is not collected/compiled.',
    pattern: /\b(is|are) not (being )?(collected|compiled|collecting|compiling)\b|\bdoes not (collect|compile|maintain)\b/,
    source: 'reply-analysis.md, refused ("says the information is not held"); wording is our generalisation',
    confirmed: false,
  },
  {
    id: 'not-available',
    kind: 'refusal',
    text: 'The information/data is not available.',
    pattern: /\b(information|data|details) (is|are) not available\b/,
    source: 'reply-analysis.md, refused ("says the information is not held"); wording is our generalisation',
    confirmed: false,
  },
] as const satisfies readonly PhraseEntry[];
