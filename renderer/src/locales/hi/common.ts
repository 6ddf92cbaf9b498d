import type { Messages } from '../en/index.ts';

/** Hindi strings used across areas. */
export const common = {
  house: { 'Lok Sabha': 'लोक सभा', 'Rajya Sabha': 'राज्य सभा' },
  englishOnly: 'विश्लेषण के कारण, नियमों की जाँच, समय-सीमा की गणना और सुझाव अभी अंग्रेज़ी में हैं।',
} satisfies Messages['common'];
