import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import type { Draft } from '../../../../shared/domain/draft.ts';
import { suggestFollowUps, type Suggestion } from '../../../../shared/drafting/suggest.ts';
import { replyTextOf, verdictsOf } from './case-context.ts';
import { isQuestionKind, isRtiKind } from '../../../../shared/workflows/draft-lint.ts';

type Props = {
  readonly c: Case;
  readonly draft: Draft;
  readonly onInsert: (text: string, forPart: string | null) => void;
};

/**
 * Follow-ups proposed for each open part and each checkable claim in the reply
 * (`suggestFollowUps`): question parts for a notice, record-based points for an RTI draft, in the
 * draft's language, with the reasons for them in the interface's. Each goes into the draft with
 * one action; the draft's own parts come first.
 */
export function SuggestionsPanel({ c, draft, onInsert }: Props) {
  const { t, i18n } = useTranslation();
  const { question, analysis, sources } = c;
  const whyLanguage = i18n.language === 'hi' ? 'hi' : 'en';
  // Suggestions depend on the question, the verdicts, the reply and the languages, not on the draft being typed.
  const suggestions = useMemo(
    () => (question ? suggestFollowUps({ question, verdicts: verdictsOf(question, analysis), replyText: replyTextOf(sources, analysis.sourceId), language: draft.language, whyLanguage }) : []),
    [question, analysis, sources, draft.language, whyLanguage],
  );
  const rti = isRtiKind(draft.kind);
  const notice = isQuestionKind(draft.kind);
  const headingId = `${draft.id}-suggestions-heading`;

  const itemsOf = (s: Suggestion): ReadonlyArray<string> => (rti ? s.rtiPoints : notice ? s.questionParts : []);
  const ordered = [...suggestions]
    .filter((s) => itemsOf(s).length > 0)
    .sort((a, b) => rank(a, draft) - rank(b, draft));
  const inDraft = new Set(draft.points.map((p) => p.trim()));

  return (
    <section className="side-panel suggestions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('drafting.suggestions.heading')}</h2>
      {!rti && !notice ? (
        <p className="muted small">{t('drafting.suggestions.notForKind')}</p>
      ) : ordered.length === 0 ? (
        <p className="muted small">{t('drafting.suggestions.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('drafting.suggestions.intro')}</p>
          <ol className="suggestion-list">
            {ordered.map((s, i) => (
              <li key={`${s.forPart ?? '-'}-${s.claim ?? ''}-${i}`} className="suggestion">
                <h3>{s.claim ? t('drafting.suggestions.forClaim') : t('drafting.suggestions.forPart', { label: s.forPart ?? '?' })}{s.claim && s.forPart ? ` · ${t('drafting.suggestions.forPart', { label: s.forPart })}` : ''}</h3>
                {s.claim && <p className="suggestion__claim small">{t('drafting.suggestions.claim', { claim: s.claim })}</p>}
                {!s.claim && <p className="suggestion__claim small">{s.dodge ? t('drafting.suggestions.dodge', { sentence: s.dodge }) : t('drafting.suggestions.silent')}</p>}
                {/* In the draft's language, which a Hindi reader's screen reader must be told when it is English. */}
                <ul className="suggestion__items" lang={draft.language}>
                  {itemsOf(s).map((text) => {
                    const present = inDraft.has(text.trim());
                    return (
                      <li key={text}>
                        <p>{text}</p>
                        <button
                          type="button"
                          className="secondary small-button"
                          // aria-disabled, not disabled: a disabled button drops the focus to the page,
                          // and the keyboard user would have to find their place again.
                          aria-disabled={present}
                          aria-label={present ? `${t('drafting.suggestions.inserted')}: ${text}` : t('drafting.suggestions.insertLabel', { text })}
                          onClick={() => { if (!present) onInsert(text, s.forPart); }}
                        >
                          {present ? t('drafting.suggestions.inserted') : t('drafting.suggestions.insert')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
                <details>
                  <summary>{t('drafting.suggestions.why')}</summary>
                  <p className="small">{s.why}</p>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The draft's own parts first, then claims tied to a part, then the rest, keeping the analyser's order within each. */
function rank(s: Suggestion, draft: Draft): number {
  if (s.forPart !== null && draft.forParts.includes(s.forPart)) return s.claim ? 1 : 0;
  return s.forPart !== null ? 2 : 3;
}
