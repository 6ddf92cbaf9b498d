/** English strings: kinds. */
export const kinds = {
  'rti-application': 'RTI application (s.6(1))',
  'rti-first-appeal': 'First appeal (s.19(1))',
  'rti-second-appeal': 'Second appeal (s.19(3))',
  'rti-complaint': 'Complaint (s.18)',
  'pq-notice': 'Question notice',
  'half-an-hour-notice': 'Half-an-hour discussion notice',
  'list-of-dates': 'List of dates and events',
  'points-table': 'Table of points asked and answered',
} as const;
