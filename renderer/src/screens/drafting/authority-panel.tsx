import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import type { Draft } from '../../../../shared/domain/draft.ts';
import { routeAuthorities, type Route } from '../../../../shared/drafting/routing.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { authorityById, knownAuthorities, pioAddressFact, pioAddressOf, readdress, stateOf, targetFor, type Authority } from '../../../../shared/workflows/authority-choice.ts';
import { api } from '../../api.ts';
import { currentUnit, TaskProgress } from '../../components/task-progress.tsx';
import { useTask } from '../../hooks/use-task.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { templateLabel } from '../../format/labels.ts';
import { replyTextOf } from './case-context.ts';
import { authorityIdOf } from '../../../../shared/workflows/draft-lint.ts';
import { FactBadge } from './fact-badge.tsx';
import { authorityOnScreen } from '../../../../shared/workflows/ministry-names.ts';

type Props = {
  readonly c: Case;
  readonly draft: Draft;
  readonly onChange: (d: Draft) => void;
};


/**
 * Where an RTI draft goes: the routed public authorities (`routeAuthorities`), best first, each
 * with the reason it holds the records, its jurisdiction (central vs State decides RTI Online and
 * the rules, rti-law-and-anchors.md A.3), whether RTI Online serves it, its PIO address, its s.24
 * status (A.1), every fact marked confirmed or not, and the routing's warnings, in the
 * interface's language (they are advice to the reader, not text of the draft). The user picks
 * one to address the draft to, or ticks several to export one application per authority.
 */
export function AuthorityPanel({ c, draft, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const { question, analysis, sources } = c;
  const routed = useMemo(
    () => routeAuthorities({ ministry: question?.ministry ?? null, text: [replyTextOf(sources, analysis.sourceId), ...(question?.parts ?? []).map((p) => p.text)].join('\n'), language: lang }),
    [question, analysis.sourceId, sources, lang],
  );
  const [added, setAdded] = useState<ReadonlyArray<string>>([]);
  const [toAdd, setToAdd] = useState('');
  const routes: ReadonlyArray<Route> = [
    ...routed,
    ...added.flatMap((id): Route[] => {
      const a = authorityById(id);
      if (!a || routed.some((r) => r.authority.id === id)) return [];
      // The routing's own warnings for this authority, as if the question had been addressed to it.
      const own = routeAuthorities({ ministry: a.ministryNames[0] ?? null, text: a.name, language: lang }).find((r) => r.authority.id === id);
      return [{ authority: a, reason: t('drafting.routing.addedByYou'), warnings: own?.warnings ?? [] }];
    }),
  ];
  const addable = knownAuthorities().filter((a) => !routes.some((r) => r.authority.id === a.id));
  const chosenId = authorityIdOf(draft);
  const headingId = `${draft.id}-routing-heading`;

  const choose = (a: Authority) => onChange(readdress(draft, a));

  return (
    <section className="side-panel routing" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('drafting.routing.heading')}</h2>
      <p className="muted small">{t('drafting.routing.intro')}</p>
      <fieldset className="routes">
        <legend className="visually-hidden">{t('drafting.routing.heading')}</legend>
        <ul>
          {routes.map((r) => (
            <RouteItem key={r.authority.id} draftId={draft.id} route={r} chosen={chosenId === r.authority.id} onChoose={() => choose(r.authority)} />
          ))}
        </ul>
      </fieldset>
      {addable.length > 0 && (
        <div className="row routing__add">
          <label className="field">
            {t('drafting.routing.addOther')}
            <select value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
              <option value="">{t('drafting.routing.addOtherNone')}</option>
              {addable.map((a) => <option key={a.id} value={a.id}>{authorityOnScreen(a, lang)}</option>)}
            </select>
          </label>
          <button type="button" className="secondary" disabled={toAdd === ''} onClick={() => { setAdded([...added, toAdd]); setToAdd(''); }}>{t('drafting.routing.add')}</button>
        </div>
      )}
      {draft.kind === 'rti-application' && <BatchExport draft={draft} routes={routes} />}
    </section>
  );
}

