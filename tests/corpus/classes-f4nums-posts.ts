import { rows } from './corpus-types';

/**
 * Own posts for the number and address classes fixed after the fresh4 held-out set (2026-12-02 evening), written
 * afresh in other words than that set: digit runs introduced as order, invoice, ticket or parcel numbers, which are
 * no phones; published example IBANs said to be examples; addresses at example domains in other languages called
 * examples; the codice fiscale in lower case, named; loopback in reader-aimed documentation and personal projects.
 * Each with look-alikes that must stay flagged: the line to call about orders, a colleague's number, the same IBANs
 * as real details, a made-up-looking address given as real, a company service on localhost.
 */
export const CLASSES_F4NUMS_POSTS = rows('classes-f4nums', [
  // phone: numbers named as references are no phones
  ['linkedin', 'fr', '', 'Facture n° 07 81 45 22 19 enfin réglée après trois relances. Merci à la compta pour la patience 🙏'],
  ['x', 'en', '', 'Support tip: when a customer reads out something like ticket no. 0161 496 0000, repeat it back before you search, it is not a number to dial.'],
  ['linkedin', 'fr', '', 'Mon colis avait un drôle de code. N° de suivi : 06 98 76 54 32, on dirait un portable ! Livré quand même en 48 h.'],
  ['x', 'en', '', 'Invoice #07700 900461 paid, the supplier can stop emailing us now 😅'],
  ['linkedin', 'fr', '', 'Réf. 0612345678 : le nouveau modèle de chaise ergonomique est arrivé à l’open space de Lille.'],
  // phone: still phones
  ['linkedin', 'fr', 'phone', 'Pour passer commande pendant les fêtes, appelez directement Lucie au 06 71 28 93 40.'],
  ['x', 'en', 'phone', 'Questions about your order? Text my personal mobile, 07911 123456, I answer evenings too.'],
  ['linkedin', 'fr', 'phone', 'Le numéro du client qui a appelé ce matin : 06 44 18 27 53, quelqu’un peut le rappeler ?'],
  // iban: published examples said to be examples are clean; given as real details, reported
  ['linkedin', 'en', '', 'Every SEPA tutorial uses GB82 WEST 1234 5698 7654 32 as its sample IBAN. Please use it in your test fixtures instead of a colleague’s account.'],
  ['x', 'fr', '', 'Dans nos jeux de test on a remplacé les vrais comptes par NL91 ABNA 0417 1643 00, l’IBAN d’exemple de la doc. Zéro donnée réelle en recette.'],
  ['linkedin', 'fr', 'iban', 'Attention arnaque : un faux fournisseur nous a envoyé ses « nouvelles coordonnées », BE68 5390 0754 7034. On a appelé le vrai fournisseur avant tout virement.'],
  ['x', 'en', 'iban', 'Refund for the conference ticket goes to FR18 7877 8932 8792 1742 1809 679 please, that is my own account.'],
  // email: example domains called examples are templates; the same domains given as real stay reported
  ['linkedin', 'fr', '', 'Nos formulaires affichent maintenant marie.durand@exemple.fr comme adresse d’exemple, plus jamais l’adresse d’un collègue.'],
  ['x', 'en', '', 'For the German docs we switched the sample address to erika.mustermann@beispiel.de, the classic example.'],
  ['linkedin', 'en', '', 'Config docs: set SMTP_FROM=noreply@yourapp.tld and restart the worker.'],
  ['x', 'fr', 'email', 'Écrivez-moi directement sur paul.girard@exemple.fr, je réponds dans la journée.'],
  ['linkedin', 'en', 'email', 'For example, reach out to nadia.benali@acme-corp.net if you want to join the mentoring circle.'],
  // national_id: codice fiscale in lower case, named
  ['linkedin', 'fr', 'national_id', 'Pour le contrat de notre nouvelle collègue de Turin, son codice fiscale : rssmra85t10a562s.'],
  ['x', 'en', 'national_id', 'HR asked again for Marco’s fiscal code, here it is: rssmra85t10a562s. Please file it this time.'],
  ['linkedin', 'en', '', 'Usernames on our forum are generated like rssmra85t10a562x, which is confusing for Italian users who think it is their tax code.'],
  // internal_url: loopback in documentation for the reader or a personal project is clean; company services stay flagged
  ['linkedin', 'en', '', 'Quickstart for our open-source CLI: run `acme serve`, then open http://localhost:4321 in your browser. Nothing leaves your machine.'],
  ['x', 'fr', '', 'Mon projet perso du week-end : un tableau de bord pour la serre, Grafana sur http://127.0.0.1:3000 et un capteur à 4 €.'],
  ['linkedin', 'fr', '', 'Étape 2 de notre tuto public : lancez le conteneur puis ouvrez http://localhost:8888 sur votre poste.'],
  ['x', 'en', 'internal_url', 'Sprint demo today: the new pricing dashboard is up at http://localhost:5000/pricing on my laptop, come by desk 4B.'],
  ['linkedin', 'en', 'internal_url', 'Step 1: connect to the VPN. Step 2: the staging admin is http://localhost:8443 through the tunnel. Ping me for the password.'],
  ['x', 'fr', 'internal_url', 'Tuto interne : l’outil de paie de recette tourne sur http://10.20.3.15:8080/paie, demandez l’accès à Karim.'],
]);
