import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../api.ts';

type Result = ChannelOutput<'search:query'>;

/** Results of a search across every case: case names, replies, drafts and filings. */
export function SearchView({ query, onOpenCase }: { readonly query: string; readonly onOpenCase: (id: string) => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ query: string; value: Result } | null>(null);

  useEffect(() => {
    let live = true;
    void api['search:query']({ query }).then((value) => { if (live) setResult({ query, value }); });
    return () => { live = false; };
  }, [query]);

  const current = result?.query === query ? result.value : null;
  return (
    <section className="search-results" aria-labelledby="search-heading" aria-busy={current === null}>
      <h1 id="search-heading">{t('search.heading', { query })}</h1>
      {current && (
        <p role="status">{current.hits.length === 0 ? t('search.none', { count: current.casesSearched }) : t('search.count', { count: current.hits.length })}</p>
      )}
      <ul className="hits">
        {current?.hits.map((hit, i) => (
          <li key={`${hit.caseId}-${i}`}>
            <button type="button" className="hit" onClick={() => onOpenCase(hit.caseId)}>
              <span className="hit__where">{hit.caseTitle} · {t(`search.places.${hit.place}`)}{hit.label && hit.label !== hit.caseTitle ? ` · ${hit.label}` : ''}</span>
              <span className="hit__snippet">
                {hit.snippet.slice(0, hit.matchStart)}<mark>{hit.snippet.slice(hit.matchStart, hit.matchEnd)}</mark>{hit.snippet.slice(hit.matchEnd)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
