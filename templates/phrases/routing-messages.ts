import type { Bilingual } from '../rules/bilingual.ts';

/**
 * What the authority routing (`shared/drafting/routing.ts`) says about each route, in English and
 * Hindi, with the same `{name}` placeholders. Authority and State names are filled in the reader's
 * language by the caller ({name}, {short}, {exempt}, {parent}, {instead}, {ministry}, {state}); the
 * text the reply used ({quote}) stays as written; {sourced} is " (source: ...)" with the public
 * addresses (URLs) a fact rests on, or empty. The law is cited as the Act numbers it: RTI Act 2005 s.24(1) and the Second Schedule
 * (`rti-law-and-anchors.md` A.1); RTI Online takes central public authorities only (A.3).
 */
export const ROUTING_TEXT = {
  addressed: {
    en: 'The question was addressed to the Minister of {ministry}; the reply was prepared from this Ministry\'s records.',
    hi: 'प्रश्न {ministry} के मंत्री को संबोधित था; उत्तर इसी मंत्रालय के अभिलेखों से तैयार किया गया।',
  },
  /** The system's owner holds its audit reports, orders and data (`templates/rules/system-owners.ts`). */
  owner: {
    en: 'It owns the system the text names ("{quote}"), so it holds that system\'s audit reports, orders and data{unconfirmed}.',
    hi: 'पाठ में जिस प्रणाली का उल्लेख है ("{quote}") उसका स्वामी यही है, अतः उस प्रणाली की ऑडिट रिपोर्ट, आदेश और डेटा इसी के पास हैं{unconfirmed}।',
  },
  ownerUnconfirmed: { en: ' (ownership not confirmed from an official source)', hi: ' (स्वामित्व की पुष्टि किसी आधिकारिक स्रोत से नहीं हुई)' },
  named: {
    en: 'The text names it ("{quote}").',
    hi: 'पाठ में इसका उल्लेख है ("{quote}")।',
  },
  instead: {
    en: 'Instead of {exempt} (s.24): {parent}\'s own file notings, minutes and correspondence on the matter are open to RTI, unlike information {exempt} furnished.',
    hi: '{exempt} के स्थान पर (धारा 24): इस विषय पर {parent} की अपनी फ़ाइल टिप्पणियाँ, कार्यवृत्त और पत्राचार सूचना के अधिकार के अंतर्गत खुले हैं, जबकि {exempt} द्वारा दी गई सूचना नहीं।',
  },
  s24Exempt: {
    en: '{name} is exempt under {law}{since}: the Act does not apply to it, nor to information it furnished to a ministry.',
    hi: '{name} को {law} के अंतर्गत छूट प्राप्त है{since}: अधिनियम न उस पर लागू होता है, न उसके द्वारा किसी मंत्रालय को दी गई सूचना पर।',
  },
  s24Probable: {
    en: '{name} is probably exempt (unconfirmed) under {law}{since}: the Act does not apply to it, nor to information it furnished to a ministry.',
    hi: '{name} को संभवतः {law} के अंतर्गत छूट प्राप्त है (पुष्टि नहीं हुई){since}: अधिनियम न उस पर लागू होता है, न उसके द्वारा किसी मंत्रालय को दी गई सूचना पर।',
  },
  s24Law: {
    en: 'RTI Act 2005, s.24(1) and Second Schedule',
    hi: 'सूचना का अधिकार अधिनियम, 2005 की धारा 24(1) और दूसरी अनुसूची',
  },
  s24Since: { en: ' since {date}', hi: ' ({date} से)' },
  /** s.24(1), first and second provisos (A.1). */
  s24Proviso: {
    en: 'Information about allegations of corruption and human-rights violations is not excluded (s.24(1) proviso); human-rights information is given only with the Commission\'s approval, within 45 days.',
    hi: 'भ्रष्टाचार और मानवाधिकार उल्लंघन के आरोपों से संबंधित सूचना इस छूट से बाहर नहीं है (धारा 24(1) का परंतुक); मानवाधिकार उल्लंघन संबंधी सूचना केवल आयोग के अनुमोदन से, 45 दिनों के भीतर दी जाती है।',
  },
  askMany: { en: 'Ask {instead} for their own records instead{sourced}.', hi: 'इसके स्थान पर {instead} से उनके अपने अभिलेख माँगें{sourced}।' },
  askOne: { en: 'Ask {instead} for its own records instead{sourced}.', hi: 'इसके स्थान पर {instead} से उसके अपने अभिलेख माँगें{sourced}।' },
  askNone: { en: 'Ask the ministry concerned for its own records instead{sourced}.', hi: 'इसके स्थान पर संबंधित मंत्रालय से उसके अपने अभिलेख माँगें{sourced}।' },
  state: {
    en: '{name} is a {state} public authority: file under that State\'s RTI rules{portal}, not on RTI Online, which takes central public authorities only and returns state matters without refund{sourced}.',
    hi: '{name} {state} राज्य का लोक प्राधिकारी है: उस राज्य के सूचना का अधिकार नियमों के अंतर्गत आवेदन करें{portal}, आरटीआई ऑनलाइन पर नहीं, जो केवल केन्द्रीय लोक प्राधिकारियों के आवेदन लेता है और राज्य के मामलों को शुल्क लौटाए बिना वापस कर देता है{sourced}।',
  },
  portal: { en: ' (portal: {url})', hi: ' (पोर्टल: {url})' },
  portalUnconfirmed: { en: ' (portal: {url}, unconfirmed)', hi: ' (पोर्टल: {url}, पुष्टि नहीं हुई)' },
  jurisdictionUnconfirmed: {
    en: 'Whether {name} is a central or a state public authority is not confirmed{sourced}. Check before choosing RTI Online.',
    hi: 'यह पुष्टि नहीं हुई है कि {name} केन्द्रीय लोक प्राधिकारी है या राज्य का{sourced}। आरटीआई ऑनलाइन चुनने से पहले जाँच लें।',
  },
  rtiOnlineUnknown: {
    en: 'Whether RTI Online serves {name} is not confirmed: check its public-authority list, or file by post.',
    hi: 'यह पुष्टि नहीं हुई है कि आरटीआई ऑनलाइन पर {name} के लिए आवेदन हो सकता है: उसकी लोक प्राधिकारियों की सूची देखें, या डाक से आवेदन करें।',
  },
  notOnRtiOnline: { en: '{name} is not on RTI Online: file by post.', hi: '{name} आरटीआई ऑनलाइन पर नहीं है: डाक से आवेदन करें।' },
  noPio: {
    en: 'No PIO address on file for {name}: take it from its RTI page before filing by post.',
    hi: '{name} के लोक सूचना अधिकारी का पता उपलब्ध नहीं है: डाक से आवेदन करने से पहले उसे उसके सूचना का अधिकार संबंधी पृष्ठ से लें।',
  },
  /** {sourced}: where a fact rests on public addresses, before the sentence's full stop. */
  source: { en: ' (source: {source})', hi: ' (स्रोत: {source})' },
  /** How names are listed ("MeitY and MoHFW"). */
  and: { en: ' and ', hi: ' और ' },
} as const satisfies { readonly [key: string]: Bilingual };

export type RoutingKey = keyof typeof ROUTING_TEXT;
