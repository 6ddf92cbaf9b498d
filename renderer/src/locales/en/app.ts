/** English strings: app. */
export const app = {
  name: 'Unanswered',
  tagline: 'Hold the government to its answers',
  loading: 'Opening your cases…',
} as const;
