import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh held-out sets of 2026-12-02 (issue 11), written afresh in other
 * words than those sets: listed names in their public meaning (a star, a prize, another organisation's product, a
 * film's company, another establishment) against the company's own use of them; unlisted codenames given in prose
 * (a quoted name with "en interne"/"internally" and a naming verb, "Project X" then "our internal programme"); client names as people write them ("Sté" for Société, an institution word translated
 * or put after the distinctive part); each with look-alikes that must stay clean.
 */
export const CLASSES_NAMES_POSTS = rows('classes-names', [
  // codename, client_name: the company's own project or client, with a public-sounding word nearby
  ['linkedin', 'en', 'codename', 'Orion, the project we named after the constellation, moves to beta with ten customers in May.'],
  ['x', 'fr', 'codename', 'Soirée planétarium pour fêter la mise en prod d’Orion, merci à toute l’équipe projet ✨'],
  ['linkedin', 'en', 'client_name', 'We signed Globex, a supplier to NASA, for our planning suite. Three years of work paid off.'],
  ['x', 'en', 'codename', 'The IT Nebula squad shipped the new search today, award-worthy work 🏆'],
  ['linkedin', 'fr', 'client_name', 'Merci à La Société Générique pour sa confiance renouvelée cette année !'],
  ['x', 'en', 'codename', 'Migrating the last warehouses from SAP to Orion this quarter. Wish us luck.'],
  // look-alikes: the same names as stars, prizes, other organisations' products, fiction, establishments
  ['linkedin', 'en', '', 'Three stars in a row: the Orion constellation is the easiest one to teach kids on a winter night.'],
  ['x', 'fr', '', 'Les trois étoiles de la ceinture d’Orion se voyaient même depuis le parking du bureau ce soir.'],
  ['linkedin', 'en', '', 'ESA’s contribution to the Orion spacecraft was built in Bremen, a great read for any engineer.'],
  ['x', 'fr', '', 'Lancement de la fusée Orion suivi en direct à la cafétéria, toute l’open space retenait son souffle.'],
  ['linkedin', 'en', '', 'The Nebula Awards shortlist is out and two of the novels are by former engineers. Reading list sorted.'],
  ['x', 'fr', '', 'Elle a reçu le prix Nebula pour sa nouvelle, une collègue de l’équipe data en plus !'],
  ['linkedin', 'en', '', 'Team quiz night question: which fictional company sold doomsday devices on The Simpsons? Globex, of course.'],
  ['x', 'en', '', 'Every Friday feels like a sitcom episode at Initech, minus the red stapler.'],
  ['linkedin', 'fr', '', 'Déjeuner d’équipe chez Le Globex, un bistrot du 11e que je recommande vivement.'],
  ['x', 'en', '', 'Night sky through the club telescope: Orion rising over the hills, worth the cold.'],
  ['linkedin', 'en', '', 'My son’s school project is a model of the Crab Nebula made of cotton wool. Engineering runs in the family.'],
  ['x', 'en', '', 'TIL a nebula can be hundreds of light years across. Weekend reading sorted.'],
  ['linkedin', 'fr', '', 'Dans la mythologie grecque, Orion était un chasseur géant : ma fille me l’a expliqué au dîner.'],
  ['x', 'en', '', 'Rewatched that cult film last night and Initech is still the worst employer ever put on screen.'],
  ['x', 'fr', '', 'Randonnée de team building entre les cèdres de l’Atlas bleu, quelle lumière le matin !'],
  ['linkedin', 'en', '', 'Took the kids to watch the Orion launch on the big NASA stream, everyone cheered at liftoff.'],
  ['x', 'fr', 'codename', 'La NASA de nos projets internes, c’est Orion : ambitieux, un peu en retard, mais on y croit.'],
  ['linkedin', 'fr', 'codename', 'Un Nebula deux fois plus rapide : voilà ce que la squad livre vendredi.'],
  // codename: unlisted names given in prose, the introducer before or after the name
  ['linkedin', 'fr', 'codename', 'Le futur outil RH, qu’on surnomme « Pivert » en interne, arrive en test lundi dans trois agences.'],
  ['x', 'en', 'codename', 'Internally we’ve been calling it “Kingfisher” for months, and tomorrow the first customers see it.'],
  ['linkedin', 'en', 'codename', 'Six weeks into Project Osprey. It is still an internal programme, so no details yet, but the team is on fire.'],
  ['x', 'fr', 'codename', 'Projet Mangrove, jour 1 : c’est notre nom de code interne pour la refonte du portail agents. On y va !'],
  ['linkedin', 'en', 'codename', 'Big milestone for « Tourmaline » (our internal codename for the billing rewrite): first invoice sent.'],
  // look-alikes: quoted phrases, internal things without a name, job titles after "Project"
  ['linkedin', 'fr', '', 'En interne, on appelle ça « la réunion du lundi » : vingt minutes, debout, sans slides.'],
  ['x', 'en', '', 'Internally we call it “Friday demos”, and anyone can show anything they built that week.'],
  ['linkedin', 'en', '', 'I am hiring a Project Manager for our internal programme on accessibility. DM me!'],
  ['x', 'fr', '', 'Notre programme interne de mentorat accueille 40 binômes cette année, inscriptions ouvertes.'],
  ['x', 'en', 'codename', 'We nicknamed it “Pangolin” internally and the name stuck: the new claims tool ships in June.'],
  ['linkedin', 'fr', '', 'J’ai enfin lu « Sapiens » pendant les vacances. Côté boulot, notre projet interne de mentorat reprend lundi.'],
  ['linkedin', 'en', '', 'Project Gutenberg has 70,000 free books. Our team reading club starts with one of them next week.'],
  // client_name: "Sté"/"Ste" for Société, the institution word of a name in the other order or language
  ['linkedin', 'fr', 'client_name', 'Comité de pilotage chez Ste Générique jeudi, on présente la feuille de route 2027.'],
  ['x', 'fr', 'client_name', 'Les achats de la Sté Générique ont validé la phase 2 👏'],
  ['linkedin', 'en', 'client_name', 'Two weeks of training at St. Claire Hospital and every ward is now live on our planner.'],
  ['x', 'en', 'client_name', 'Huge thanks to the nurses of Sainte Claire hospital for the honest feedback today 🏥'],
  ['linkedin', 'en', 'client_name', 'Our team spent the week at Hospital Sainte-Claire rolling out the new admissions flow.'],
  ['x', 'fr', 'client_name', 'Nuit de bascule au CH Sainte-Claire : le nouveau dossier patient est en ligne ✅'],
  ['linkedin', 'en', 'client_name', 'Sainte Claire’s hospital staff trained 300 colleagues on our tool in a month. Impressive.'],
  // look-alikes: other saints and companies, the abbreviations on their own
  ['linkedin', 'en', '', 'Volunteering day at St. Mary Hospital with the Leeds team, proud of everyone who came.'],
  ['x', 'fr', '', 'La Sté Générale des Eaux recrute dans notre ville, bonne nouvelle pour le bassin d’emploi.'],
  ['x', 'fr', '', 'Le CHU de Sainte-Claire-de-Lévis cherche des bénévoles pour Noël, partagez autour de vous.'],
  ['linkedin', 'fr', '', 'Sainte-Claire, c’est aussi le nom du quartier où on a ouvert notre nouvel espace de coworking.'],
  // codename: an unlisted name with its introducer in brackets after it, "interne"/"internal" included (fresh3, 2026-12-02)
  ['linkedin', 'fr', 'codename', 'Trois ateliers cette semaine autour du chantier Zéphyr (projet interne, on en reparle au printemps).'],
  ['x', 'en', 'codename', 'Whiteboard marathon on Lynx (internal codename, not the cat) today. My brain is toast.'],
  ['x', 'fr', 'codename', 'Démo du module Ébène (nom de code interne) devant le comité vendredi, croisez les doigts.'],
  ['linkedin', 'en', 'codename', 'Our new onboarding flow (internal project, codename: Kittiwake) cut drop-off by a third.'],
  // look-alikes: brackets that say something else, an introducer in brackets without a name before it
  ['x', 'fr', '', 'Offert à ma mère un foulard Hermès (marque de luxe, pas notre budget habituel 😅) pour ses 70 ans.'],
  ['linkedin', 'fr', '', 'Le projet (nom de code interne à venir) sera présenté à toute l’entreprise en janvier.'],
  ['linkedin', 'en', '', 'Hiring: a designer for our accessibility work (internal project, no public launch planned). DM me.'],
  // codename: a company form after a listed or bare codename makes it another organisation's ("Kestrel Capital");
  // a client keeps its company form (fresh3, 2026-12-02)
  ['linkedin', 'en', '', 'Orion Ventures led the seed round of a friend’s startup this week. Proud of her, the pitch deck was superb.'],
  ['x', 'fr', '', 'Conférence passionnante de Kestrel Partners sur la finance durable ce matin à Lyon.'],
  ['linkedin', 'en', '', 'Booked the offsite at the Kestrel Hotels venue in Leeds: great rooms, terrible coffee.'],
  ['x', 'en', '', 'Nebula Labs open-sourced their tracing library today and the docs are a joy to read.'],
  ['linkedin', 'en', 'client_name', 'Globex Corporation renewed with us for three more years. Thank you to the whole account team!'],
  ['x', 'fr', 'client_name', 'Atelier de cadrage chez Globex SA demain matin, on présente les maquettes.'],
  ['linkedin', 'en', 'codename', 'Kestrel goes live for the finance group next week; capital planning will never be the same.'],
  ['x', 'en', 'codename', 'Orion is finally ready for the Group CFO review on Monday.'],
  // fiction: a listed name from a show or film named by its title, or among words of the screen
  ['linkedin', 'en', '', 'Initech in The Office Space remake would still be everyone’s nightmare employer, said the new joiner.'],
  ['x', 'fr', '', 'Soirée série : Globex dans Les Simpson reste la meilleure satire de l’entreprise jamais écrite.'],
  ['linkedin', 'en', '', 'The villain of season two runs a company called Globex, and the writers clearly worked in consulting.'],
  ['x', 'fr', '', 'Le méchant de la saison 3 dirige Globex : les scénaristes ont dû faire un stage en open space.'],
  ['linkedin', 'en', 'client_name', 'Pitched to Globex from The Hague office today and the contract is signed. Onwards!'],
  ['x', 'en', 'client_name', 'Binge-watched a series all weekend, now back to the Globex migration plan with fresh eyes.'],
  // once a post shows a name's public sense, its other mentions there are public too, unless the company's use shows
  ['linkedin', 'en', '', 'Just finished “Orion” by a debut author, a thriller named after Orion’s belt. Five stars from me.'],
  ['x', 'fr', '', 'Nébula, le roman, méritait bien son prix Nebula. Lu d’une traite dans le train.'],
  ['linkedin', 'en', 'codename', 'Nebula is in production for our first ten customers. Unrelated: the Nebula Awards list is out, go read.'],
  ['x', 'fr', 'codename', 'Le prix Nebula remis hier soir m’a fait penser à notre équipe Nebula, qui livre demain.'],
]);
