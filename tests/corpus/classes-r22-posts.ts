import { rows } from './corpus-types';

/**
 * Round 22 (2026-12-04): the classes fresh30 and fresh31 showed, in other words than any held-out post. An id's name in
 * the plural ("Lithuanian ID codes"); a codename beside the thing being built (a POC, a prototype); a country's domain
 * in an address or a link names the region of the numbers next to it (Italy's toll-free 800 lines). Look-alikes: a
 * count of page views grouped like a toll-free number.
 */
export const CLASSES_R22_POSTS = rows('classes-r22', [
  ['linkedin', 'en', 'national_id', 'Lithuanian ID codes start with a 3 or 4 for people born in the 1900s. Mine is 39105123452, funny how much it gives away.'],
  ['linkedin', 'fr', 'codename', 'Le POC Nébula tourne enfin sur le terrain, la mini-série de capteurs arrive lundi. Merci à toute l’équipe hardware !'],
  ['x', 'en', 'phone', 'Support line 800 450 117 over the holidays, opening hours on www.ferramenta-rossi.it/contatti'],
  ['linkedin', 'en', '', 'Our little hardware shop counted 800 450 117 page views last year on www.ferramenta-rossi.it. Thank you all!'],
]);
