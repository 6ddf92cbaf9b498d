import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withFields, type Draft, type DraftOf } from '../../../../shared/domain/draft.ts';
import { rtiSafe } from '../../../../shared/drafting/suggest/fill.ts';
import { rtiLayout } from '../../../../shared/lint/layout.ts';
import { RTI_ONLINE_BOX } from '../../../../shared/workflows/rti-online.ts';

const { charset: RTI_ONLINE_CHARSET, maxChars: RTI_ONLINE_MAX_CHARS, newlines: RTI_ONLINE_NEWLINES } = RTI_ONLINE_BOX;
import { api } from '../../api.ts';
import { targetsRtiOnline } from '../../../../shared/workflows/draft-lint.ts';
import { FactBadge } from './fact-badge.tsx';

type Segment = { readonly text: string; readonly bad: boolean };

/** Split the text into runs the box accepts and runs it refuses; newlines are neither (UNCONFIRMED, A.3). */
export function segments(text: string): ReadonlyArray<Segment> {
  const out: Segment[] = [];
  for (const ch of text) {
    const bad = ch !== '\n' && !RTI_ONLINE_CHARSET.allowed.test(ch);
    const last = out.at(-1);
    if (last && last.bad === bad) out[out.length - 1] = { text: last.text + ch, bad };
    else out.push({ text: ch, bad });
  }
  return out;
}

/** The request text the box takes: the points numbered "1. ", as `lintRti` checks them (`rtiLayout`). */
export function boxText(draft: Draft, fit: boolean): string {
  const points = draft.points.map((p) => p.trim()).filter((p) => p.length > 0);
  return rtiLayout(fit ? points.map(rtiSafe) : points).text;
}

type CopyState = { kind: 'idle' } | { kind: 'copied'; count: number } | { kind: 'failed'; message: string };

/**
 * A plain-text copy of the request sized for RTI Online's box (rti-law-and-anchors.md A.3): the
 * character count against the limit, the characters outside the allowed set marked, an optional
 * replacement of the usual offenders (`rtiSafe`), and Copy through main's clipboard.
 */
export function RtiOnlineBox({ draft, onChange }: { readonly draft: DraftOf<'rti-application' | 'rti-first-appeal'>; readonly onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  const [fit, setFit] = useState(false);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const target = targetsRtiOnline(draft);
  const text = boxText(draft, fit);
  // The box's limit is on what the browser counts: UTF-16 units (maxlength), the same as .length.
  const count = text.length;
  const limit = RTI_ONLINE_MAX_CHARS.limit;
  const parts = segments(text);
  const bad = [...new Set(parts.filter((s) => s.bad).flatMap((s) => [...s.text]))];
  const headingId = `${draft.id}-online-heading`;

  const setTarget = (on: boolean) => {
    onChange(withFields(draft, { filingMode: on ? 'rti-online' : undefined }));
  };

  const doCopy = async () => {
    const result = await api['clipboard:write']({ text });
    setCopy(result.ok ? { kind: 'copied', count: text.length } : { kind: 'failed', message: result.message });
  };

  return (
    <section className="side-panel online" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('drafting.online.heading')}</h2>
      <label className="check">
        <input type="checkbox" checked={target} onChange={(e) => setTarget(e.target.checked)} />
        {' '}{t('drafting.online.target')}
      </label>
      {target && (
        <>
          <p className="muted small">
            {t('drafting.online.intro', { limit: limit.toLocaleString('en-IN'), allowed: RTI_ONLINE_CHARSET.allowedText })} <FactBadge confirmed={RTI_ONLINE_CHARSET.confirmed && RTI_ONLINE_MAX_CHARS.confirmed} />
          </p>
          <p className={count > limit ? 'error online__count' : 'online__count'} data-count={count}>
            {t('drafting.online.count', { count: count.toLocaleString('en-IN'), limit: limit.toLocaleString('en-IN') })}
          </p>
          {count > limit && <p role="alert" className="error small">{t('drafting.online.over', { over: (count - limit).toLocaleString('en-IN') })}</p>}
          <p className={bad.length > 0 ? 'error small' : 'ok small'} data-bad-chars={bad.length}>
            {bad.length > 0 ? t('drafting.online.badChars', { count: bad.length, chars: bad.map((c) => `“${c}”`).join(' ') }) : t('drafting.online.allGood')}
          </p>
          <p className="muted small">{t('drafting.online.newlines')} <FactBadge confirmed={RTI_ONLINE_NEWLINES.confirmed} /></p>
          <label className="check small">
            <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} />
            {' '}{t('drafting.online.fit')}
          </label>
          <pre className="online__text" tabIndex={0} aria-label={t('drafting.online.textLabel')}>
            {parts.map((s, i) => (s.bad ? <mark key={i} className="bad-char">{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </pre>
          <div className="row">
            <button type="button" className="secondary" onClick={() => void doCopy()} disabled={text.length === 0}>{t('drafting.online.copy')}</button>
            {copy.kind === 'copied' && <p role="status" className="ok small">{t('drafting.online.copied', { count: copy.count })}</p>}
            {copy.kind === 'failed' && <p role="alert" className="error small">{t('drafting.online.copyFailed', { message: copy.message })}</p>}
          </div>
        </>
      )}
    </section>
  );
}
