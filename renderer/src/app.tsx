import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/domain/case.ts';
import { api } from './api.ts';
import { CaseList } from './screens/case-list.tsx';
import { CaseView } from './screens/case-view.tsx';

type Boot =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly workspace: { path: string; isDefault: boolean } };

type Listing = { readonly cases: ReadonlyArray<CaseSummary>; readonly problems: ReadonlyArray<{ file: string; message: string }> };

/** The shell: the case list beside the open case. Opens the last case, or the example on first start. */
export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [listing, setListing] = useState<Listing>({ cases: [], problems: [] });
  const [openId, setOpenId] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const next = await api['cases:list']({});
    setListing(next);
  }, []);

  useEffect(() => {
    void (async () => {
      const started = await api['app:bootstrap']({});
      await refresh();
      setOpenId(started.openCaseId);
      setBoot({ kind: 'ready', workspace: started.workspace });
    })();
  }, [refresh]);

  const createCase = useCallback(async (title: string) => {
    const created = await api['cases:create']({ title });
    if (created.ok) {
      await refresh();
      setOpenId(created.case.id);
    }
  }, [refresh]);

  const chooseWorkspace = useCallback(async () => {
    const chosen = await api['workspace:choose']({});
    if (chosen.ok) {
      setBoot({ kind: 'ready', workspace: chosen.workspace });
      setOpenId(null);
      await refresh();
    }
  }, [refresh]);

  if (boot.kind === 'loading') {
    return <main className="app app--loading" data-app-state="loading"><p>{t('app.loading')}</p></main>;
  }

  return (
    <div className="app" data-app-state="ready">
      <CaseList
        cases={listing.cases}
        problems={listing.problems}
        openId={openId}
        workspace={boot.workspace.path}
        onOpen={setOpenId}
        onCreate={createCase}
        onChooseWorkspace={chooseWorkspace}
      />
      <main className="workspace" aria-label={t('app.name')}>
        {openId ? <CaseView key={openId} id={openId} onSaved={refresh} /> : <section className="empty-state"><h1>{t('app.name')}</h1><p>{t('app.tagline')}</p></section>}
      </main>
    </div>
  );
}