function RouteItem({ draftId, route, chosen, onChoose }: { readonly draftId: string; readonly route: Route; readonly chosen: boolean; readonly onChoose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const a = route.authority;
  const state = stateOf(a);
  const online = a.rtiOnline.value;
  const s24 = a.s24;
  return (
    <li className={`route${chosen ? ' route--chosen' : ''}${s24.value ? ' route--exempt' : ''}`} data-authority={a.id}>
      <label className="route__choice">
        <input type="radio" name={`${draftId}-authority`} checked={chosen} onChange={onChoose} />
        <span className="route__name">{authorityOnScreen(a, lang)} ({a.shortName})</span>
        {/* The Hindi name is data with a source: an unsourced one says so. */}
        {lang === 'hi' && <FactBadge confirmed={a.hindiName.confirmed} />}
      </label>
      {chosen && <p className="ok small">{t('drafting.routing.chosen')}</p>}
      <p className="small">{t('drafting.routing.reason', { reason: route.reason })}</p>
      <dl className="facts small">
        <dt>{t('drafting.routing.jurisdiction')}</dt>
        <dd>{state === '' ? t('drafting.routing.central') : t('drafting.routing.state', { state })} <FactBadge confirmed={a.jurisdiction.confirmed} /></dd>
        <dt>{t('drafting.routing.rtiOnline')}</dt>
        <dd>{online === true ? t('drafting.routing.rtiOnlineYes') : online === false ? t('drafting.routing.rtiOnlineNo') : t('drafting.routing.rtiOnlineUnknown')} <FactBadge confirmed={a.rtiOnline.confirmed} /></dd>
        <dt>{t('drafting.routing.pio')}</dt>
        <dd>{pioAddressOf(a, lang) === '' ? t('drafting.routing.pioMissing') : pioAddressOf(a, lang).replace(/\n/g, ', ')} <FactBadge confirmed={pioAddressFact(a).confirmed} /></dd>
        {s24.value && (
          <>
            <dt>{t('drafting.routing.s24')}</dt>
            <dd>{s24.since ? t('drafting.routing.s24Exempt', { since: formatDate(s24.since) }) : t('drafting.routing.s24ExemptUndated')} <FactBadge confirmed={s24.confirmed} /></dd>
          </>
        )}
      </dl>
      {route.warnings.length > 0 && (
        <ul className="warnings small" aria-label={`${t('drafting.routing.warnings')}: ${a.shortName}`}>
          {route.warnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      )}
    </li>
  );
}

type BatchState = ChannelOutput<'export:batch'> | { kind: 'idle' } | { kind: 'working' };

/** One application per ticked authority, each with the PIO address the user fills (the data has none: authorities.ts). */
function BatchExport({ draft, routes }: { readonly draft: Draft; readonly routes: ReadonlyArray<Route> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const [picked, setPicked] = useState<ReadonlyArray<{ id: string; pioAddress: string }>>([]);
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  /** The export running in main: files written so far, and the way to stop it between files. */
  const { task, run: runTask, stop } = useTask();
  const headingId = `${draft.id}-batch-heading`;
  const byId = new Map(routes.map((r) => [r.authority.id, r.authority]));
  const targets = picked.flatMap((p) => {
    const a = byId.get(p.id);
    return a ? [targetFor(a, p.pioAddress, draft.language)] : [];
  });

  const toggle = (a: Authority, on: boolean) => setPicked(on ? [...picked, { id: a.id, pioAddress: pioAddressOf(a, draft.language) }] : picked.filter((p) => p.id !== a.id));
  const setAddress = (id: string, pioAddress: string) => setPicked(picked.map((p) => (p.id === id ? { ...p, pioAddress } : p)));

  const run = async () => {
    setState({ kind: 'working' });
    setState(await runTask((taskId) => api['export:batch']({ draft, targets: [...targets], taskId })));
  };
  const unit = task ? currentUnit(task) : null;

  return (
    <section className="batch" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('drafting.batch.heading')}</h3>
      <p className="muted small">{t('drafting.batch.intro')}</p>
      <ul className="batch__list">
        {routes.map(({ authority: a }) => {
          const entry = picked.find((p) => p.id === a.id);
          return (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={entry !== undefined} onChange={(e) => toggle(a, e.target.checked)} />
                {' '}{t('drafting.batch.include', { name: authorityOnScreen(a, lang) })}
              </label>
              {entry && (
                <label className="field">
                  {t('drafting.batch.pioFor', { name: a.shortName })}
                  <textarea rows={2} value={entry.pioAddress} onChange={(e) => setAddress(a.id, e.target.value)} />
                </label>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={targets.length === 0 || state.kind === 'working'} onClick={() => void run()}>
        {t('drafting.batch.export', { count: targets.length })}
      </button>
      {targets.length === 0 && <p className="muted small">{t('drafting.batch.noneChosen')}</p>}
      {task !== null && (
        <TaskProgress
          task={task}
          label={t('drafting.batch.progressLabel')}
          status={t('drafting.batch.progress', unit ?? { current: 1, total: targets.length })}
          stoppingStatus={t('drafting.batch.stopping')}
          stopLabel={t('drafting.batch.stop')}
          onStop={stop}
        />
      )}
      <BatchMessage state={state} />
    </section>
  );
}

function BatchMessage({ state }: { readonly state: BatchState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
    case 'working':
      return null;
    case 'saved':
      return (
        <div role="status" className="ok">
          <p>{t('drafting.batch.saved', { count: state.fileNames.length, folder: state.folderName })}</p>
          <ul className="small">{state.fileNames.map((f) => <li key={f}>{f}</li>)}</ul>
        </div>
      );
    case 'canceled':
      return <p role="status" className="muted">{t('drafting.batch.canceled')}</p>;
    case 'blocked':
      return (
        <div role="alert" className="error">
          <p>{t('drafting.batch.blocked')}</p>
          <ul className="small">{state.problems.map((p) => <li key={p.authority}>{t('drafting.batch.blockedOne', { authority: p.authority, fields: p.missing.map((m) => templateLabel(t, m.label)).join(', ') })}</li>)}</ul>
        </div>
      );
    case 'failed':
      return <p role="alert" className="error">{t('drafting.batch.failed', { message: state.message })}</p>;
    case 'stopped':
      if (state.fileNames.length === 0) return <p role="status" className="muted">{t('drafting.batch.stoppedNone', { total: state.total })}</p>;
      return (
        <div role="status">
          <p>{t('drafting.batch.stopped', { count: state.fileNames.length, total: state.total, folder: state.folderName })}</p>
          <ul className="small">{state.fileNames.map((f) => <li key={f}>{f}</li>)}</ul>
        </div>
      );
  }
}
