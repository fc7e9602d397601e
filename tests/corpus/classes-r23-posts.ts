import { rows } from './corpus-types';

/**
 * Round 23 (2026-12-04): the classes fresh35 showed, in other words than any held-out post. Financial: the other side's
 * answer or the company's counter still to come on a date, a signing planned for a date, an announcement named at an
 * event to come, a price per seat or per user before customers are told. Secrets: a short random part after "key:".
 * Look-alikes: public bodies' budgets voted or tabled in public, a signing or a launch that is done, firms named after a
 * sector ("Orion Health"), coffee and food named like a codename.
 */
export const CLASSES_R23_POSTS = rows('classes-r23', [
  ['linkedin', 'en', 'financial', `Proud of the team: our tender for the regional rail depot went in at £8.7m. The client picks a winner on 15 January, so fingers crossed.`],
  ['linkedin', 'fr', 'financial', `On a remis notre offre à 1,9 M€ pour la rénovation du musée. Le jury tranchera lundi prochain, on croise les doigts !`],
  ['x', 'en', 'financial', `Their first offer for our analytics unit: $31M. We counter next week, no rush.`],
  ['linkedin', 'en', 'financial', `Big day: heads of terms agreed with our Spanish distributor, 400,000 units a year at €12.40 each, signature scheduled for early February.`],
  ['linkedin', 'fr', 'financial', `Le partenariat avec la coopérative est bouclé : 2,3 M€ sur trois ans, signature prévue le 12 mars à Rennes.`],
  ['linkedin', 'fr', 'financial fold', `Notes du comité produit :\n- nouveau tarif de la gamme Pro fixé à 89 € par mois, annonce lors du salon Vivatech en juin\n- recrutement d'un PM`],
  ['linkedin', 'en', 'financial', `From the pricing call: the team plan goes to €15 per user in April. Account managers brief customers on 3 February, not before.`],
  ['linkedin', 'en', 'secret', `Setting up the town hall stream for the Lisbon office:\nIngest URL: rtmp://ingest.streamhost.example/live\nStream key: hall-main-Q7vK2m9xTz-live`],
  ['linkedin', 'en', '', `Victoria's 2026-27 state budget, tabled in Parliament yesterday, sets aside A$85m for hydrogen trials. Good news for the whole sector.`],
  ['linkedin', 'fr', '', `Le budget 2027 de la Région Bretagne, adopté en séance hier, consacre 40 M€ à l'éolien en mer. Une belle nouvelle pour la filière.`],
  ['linkedin', 'en', 'client_name', `The contract with Globex was signed on 3 May after a long tender; the video of the ceremony is on our newsroom.`],
  ['linkedin', 'en', '', `Orion Energy's new report on grid storage is a great read for anyone in renewables. Lots of useful data.`],
  ['x', 'en', '', `Tried the new winter blend « Nebula » from the roastery down the street. Dark, smoky, excellent. 10/10 would queue again.`],
  ['linkedin', 'en', '', `The e-signature market will reach $12bn in 2028 according to IDC. Lots of room for small, focused teams.`],
]);
