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
  // confidential_marker: a formal request in the flow of a sentence is a request; after a separator or heading a line, a label
  ['linkedin', 'en', 'financial', `Quick recap for the sales leads: November bookings came in at €3.4M, 6% over target. Please do not share before the board meeting on the 9th.`],
  ['linkedin', 'en', 'confidential_marker', `Roadmap notes from Tuesday [Internal – do not circulate] are in the team folder.`],
  ['x', 'en', 'confidential_marker', `Do not forward: the reorg memo for the Lyon site is attached, comments by Friday.`],
  // embargoes on documents in general; one with its date, and one shouted, stay labels
  ['linkedin', 'fr', '', `Les résultats sous embargo, c'est toujours la même course : on reçoit tout la veille et on n'a pas le droit d'en parler.`],
  ['linkedin', 'en', '', `Hot take: embargoed announcements at 5am do nobody any favours, least of all the comms team.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED announcements below, for the press office only.`],
  // NDA advice with the kind of NDA between the article and the word
  ['linkedin', 'fr', '', `Conseil aux indépendants : relisez toujours un NDA unilatéral avant de le signer, surtout la durée.`],
  // a book's title with its author
  ['linkedin', 'en', '', `Hospital Confidential by Dr Amy Ward is the best audiobook for a long commute. Funny and honest.`],
  // national_id: the Spanish names in the plural
  ['linkedin', 'en', 'national_id', `Payroll reminder: NIEs and DNIs must match the contracts. Carlos's one, 49871235J, has a typo on the form.`],
  // codename: a place introduced before a colon, with its article (and the same word for the company's own beta)
  ['linkedin', 'fr', '', `Notre restaurant pour le dîner d'équipe : la Nébula, une petite adresse végétarienne près du port.`],
  ['linkedin', 'en', 'codename', `Kick-off in the Nebula room: the Nébula beta reaches its first pilot users on Monday.`],
  // financial look-alikes: a public body's own budget, a tip for new hires
  ['linkedin', 'en', '', `Leeds city council adopted its 2027 budget last night: £612m, with £38m for school buildings. Busy year ahead for local builders.`],
  ['linkedin', 'fr', '', `Astuce pour les nouveaux arrivants en contrôle de gestion : si un produit coûte 40 € et se vend 50 €, la marge est de 20 %, pas de 25 %.`],
]);
