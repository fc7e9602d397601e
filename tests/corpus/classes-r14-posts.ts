import { rows } from './corpus-types';

/**
 * Round 14 (2026-12-03): new examples of the classes the blind set fresh16 showed the rules missing, in other words
 * than fresh16's (which stays held out). A deal not signed yet, told many ways (nothing signed, "se signe", "doit être
 * paraphé", "signing next week"); a valuation, a round or a bid; figures to be presented; a figure one should not write
 * here or will only say later; the Austrian social-security number and the Singapore NRIC; a person's direct line;
 * a device's AppKey; an unannounced project under a lower-case "projet". And their look-alikes: "sign up" beside a
 * price, a number called fictional, a classification level being defined.
 */
export const CLASSES_R14_POSTS = rows('classes-r14', [
  ['linkedin', 'en', 'financial', `Huge week: the distributor is offering $4.2 million for exclusive rights in Latin America. Nothing is signed, the lawyers go through it on Thursday.`],
  ['linkedin', 'fr', 'financial', `Le contrat de maintenance des tramways, environ 6 M€ sur cinq ans, se signe à la fin du mois si la métropole suit. D'ici là, on croise les doigts.`],
  ['linkedin', 'fr', 'financial', `Accord trouvé avec le loueur : 950 000 € pour les trois entrepôts. Le bail doit être paraphé mardi, je vous tiens au courant.`],
  ['linkedin', 'en', 'financial', `Our series A should close at around €18 million, with two funds in the term sheet. More when the ink is dry.`],
  ['linkedin', 'fr', 'financial', `Le fonds nous valorise à 40 millions d'euros ; l'entrée au capital est prévue en mars. Motus d'ici là.`],
  ['linkedin', 'en', 'financial', `We put in our bid for the airport cleaning tender yesterday: £3.6m a year. Fingers crossed for February.`],
  ['linkedin', 'fr', 'financial', `Les chiffres qu'on présentera aux investisseurs en juin : 4,1 M€ de ventes et une marge brute de 48 %. Vos retours avant ?`],
  ['linkedin', 'en', 'financial', `I really shouldn't share this yet, but the orderbook for the new press line just passed €22m. Proud of this team.`],
  ['linkedin', 'en', 'national_id', `HR reminder for the Graz office: Jonas, your Sozialversicherungsnummer 7344 140586 is now in the payroll file, please check the birth date.`],
  ['linkedin', 'en', 'national_id', `Badge request for our Singapore engineer visiting Toulouse: NRIC S9123456D, arriving Monday.`],
  ['linkedin', 'en', 'phone', `For anything urgent on the night shift, ring Klaus on his direct line 0151 2847 3390 rather than the reception.`],
  ['linkedin', 'en', 'secret', `Gateway setup notes for the orchard sensors: the app key is 7f3a91c04be2d5867a1e0c93f54b2d18, don't print it on the labels.`],
  ['linkedin', 'fr', 'codename', `Le projet Solstice, notre chaudière à granulés pas encore annoncée, a passé sa première nuit d'essai sans un raté.`],
  ['linkedin', 'en', '', `Sign up before Friday and the conference pass is €120 instead of €180. See you in Lyon!`],
  ['linkedin', 'en', '', `In our phishing training the caller ID shows 020 7946 0018, a fictional number from the range reserved for drama.`],
  ['linkedin', 'en', '', `Trainee reminder: TLP:AMBER means the report may go to our clients who need it, nothing wider.`],
]);
