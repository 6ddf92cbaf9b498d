import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import { caseEvidence, type EvidenceFile } from '../../../../shared/domain/evidence.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../api.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';

type Check = ChannelOutput<'tracker:verify-evidence'>['results'][number]['check'];

type Props = {
  readonly c: Case;
  /** The filing the files belong to, or null for the case as a whole. */
  readonly filingId: string | null;
  readonly update: (change: (c: Case) => Case) => void;
  /** Names the list for screen readers: "Evidence for RTI application to MeitY". */
  readonly label: string;
};

type AttachState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * Evidence kept with a filing: replies, postal receipts, portal screenshots. Main copies the chosen
 * file into the case folder and hashes it (SHA-256); the record is added to `case.evidence` here and
 * autosaved. "Verify" re-hashes the stored copies.
 */
export function EvidenceList({ c, filingId, update, label }: Props) {
  const { t } = useTranslation();
  const files = caseEvidence(c).filter((f) => f.filingId === filingId);
  const [note, setNote] = useState('');
  const [attach, setAttach] = useState<AttachState>({ kind: 'idle' });
  const [checks, setChecks] = useState<ReadonlyMap<string, Check>>(new Map());
  const [verifying, setVerifying] = useState(false);
  const noteId = `evidence-note-${filingId ?? 'case'}`;

  const attachFile = async () => {
    setAttach({ kind: 'working' });
    const result = await api['tracker:attach-evidence']({ caseId: c.id, filingId, note });
    switch (result.kind) {
      case 'attached': {
        const record = result.evidence;
        update((cur) => ({ ...cur, evidence: [...caseEvidence(cur), record] }));
        setNote('');
        setAttach({ kind: 'done', text: t('tracker.evidence.attached', { name: record.originalName }) });
        return;
      }
      case 'canceled':
        setAttach({ kind: 'done', text: t('tracker.evidence.canceled') });
        return;
      case 'failed':
        setAttach({ kind: 'failed', text: result.message });
        return;
    }
  };

  const verify = async () => {
    setVerifying(true);
    const { results } = await api['tracker:verify-evidence']({ caseId: c.id, files: [...files] });
    setChecks(new Map(results.map((r) => [r.id, r.check])));
    setVerifying(false);
  };

  return (
    <section className="evidence" aria-label={label}>
      {files.length === 0 ? <p className="muted small">{t('tracker.evidence.none')}</p> : (
        <table className="evidence__table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tracker.evidence.file')}</th>
              <th scope="col">{t('tracker.evidence.added')}</th>
              <th scope="col">{t('tracker.evidence.sha256')}</th>
              <th scope="col">{t('tracker.evidence.check')}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id} data-evidence={f.id}>
                <td>{f.originalName}{f.note && <span className="muted small"> — {f.note}</span>}</td>
                <td>{formatDate(f.addedAt)}</td>
                <td><Sha256 file={f} /></td>
                <td><CheckText check={checks.get(f.id)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="evidence__actions">
        <label className="field evidence__note" htmlFor={noteId}>
          {t('tracker.evidence.note')}
          <input id={noteId} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="button" className="secondary" disabled={attach.kind === 'working'} onClick={() => void attachFile()}>{t('tracker.evidence.attach')}</button>
        {files.length > 0 && <button type="button" className="secondary" disabled={verifying} onClick={() => void verify()}>{t('tracker.evidence.verify')}</button>}
      </div>
      {attach.kind === 'done' && <p role="status" className="small">{attach.text}</p>}
      {attach.kind === 'failed' && <p role="alert" className="error small">{attach.text}</p>}
    </section>
  );
}

/** The first 12 hex digits; the full hash shows on hover and on keyboard focus, and is what screen readers read. */
function Sha256({ file }: { readonly file: EvidenceFile }) {
  const { t } = useTranslation();
  return (
    <span className="sha" tabIndex={0} title={file.sha256} aria-label={t('tracker.evidence.shaFull', { sha: file.sha256 })}>
      <code className="sha__short" aria-hidden="true">{file.sha256.slice(0, 12)}…</code>
      <code className="sha__full" aria-hidden="true">{file.sha256}</code>
    </span>
  );
}

function CheckText({ check }: { readonly check: Check | undefined }) {
  const { t } = useTranslation();
  if (!check) return <span className="muted small">{t('tracker.evidence.notChecked')}</span>;
  switch (check.kind) {
    case 'ok': return <span className="ok small" role="status">{t('tracker.evidence.ok')}</span>;
    case 'missing': return <span className="error small" role="alert">{t('tracker.evidence.missing')}</span>;
    case 'mismatch': return <span className="error small" role="alert">{t('tracker.evidence.mismatch')}</span>;
    case 'unreadable': return <span className="error small" role="alert">{t('tracker.evidence.unreadable', { message: check.message })}</span>;
  }
}
