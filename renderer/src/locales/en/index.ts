/**
 * English interface strings, one file per area of the app so each can grow on its own.
 * Hindi (`../hi/`) mirrors this shape; `Messages` is the shape both must have.
 */
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
import { ENGINE_EN } from '../../../../shared/messages/catalogue-en.ts';

export const en = {
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
  /** What the engine says (rule checks, deadline working, next actions): `shared/messages`, shared with the CLI. */
  engine: ENGINE_EN,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
