import { rows } from './corpus-types';

/**
 * Round 22 (2026-12-04): the classes fresh30 and fresh31 showed, in other words than any held-out post. An id's name in
 * the plural ("Lithuanian ID codes"); a codename beside the thing being built (a POC, a prototype); a country's domain
 * in an address or a link names the region of the numbers next to it (Italy's toll-free 800 lines); formal requests in
 * a sentence, embargoes in general, NDA advice, titles with their author, a place introduced before a colon. Financial:
 * telling anyone on a date to come, "until then", a negated publication, a release under embargo, discounts, amounts in
 * words below a million, "for the team only", "encore à valider". Look-alikes: page views grouped like a toll-free number,
 * a public body's own budget, tips for newcomers, the reader told, a sale that runs out, prices already online.
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
  // financial: telling a third party on a date to come, whoever it is
  ['linkedin', 'en', 'financial', `Our reps brief the wholesalers on Monday: the 2027 list goes up 4% to €12.90 a case. Thanks to the pricing team for the late nights.`],
  ['linkedin', 'fr', 'financial', `Les franchisés seront informés mardi : la redevance passe à 5,5 % du chiffre d'affaires à partir de l'été.`],
  ['x', 'en', 'financial', `Members get 30 days' notice from next Monday: the annual fee moves to €240. Draft letter in the shared drive.`],
  // an event or a telling on a date, then "until then"
  ['linkedin', 'fr', 'financial', `La grille 2027 est présentée aux agences le 8 ; jusque-là on vend au tarif actuel. Le forfait journée passe à 59 €.`],
  // a publication said not to hold the figures, with a contracted negation
  ['linkedin', 'en', 'financial', `Q3 bookings hit €4.1M and that isn't even in the results release yet. What a team.`],
  // a release under embargo is no source
  ['linkedin', 'fr', 'financial confidential_marker', `SOUS EMBARGO JUSQU'AU 3 FÉVRIER, 9H\nCommuniqué : la coopérative investit 12 millions d'euros dans sa nouvelle cave de vinification.`],
  // a discount is a price; an amount in words below a million
  ['linkedin', 'fr', 'financial', `Pour les grossistes seulement : un rabais de 12 % en mars, pas encore annoncé aux détaillants.`],
  ['linkedin', 'fr', 'financial', `Le kilo de comté passera à vingt-deux euros en avril. Les fromagers ne sont pas encore prévenus, motus.`],
  // more ways to say it is not out
  ['linkedin', 'en', 'financial', `The floor price for the Leeds tender is £2.2m. Not something we share with the consultants, obviously.`],
  ['x', 'en', 'financial', `Weekly revenue €84k, a record for the shop! Numbers for the team only until the Monday update.`],
  ['linkedin', 'fr', 'financial', `Bilan provisoire du trimestre : marge brute de 31 %, chiffres encore à valider par le siège. Bravo à toutes les équipes.`],
  // look-alikes: the reader told, an offer that runs out, a price already online, a personal expense in words
  ['linkedin', 'en', '', `Tell your friends: the new €9 plan launches on Monday, and the first month is free.`],
  ['linkedin', 'en', '', `Our winter sale ends on Sunday 12 January; until then everything in store is 20% off.`],
  ['linkedin', 'fr', '', `Les tarifs 2027 sont en ligne sur notre site depuis lundi : le forfait journée passe à 59 €.`],
  ['x', 'fr', '', `J'ai payé vingt-cinq euros pour ce livre de cuisine et je ne regrette rien.`],
  // financial, from fresh32 and fresh33: receiving or being briefed on a date, a quote or an offer awaiting its answer, an
  // announcement still to make, a surprise, a seller's commission and sales as prices
  ['linkedin', 'en', 'financial', `New wholesale list agreed this morning: a case of our IPA goes to £41.50. Pubs receive the letter next week, so keep it off the socials.`],
  ['linkedin', 'fr', 'financial', `Offre envoyée hier à la mutuelle régionale : 3,20 € par adhérent et par mois pour la téléconsultation. Réponse attendue mi-février.`],
  ['x', 'fr', 'financial', `Le nouveau contrat de maintenance est à 2,4 M€ sur trois ans ; l'annonce se fera au salon de Lyon. Fierté totale.`],
  ['linkedin', 'en', 'financial', `Marketplace update for the ops team: the seller commission moves from 12% to 15% in March. It has to stay a surprise until the seller newsletter.`],
  // look-alikes: a figure from years ago, another company's confirmed targets, a parliament's vote, a simulation shown to all
  ['linkedin', 'en', '', `Five years ago we made €90k in revenue from a single food truck. Today we run four restaurants in Ghent. Thank you all.`],
  ['linkedin', 'fr', '', `Legrand a confirmé aujourd'hui ses objectifs annuels, avec une marge attendue autour de 20 %. Bon signe pour nos installateurs.`],
  ['linkedin', 'en', '', `The national rail budget voted in parliament last week is €2.3bn for 2027. Good news for every signalling supplier.`],
  ['linkedin', 'fr', '', `Intéressement : selon la simulation présentée à tous en réunion publique, environ 1 200 € pour un salaire de 28 000 €. Merci à tous !`],
  // other classes from fresh32 and fresh33: a bare "internal" standing as a label (not in a scale of levels); the older Teams
  // connector URL; a sample id named after the number; a quoted film title with its year; "au programme"; the naked eye
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Subject: new on-call rota for the Leeds depot, starting 3 February.`],
  ['linkedin', 'fr', '', `Nos niveaux de classification : Public, Interne, Confidentiel. Un quiz de cinq minutes pour les retenir !`],
  ['x', 'en', 'secret', `Alerts fixed, new channel hook for the on-call crew: https://outlook.office.com/webhook/5c1e9a20-77b1/IncomingWebhook/9be04c1d7a2f45e0b3c6d8e1f2a3b4c5`],
  ['linkedin', 'en', '', `Payroll tip: the government's own help page uses 130 692 544 as its example SIN. Never post your real one.`],
  ['linkedin', 'en', '', `Rewatched "Orion" (1987) with my kids last night. Still the best practical effects of the decade.`],
  ['linkedin', 'fr', '', `Soirée d'observation vendredi avec l'association du quartier : Orion, Saturne et la Lune au programme.`],
  ['x', 'en', '', `Clear skies tonight: the nebula in Orion's sword is just visible to the naked eye from the car park.`],
  // from fresh34: a French request in a sentence; embargoed documents in the plural; a documentary about a stamp
  ['linkedin', 'fr', '', `L'organisatrice nous a demandé de ne pas diffuser les supports, alors voici mes notes à moi : trois idées à retenir 👇`],
  ['linkedin', 'en', '', `Embargoed galleys are a joy for reviewers, as long as nobody posts before release day.`],
  ['linkedin', 'fr', '', `Vu hier un documentaire sur le tampon « Confidentiel Défense », créé en 1966. Passionnant.`],
  ['linkedin', 'en', 'confidential_marker financial', `Embargoed numbers: Q4 revenue €6.2M, up 11%. For the board call only.`],
]);
