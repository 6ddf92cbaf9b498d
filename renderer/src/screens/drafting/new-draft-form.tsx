import { now, today } from '../../clock.ts';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import type { Language } from '../../../../shared/domain/draft.ts';
import { effectiveVerdicts, openPartLabels } from '../../../../shared/domain/effective-verdicts.ts';
import { statusGroup } from '../../../../shared/domain/part-status.ts';
import { useSettings } from '../../hooks/use-settings.tsx';
import { DRAFT_CHOICES, findChoice, languagesFor, newDraftId, type DraftChoiceId } from '../../../../shared/workflows/draft-choices.ts';
import { noticeAddresseesFor, type NoticeAddressee } from '../../../../shared/workflows/notice-addressees.ts';
import { choiceFindings } from '../../../../shared/workflows/choice-availability.ts';
import { ChoiceFinding } from './choice-finding.tsx';

/**
 * The drafting code (templates, rules, routing) loads when a draft is made, not with the case
 * view this form sits in (issue 12); the form starts loading it as soon as it is used.
 */
const loadCreateDraft = async () => (await import('../../../../shared/workflows/create-draft.ts')).createDraft;

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly onCreated: (draftId: string) => void;
  /** Distinguishes two forms on one screen (ids and radio-group names). */
  readonly idPrefix: string;
};

/**
 * Pick which parts to follow up, the kind of document and its language, and draft it. The open
 * parts are chosen until the user changes the choice, so a verdict changed a moment ago counts.
 */
