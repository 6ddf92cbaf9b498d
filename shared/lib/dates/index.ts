// The one dates module: calendar arithmetic on ISO dates, India's clock and calendar day, the
// dd.mm.yyyy form documents and screens show, and dates as people type them. Every feature imports
// dates from here; legal periods come from the rule data (templates/deadlines), never from here.
export * from './iso-date.ts';
export * from './india.ts';
export * from './typed-date.ts';
export * from './format.ts';
