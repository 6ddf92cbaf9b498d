/**
 * Hindi interface strings, one file per area mirroring `../en/`. Typed as `Messages`, so a key
 * missing here (or one English does not have) is a compile error; `tests/unit/renderer/locales/`
 * checks values are non-empty and keep every {{placeholder}}.
 */
import type { Messages } from '../en/index.ts';
import { ENGINE_HI } from '../../../../shared/messages/catalogue-hi.ts';
import { app } from './app.ts';
import { cases } from './cases.ts';
import { caseView } from './caseView.ts';
import { analysis } from './analysis.ts';
import { importing } from './importing.ts';
import { drafts } from './drafts.ts';
import { drafting } from './drafting.ts';
import { status } from './status.ts';
import { settings } from './settings.ts';
import { search } from './search.ts';
import { help } from './help.ts';
import { kinds } from './kinds.ts';
import { tracker } from './tracker.ts';
import { common } from './common.ts';
import { templateLabels } from './templateLabels.ts';
import { digest } from './digest.ts';
import { sync } from './sync.ts';

export const hi: Messages = {
  app,
  cases,
  caseView,
  analysis,
  importing,
  drafts,
  drafting,
  status,
  settings,
  search,
  help,
  kinds,
  tracker,
  common,
  templateLabels,
  digest,
  sync,
  engine: ENGINE_HI,
};
