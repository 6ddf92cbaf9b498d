import { RTI_ONLINE_CHARSET, RTI_ONLINE_MAX_CHARS, RTI_ONLINE_NEWLINES } from '../../templates/rules/rti-online.ts';

/**
 * What RTI Online's request box accepts (rti-law-and-anchors.md A.3): the characters, the length
 * and whether line breaks survive, each a sourced fact with its confirmation, for the copy box.
 */
export const RTI_ONLINE_BOX = {
  charset: RTI_ONLINE_CHARSET,
  maxChars: RTI_ONLINE_MAX_CHARS,
  newlines: RTI_ONLINE_NEWLINES,
} as const;
