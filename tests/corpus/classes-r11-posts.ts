import { rows } from './corpus-types';

/**
 * Round 11 (2026-12-03): new examples of the classes the blind set fresh13 showed the rules missing, in other words
 * than fresh13's (which stays held out). A real case shown as "an example we received"; Nordic ids named a sentence
 * before; figures not talked about outside yet, books not closed, going to the shareholders, awaiting signature; an
 * amount in words after "le"; a price in Norwegian kroner; a hotline's "(24/7)"; an IBAN one character long; a label
 * denied ("no NDA", "not confidential"); a fediverse handle; a masked variable; a home server; loopback on the
 * reader's machine.
 */
export const CLASSES_R11_POSTS = rows('classes-r11', [
  ['linkedin', 'en', 'national_id', `Payroll reminder, with a real case we received on Friday (forwarded to the wrong team): "Belgian national register 79.02.14-267.16, please update my file". Use the HR portal, never chat.`],
  ['linkedin', 'en', 'national_id', `Our Oslo joiners keep asking what the tax office needs. It's the fødselsnummer, and yes, it goes on the contract. One of them pasted his in the team channel this morning: 27059210004. Deleted, but please, HR portal only.`],
  ['linkedin', 'en', 'national_id', `New hire in Malmö sent his personnummer by e-mail to the whole onboarding list rather than to payroll only: 19760515-3720. It's been recalled, lesson learned.`],
  ['linkedin', 'en', 'national_id', `The sample form a new welder filled in last week, as HR received it: personal identity code 170786-458K, bank details on page two. Please blank these out before sharing forms.`],
  ['linkedin', 'fr', 'financial', `Les engagements de mécénat en attente de signature atteignent 1,9 million d'euros. On n'en parle pas encore à l'extérieur, mais quelle année pour la fondation !`],
  ['linkedin', 'fr', 'financial', `Le résultat de l'atelier devrait franchir le million d'euros cette année, une première. Les comptes ne seront arrêtés qu'en avril, alors gardons la bouteille au frais 🍾`],
  ['linkedin', 'en', 'financial', `Our smolt sales averaged NOK 42 per fish this autumn, up from 35. Those numbers go to the shareholders at the March AGM, so that's all I can say for now.`],
  ['linkedin', 'en', 'phone', `Winter timetable: the freight desk moves to a new line, +32 9 241 56 70 (24/7), from Monday. Please update the contact sheets in every cab.`],
  ['linkedin', 'en', 'iban', `Staff raffle proceeds can be paid to the sports club account LU68 0019 4372 1234 5678 9, reference "RAFFLE". Thank you all!`],
  ['linkedin', 'fr', '', `Alerte fraude : un faux fournisseur demande un virement sur FR38 3000 6000 0112 3456 7890 1895, qui n'est même pas un IBAN valide. Ne payez rien, signalez-le à la compta.`],
  ['linkedin', 'en', '', `Pitching to investors this week taught me one thing: no NDA needed for a good story. Tell it well and tell it often.`],
  ['linkedin', 'fr', '', `Petit rappel pour nos traducteurs : ce glossaire n'est pas confidentiel, partagez-le avec vos relecteurs.`],
  ['x', 'en', '', `Moved my notes to the fediverse, say hi: @tomas@fosstodon.org. Still here for work updates.`],
  ['linkedin', 'en', '', `From our public install guide (every value below is a placeholder):
SMTP_PASSWORD=********
API_TOKEN=<your-token>
LOG_LEVEL=info`],
  ['x', 'fr', '', `Mon serveur perso tourne sur 192.168.0.20 et le NAS sur nas.lan. Ce week-end : sauvegardes automatiques.`],
  ['x', 'en', '', `Dev tip: point your local build at localhost:5173 and keep staging for the final check. Fewer surprises.`],
]);
