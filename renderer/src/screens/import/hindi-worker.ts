/**
 * Whether a long text has Hindi in it (mayHoldDamagedHindi), read in a Web Worker: for a 10 MB
 * reply the reading takes a tenth of a second, longer than a frame (issue 12; see use-hindi-check.ts).
 */
import { mayHoldDamagedHindi } from '../../../../shared/import/normalize-text.ts';
import { serveOneShot } from '../../workers/one-shot.ts';

serveOneShot(self, (v): v is string => typeof v === 'string', mayHoldDamagedHindi);
