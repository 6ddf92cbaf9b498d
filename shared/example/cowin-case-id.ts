/**
 * The id of the CoWIN example case, on its own: the app's first screen names it (the welcome's
 * "open the example") without loading the case's text and the domain schemas (issue 12).
 */
export const COWIN_CASE_ID = 'cowin-data-breach-2023';
