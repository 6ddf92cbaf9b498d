/**
 * A long paste's checks (size, control characters, line breaks, Hindi) in a Web Worker, so a
 * paste of megabytes does not hold the window (issue 12; see text-slot.tsx).
 */
import { importPaste } from '../../../../shared/import/normalize-text.ts';
import { serveOneShot } from '../../workers/one-shot.ts';

serveOneShot(self, (v): v is string => typeof v === 'string', importPaste);
