import type { Messages } from '../en/index.ts';

/** Hindi strings used across areas. */
export const common = {
  house: { 'Lok Sabha': 'लोक सभा', 'Rajya Sabha': 'राज्य सभा' },
} satisfies Messages['common'];
