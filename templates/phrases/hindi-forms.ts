/**
 * The words of a Hindi letter that agree with the gender of the person signing it ("मैं ...
 * करता हूँ" / "करती हूँ", "भवदीय" / "भवदीया"). Templates write both, as "करता/करती"; the export
 * keeps the one the signer chose in Settings (issue 11: "Gendered forms from the applicant's
 * profile"). Hindi grammar, not law, so there is no legal source: the verb and participle endings
 * -ता/-ती, -ा/-ी, -गा/-गी agree with a first-person subject's gender, and the closing भवदीय/भवदीया
 * with the writer's.
 *
 * The addressee's "महोदय/महोदया" is not here: it agrees with the officer, whom the writer does not
 * know, so both stay, as in printed RTI forms.
 */
import type { HindiForm } from '../../shared/domain/profile.ts';

export type { HindiForm };

export type HindiFormPair = { readonly masculine: string; readonly feminine: string };

export const HINDI_FORM_PAIRS: ReadonlyArray<HindiFormPair> = [
  { masculine: 'करता', feminine: 'करती' },
  { masculine: 'देता', feminine: 'देती' },
  { masculine: 'आता', feminine: 'आती' },
  { masculine: 'मानता', feminine: 'मानती' },
  { masculine: 'चाहता', feminine: 'चाहती' },
  { masculine: 'रहा', feminine: 'रही' },
  { masculine: 'सका', feminine: 'सकी' },
  { masculine: 'करूँगा', feminine: 'करूँगी' },
  { masculine: 'का', feminine: 'की' },
  { masculine: 'भवदीय', feminine: 'भवदीया' },
];
