import { rows } from './corpus-types';

/**
 * Own posts for the number and address classes fixed after the fresh5 held-out set (2026-12-02 evening), written
 * afresh in other words than that set: free and special lines with a lone trunk "0" and the other countries' free-line
 * groupings; ids whose naming word is a sentence or two back in the paragraph; specimens an administration publishes,
 * called examples; dotted quads called versions; private addresses in home projects; loopback in a run-then-open tip;
 * outside organisations' reporting mailboxes. Each with look-alikes: "par exemple le mien", a company service, the
 * company's own abuse mailbox, the word in another paragraph. Positive ids carry valid checksums (Luhn, mod 23, mod 11).
 */
export const CLASSES_R3NUMS_POSTS = rows('classes-r3nums', [
  // phone: free and special lines, as house labelling counts a company's free line
  ['linkedin', 'fr', 'phone', 'Panne de paiement résolue ✅ Merci pour votre patience. Pour toute question, notre service client répond au 0 805 21 63 48, appel gratuit, du lundi au samedi.'],
  ['x', 'fr', 'phone', 'hotline de l’agence de Liège : 0800 35 218, gratuite, on décroche jusqu’à 20h'],
  ['linkedin', 'en', 'phone', 'Our UK customers can now reach the support team on 0808 164 2279 (free from mobiles and landlines).'],
  ['x', 'en', 'phone', 'US folks: the new support line is 1-877-555-0123, staffed 24/7 from Monday.'],
  ['linkedin', 'fr', '', 'Petit rappel de typographie : on écrit les numéros spéciaux « 0 800 », jamais « 0800 », et sans point entre les groupes. La norme le dit depuis 2005.'],
  // national_id: the word a sentence or two back in the paragraph
  ['linkedin', 'fr', 'national_id', 'Souvenir d’accueil client : une dame de Valence m’a épelé son NIE au téléphone, chiffre par chiffre, puis l’a répété pour être sûre que je ne me trompe pas. X4799311Q, je ne l’oublierai jamais.'],
  ['linkedin', 'en', 'national_id', 'Moving to Lisbon, lesson one: everyone asks for your NIF. The landlord, the gym, the pharmacy, even the bakery loyalty card. Mine (258889268) now lives in my phone notes.'],
  ['x', 'fr', 'national_id', 'Mes conseils pour s’installer à Québec :\n- demandez votre NAS la première semaine\n- gardez la lettre, l’employeur la réclame\n- le mien, 401 108 436, est déjà sur une dizaine de formulaires'],
  ['x', 'en', 'national_id', 'spanish payroll asked for my DNI again. third time this month. fine, it is 73377544T, please stop emailing me'],
  ['x', 'fr', '', 'Nouveaux arrivants au Canada : demandez votre NAS dès que possible, c’est gratuit.\n\nAutre chose : notre salon a accueilli 232 836 791 visiteurs cumulés depuis sa création, un chiffre qui donne le vertige.'],
  // national_id: specimens called examples are clean; one's own number given "par exemple" is an id
  ['linkedin', 'en', '', 'Form testing tip for HR systems: the sample SIN that the CRA prints in its guides, 046 454 286, passes the Luhn check, so your validation will accept it. Add a real control, not just the formula.'],
  ['linkedin', 'fr', '', 'Dans nos maquettes de formulaire, on affiche le NIF fictif d’exemple de l’administration, 123456789, jamais celui d’un collègue.'],
  ['linkedin', 'fr', 'national_id', 'Pour le dossier de mutuelle, les RH demandent votre NAS. Par exemple le mien, 458 929 007, figure en haut de la lettre de Service Canada.'],
  // internal_url: versions, home projects and reader tips are clean; company services are not
  ['linkedin', 'en', '', 'Support desk lesson: a caller gave me "10.2.8.4" and I spent ten minutes trying to reach it. It was the firmware version, v10.2.8.4, printed on the box. Always ask what the number is.'],
  ['linkedin', 'fr', '', 'Projet perso de novembre : la domotique de l’appartement pilotée depuis http://192.168.1.77:8123, et un capteur de CO₂ à 12 € dans le salon.'],
  ['linkedin', 'en', '', 'Data science tip: track every experiment. Then run tensorboard --logdir runs and open http://localhost:6006 to compare them side by side.'],
  ['linkedin', 'fr', 'internal_url', 'Pour l’équipe support : l’outil de diagnostic des bornes est sur http://10.30.2.14:9000, version 10.4.2.1 installée hier.'],
  ['x', 'en', 'internal_url', 'weekend deploy done. staging dashboard on http://192.168.40.12:3000 if anyone wants a look before monday'],
  // email: outside reporting mailboxes forwarded to are clean; the company's mailboxes are not
  ['linkedin', 'en', '', 'Another fake "CEO" email asking for gift cards this morning. I forwarded it to reportphishing@apwg.org and to our security team. Nobody here will ever ask you for gift cards.'],
  ['x', 'fr', '', 'SMS d’arnaque au colis reçu ce matin, transféré à spam@signal-spam.org puis supprimé. Ne cliquez pas.'],
  ['linkedin', 'fr', 'email', 'Rappel sécurité : transférez tout mail douteux à notre boîte phishing@acme-corp.net, l’équipe SOC le traite dans l’heure.'],
  ['linkedin', 'en', 'email', 'Anything odd in your inbox? Send it to abuse@acme-corp.net and the team will check it.'],
]);
