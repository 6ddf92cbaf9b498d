import type { Message } from '../../shared/messages/message.ts';

/**
 * The common shape of every rule or legal fact shipped as data.
 *
 * `source` is a URL or a section of `/work/shared/docs`; `confirmed` is false wherever those docs
 * mark the fact UNCONFIRMED (or only a weak secondary source supports it), so the UI can say so.
 */
export type RuleFact = {
  readonly id: string;
  /** The section, rule or direction the fact implements, e.g. "RTI Rules 2012, r.3". */
  readonly implements: string;
  readonly source: string;
  readonly confirmed: boolean;
};

/**
 * A rule a linter applies: like `RuleFact`, but the provision is a message (`shared/messages`), so
 * a finding cites it in the interface language ("Lok Sabha Rule 41(2)(v)", "लोक सभा नियम 41(2)(v)").
 */
export type CitedFact = {
  readonly id: string;
  readonly cite: Message;
  readonly source: string;
  readonly confirmed: boolean;
};

/** A single value with its provenance (used for per-authority facts such as a PIO address). */
export type Fact<T> = {
  readonly value: T;
  readonly source: string;
  readonly confirmed: boolean;
};

export type Severity = 'error' | 'warning' | 'info';
