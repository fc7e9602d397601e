import { rows } from './corpus-types';

/**
 * Round 24 (2026-12-04): the classes fresh36 and fresh37 showed, in other words than any held-out post. Secrets: a
 * lower-case config name ending in a credential word, a login given "as user / pass" or "login is user / Pass-Phrase-12",
 * a VPN's pre-shared key. National ids: the Emirates ID and New Zealand's IRD number with their checks, Nigeria's NIN and
 * a "National ID No." named so, a card number at a line's end. Financial: amounts in rand with a scale, silence kept until a
 * date, a reveal only at a meeting, a schedule of rates, figures against the plan, a board still to ratify. Look-alikes:
 * "so I can finally talk about it" after the announcement, a URL's port and path after a placeholder password, labels
 * every document or phishing email carries, talked about. Phones: Singapore and Cameroon numbers where the draft names the country, a
 * list item on the next line; a version number "is out" is no address; a name said to be a café or a bar.
 */
export const CLASSES_R24_POSTS = rows('classes-r24', [
  ['linkedin', 'en', 'secret', `Why does terraform plan fail on staging? Here's the tfvars bit: redis_password   =   "Kauri!Bay-Ledger#19" and the rest is defaults.`],
  ['x', 'en', 'secret', `Grafana keeps kicking me out even when I sign in as night_ops / Harbour#Crane2027, anyone else?`],
  ['linkedin', 'en', 'secret', `For the visiting auditors: the meeting-room login is guestdesk / Kowhai-Room-42 until Friday.`],
  ['linkedin', 'fr', 'secret', `Atelier réseau : la pre-shared key du VPN de démo est Fjord-Demo-PSK-5521-Brume, valable jusqu'à vendredi.`],
  ['linkedin', 'en', 'national_id', `Landlord paperwork again: my Emirates ID is 784-1990-1234567-6 and they still asked for it twice.`],
  ['linkedin', 'en', 'national_id', `New starter admin done. Tama, your IRD number 49091850 is on the payroll form, thanks!`],
  ['x', 'en', 'national_id', `Bank app finally linked my NIN 30214587961, only took three branch visits.`],
  ['linkedin', 'fr', 'national_id fold', `Fiche d'accueil collée au mauvais endroit :\nNom : Awa D.\nCIN : 11254863\nPoste : comptable`],
  ['linkedin', 'en', 'financial', `Just out of the board meeting: FY28 capex signed off at R540m, most of it for the new smelter line. Not public until the interim results, so mum's the word.`],
  ['linkedin', 'fr', 'financial', `La prime de collecte passera à 120 FCFA/kg pour la grande campagne. On ne la dévoile qu'à l'assemblée des planteurs, silence radio d'ici là.`],
  ['linkedin', 'fr', 'financial', `Notre barème de transport augmentera de 4 % au 1er avril. Les clients ne seront prévenus qu'en mars, on garde ça en interne.`],
  ['linkedin', 'en', 'financial', `Ahead of the half-year update: EU deliveries are running 9% ahead of plan, Asia 3% behind plan. Keep these within the ops team until the update is out.`],
  ['linkedin', 'en', 'financial', `Signed the licence with the port authority today, R64m over five years. Their board ratifies in March, so nothing public yet.`],
  ['linkedin', 'en', '', `We closed our €4M seed round, announced this morning in the press, so I can finally talk about it! Three things I learned about pitching…`],
  ['linkedin', 'en', '', `Docs tip: our sample DSN is mysql://USER:PASSWORD@db-host:3306/orders — replace the capitals with your own values and never paste them in a ticket.`],
  ['linkedin', 'en', '', `When every slide deck says CONFIDENTIAL in the footer, nobody notices it any more. Keep the stamp for what needs it.`],
  ['x', 'en', '', `Every phishing email says "URGENT: confidential payment details attached". Slow down, check the sender.`],
  // Phones in the formats of the countries the draft names, a list's next item on the next line; a release's version.
  ['linkedin', 'en', 'phone email', `Sorry your crate got stuck at Jurong Port, Aisha. Ring my desk on 6734 2190 or write to a.rahman@portlane.sg and I'll chase it.`],
  ['linkedin', 'fr', 'phone', `Pour les livraisons à Douala, appelez directement Serge au 6 99 41 27 05, il gère les camions cette semaine.`],
  ['linkedin', 'fr', 'phone', `Contacts de l'équipe terrain (à ne pas garder ici) :\n1. Mehdi — 06 52 18 44 90\n2. Inès — en congé`],
  ['linkedin', 'en', '', `Release notes: route planner 10.2.7.3 is out, with faster re-routing and fewer duplicate stops.`],
  ['x', 'fr', '', `L'Orion, c'est le café en face de la gare de Nantes. Meilleur flat white de la ville, je confirme.`],
]);
