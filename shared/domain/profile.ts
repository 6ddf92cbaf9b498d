import { z } from 'zod';
import { HouseSchema } from './question.ts';

/**
 * Who the drafts are from. Stored once per user; templates read it through `RenderContext`
 * and `newDraft` copies it into a draft's fields so each draft stays editable on its own.
 */
/**
 * The grammatical gender a Hindi letter uses for its signer ("करता हूँ" / "करती हूँ", "भवदीय" /
 * "भवदीया"); unset until the user chooses, and a Hindi export asks for it (`shared/documents/hindi-forms.ts`).
 */
export const HindiFormSchema = z.enum(['masculine', 'feminine']);
export type HindiForm = z.infer<typeof HindiFormSchema>;

export const ApplicantSchema = z.object({
  name: z.string(),
  /** Postal address, one line per line of the envelope. */
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  /** Below the poverty line: no application or copying fee (RTI Act s.7(5); RTI Rules 2012 r.5). */
  isBpl: z.boolean(),
  /** Number and issuing authority of the BPL certificate a copy of which goes with the application (r.5). */
  bplCertificate: z.string(),
  hindiForm: HindiFormSchema.optional(),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

/** The Member on whose behalf question notices are drafted (Lok Sabha member instructions: name and division number). */
export const MemberSchema = z.object({
  name: z.string(),
  house: HouseSchema.nullable(),
  divisionNumber: z.string(),
  hindiForm: HindiFormSchema.optional(),
});
export type Member = z.infer<typeof MemberSchema>;

export const LetterheadSchema = z.object({
  organisation: z.string(),
  lines: z.array(z.string()),
});
export type Letterhead = z.infer<typeof LetterheadSchema>;

/** Addresses the user added for an authority (by its id), reused in every later draft to it. */
export const SavedAddressSchema = z.object({ pio: z.string().optional(), faa: z.string().optional() });

export const ProfileSchema = z.object({
  applicant: ApplicantSchema,
  member: MemberSchema,
  letterhead: LetterheadSchema,
  addresses: z.record(z.string().max(80), SavedAddressSchema).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export { EMPTY_PROFILE } from './empty-profile.ts';
