import { rows } from './corpus-types';

/**
 * Round 12 (2026-12-03): new examples of the classes the blind set fresh14 showed the rules missing, in other words
 * than fresh14's (which stays held out). Ids of Greece (AMKA), Czechia (birth number), Turkey (T.C. Kimlik No) and
 * Romania (CNP); a colleague's number given with her consent, named a long clause before; fees earned and a price rise
 * set; figures kept to ourselves until a date, a release that waits, a price to stay private, the first to know, nothing
 * relayed yet; an amount in words in another currency; an amount told roughly ("un peu moins de").
 */
export const CLASSES_R12_POSTS = rows('classes-r12', [
  ['linkedin', 'en', 'national_id', `Payroll tip for our Thessaloniki office: the AMKA goes in the HR portal, not in e-mails. This week one arrived in a subject line: 22039110006. Deleted, but please.`],
  ['linkedin', 'fr', 'national_id', `Candidats de Brno : inutile de mettre votre rodné číslo sur le CV. Reçu ce matin en première page : 906214/3574. On l'a supprimé aussitôt.`],
  ['linkedin', 'en', 'national_id', `Welcome aboard, Kerem! HR form signed, T.C. Kimlik No 42051783662 registered, laptop on its way. 🎉`],
  ['linkedin', 'fr', 'national_id', `Erreur de démo hier : notre support affichait le CNP d'une vraie cliente, 1850612400128, copié depuis un fichier d'import. Corrigé, et toutes nos excuses.`],
  ['linkedin', 'fr', 'national_id', `Pour la paie de janvier, voici le format attendu pour le numéro AVS (c'est celui de Marc, il a dit oui, merci à lui 🙏) : 756.9217.0769.85.`],
  ['linkedin', 'en', 'financial', `Our warehouse now earns about €1.1m a year in storage fees from the two new tenants. The ink on the second lease is barely dry. The board sees it in January, so let's keep it quiet until then.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Extrait du support commercial, marqué « Usage interne » : hausse tarifaire de 3,8 % au 1er mars pour les grossistes.`],
  ['linkedin', 'en', 'financial', `We closed the Gdańsk warehouse sale at €7.4M. Keep that figure to yourselves until the notary signs next month, please.`],
  ['linkedin', 'fr', 'financial', `Contrat de maintenance reconduit avec la métropole : 2,4 M€ sur quatre ans. Le communiqué attendra leur conseil de février.`],
  ['linkedin', 'en', 'financial', `Bought our third tugboat for $6.8M this week. The seller wants the price to stay private until the handover, so it stays in this office for now.`],
  ['linkedin', 'fr', 'financial', `Le prix du lait payé aux adhérents passerait à 0,52 € le litre dès avril. Vous êtes les premiers à le savoir, ne relayez pas avant l'assemblée 😉`],
  ['linkedin', 'en', 'financial', `Nearly two billion kronor of orders signed for 2027 after this week's meetings. Management takes it to the supervisory board before any announcement.`],
  ['linkedin', 'fr', 'financial', `On a conclu la reprise de l'imprimerie voisine pour un peu moins de deux millions d'euros. Personne n'est encore au courant, gardez-le pour vous.`],
]);
