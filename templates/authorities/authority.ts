import type { Fact } from '../rules/fact.ts';
import type { JurisdictionCode } from '../rules/jurisdictions.ts';

/**
 * A public authority an RTI application (or a question) can be addressed to.
 *
 * Every fact that decides where and how to file carries its source and whether it is confirmed:
 * the jurisdiction (central vs state decides RTI Online, A.3), the PIO address, RTI Online service
 * and the s.24 Second Schedule exemption (A.1).
 */
export type Authority = {
  readonly id: string;
  readonly name: string;
  /** The official Hindi name, printed in Hindi documents and shown on the Hindi screens. */
  readonly hindiName: Fact<string>;
  readonly shortName: string;
  readonly jurisdiction: Fact<JurisdictionCode>;
  /** The ministry or department it sits under, by id. */
  readonly parentId: string | null;
  /** PIO postal address; empty and unconfirmed where the docs give none. */
  readonly pioAddress: Fact<string>;
  /** Whether RTI Online (rtionline.gov.in) serves it; null where unknown. */
  readonly rtiOnline: Fact<boolean | null>;
  /** s.24 Second Schedule: the Act does not apply (except corruption / human-rights allegations). */
  readonly s24: Fact<boolean> & { readonly since: string | null };
  /** Ministry names as they appear in "Will the Minister of ..." stems and reply headers. */
  readonly ministryNames: ReadonlyArray<string>;
  /** Words in a reply or draft that point to this authority's records. */
  readonly keywords: ReadonlyArray<RegExp>;
  readonly note: string;
};
