/** English strings: search. */
export const search = {
  label: 'Search all cases',
  placeholder: 'Search cases, replies, drafts…',
  heading: 'Search results for “{{query}}”',
  none_one: 'Nothing found in {{count}} case. Try other words, or fewer of them.',
  none_other: 'Nothing found in {{count}} cases. Try other words, or fewer of them.',
  count_one: '{{count}} place found',
  count_other: '{{count}} places found',
  hint: 'Whole words; all of them must be there. Put words in "quotes" to find them as a phrase.',
  fromDigest: 'Digest',
  places: {
    title: 'Case name',
    question: 'Question',
    reply: 'Reply',
    notes: 'Notes',
    draft: 'Draft',
    filing: 'Filing',
  },
} as const;
