/**
 * The reply analyser: an official question-and-answer text (or a question and a
 * reply given separately) in, one verdict per lettered part out, by the yardstick
 * and output contract of reply-analysis.md. Pure, never throws on any string, and
 * linear in the input: every regex runs on a line, a sentence or a short window.
 */
import type { PartStatus } from '../domain/part-status.ts';
import type { Evidence, PartVerdict } from '../domain/analysis.ts';
import { toAssurance } from './assurance.ts';
import { cleanText, splitLines, toOriginal, type CleanText } from './clean-text.ts';
import type { AnalyzeOutput } from './contract.ts';
import { readPart, type PartAsk } from './demands.ts';
import { judgePart, type Judgement, type ParentInfo } from './judge.ts';
import { ministryFromMinisterLine, parseQuestion, type QuestionLayout } from './parse-question.ts';
import { parseReply, type ReplyLayout } from './parse-reply.ts';
import { askCoverage, askStems, assignSentences, coverage, MIN_VOCABULARY, score, termWeights, vocabulary, type Weights } from './relevance.ts';
import { splitSentences } from './sentences.ts';
import { readSentence, type SentenceSignals } from './signals.ts';

export type { AnalyzeOutput } from './contract.ts';

export type AnalyzeInput =
  | { readonly kind: 'combined'; readonly text: string }
  | { readonly kind: 'separate'; readonly question: string; readonly reply: string };

const ANSWER_LINE = /^\s*(?:answer|उत्तर)\s*(?:given by the minister)?\s*[:.-]?\s*$/i;

type Prepared = {
  readonly layout: QuestionLayout;
  readonly replyClean: CleanText;
  readonly replyOriginal: string;
  readonly reply: ReplyLayout | null;
  readonly evidenceSource: 'text' | 'reply';
};

function prepare(input: AnalyzeInput): Prepared {
  if (input.kind === 'combined') {
    const clean = cleanText(input.text);
    const layout = parseQuestion(clean.text, true);
    const from = layout.answerLineEnd ?? layout.answerStart;
    const labels = layout.parts.map((p) => p.label);
    const reply = from === null ? null : parseReply(clean.text, from, clean.text.length, labels);
    return { layout, replyClean: clean, replyOriginal: input.text, reply, evidenceSource: 'text' };
  }
  const qClean = cleanText(input.question);
  const layout = parseQuestion(qClean.text, false);
  const rClean = cleanText(input.reply);
  const answerLine = splitLines(rClean.text).slice(0, 60).find((l) => l.text.length <= 60 && ANSWER_LINE.test(l.text));
  const labels = layout.parts.map((p) => p.label);
  const reply = parseReply(rClean.text, answerLine ? answerLine.end : 0, rClean.text.length, labels);
  if (layout.question.ministry === null) {
    const ministry = ministryFromMinisterLine(rClean.text, answerLine ? answerLine.end : 0);
    if (ministry !== null) return { layout: { ...layout, question: { ...layout.question, ministry } }, replyClean: rClean, replyOriginal: input.reply, reply, evidenceSource: 'reply' };
  }
  return { layout, replyClean: rClean, replyOriginal: input.reply, reply, evidenceSource: 'reply' };
}

function evidenceOf(s: SentenceSignals, clean: CleanText, original: string): Evidence {
  const { start, end } = toOriginal(clean, s.sentence.start, s.sentence.end);
  return { start, end, text: original.slice(start, end) };
}

/** Evidence in order of how much of the part it speaks to; a yes/no sentence stays first. */
function rankEvidence(j: Judgement, w: Weights): SentenceSignals[] {
  const rest = j.evidence.filter((s) => s !== j.polaritySentence);
  const ranked = rest
    .map((s, i) => ({ s, i, v: score(w, s.stems) }))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((x) => x.s);
  return j.polaritySentence && j.evidence.includes(j.polaritySentence) ? [j.polaritySentence, ...ranked] : ranked;
}

/** The part a conditional part hangs on: the nearest earlier "whether" part, else the one before. */
function parentIndex(asks: readonly PartAsk[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const ask = asks[k];
    if (ask && ask.clauses.some((c) => c.condition === null && c.demands.yesNo)) return k;
  }
  return i - 1;
}

