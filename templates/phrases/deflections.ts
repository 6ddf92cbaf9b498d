import type { PhraseEntry } from './phrase-entry.ts';

/**
 * Deflections: the reply talks about something other than the specific asked
 * (reply-analysis.md, status `unanswered`: "a generic list of schemes or security
 * measures, 'it is a State subject', a restatement of policy").
 * On their own they leave a part open; beside a real answer they are noise.
 */
export const DEFLECTIONS = [
  {
    id: 'state-subject',
    kind: 'deflection',
    text: '... is a State subject',
    pattern: /\bstate[- ]subject\b/,
    source: 'parliament-procedure.md §3.3 (samples 01 and 03: "Public health is a state subject"); reply-analysis.md, unanswered',
    confirmed: true,
  },
  {
    id: 'primary-responsibility-of-states',
    kind: 'deflection',
    text: 'it is the primary responsibility of State/UT Governments',
    pattern: /\bprimary responsibility of (the )?(concerned )?states?\b/,
    source: 'parliament-procedure.md §3.3 (sample 01, LS USQ 704, 2025)',
    confirmed: true,
  },
  {
    id: 'continuous-process',
    kind: 'deflection',
    text: '... is a continuous process',
    pattern: /\bis an? continuous process\b/,
    source: 'parliament-procedure.md §3.3 (samples 04, RS USQ 2529, 2023, and 05, LS USQ 5305, 2026)',
    confirmed: true,
  },
  {
    id: 'ongoing-process',
    kind: 'deflection',
    text: '... is an ongoing process',
    pattern: /\bis an? (ongoing|on-going|continuing) process\b/,
    source: 'generalisation of "continuous process", parliament-procedure.md §3.3',
    confirmed: false,
  },
  {
    id: 'prerogative-of',
    kind: 'deflection',
    text: 'The decision ... is the prerogative of the Election Commission of India.',
    pattern: /\bis the (sole )?prerogative of\b/,
    source: 'parliament-procedure.md §3.3 (sample 08, RS USQ 1959, 2021: jurisdiction hand-off)',
    confirmed: true,
  },
  {
    id: 'within-purview-of',
    kind: 'deflection',
    text: '... falls within the purview of ...',
    pattern: /\b(falls?|lies?|comes?) (with)?in the (purview|domain|jurisdiction) of\b/,
    source: 'generalisation of the jurisdiction hand-off, parliament-procedure.md §3.3 (sample 08)',
    confirmed: false,
  },
  {
    id: 'as-per-scheme-guidelines',
    kind: 'deflection',
    text: 'released ... as per the scheme guidelines, demand from State, submission of Utilization Certificates',
    pattern: /\bas per (the )?scheme guidelines\b/,
    source: 'parliament-procedure.md §3.3 (sample 09: restating conditions instead of yes/no)',
    confirmed: true,
  },
  {
    id: 'various-steps-taken',
    kind: 'deflection',
    text: 'The Government has taken various steps/measures ...',
    pattern: /\b(has|have) taken (various|several|a number of|many) (steps|measures|initiatives)\b/,
    source: 'parliament-procedure.md §3.3 ("Generic-measures reply to a specific incident", sample 11); wording is our generalisation',
    confirmed: false,
    weak: true,
  },
] as const satisfies readonly PhraseEntry[];
