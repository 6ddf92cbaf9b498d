/**
 * English interface strings, one file per area of the app so each can grow on its own.
 * Hindi (`../hi/`) mirrors this shape; `Messages` is the shape both must have.
 */
import { app } from './app.ts';
import { cases } from './cases.ts';
import { caseView } from './caseView.ts';
import { analysis } from './analysis.ts';
import { drafts } from './drafts.ts';
import { status } from './status.ts';
import { kinds } from './kinds.ts';

export const en = {
  app,
  cases,
  caseView,
  analysis,
  drafts,
  status,
  kinds,
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
