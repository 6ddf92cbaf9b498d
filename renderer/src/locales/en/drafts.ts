/** English strings: drafts. */
export const drafts = {
  heading: 'Drafts',
  none: 'No drafts yet. Choose the parts to follow up and the kind of document.',
  fieldsHeading: 'Details',
  pointsHeading: 'Information sought',
  addPoint: 'Add a point',
  removePoint: 'Remove point {{n}}',
  point: 'Point {{n}}',
  export: 'Export as Word (.docx)',
  exported: 'Saved as {{fileName}}',
  canceled: 'Export canceled.',
  blocked: 'Fill these before exporting: {{fields}}',
  failed: 'Export failed: {{message}}',
  title: 'Title',
  required: 'required',
  forParts: 'Follows up part(s) {{parts}}',
} as const;
