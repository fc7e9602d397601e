import { rows } from './corpus-types';

/**
 * Round 13 (2026-12-03): new examples of the classes the blind set fresh15 showed the rules missing, in other words
 * than fresh15's (which stays held out). Ids of Estonia and Lithuania (isikukood, asmens kodas), Latvia (personas
 * kods), Croatia (OIB), the former Yugoslavia (EMŠO / JMBG), Luxembourg (matricule) and Bulgaria (EGN); a person's own
 * line in another country's format; a price change or a deal value with a ban on passing it on, a telling still to come,
 * a signature about to happen, an internal plan, a bid; an unannounced product named in its sentence; a password
 * changed "this morning". And their look-alikes: a key one digit off, a confidential helpline, a launch price, an
 * unannounced inspection.
 */
export const CLASSES_R13_POSTS = rows('classes-r13', [
  ['linkedin', 'en', 'national_id', `New starter paperwork for the Tartu workshop is done. Liisa, your isikukood 49103150222 is in the payroll system now, shout if anything looks off.`],
  ['linkedin', 'fr', 'national_id', `Pour l'inscription de Tomas à la mutuelle, le courtier veut son asmens kodas. Tomas, c'est bien 38506140413 ?`],
  ['linkedin', 'en', 'national_id', `Visa file for our Riga hire: the consulate form asks for the personas kods, so here's mine as an example of where it goes: 091284-14458. Bring yours on Monday.`],
  ['linkedin', 'en', 'national_id', `Accountant needs the OIB of every crew member before the season opens. Ana, I have 48172305968 for you — right?`],
  ['linkedin', 'fr', 'national_id', `Inscription au tournoi de Ljubljana : il faut l'EMŠO de chaque joueur. Luka, le tien est 0307971500032, c'est bon ?`],
  ['linkedin', 'fr', 'national_id', `Affiliation de Paul à la CCSS : son matricule 1991 0723 048 41 est saisi, il ne manque que le RIB.`],
  ['linkedin', 'en', 'national_id', `Our Plovdiv partner asked for the EGN of both drivers for the warehouse badges: 7553124511 and 8809207733. Sending them by the secure portal instead, of course.`],
  ['linkedin', 'en', '', `Fraud drill answer: the isikukood in yesterday's phishing mail, 49103150225, fails its check digit, which is how our team spotted the fake.`],
  ['linkedin', 'en', 'phone', `Weekend cover at the Hasselt depot: if a lorry is stuck at the gate, call her at 0476 31 85 22 rather than the office.`],
  ['linkedin', 'en', 'financial', `Regional managers: the price list we send distributors on 1 February raises the catalogue by 6 %. Please don't circulate that number before the mailing goes out.`],
  ['linkedin', 'fr', 'financial', `Le conseil de la coopérative a décidé hier un complément de 0,04 € par litre pour 2026. Ne l'ébruitez pas avant l'assemblée du 12.`],
  ['linkedin', 'en', 'financial', `We're about to close the purchase of a Porto logistics site for roughly €9 million. The lawyers are still at it, so this stays with the six of us.`],
  ['linkedin', 'fr', 'financial', `Notre offre pour le contrat de maintenance de la région : 3,1 M€ sur trois ans. Réponse en février, croisez les doigts.`],
  ['linkedin', 'en', 'financial', `Internal forecast for next year, straight from the board: order intake of £41m and a 14 % operating margin. Let's go get it.`],
  ['linkedin', 'fr', 'financial', `Ventes de novembre : 2,7 M€, notre meilleur mois. On l'annonce aux distributeurs le 10 décembre.`],
  ['linkedin', 'en', 'financial', `Dealers don't know yet: from March the trail bike goes from $2,499 to $2,699 in every shop.`],
  ['linkedin', 'en', 'codename', `Our Tallinn crew has been field-testing « Borealis », a smart sauna controller we haven't announced yet. No photos of the panel, please.`],
  ['linkedin', 'en', 'codename', `Pilot customers love Merlin so far. Reminder: Merlin isn't public yet, so no screenshots on social.`],
  ['linkedin', 'fr', 'secret', `Le code wifi de la salle de réunion a changé hier soir : Brume!Quai-77. Les visiteurs restent sur le réseau invité.`],
  ['linkedin', 'fr', '', `Rappel : un service d'écoute gratuit et confidentiel est ouvert à tous les salariés, 24 h sur 24. Le numéro est sur l'intranet.`],
  ['linkedin', 'en', '', `Our confidential helpline for employees is open around the clock, and nobody at the company sees who called.`],
  ['linkedin', 'en', '', `Our new planner app launches in March, and the price will be €9.99 a month for teams of any size.`],
  ['linkedin', 'en', '', `The food-safety inspectors made an unannounced visit to the Lyon kitchen on Tuesday. Clean sheet, well done everyone.`],
  ['linkedin', 'fr', '', `Les inscriptions au semi-marathon de l'entreprise ouvrent le 3 janvier, et le dossard coûte 25 €. On vous attend nombreux !`],
]);
