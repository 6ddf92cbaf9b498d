import { now } from '../clock.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import type { Draft } from '../../../shared/domain/draft.ts';
import { AuthorityPanel } from './drafting/authority-panel.tsx';
import { DraftEditor } from './drafting/draft-editor.tsx';
import { draftListLabels } from './drafting/draft-list-labels.ts';
import { isRtiKind } from '../../../shared/workflows/draft-lint.ts';
import { useDraftLint } from './drafting/use-draft-lint.ts';
import { useStoredQuestions } from './drafting/use-stored-questions.ts';
import { LintPanel } from './drafting/lint-panel.tsx';
import { NewDraftForm } from './drafting/new-draft-form.tsx';
import { RtiOnlineBox } from './drafting/rti-online-box.tsx';
import { SuggestionsPanel } from './drafting/suggestions-panel.tsx';
import { useDebounced } from './drafting/use-debounced.ts';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  /** A draft just made elsewhere (the analysis, a filing): its editor takes the focus when shown. */
  readonly focusDraftId?: string | null;
};

/** The case's drafts: pick one (or start one), edit it beside its checks, suggestions and routing, export it. */
export function DraftsView({ c, update, selected, onSelect, focusDraftId = null }: Props) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const draft = c.drafts.find((d) => d.id === selected) ?? c.drafts[c.drafts.length - 1];
  const [focusId, setFocusId] = useState<string | null>(focusDraftId);
  const created = (id: string) => { setCreating(false); setFocusId(id); onSelect(id); };

  if (!draft) {
    return (
      <div className="drafts drafts--empty">
        <p className="muted">{t('drafts.none')}</p>
        <NewDraftForm c={c} update={update} onCreated={created} idPrefix="drafts-empty" />
      </div>
    );
  }

  const change = (next: Draft) => update((cur) => ({
    ...cur,
    drafts: cur.drafts.map((d) => (d.id === next.id ? { ...next, updatedAt: now() } : d)),
  }));

  // Same-titled drafts (two first appeals in one case) each get what tells them apart.
  const details = new Map(draftListLabels(c.drafts).map((l) => [l.id, l.detail]));

  return (
    <div className="drafts">
      <nav aria-label={t('drafts.heading')} className="drafts__list">
        <ul>
          {c.drafts.map((d) => {
            const detail = details.get(d.id) ?? null;
            return (
              <li key={d.id}>
                <button type="button" className={d.id === draft.id ? 'draft-link draft-link--open' : 'draft-link'} aria-current={d.id === draft.id ? 'true' : undefined} onClick={() => onSelect(d.id)}>
                  <span className="draft-link__title">{d.title}</span>
                  {detail !== null && <span className="draft-link__detail">{detail}</span>}
                  <span className="muted small">{t(`kinds.${d.kind}`)}{d.language === 'hi' ? ` · ${t('drafting.create.languages.hi')}` : ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {creating ? t('drafting.workspace.closeNewDraft') : t('drafting.workspace.newDraft')}
        </button>
      </nav>
      <div className="drafting">
        {creating && <NewDraftForm c={c} update={update} onCreated={created} idPrefix="drafts" />}
        <DraftWorkspace key={draft.id} c={c} draft={draft} onChange={change} autoFocus={draft.id === focusId} />
      </div>
    </div>
  );
}

/** The editor beside what helps write it: the checks, the suggestions, the routing and the RTI Online box (RTI). */
function DraftWorkspace({ c, draft, onChange, autoFocus }: { readonly c: Case; readonly draft: Draft; readonly onChange: (d: Draft) => void; readonly autoFocus: boolean }) {
  const { t } = useTranslation();
  const settled = useDebounced(draft, 120);
  const earlier = useStoredQuestions(c);
  const lint = useDraftLint(settled, earlier, c.drafts);
  const insert = (text: string, forPart: string | null) => {
    const points = draft.points.length > 0 && (draft.points.at(-1) ?? '').trim() === '' ? [...draft.points.slice(0, -1), text] : [...draft.points, text];
    const forParts = forPart && !draft.forParts.includes(forPart) ? [...draft.forParts, forPart] : draft.forParts;
    onChange({ ...draft, points, forParts });
  };
  return (
    <div className="drafting__grid">
      <DraftEditor draft={draft} onChange={onChange} lint={lint} autoFocus={autoFocus} />
      <aside className="drafting__side" aria-label={t('drafting.workspace.side')}>
        {/* Checks first, then where the draft goes (authority, RTI Online), then the long list of suggestions. */}
        <LintPanel draftId={draft.id} lint={lint} />
        {isRtiKind(draft.kind) && <AuthorityPanel c={c} draft={draft} onChange={onChange} />}
        {(draft.kind === 'rti-application' || draft.kind === 'rti-first-appeal') && <RtiOnlineBox draft={draft} onChange={onChange} />}
        <SuggestionsPanel c={c} draft={draft} onInsert={insert} />
      </aside>
    </div>
  );
}
