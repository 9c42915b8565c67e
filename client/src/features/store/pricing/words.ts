/** The API's input names in the store's pricing errors, as the forms label them. */
import { messageOf } from '../../../api.js';

const LABELS: [RegExp, string][] = [
  [/\bpercentOff\b/g, 'the percentage'],
  [/\bamountOff\b/g, 'the amount'],
  [/\bminSubtotal\b/g, 'the minimum order'],
  [/\busageLimit\b/g, 'the number of uses'],
  [/\bstartsAt\b/g, 'the start'],
  [/\bexpiresAt\b/g, 'the end'],
  [/\bfreeOver\b/g, 'the free-shipping threshold'],
  [/\brateBps\b/g, 'the rate'],
  [/\bregionCode\b/g, 'the region'],
];

/** An error's message in the form's words: `expiresAt must be after startsAt` → `the end must be after the start`. */
export function inWords(err: unknown): string {
  let text = messageOf(err).replace(/^[a-zA-Z.]+: /, '');
  for (const [name, label] of LABELS) text = text.replace(name, label);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
