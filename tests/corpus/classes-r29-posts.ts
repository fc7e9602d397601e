import { rows } from './corpus-types';

/**
 * Round 29 (2026-12-04): the classes fresh48 to fresh53 showed last, in other words than any held-out post. Markers: the
 * word itself named, a subject line read in a phishing warning, a tool's setting, a translation, a meaning asked, NDAs as
 * practice, a level named after its scale. Figures: results and prices already out, a competitor's news, a central
 * bank's forecast; a placing, a buyback, fees; not minuted, ahead of the RNS, not to be quoted. Secrets: a device's
 * administrator and password, "log in with" a pair. Cards and ids: a network's test number called one further off, the
 * SSA's voided numbers.
 */
export const CLASSES_R29_POSTS = rows('classes-r29', [
  // Markers
  ['linkedin', 'en', '', `We dropped the word "INTERNAL" from our meeting invites last quarter. Nobody noticed, which tells you what it was worth.`],
  ['linkedin', 'en', '', `Scam alert: the email's subject read "CONFIDENTIAL: your bonus letter" and the link went to a fake login page. Report it, don't click.`],
  ['linkedin', 'en', '', `Gmail's "confidential mode" is not encryption, it only hides the forward button. Our security guide explains the difference.`],
  ['linkedin', 'fr', '', `Au Luxembourg on voit « vertraulich » un peu partout ; pour les nouveaux, ça veut dire confidentiel, rien de plus.`],
  ['linkedin', 'fr', '', `Un stagiaire m'a demandé ce que signifie « Classification : Diffusion restreinte » sur nos gabarits. Bonne question, vraie réponse en atelier jeudi.`],
  ['linkedin', 'en', '', `Every agency we work with signs an NDA before the kick-off. It's standard, and it protects both sides.`],
  ['linkedin', 'en', '', `Three labels in our new scheme: Public, Internal and Restricted. Most slide decks should be Internal, honestly.`],
  // Figures
  ['linkedin', 'en', '', `Half-year update out this morning: revenue up 9%, margin steady. The full statement is on our investor site.`],
  ['linkedin', 'fr', '', `Notre concurrent vient d'annoncer une levée de 30 M€. Bravo à eux, le marché grandit pour tout le monde.`],
  ['linkedin', 'en', 'financial', `Board is minded to approve a £20m buyback next month. Not minuted yet, so keep it to the finance team please.`],
  ['linkedin', 'en', 'financial', `Ahead of the RNS on Tuesday: we're raising £40m through a placing at 88p. Long night for the deal team.`],
  ['linkedin', 'fr', 'financial', `Le cachet de notre ambassadrice pour 2027 est bouclé à 60 000 €. Donnée interne, à ne pas citer avant l'annonce de la campagne.`],
  // Secrets
  ['linkedin', 'en', 'secret', `For the night shift: the switch in rack 2 answers on its console port, admin / Harbour#Lamp42, don't save the config.`],
  ['linkedin', 'en', 'secret', `Kiosk stuck again? Log in with service / Tram-Depot-5518 and restart the app from the tray.`],
  // Cards and ids
  ['linkedin', 'en', '', `Testing our checkout today with 5555 5555 5555 4444. If you work in payments you know it: Mastercard's published test number, accepted by every sandbox.`],
  ['linkedin', 'en', '', `Privacy quiz answer: 078-05-1120 was printed on a wallet card in 1938 and later voided. It belongs to nobody now.`],
]);
