import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../api.ts';
import { useDebounced } from '../drafting/use-debounced.ts';

type Result = ChannelOutput<'search:query'>;
type Hit = Result['hits'][number];

/** How long typing may pause before the search runs: results follow the typing, not every key. */
const TYPING_PAUSE_MS = 150;

/**
 * Results of a full-text search across every case and digest, ranked, whole words and "phrases",
 * updated as the user types. A digest hit opens its row as a case (made the first time).
 */
export function SearchView({ query, onOpenCase }: { readonly query: string; readonly onOpenCase: (id: string) => void }) {
  const { t } = useTranslation();
  const settled = useDebounced(query, TYPING_PAUSE_MS);
  const [result, setResult] = useState<{ query: string; value: Result } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['search:query']({ query: settled }).then((value) => { if (live) setResult({ query: settled, value }); });
    return () => { live = false; };
  }, [settled]);

  const open = async (hit: Hit) => {
    if (hit.target.kind === 'case') {
      onOpenCase(hit.target.caseId);
      return;
    }
    const opened = await api['digest:open-case']({ digestId: hit.target.digestId, file: hit.target.file });
    if (opened.ok) onOpenCase(opened.caseId);
    else setProblem(opened.message);
  };

  const current = result?.query === query ? result.value : null;
  const shown = current ?? result?.value ?? null;
  return (
    <section className="search-results" aria-labelledby="search-heading" aria-busy={current === null}>
      <h1 id="search-heading">{t('search.heading', { query })}</h1>
      <p className="muted small">{t('search.hint')}</p>
      {current && (
        <p role="status">{current.hits.length === 0 ? t('search.none', { count: current.casesSearched }) : t('search.count', { count: current.hits.length })}</p>
      )}
      {problem && <p role="alert">{problem}</p>}
      <ul className="hits">
        {shown?.hits.map((hit, i) => (
          <li key={`${hit.target.kind === 'case' ? hit.target.caseId : `${hit.target.digestId}/${hit.target.file}`}-${i}`}>
            <button type="button" className="hit" onClick={() => void open(hit)}>
              <span className="hit__where">{hit.heading}{hit.target.kind === 'digest' ? ` · ${t('search.fromDigest')}` : ''}</span>
              {hit.places.map((p, j) => (
                <span key={j} className="hit__place">
                  <span className="hit__label small muted">{t(`search.places.${p.place}`)}{p.label && p.label !== hit.heading ? ` · ${p.label}` : ''}</span>
                  <span className="hit__snippet">
                    {p.snippet.map((part, k) => (part.match ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>))}
                  </span>
                </span>
              ))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