export function NewDraftForm({ c, update, onCreated, idPrefix }: Props) {
  const { t } = useTranslation();
  // The user's profile (applicant, Member, letterhead from Settings) prefills each new draft.
  const { profile } = useSettings().settings;
  const parts = c.question?.parts ?? [];
  const verdicts = effectiveVerdicts(c);
  const open = openPartLabels(c);
  const [chosen, setChosen] = useState<ReadonlyArray<string> | null>(null);
  const [choiceId, setChoiceId] = useState<DraftChoiceId>('rti-application');
  const [language, setLanguage] = useState<Language>('en');
  const [addresseeId, setAddresseeId] = useState<NoticeAddressee['id']>('reply');
  // One draft per press, even when the drafting code is still loading.
  const making = useRef(false);
  const selected = chosen ?? open;
  const choice = findChoice(choiceId) ?? DRAFT_CHOICES[0];
  // Only a question notice has an addressee to choose. Worked out only when one is chosen, and
  // again only when the texts change (not on a save's revision or a note): it searches every text,
  // and the form is drawn with an analysis's verdicts, where a 10 MB reply's search held the frame
  // for ~90 ms (issue 12).
  const { title, question, sources } = c;
  const asksAddressee = choice.kind === 'pq-notice';
  const addressees = useMemo(() => (asksAddressee ? noticeAddresseesFor({ title, question, sources }) : []), [asksAddressee, title, question, sources]);
  const languages = languagesFor(choice.kind);
  const headingId = `${idPrefix}-new-draft-heading`;
  // A notice the House would not admit (a half-an-hour discussion on an old or other-House answer)
  // is not offered: the form says why and points to the question notice instead (`bar`). One the
  // House may still admit but probably will not (a Lok Sabha one on an old answer) is said before
  // drafting, with the same way out, and the draft is still offered (`caution`).
  const { bar, caution } = choiceFindings(choice, c, today());
  const house = c.question?.house ?? null;
  const noticeInstead = house === 'Rajya Sabha' ? 'pq-rs-unstarred' : house === 'Lok Sabha' ? 'pq-ls-unstarred' : null;

  if (!c.question || parts.length === 0) return <p className="muted">{t('drafting.create.noQuestion')}</p>;

  const toggle = (label: string, on: boolean) => {
    const next = on ? [...selected, label] : selected.filter((l) => l !== label);
    // Keep question order, whatever order the boxes were ticked in.
    setChosen(parts.map((p) => p.label).filter((l) => next.includes(l)));
  };

  const submit = async () => {
    if (selected.length === 0 || bar !== null || making.current) return;
    making.current = true;
    try {
      const createDraft = await loadCreateDraft();
      const at = now();
      const id = newDraftId(c.drafts, Date.parse(at));
      const ministry = choice.kind === 'pq-notice' ? addressees.find((a) => a.id === addresseeId)?.ministry ?? null : null;
      const draft = createDraft(choice, c, { parts: selected, language: languages.includes(language) ? language : 'en', profile, now: at, id, ...(ministry ? { ministry } : {}) });
      update((cur) => ({ ...cur, drafts: [...cur.drafts, draft] }));
      onCreated(id);
    } finally {
      making.current = false;
    }
  };

  const isDefault = chosen === null || (chosen.length === open.length && chosen.every((l) => open.includes(l)));
  const kindShort = t(`drafting.short.${choice.id}`);

  return (
    <form className="new-draft" aria-labelledby={headingId} onFocus={() => { void loadCreateDraft(); }} onPointerEnter={() => { void loadCreateDraft(); }} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id={headingId}>{t('drafting.create.heading')}</h2>
      <fieldset>
        <legend>{t('drafting.create.partsLegend')}</legend>
        {parts.map((p) => {
          const v = verdicts.find((x) => x.label === p.label);
          const group = v?.status ? statusGroup(v.status) : 'none';
          return (
            <label key={p.label} className="new-draft__part">
              <input type="checkbox" checked={selected.includes(p.label)} onChange={(e) => toggle(p.label, e.target.checked)} />
              <span>{t('drafting.create.partOption', { label: p.label, text: p.text })}</span>
              <span className={`chip chip--${group}`}>{v?.status ? t(`status.${v.status}`) : t('drafting.create.noStatus')}</span>
            </label>
          );
        })}
      </fieldset>
      <div className="new-draft__row">
        <label className="field">
          {t('drafting.create.kind')}
          <select value={choice.id} onChange={(e) => { const next = findChoice(e.target.value); if (next) setChoiceId(next.id); }}>
            {DRAFT_CHOICES.map((k) => <option key={k.id} value={k.id}>{t(`drafting.choices.${k.id}`)}</option>)}
          </select>
        </label>
        {choice.kind === 'pq-notice' && (
          <label className="field">
            {t('drafting.create.minister')}
            <select value={addresseeId} aria-describedby={`${idPrefix}-minister-hint`} onChange={(e) => { const next = addressees.find((a) => a.id === e.target.value); if (next) setAddresseeId(next.id); }}>
              {addressees.map((a) => <option key={a.id} value={a.id}>{t(`drafting.create.ministers.${a.id}`)}</option>)}
            </select>
            <span id={`${idPrefix}-minister-hint`} className="muted small">{t('drafting.create.ministerHint')}</span>
          </label>
        )}
        <fieldset className="new-draft__language">
          <legend>{t('drafting.create.language')}</legend>
          {languages.map((l) => (
            <label key={l}>
              <input type="radio" name={`${idPrefix}-language`} value={l} checked={language === l} onChange={() => setLanguage(l)} />
              {' '}{t(`drafting.create.languages.${l}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {bar && <ChoiceFinding finding={bar} kind="bar" onNoticeInstead={noticeInstead ? () => setChoiceId(noticeInstead) : null} />}
      {caution && <ChoiceFinding finding={caution} kind="caution" onNoticeInstead={noticeInstead ? () => setChoiceId(noticeInstead) : null} />}
      <button type="submit" disabled={selected.length === 0 || bar !== null}>
        {isDefault ? t('drafting.create.submitOpen', { kind: kindShort }) : t('drafting.create.submitChosen', { kind: kindShort })}
      </button>
      {selected.length === 0 && <p className="muted small">{t('drafting.create.noParts')}</p>}
    </form>
  );
}
