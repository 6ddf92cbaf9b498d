import type { Messages } from '../en/index.ts';

/** Hindi strings: app. */
export const app = {
  name: 'Unanswered (अनुत्तरित)',
  tagline: 'सरकार को उसके उत्तरों के प्रति जवाबदेह बनाइए',
  emptyHint: 'सूची से कोई मामला खोलें, या नया मामला बनाकर प्रश्न और उसका उत्तर जोड़ें।',
  loading: 'आपके मामले खोले जा रहे हैं…',
  dropNeedsCase: 'पहले कोई मामला खोलें या बनाएँ, फिर उत्तर को उस पर छोड़ें।',
  recovery: {
    heading: 'पिछली बार Unanswered ठीक से बंद नहीं हुआ था',
    saved: 'आपने जो भी लिखा था, वह नीचे दिए गए समय तक सहेजा गया। बंद होने से पहले लिखे गए अंतिम कुछ शब्द जाँच लें।',
    nothing: 'उस सत्र में कोई मामला नहीं बदला गया, इसलिए कुछ भी नहीं खोया।',
    savedAt: 'अंतिम बार {{time}} पर सहेजा गया',
    dismiss: 'बंद करें',
  },
} satisfies Messages['app'];
