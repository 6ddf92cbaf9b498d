/**
 * The reason and the evidence for a status the verdict model chose, written from the same facts
 * the features were read from. A reason says what is missing, or what the reply talked about
 * instead, quoting it (reply-analysis.md: "one sentence a person can check"); the evidence is the
 * passage that decides the verdict. When the model agrees with the rule reading, the rule's own
 * reason and evidence stand.
 */
import type { PartStatus } from '../domain/part-status.ts';
import { assertNever } from '../lib/assert-never.ts';
import { gapsOf } from './features.ts';
import { quote, spelled, type Judgement, type ParentInfo, type PartFacts } from './judge.ts';
import type { SentenceSignals } from './signals.ts';

export type Explained = { readonly reason: string; readonly evidence: readonly SentenceSignals[] };

function never(terms: readonly string[], f: PartFacts): string {
  return terms.length === 0 ? '' : ` (it never mentions ${spelled(terms, f.ask)})`;
}

export function explain(status: PartStatus, f: PartFacts, parent: ParentInfo | null, rule: Judgement, text: string): Explained {
  if (status === rule.status) return { reason: rule.reason, evidence: rule.evidence };
  const L = `(${f.label})`;
  const pool = f.relevant.length > 0 ? f.relevant : f.segment;
  const polar = pool.slice(0, 2).find((s) => s.polarity !== null) ?? null;
  const { unmet, content } = gapsOf(f, polar !== null);
  const first = content[0] ?? pool[0];
  switch (status) {
    case 'answered': {
      const ev = [...(polar ? [polar] : []), ...content.filter((s) => s !== polar).slice(0, 2)];
      return { evidence: ev, reason: `The reply speaks to what ${L} asks: "${quote(polar ?? first, text, 100)}".` };
    }
    case 'partial': {
      const missing = unmet.filter((u) => !/yes or no/.test(u));
      const gap = missing.length > 0 ? missing.slice(0, 3).join(', ') : `part of what it asks${never(f.missingTerms, f)}`;
      return { evidence: content.slice(0, 2), reason: `The reply addresses ${L} ("${quote(first, text, 70)}") but leaves out ${gap}.` };
    }
    case 'unanswered': {
      const deflection = pool.find((s) => s.deflection !== null);
      if (deflection) return { evidence: [deflection], reason: `The reply talks about something else instead of ${L}: "${quote(deflection, text, 90)}"${never(f.missingTerms, f)}.` };
      if (first) return { evidence: [first], reason: `The reply speaks of "${quote(first, text, 70)}" but not of what ${L} asks${never(f.missingTerms, f)}.` };
      return { evidence: [], reason: `Nothing in the reply addresses ${L}${never(f.missingTerms, f)}.` };
    }
    case 'deferred': {
      const s = pool.find((x) => x.deferral !== null) ?? f.segment.find((x) => x.deferral !== null);
      return s
        ? { evidence: [s], reason: `The reply promises rather than answers: "${quote(s, text)}".` }
        : { evidence: pool.slice(0, 1), reason: `The reply puts ${L} off to later without giving it: "${quote(pool[0], text, 90)}".` };
    }
    case 'refused': {
      const s = pool.find((x) => x.refusal !== null) ?? f.segment.find((x) => x.refusal !== null);
      return s
        ? { evidence: [s], reason: `The reply declines or says the information is not held: "${quote(s, text)}".` }
        : { evidence: pool.slice(0, 1), reason: `The reply declines to give what ${L} asks: "${quote(pool[0], text, 90)}".` };
    }
    case 'not_applicable': {
      const dna = pool.find((s) => s.doesNotArise);
      const because = parent?.polaritySentence ?? dna ?? null;
      const p = parent ? `(${parent.label})` : 'the part it depends on';
      return { evidence: because ? [because] : [], reason: `${L} applies only if ${p} is answered the other way, and the reply says "${quote(because ?? undefined, text, 80)}".` };
    }
    default:
      return assertNever(status, 'Unknown part status');
  }
}