export function analyze(input: AnalyzeInput): AnalyzeOutput {
  const prep = prepare(input);
  const { layout, reply, replyClean } = prep;
  const parts = layout.parts;
  const labels = parts.map((p) => p.label);
  const asks = parts.map((p) => readPart(p.text));
  const weightList = termWeights(parts.map((p) => p.text), layout.question.subject);
  const weights = new Map<string, Weights>(labels.map((l, i) => [l, weightList[i] ?? new Map()]));
  const askList = askStems(parts.map((p) => p.text), layout.question.subject);

  // Sentences of every segment, and which of them address which part.
  const relevant = new Map<string, SentenceSignals[]>(labels.map((l) => [l, []]));
  const segmentSentences = new Map<string, SentenceSignals[]>(labels.map((l) => [l, []]));
  const segmentLower = new Map<string, string>(labels.map((l) => [l, '']));
  const exclusive = new Map<string, boolean>(labels.map((l) => [l, false]));
  const covered = new Set<string>();
  for (const seg of reply?.segments ?? []) {
    const signals = splitSentences(replyClean.text, seg.start, seg.end).map(readSentence);
    const segLabels = seg.labels.filter((l) => relevant.has(l));
    const assigned = assignSentences(signals, segLabels, weights);
    const lower = signals.map((s) => s.sentence.lower).join(' ');
    for (const l of segLabels) {
      covered.add(l);
      relevant.get(l)?.push(...(assigned.get(l) ?? []));
      segmentSentences.get(l)?.push(...signals);
      segmentLower.set(l, `${segmentLower.get(l) ?? ''} ${lower}`);
      if (segLabels.length === 1) exclusive.set(l, true);
    }
  }

  const statementMissing = reply !== null && reply.statementPromised && !reply.statementFound;
  const judged: { status: PartStatus; j: Judgement }[] = [];
  let earlierNo: SentenceSignals | null = null;
  const verdicts: PartVerdict[] = parts.map((part, i) => {
    const l = part.label;
    const rel = relevant.get(l) ?? [];
    const w = weights.get(l) ?? new Map<string, number>();
    let cov = coverage(w, rel);
    const segCov = coverage(w, segmentSentences.get(l) ?? []);
    // When no sentence went to this part but the segment as a whole speaks to it, judge it on the segment.
    if (rel.length === 0 && (segCov.share ?? 0) >= 0.2) {
      rel.push(...(segmentSentences.get(l) ?? []));
      cov = segCov;
    }
    // A part with too few words of its own ("if so, the remedial measures") has no meaningful coverage.
    const share = vocabulary(w) >= MIN_VOCABULARY ? cov.share : null;
    const p = parentIndex(asks, i);
    const parentJ = judged[p];
    const parentPart = parts[p];
    const parent: ParentInfo | null = parentJ && parentPart
      ? { label: parentPart.label, status: parentJ.status, polarity: parentJ.j.polarity, polaritySentence: parentJ.j.polaritySentence, conditionMet: parentJ.j.conditionMet }
      : null;
    const ask = asks[i] ?? readPart(part.text);
    const j = judgePart({
      label: l, ask, relevant: rel, segment: segmentSentences.get(l) ?? [],
      coverage: share, segmentCoverage: vocabulary(w) >= MIN_VOCABULARY ? segCov.share : null, missingTerms: cov.missing, ownTerms: w.size, noSegment: !covered.has(l), exclusive: exclusive.get(l) ?? false,
      segmentLower: segmentLower.get(l) ?? '', statementMissing,
      askCoverage: askCoverage(askList[i] ?? new Set<string>(), segmentSentences.get(l) ?? []),
    }, parent, earlierNo, replyClean.text);
    judged.push({ status: j.status, j });
    if (earlierNo === null && j.polarity === 'no') earlierNo = j.polaritySentence;
    const verdict: PartVerdict = {
      label: l,
      status: j.status,
      reason: j.reason,
      evidence: rankEvidence(j, w).map((s) => evidenceOf(s, replyClean, prep.replyOriginal)),
    };
    if (j.assurance) {
      const phraseSentence = rel.find((s) => s.assurance === j.assurance);
      const phrase = phraseSentence ? evidenceOf(phraseSentence, replyClean, prep.replyOriginal).text.replace(/\s+/g, ' ').trim() : j.assurance.text;
      verdict.assurance = toAssurance(phrase, j.assurance, layout.question.date);
    }
    return verdict;
  });

  return { question: layout.question, parts: verdicts, evidenceSource: prep.evidenceSource };
}
