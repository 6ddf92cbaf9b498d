import type { DraftKind } from '../../shared/domain/draft.ts';
import type { AnyDraftFieldKey } from '../../shared/domain/draft-fields.ts';

/**
 * What a Hindi document prints in "[...]" for a field left empty (issue 11, "Complete Hindi": the
 * only English in a Hindi document is what the user typed). One entry for every key a draft may
 * carry, so a new field without its Hindi placeholder does not compile. The wording follows the
 * Hindi labels of the editor (`renderer/src/locales/hi/templateLabels.ts`) where it fits a
 * document; the delay placeholder is the one the reviewer asked for. Hindi wording, not law: no
 * legal source.
 */
export const HINDI_SLOTS: { readonly [K in AnyDraftFieldKey]: string } = {
  ministry: 'संबोधित मंत्री का मंत्रालय',
  questionNumber: 'उत्तर दिए गए प्रश्न की संख्या',
  questionDate: 'उत्तर की तिथि',
  questionKind: 'प्रश्न का प्रकार (तारांकित / अतारांकित / अल्प सूचना)',
  subject: 'विषय',
  questionRef: 'संदर्भित संसदीय प्रश्न',
  partsText: 'प्रश्न के भाग',
  replyText: 'उत्तर का पाठ',
  applicantName: 'आवेदक का नाम',
  applicantAddress: 'आवेदक का पता',
  applicantPhone: 'आवेदक का दूरभाष',
  applicantEmail: 'आवेदक का ई-मेल',
  feeMode: 'शुल्क के भुगतान का माध्यम',
  feeInstrument: 'शुल्क के लिखत की संख्या (पोस्टल ऑर्डर / डिमांड ड्राफ्ट / रसीद / लेन-देन)',
  feeAmount: 'शुल्क की राशि (रुपये में)',
  bplCertificate: 'बीपीएल प्रमाणपत्र की संख्या और उसे जारी करने वाला प्राधिकारी',
  publicAuthority: 'लोक प्राधिकारी (मंत्रालय / विभाग)',
  authorityId: 'लोक प्राधिकारी',
  pioAddress: 'लोक सूचना अधिकारी का डाक पता',
  period: 'अभिलेखों की अवधि',
  state: 'राज्य',
  lifeOrLiberty: 'क्या विषय किसी व्यक्ति के जीवन या स्वतंत्रता से संबंधित है (हाँ / नहीं)',
  inspectPoints: 'वे बिंदु जिनकी फ़ाइलों का निरीक्षण भी करना है',
  filingMode: 'आवेदन दाखिल करने का माध्यम',
  place: 'स्थान',
  date: 'तिथि',
  applicationDate: 'आरटीआई आवेदन की तिथि',
  applicationRef: 'आरटीआई आवेदन की पंजीकरण संख्या',
  replyDate: 'लोक सूचना अधिकारी के उत्तर की तिथि',
  replyRef: 'लोक सूचना अधिकारी के उत्तर की संदर्भ संख्या',
  ground: 'अपील का आधार',
  groundDetails: 'अपने शब्दों में अन्य आधार लिखें',
  feeDemanded: 'माँगा गया अतिरिक्त शुल्क (रुपये में)',
  faaAddress: 'प्रथम अपीलीय प्राधिकारी का डाक पता',
  firstAppealDate: 'प्रथम अपील की तिथि',
  firstAppealRef: 'प्रथम अपील की पंजीकरण संख्या',
  faaOrderDate: 'प्रथम अपीलीय प्राधिकारी के आदेश की तिथि',
  faaOrderRef: 'प्रथम अपीलीय प्राधिकारी के आदेश की संदर्भ संख्या',
  commissionAddress: 'आयोग का डाक पता',
  delayReason: 'विलंब का कारण लिखें',
  detriment: 'हुई हानि या अन्य क्षति',
  pageCounts: 'पृष्ठ',
  applicationMode: 'आवेदन किस माध्यम से दाखिल किया गया',
  complaintGround: 'शिकायत का आधार',
  house: 'सदन (लोक सभा / राज्य सभा)',
  memberName: 'सदस्य का नाम',
  divisionNumber: 'सदस्य की विभाजन संख्या',
  desiredDate: 'वह तिथि जिस दिन उत्तर (या चर्चा) चाहिए',
  preference: 'एक ही दिन की सूचनाओं में वरीयता क्रम',
  explanatoryNote: 'व्याख्यात्मक टिप्पणी (चर्चा उठाने के कारण)',
  caseTitle: 'मामले का शीर्षक',
  annexure: 'अनुलग्नक संख्या',
};

/** What a document prints in place of its points (numbered points, question parts, table rows) when it has none. */
export const POINTS_SLOT: { readonly [K in DraftKind]: { readonly en: string; readonly hi: string } } = {
  'rti-application': { en: '[Information sought]', hi: '[माँगी गई सूचना]' },
  'rti-first-appeal': { en: '[Information sought]', hi: '[माँगी गई सूचना]' },
  'rti-second-appeal': { en: '[Information sought]', hi: '[माँगी गई सूचना]' },
  'rti-complaint': { en: '[Information requested]', hi: '[माँगी गई सूचना]' },
  'pq-notice': { en: '[Question parts]?', hi: '[प्रश्न के भाग]?' },
  'half-an-hour-notice': { en: '[Points to be raised]', hi: '[उठाए जाने वाले बिंदु]' },
  'list-of-dates': { en: '[Dates and events]', hi: '[तिथियाँ और घटनाएँ]' },
  'points-table': { en: '[Points]', hi: '[बिंदु]' },
};
