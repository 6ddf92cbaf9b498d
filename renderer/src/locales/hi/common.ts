import type { Messages } from '../en/index.ts';

/** Hindi strings used across areas. */
export const common = {
  house: { 'Lok Sabha': 'लोक सभा', 'Rajya Sabha': 'राज्य सभा' },
  englishOnly: 'विश्लेषण के कारण, और सुझावों तथा आवेदन भेजने के स्थान के लिए दिए गए कारण, अभी अंग्रेज़ी में हैं।',
} satisfies Messages['common'];
