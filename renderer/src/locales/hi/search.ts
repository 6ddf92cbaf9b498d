import type { Messages } from '../en/index.ts';

/** Hindi strings: search. */
export const search = {
  label: 'सभी मामलों में खोजें',
  placeholder: 'मामले, उत्तर, प्रारूप खोजें…',
  heading: '“{{query}}” के लिए खोज परिणाम',
  none_one: '{{count}} मामले में कुछ नहीं मिला। दूसरे शब्दों से, या कम शब्दों से खोजें।',
  none_other: '{{count}} मामलों में कुछ नहीं मिला। दूसरे शब्दों से, या कम शब्दों से खोजें।',
  count_one: '{{count}} स्थान मिला',
  count_other: '{{count}} स्थान मिले',
  hint: 'पूरे शब्द; सभी शब्द होने चाहिए। शब्दों को एक साथ खोजने के लिए उन्हें "उद्धरण चिह्नों" में रखें।',
  fromDigest: 'सारांश',
  places: {
    title: 'मामले का नाम',
    question: 'प्रश्न',
    reply: 'उत्तर',
    notes: 'टिप्पणियाँ',
    draft: 'प्रारूप',
    filing: 'दाखिला',
  },
} satisfies Messages['search'];
