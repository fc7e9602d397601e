import { rows } from './corpus-types';

/**
 * Held-out set "fresh14": written 2026-12-03 (12:35-12:45 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts (and the
 * first lines of fresh13 for the header and row style), so it measures how the rules generalise to posts they were never
 * tuned on. `npx tsx scripts/score-checks.ts --only fresh14`. First scored 2026-12-03 12:46 UTC on the rules of e61458c
 * (after the fixes from fresh12 and fresh13): confidentiality macro F1 0.934, 7.5 % of clean posts flagged (7 of 93);
 * financial the weakest (0.824, recall 0.700), national_id 0.828 (ids of countries the rules did not read), phone 0.897.
 *
 * Authors: a Polish bus maker in Rzeszów, a Swiss chocolate co-op in Fribourg, a Dakar bulk-port terminal, a Scottish
 * salmon smokery on Loch Fyne, an Alsace brewery, a Lille e-learning firm, a Québec maple-syrup federation, a Greek
 * ferry line in Piraeus, a Nantes robotics start-up, a Bohemian glassworks, a Tyrolean ski-lift operator, a Debrecen
 * pharma-packaging plant, a Utrecht bike-leasing company, a Denizli towel mill, a Corsican olive-oil mill, a Réunion
 * rum distillery, a Penedès cava house, a Black Forest organ builder, a Grenoble avalanche-safety maker, a Bucharest
 * payroll-software vendor, a Biarritz surfboard shaper, a Pays d'Auge cider house, a Vienna opera costume workshop, a
 * Milan design agency, a Copenhagen bakery chain, a Tozeur date exporter, a Galway oyster farm and a Lisbon tram-tour
 * company. Forms: meeting minutes, release notes and changelogs, Slack-style exchanges pasted as text, job-offer FAQs,
 * customer-service replies (surface 'comment'), event recaps, polls, post-mortems, lost-and-found notices, farewell
 * collections, HR reminders, X threads; financial figures in digits, words and ranges (order intake, tender values,
 * price floors, EBITDA guidance, fund-raising, harvest revenue, capex, budgets voted in committee, ristournes to
 * co-op members) before their release, beside published ones. Every IBAN, card and national id positive was computed
 * with a throwaway script kept outside the repo (exact country length and mod-97, plus the national key where there is
 * one: French RIB key, Belgian check, Spanish DC, Italian CIN, Polish sort-code digit, Dutch 11-proof, Czech weights,
 * Hungarian check digits, Portuguese NIB; Luhn for cards; French NIR key, Polish PESEL, Swiss AVS EAN-13, Spanish DNI
 * letter, Belgian national register, Dutch BSN, Italian codice fiscale, Romanian CNP, Czech rodné číslo, Canadian SIN,
 * Greek AMKA, Danish CPR, Turkish TC Kimlik, German Steuer-ID; UK NINO and US SSN by format); look-alikes are masked,
 * documented specimens named as such, or carry a wrong key. 236 posts: 93 clean, 143 with one or more findings.
 */
export const FRESH14_POSTS = rows('fresh14', [
  // — Rzeszów bus maker
  ['linkedin', 'en', 'financial', `Minutes of Monday's ops sync at the Rzeszów plant, shared because I'm proud of this team:
1) Q4 build plan confirmed at 412 buses.
2) The MPK Kraków tender we are about to sign is worth PLN 187 million. Announcement after the city council vote on the 17th, so keep that figure to yourselves until then 😉
3) The canteen reopens Monday.`],
  ['x', 'en', '', `Our 12-metre electric bus just did 300 km on one charge in the Bieszczady winter test, at −14 °C. The full test report is published on our website today. #ebus #zeroemission`],
  ['linkedin', 'en', 'phone', `Hi Tomasz, sorry about the door fault on bus 4417. Our field technician Paweł will call you today; if you miss him, his mobile is +48 512 847 203.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Message à nos partenaires polonais : nouvelles coordonnées bancaires pour les acomptes du contrat de Lublin, IBAN PL51 1090 1014 4000 0712 1981 2874. Merci de mettre à jour vos fiches fournisseurs avant le 20 décembre.`],
  ['linkedin', 'en', '', `Job FAQ — Welding lead, Rzeszów
Q: What's the pay? A: 9,800–12,400 PLN gross a month, as in the published ad.
Q: Shifts? A: Two shifts, no nights.
Q: Do I need Polish? A: Basic Polish or English is fine, we pay for lessons.
Q: How do I apply? A: Through the careers page, it takes 5 minutes.`],
  ['x', 'en', 'codename', `Sneak peek from the Rzeszów test track: the first prototype for Project Kestrel did 40 laps today without a single fault. Can't say more 🤐`],
  ['linkedin', 'en', '', `A kestrel has been hovering over the test track every lunchtime this week. The plant's unofficial mascot is back 🦅 Anyone know a good bird photographer?`],
  ['linkedin', 'en', 'email', `Meeting minutes — supplier day, 2 Dec
Attendees: k.nowicka@karpaty-bus.pl, j.wrobel.seats@interia.pl (seat supplier), our purchasing team
Decisions: seat frames move to the new aluminium profile from batch 31; next review in January.`],

  // — Fribourg chocolate co-op
  ['linkedin', 'fr', 'financial', `Petit récap de l'AG des coopérateurs d'hier soir (à huis clos) : chiffre d'affaires 2026 provisoire à 48,6 millions de francs, +11 %, et une ristourne aux membres d'environ 1,2 million. Les comptes ne seront validés qu'en mars, d'ici là on garde ça entre nous 🙏🍫`],
  ['linkedin', 'fr', '', `Nos comptes 2025 sont en ligne : chiffre d'affaires de 43,8 MCHF, détaillé page 12 du rapport annuel publié sur notre site. Merci aux 214 producteurs membres de la coopérative !`],
  ['x', 'fr', '', `Votre adresse e-mail reste confidentielle : on ne la partage jamais, promis. Inscrivez-vous à la lettre des fèves pour recevoir nos recettes de Noël 🍫`],
  ['linkedin', 'fr', 'national_id', `Rappel RH aux nouveaux arrivants : pour le salaire de décembre il nous manque encore le numéro AVS de plusieurs d'entre vous. Exemple de ce qu'on attend (c'est celui de Lucie, elle est d'accord 😅) : 756.3047.5812.99.`],
  ['linkedin', 'en', '', `Reminder for cross-border staff: your AHV/AVS number has 13 digits and always starts with 756, like 756.XXXX.XXXX.XX. Never send it by email, upload it on the HR portal.`],
  ['linkedin', 'fr', 'iban', `Cagnotte pour le départ à la retraite de Marc (32 ans à la conche !) : vous pouvez virer directement sur mon compte perso CH14 0076 7509 6766 9133 3, mention « Marc ». On clôture vendredi.`],
  ['x', 'fr', '', `Sondage du vendredi 🍫 Votre chocolat de Noël préféré ?
🅰️ noir 72 %
🅱️ lait-noisettes
🅲 blanc (on ne juge pas)
🅳 praliné maison`],

  // — Dakar bulk terminal
  ['linkedin', 'fr', 'phone email', `Transitaires : pour les enlèvements de ce week-end, contactez directement notre chef de quai, M. Abdoulaye Sarr, au +221 77 638 42 15 ou à abdoulaye.sarr.tvd@gmail.com (la messagerie du bureau est en panne depuis mardi).`],
  ['x', 'fr', '', `Record battu : 1 214 000 tonnes manutentionnées en novembre, chiffre officiel publié ce matin par le Port autonome de Dakar. Bravo les dockers ! 🇸🇳`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux pointeurs : le planning des escales de la semaine est sur https://escales.corp.acme.com/planning?semaine=49, connectez-vous avec votre matricule.`],
  ['linkedin', 'en', 'client_name financial', `Big week at the terminal: Globex is moving its West-African transshipment to us from March, roughly €2.3M a year in handling fees. Contract signed Tuesday; no press release before January, so mum's the word.`],
  ['linkedin', 'fr', '', `Merci aux 3 000 visiteurs de la journée portes ouvertes du port samedi ! Visite des grues, atelier sécurité pour les enfants et démonstration des pilotes. Rendez-vous l'an prochain.`],
  ['linkedin', 'fr', 'financial', `Le comité d'investissement a validé hier soir l'extension du quai 4 : environ 38 milliards de FCFA sur trois ans. L'annonce officielle se fera avec le ministère, pas avant fin janvier, donc on n'en parle pas dehors.`],

  // — Loch Fyne smokery
  ['linkedin', 'en', 'card', `Customer-service tip from the smokery: please don't put your full card number in the order notes. Yesterday's gift message read "pay with 4532 0197 5207 0440 exp 09/28 cvv 311" 🤦 We called the customer and shredded the slip.`],
  ['x', 'en', '', `Test checkout on our new web shop works! Used Stripe's documented test card 4242 4242 4242 4242, any future date, any CVC. Real orders open Monday 🐟`],
  ['linkedin', 'en', '', `Poll time 🐟 Which one goes on your Christmas table?
A) hot-smoked
B) cold-smoked
C) gravlax
D) I'm vegetarian, stop asking`],
  ['linkedin', 'en', 'financial', `Christmas orders closed at 38,400 sides — about £1.9m of December revenue, our best ever. It's not in the accounts yet and the auditors only come in February, so this one's just between us smokehouse folk.`],
  ['linkedin', 'en', 'phone', `Morag Campbell
Shift Manager, Loch Fyne Smokehouse
Mobile (personal, evenings OK): 07812 394056`],
  ['x', 'en', '', `Why our radio ad says 07700 900461: Ofcom reserves 07700 900000–900999 for drama and adverts, so nobody real gets the calls. Please don't ring it 😄`],

  // — Alsace brewery
  ['linkedin', 'fr', 'confidential_marker financial', `Extrait du support de la réunion commerciale (mention « DIFFUSION INTERNE UNIQUEMENT » en pied de page, désolé 😅) : objectif 2027 de 92 000 hectolitres et hausse tarifaire de 4,5 % au 1er février pour la grande distribution.`],
  ['linkedin', 'fr', '', `Notre bière de Noël est de retour ! 6,2 % vol., 3,90 € la bouteille de 75 cl chez nos cavistes partenaires, en vente dès aujourd'hui.`],
  ['x', 'fr', 'secret', `[#brassage] — quelqu'un a le code du wifi de la salle de brassage ?
— oui : réseau BrasserieRied-Prod, mot de passe Houblon#Strasbourg67
— merci !`],
  ['linkedin', 'fr', '', `Journées du patrimoine : visite de la brasserie ce week-end. Le secret de notre levure ? Une souche de 1897 conservée par une collection publique de micro-organismes, que tout le monde peut commander 🍺`],
  ['linkedin', 'fr', 'national_id', `Merci de ne plus m'envoyer de numéros de sécu par Messenger. Celui reçu ce matin (2 87 06 75 118 043 19), je l'ai transmis à la RH puis supprimé, mais ce n'est pas le bon canal.`],
  ['x', 'fr', '', `Un numéro de sécu français, c'est 15 chiffres : sexe, année, mois, département, commune, rang puis clé. Exemple fictif : 1 85 05 78 006 084 ?? — à vous de calculer la clé 😉`],
  ['linkedin', 'fr', 'email', `Message de service : le distributeur strasbourgeois qui nous a écrit depuis francoise.dubois56@orange.fr au sujet des fûts consignés, merci de nous rappeler, votre adresse renvoie une erreur.`],

  // — Lille e-learning
  ['linkedin', 'fr', 'internal_url secret', `Notes de version 4.12 de la plateforme : nouveau lecteur vidéo, export SCORM 2004, correctif SSO. Pour tester en préprod : https://preprod.acme-corp.net/login, compte demo / Lille2026!Flandre`],
  ['linkedin', 'en', '', `Release notes 4.12: new video player, SCORM 2004 export, SSO fix. Available to every customer from Monday; the full changelog is at https://www.acme.com/changelog`],
  ['linkedin', 'fr', 'client_name', `Fiers d'avoir formé 1 200 soignants de l'Hôpital Sainte-Claire à la nouvelle procédure d'hygiène ce trimestre 💪 (on n'a pas encore le droit de communiquer dessus, mais bon, je suis trop content).`],
  ['linkedin', 'fr', '', `Concert de Noël à l'église Sainte-Claire de Roubaix vendredi à 20 h : la chorale de l'équipe chante trois morceaux, entrée libre.`],
  ['x', 'en', 'email', `Pro tip for learners: if your certificate hasn't arrived, write to our tutor Aurélie directly at aurelie.vandamme.lille@gmail.com, she sorts them out by hand.`],
  ['linkedin', 'fr', '', `FAQ de l'offre « Concepteur pédagogique » :
— Télétravail ? 3 jours par semaine.
— Salaire ? 38 à 44 k€ brut annuel, comme indiqué dans l'annonce.
— Où postuler ? recrutement@campus-flandre.fr ou via la page carrières.
— Process ? Un échange de 30 min puis un cas pratique.`],
  ['linkedin', 'fr', 'financial', `Le contrat avec la région vient d'être signé : 840 k€ sur deux ans pour former les agents des lycées. La région fera l'annonce elle-même en janvier, on ne communique pas avant.`],

  // — Québec maple federation
  ['linkedin', 'fr', 'financial', `Réunion du conseil hier soir : le prix plancher de la récolte 2027 serait fixé à 3,85 $ la livre pour le sirop AA, soit une hausse de 6 %. Rien d'officiel avant l'assemblée de février, gardez ça sous votre tuque.`],
  ['x', 'fr', '', `La réserve stratégique de sirop d'érable compte 133 millions de livres, selon le rapport annuel publié hier par la Fédération. 🍁`],
  ['linkedin', 'fr', 'national_id', `Aux producteurs : pour le versement de l'avance il nous faut votre NAS dans la bonne case. Exemple d'une fiche reçue ce matin : NAS 274 183 607 écrit dans la case « numéro de producteur » 🙄 On a corrigé, mais relisez-vous.`],
  ['linkedin', 'fr', '', `Votre NAS ne figure jamais en entier sur nos relevés : vous verrez seulement *** *** 607. Si quelqu'un vous le demande par téléphone au nom de la Fédération, raccrochez.`],
  ['linkedin', 'en', 'phone', `Lost a glove at the sugar shack on Sunday? The owner of the blue pickup, Réjean, found a pair and left his number for whoever it belongs to: 819-742-3168.`],
  ['linkedin', 'fr', 'financial', `L'avance aux producteurs passerait de 0,75 $ à quatre-vingt-dix cents la livre dès la prochaine saison — décision du conseil restreint, le communiqué sort après la rencontre avec le ministre. Premier à le savoir ici 😉`],

  // — Piraeus ferry line
  ['linkedin', 'en', 'confidential_marker', `Proud of this one: I designed the cover page of our "STRICTLY CONFIDENTIAL – Board Pack Q4 – Fleet Renewal" deck 🎨 Contents blurred of course, but the typography is mine.`],
  ['linkedin', 'en', 'iban', `— Can someone pay the Syros shipyard deposit today?
— Sure, send the details.
— IBAN GR62 0260 1804 2987 8796 6428 168, beneficiary Neorion Repairs, ref ABL-2291.
(Best team chat of the week, reposting because the speed of this crew amazes me.)`],
  ['x', 'en', '', `Piraeus–Heraklion overnight from €39 deck class all winter. Published fares, book on the website or at any port agency ⛴️`],
  ['linkedin', 'en', 'national_id', `To the crewing agency that emailed us a seafarer's AMKA, 14037805919, in the subject line: please stop. Subject lines are logged everywhere.`],
  ['linkedin', 'en', 'financial', `Winter schedule decided in yesterday's management meeting: two ships come off the Cyclades route and we now expect EBITDA of around €14–16 million next year. The market hears it with the Q4 results in March, not before.`],
  ['linkedin', 'en', '', `Orion's belt was so bright from the deck last night, crossing to Naxos. Night shifts at sea have their perks ✨`],

  // — Nantes robotics
  ['x', 'fr', 'secret', `Bon, qui a commité le .env sur le dépôt public ?
OPENAI_API_KEY=sk-proj-WqeHGwlifXjw9APP8Dy-3XzZmBNQR2yTBGTCuSsH5LM_Em9i
AWS_ACCESS_KEY_ID=AKIAQUMPMHS49PJ96ARB
On révoque, mais la prochaine fois c'est croissants pour tout l'open space.`],
  ['linkedin', 'fr', 'codename', `Démo réussie du bras collaboratif Nébula devant toute l'équipe nantaise ! Sortie prévue au printemps, je n'en dis pas plus 🤖`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse d'Orion prise depuis le toit de l'atelier avec notre monture de télescope robotisée maison : 90 poses de 30 secondes. Les week-ends des ingés 🔭`],
  ['linkedin', 'en', 'internal_url', `If the build fails with "artifact not found", grab the nightly from http://artifacts.acme-corp.net/robots/nightly/ — it only works on the office VPN.`],
  ['x', 'en', '', `Home lab finally done: Proxmox on 192.168.1.20, Home Assistant at http://homeassistant.local:8123, Pi-hole on .53. Weekend well spent 🧑‍💻`],
  ['linkedin', 'fr', 'financial', `On vient de clôturer la levée : 7,5 M€ auprès de deux fonds. L'annonce officielle, c'est le 15 janvier avec la presse. D'ici là : chuuut 🤫`],
  ['linkedin', 'fr', '', `Notre levée de 4 M€ de 2024 avait été annoncée dans Ouest-France ; deux ans plus tard on est passés de 9 à 31 personnes. Merci à tous ceux qui nous ont fait confiance.`],

  // — Bohemian glassworks
  ['linkedin', 'en', 'iban', `Distributors in Germany and Austria: from January please pay our invoices to the new account CZ38 0800 0000 1929 4468 5616. The old one closes on 31 December.`],
  ['linkedin', 'en', '', `For anyone writing an IBAN validator: the ECBS standard's textbook example is GB82 WEST 1234 5698 7654 32. It passes the mod-97 check but it's a documented specimen, not anybody's account.`],
  ['x', 'en', 'national_id', `HR friends in Czechia: a CV for our engraving role came with the birth number 855413/1245 under the photo. We deleted it, but candidates, please don't put it on CVs.`],
  ['linkedin', 'en', 'codename', `Late night in the furnace hall: first blown prototype of the Orion decanter series, the one we've been sketching since June. Launch date still under wraps.`],

  // — Tyrolean ski lifts
  ['linkedin', 'en', 'secret', `Post-mortem of Saturday's ticket-gate outage
Root cause: the gate controller's API token had expired.
Fix: new token deployed — Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NDE3IiwibmFtZSI6Im0ua293YWxjenlrIiwicm9sZSI6ImZsZWV0LWFkbWluIiwiaWF0IjoxNzk2MjAwMDAwfQ.nRNB7FIYnqdodrN1o5JqEt_lRC3ZWYdzAeAY2omtTtv
Follow-up: expiry alerting. Thanks to the night team!`],
  ['x', 'en', 'financial', `Snow-making upgrade for next season just got the board's nod: €6.8m for 42 new lances. Goes official once the Land's subsidy is confirmed, so don't quote me yet.`],

  // — Debrecen pharma packaging
  ['linkedin', 'en', 'confidential_marker client_name', `Meeting minutes, line 3 audit prep (INTERNAL – DO NOT FORWARD):
- Initech auditors on site 9–11 December
- Blister line B cleaned and re-qualified before then
- Owner: Gábor`],
  ['linkedin', 'en', '', `Watched Office Space again tonight. Initech's TPS reports are still the best satire of corporate paperwork ever filmed 📎`],
  ['linkedin', 'en', 'iban', `Collecting for Zsófi's farewell gift: send whatever you like to my account HU61 1177 3016 3319 9633 4700 0512 by Friday 🎁`],

  // — Utrecht bike leasing
  ['linkedin', 'en', 'national_id', `Hi Joost, thanks, your lease is updated. For the record your BSN 156452728 is already on file, so no need to send it again 👍`, { surface: 'comment' }],
  ['linkedin', 'en', '', `How a BSN check works: the eleven-proof. 111222333 passes it, and it's the example number the Dutch government uses in its own developer docs, so use that in your test data, not a real one.`],
  ['x', 'en', 'phone', `Found a lease bike at Utrecht Centraal with a sticker "if found call Femke +31 6 4827 1930". Femke, your bike is safe with us!`],
  ['linkedin', 'en', 'iban', `Hi Jan, the refund for your cancelled lease went to NL17 INGB 9666 2293 58 this morning. Sorry again for the delay!`, { surface: 'comment' }],

  // — Denizli towel mill
  ['linkedin', 'en', 'national_id', `Onboarding our new Istanbul sales rep today — HR form done, TC Kimlik 31847290576 ✅ Welcome aboard, Elif!`],
  ['linkedin', 'en', 'client_name financial', `Just back from Société Générique's head office: they're doubling their towel order to 480,000 units for 2027, about $3.1M. PO expected next week, nothing announced yet.`],
  ['linkedin', 'en', '', `Great export-finance webinar by Société Générale's trade team this morning: letters of credit, forfaiting and the new EU rules explained in 45 minutes.`],

  // — Corsican olive-oil mill
  ['linkedin', 'fr', 'card', `Un client m'a envoyé sa carte par Messenger pour sa commande de Noël : 5412 0810 2887 2183, expiration 11/27. J'ai tout supprimé et je l'ai rappelé. Ne faites jamais ça, on a un paiement sécurisé !`],
  ['linkedin', 'fr', '', `Notre huile AOP Corse a décroché l'or au Concours général agricole 🥇 Le palmarès est publié sur le site du concours.`],
  ['x', 'fr', '', `Paiement par carte au moulin : on ne voit jamais votre numéro en entier, juste **** **** **** 2183 sur le ticket. Vos données restent chez votre banque.`],
  ['linkedin', 'fr', 'financial', `Récolte terminée : 41 tonnes d'olives, moitié moins que l'an dernier. En interne on table sur une perte d'environ 180 000 € pour l'exercice, avant aides, le chiffre n'est pas encore communiqué aux associés.`],

  // — Réunion rum distillery
  ['linkedin', 'fr', 'financial', `Les chiffres de la campagne ne sont pas encore publiés mais chez nous c'est plié : 1,4 million de litres d'alcool pur et un résultat net autour de 2,1 M€ (provisoire, avant audit).`],
  ['linkedin', 'fr', 'phone', `Pour la visite de la distillerie samedi, le chauffeur du car c'est Jean-Luc : 06 92 41 87 35 (son portable perso, il est d'accord mais pas de démarchage 😄).`],
  ['x', 'fr', '', `Le rhum agricole n'a plus de secret pour les 40 étudiants du BTS venus ce matin : trois heures de visite, de la canne à la colonne.`],
  ['linkedin', 'fr', '', `Nouveau rhum vieux 7 ans : 54,90 € la bouteille, 3 000 exemplaires numérotés, disponible chez nos cavistes dès lundi.`],

  // — Penedès cava house
  ['linkedin', 'en', 'national_id phone', `The harvest crew list meant for the labour inspectorate went to the whole group chat instead of HR, lines like "Jordi P., DNI 48291736Q, mobile 612 48 39 27". Deleting it now, sorry everyone.`],
  ['x', 'fr', 'iban', `Réservation des dégustations de groupe : acompte de 30 % sur ES91 2100 0418 4502 0005 1332 — ah non, ça c'est mon compte perso, ignorez 🙈`],
  ['linkedin', 'mixed', '', `Vendimia 2026 done ✅ Merci à l'équipe, gràcies a tothom! 210 tonnes de raisin, 19 jours, zéro accident. Photos de la fête dans le carrousel.`],

  // — Black Forest organ builder
  ['linkedin', 'en', 'national_id', `A tax-office letter got scanned into our Slack #random by mistake, showing our apprentice's Steuer-ID 13089264528. Reminder: #random is read by 140 people, freelancers included.`],

  // — Grenoble avalanche safety
  ['linkedin', 'fr', 'confidential_marker', `Un exemplaire papier du dossier « CONFIDENTIEL – Plan produit 2027 » a été oublié voiture 14 du TGV Grenoble–Paris de 7 h 12. Si vous l'avez trouvé, contactez-moi en message privé.`],
  ['linkedin', 'fr', '', `Lu ce week-end : « Kitchen Confidential » d'Anthony Bourdain. Aucun rapport avec les DVA, mais quel livre !`],
  ['x', 'fr', 'codename', `Tests terrain du nouveau détecteur Atlas Bleu à l'Alpe d'Huez : trois victimes simulées retrouvées en moins de 4 minutes ❄️`],
  ['linkedin', 'fr', '', `Réédition de notre atlas des couloirs d'avalanche de l'Oisans, avec une couverture bleu glacier 💙 En librairie le 10 décembre, 29 €.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle du comité de direction : budget R&D 2027 porté à 3,2 M€ (+25 %). L'équipe sera informée officiellement en janvier, donc ne relayez pas pour l'instant.`],

  // — Bucharest payroll software
  ['linkedin', 'en', 'national_id', `Demo data gone wrong: our sales deck yesterday showed a real CNP, 2900517400125, copied from a customer's import file. Fixed now, and apologies to the client.`],
  ['linkedin', 'en', '', `For testers: CNP 1800101221144 is the worked example from the Romanian spec; it's what our unit tests use, never a real employee's number.`],
  ['x', 'en', 'secret', `[#deploy] @radu the SendGrid key for prod is 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 — rotate it after the demo pls`],
  ['x', 'en', 'internal_url', `Payroll status page has moved: http://status.corp.acme.com/payroll — bookmark it, team.`],
  ['linkedin', 'en', '', `Changelog 8.3: Romanian D112 declaration updated for January 2027, new payslip layout, and a dark mode nobody asked for but everybody wanted. Docs at docs.example.com/payroll/8.3.`],

  // — Biarritz surfboards
  ['x', 'fr', '', `Nouvelle planche au shop : 6'2 x 19 3/8 x 2 1/2, 32,4 litres. Prix public 720 €.`],
  ['linkedin', 'fr', 'email', `Le shaper qui a fait ma planche répond plus vite sur son mail perso qu'à l'atelier : peio.etxeberria64@gmail.com. Dites-lui que vous venez de ma part 🏄`],

  // — Pays d'Auge cider house
  ['linkedin', 'fr', 'financial', `Bilan de la saison (chiffres internes, les comptes ne sont pas clos) : 640 000 bouteilles et une marge brute de 38 % contre 31 % l'an dernier. On en reparle à la clôture.`],
  ['linkedin', 'fr', '', `Le cidre AOP Pays d'Auge, c'est au moins 6 mois de fermentation et des pommes du pays : tout est dans le cahier des charges publié au Journal officiel.`],

  // — Vienna opera costumes
  ['linkedin', 'en', 'confidential_marker', `Next season's Tosca costume sketches are under embargo until the press conference on 15 January, but here's a tiny detail of the cape I embroidered 🧵`],
  ['linkedin', 'en', '', `Embargo lifted! The Tosca costumes were presented at this morning's press conference; here are twelve photos from the workshop.`],
  ['linkedin', 'en', 'financial', `Budget 2027 for the costume workshop was voted yesterday in committee: €1.15m, down 18 %. Staff will be told in January, so please keep it off the grapevine.`],

  // — Milan design agency
  ['linkedin', 'en', 'client_name codename', `Moodboard for Globex's rebrand, internally called Orion. Can't show the logo yet, but look at these textures 👀`],
  ['linkedin', 'en', '', `Globex futures volumes on CME hit a record this week, according to the exchange's own press release. Busy week for the traders among my friends.`],
  ['x', 'en', '', `Design tip: when you mock up a login form, use name@example.com and a fake "••••••••" password. Real addresses in Figma files end up in screenshots.`],

  // — Copenhagen bakery chain
  ['linkedin', 'en', 'national_id', `Payroll fun: a new hire's form had the CPR number 120389-2019 typed in the "shoe size" box 😂 Fixed in the system and the paper shredded.`],

  // — Tozeur date exporter
  ['linkedin', 'fr', 'financial', `Export de Deglet Nour : on vise 6 200 tonnes cette campagne pour environ 19 millions de dinars de chiffre d'affaires — prévisionnel interne présenté hier au conseil, pas encore communiqué aux banques.`],
  ['linkedin', 'fr', 'phone', `Acheteurs européens : Mehdi, notre responsable export, est joignable directement sur son WhatsApp personnel au +216 98 547 312 pendant les fêtes.`],
  ['linkedin', 'fr', '', `Les dattes de Tozeur en chiffres (source : Groupement interprofessionnel, rapport 2025 publié) : 350 000 tonnes produites en Tunisie, dont un tiers exportées.`],

  // — Secrets and their look-alikes
  ['x', 'en', 'secret', `Finally got the telemetry repo cloning on the new laptop: git clone https://ghp_8cdFOcVwWBhqG5KSFdPE0SPgjtHfb1F6w70W@github.com/karpaty-bus/telemetry.git — Monday morning victory 🎉`],
  ['linkedin', 'en', 'secret', `Release notes 2.7 of our freshness alerts: alerts now post to Slack through https://hooks.slack.com/services/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, temperature graphs in the daily report, and French translations.`],
  ['linkedin', 'fr', 'secret', `Question de notre intégrateur, qui me l'a envoyée telle quelle : « c'est bien sk_live_kjbd93oQGXy9KTUMAFGrM14g qu'on met dans la boutique en ligne ? » Oui. Merci de ta vigilance, Kevin 😅`],
  ['linkedin', 'en', 'secret', `Minutes — SMS reminders project
- Twilio account chosen (SID ACa8afba701070d26d7f79a73aff5cfd45, auth token 01150bf8e28d3e14be535893b80598e7)
- Go-live 12 January
- Owner: Siobhán`],
  ['linkedin', 'en', 'secret internal_url', `Ops note for the on-call team: orders DB string is postgres://ops:Fjord-Salmon-2026@db01.acme-corp.net:5432/orders until the migration on Friday.`],
  ['x', 'en', 'secret', `Who leaves an SSH key in a shared doc? Found this in the handover notes:
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAAn0G9W8uw8de9puyHB9d3xvE/pg3mKBxfeN4/YYsakj8DuzdoRy7q3sRjKMPMEiOennEgIQD43wE1xjf1+yrfKkpQ9jKK4K2gNC7w97Ay9/fkYkwFXGoq7yVDEFRN0ZqWAJittVYQT1rRTnuyUC97eLQtDkH58AXzv1vYZwSMyWtdYJTXAnMLtS6f9PQyHsE+7dHxdliD
-----END OPENSSH PRIVATE KEY-----`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui intègrent la carte des points de vente sur l'intranet : la clé Google Maps est AIzaJLwbL132Zn4T8-WvXX2HdNK44cjXQVIoSTs, restreinte à notre domaine normalement.`],
  ['x', 'fr', 'secret', `Mon CI GitLab passe enfin au vert. Le token qui manquait : glpat-1ah9sdbEl7oX8nrEHAlu (droits lecture seule, hein).`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as their example credentials. If your scanner screams at those, it works.`],
  ['linkedin', 'fr', '', `Configuration conseillée pour le connecteur :
API_KEY=<votre clé ici>
API_URL=https://api.example.com/v2
TIMEOUT=30
Ne committez jamais la vraie valeur.`],
  ['x', 'en', '', `Release 5.2.0 is out. SHA-256 of the tarball: 9e42220d8c947e0dedc8b137913993ed6da209da99098b260ff3ac1c97570cf1 — verify before installing.`],
  ['linkedin', 'fr', '', `Le mot de passe d'une bonne équipe, c'est la confiance. Et un gestionnaire de mots de passe, quand même 😉`],
  ['linkedin', 'en', '', `Our checkout reads the key from \${STRIPE_SECRET_KEY} at boot and never logs it. If you see sk_live_**** in a log line, that's the masking doing its job.`],

  // — Emails and their look-alikes
  ['linkedin', 'en', 'email', `Hi Jennifer, we've re-sent your voucher to jennifer.mcallister82@hotmail.co.uk; do check your spam folder. Happy Christmas from the smokehouse!`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Lost & found from yesterday's ferry-industry dinner in Piraeus: a badge and a notebook belonging to dimitra.kanellou@aegeanblue.gr. Dimitra, they're at reception!`],
  ['x', 'en', 'email', `[#shared-drive] can you add m.papadakis.home@gmail.com to the tender folder? he's on leave but wants to read the drafts`],
  ['linkedin', 'fr', 'email', `Pour les inscriptions au séminaire, transférez le formulaire à dl-ventes-emea@acme-corp.net avant jeudi midi, c'est la liste de diffusion de l'équipe.`],
  ['linkedin', 'en', '', `Press enquiries about the new ferry: press@aegeanblue.gr. For bookings please use the website, not this inbox.`],
  ['linkedin', 'fr', '', `Chez nous, les adresses suivent le format prenom.nom@entreprise.fr — donc non, « boss@ » n'existe pas, arrêtez d'écrire au directeur comme ça 😂`],
  ['x', 'en', '', `Now on the fediverse too: @choco_sarine@mastodon.social. Same chocolate, fewer algorithms.`],
  ['linkedin', 'en', '', `SSH into the Raspberry Pi with ssh pi@192.168.1.20 and run the script: my home greenhouse now waters itself 🌱`],
  ['linkedin', 'fr', 'email', `Retour client du jour : « Votre huile est divine, écrivez-moi pour la prochaine récolte : jeanmarie.santoni2a@laposte.net ». Merci Jean-Marie !`, { surface: 'comment' }],

  // — Phones and their look-alikes
  ['linkedin', 'en', 'phone', `Minutes — boiler supplier call
Action: call their sales rep Karl on +49 151 2748 3906 before Thursday about the spare burner.
Action: confirm the January service slot.`],
  ['x', 'fr', 'phone', `Si un client italien appelle pour la commande de Trieste, renvoyez-le vers Giulia au +39 347 281 9046, c'est son portable.`],
  ['linkedin', 'en', 'phone', `Hi! We've passed your complaint to the Boston store manager, who will call you back at (617) 482-9315, the number you gave us, before Friday.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Le traiteur pour la soirée de fin d'année, c'est Ioana, sa ligne directe : 0722 418 937. Elle attend nos chiffres d'ici lundi.`],
  ['linkedin', 'fr', '', `Violences conjugales : le 3919 est gratuit et anonyme. En cas d'urgence, le 112 ou le 17. Partagez, ça peut sauver quelqu'un.`],
  ['linkedin', 'fr', '', `Commande n° 2026-118-4471 expédiée ce matin, livraison prévue le 05/12/2026. Suivi : 1Z 999 AA1 01 2345 6784.`],
  ['linkedin', 'fr', '', `Notre SIREN, 552 100 554, figure sur toutes nos factures et sur le registre public. Méfiez-vous des faux courriers qui vous demandent de le « mettre à jour ».`],
  ['linkedin', 'en', '', `Customer service is open 8:00–20:00 at our freephone 0800 151 2020, the number printed on every box and on our website.`],

  // — IBANs and their look-alikes
  ['linkedin', 'fr', 'iban', `Pour régler l'inscription au salon de Lyon, l'organisateur nous demande un virement sur FR76 3000 4018 2300 0123 4567 951 avant vendredi. Quelqu'un de la compta peut s'en charger ?`],
  ['x', 'fr', 'iban', `Les amis, pour le loto solidaire du club de foot de mon fils, les dons c'est sur mon RIB : FR76 1820 6000 4265 4321 0987 184. Merci ❤️`],
  ['linkedin', 'fr', 'iban', `Cher fournisseur, nous avons bien noté votre nouveau compte BE83 3630 4772 1515 ; le virement de la facture 2291 partira lundi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'iban', `Milan office: please pay the photographer's invoice to IT33 V030 6909 6060 0001 2345 678, she's been waiting since October 😬`],
  ['linkedin', 'en', 'iban', `Galway oyster farm here. Restaurants ordering for Christmas: payment to IE12 AIBK 9311 5256 3456 69, reference = your table booking name. Cheers!`],
  ['x', 'en', 'iban', `Lisbon tram-tour guides: the tips pot for the night tours now goes to PT50 0035 0683 0000 6212 4306 5, my account, and I split it on Fridays.`],
  ['linkedin', 'fr', '', `Exercice pour nos stagiaires compta : trouvez l'erreur dans FR76 3000 3006 2000 0501 2345 750. Indice : la clé ne colle pas, cet IBAN n'existe pas.`],
  ['linkedin', 'en', '', `The example IBAN every tutorial uses, DE89 3704 0044 0532 0130 00, is a documented specimen. Please stop pasting it into our supplier form, it gets rejected 😅`],
  ['x', 'fr', '', `Votre IBAN n'apparaît jamais en entier dans l'appli : FR76 **** **** **** **** ***4 951. Si quelqu'un vous demande le reste par SMS, c'est une arnaque.`],

  // — Cards and their look-alikes
  ['linkedin', 'en', 'card', `Support story of the week: a guest booked the sunset tram tour and typed "Amex 3782 357713 51471, 04/28" in the "special requests" box. We called her, cancelled the note and asked her to use the payment page.`],
  ['x', 'fr', 'card', `Quelqu'un a laissé un post-it « 2221 7226 2761 0320 – 08/28 » collé sur la caisse de l'accueil de la brasserie. Post-it détruit, mais pensez à faire opposition si c'est votre carte !`],
  ['linkedin', 'en', 'card', `Slack paste from finance, posting it as a "what not to do": "can you book the Thessaloniki hotel on the company card 6011 1399 3935 0120, exp 02/29, code 774?"`],
  ['linkedin', 'fr', 'card', `Client japonais au salon, il a réglé au terminal mais m'a d'abord dicté sa JCB, 3566 6650 6516 6423, que j'ai notée dans mon carnet. J'ai arraché la page devant lui 😅`],
  ['linkedin', 'en', 'card', `Guest feedback form, received verbatim: "Lovely tour! Charge the extra ticket to my Diners 3056 4786 4297 52." We didn't, we sent a payment link.`],
  ['x', 'en', 'card', `Found in the shop's till this morning: a receipt with a handwritten UnionPay number 6212 6659 0306 6224. If it's yours, come and get it (and cancel the card).`],
  ['linkedin', 'fr', 'card', `Pour payer les billets du séminaire j'ai mis ma carte pro 4147 2055 9737 9941 dans le fichier partagé, merci de ne pas la réutiliser pour autre chose 🙏`],
  ['linkedin', 'en', '', `Stripe's other test numbers are handy too: 4000 0566 5566 5556 is a Visa debit test card, 4000 0000 0000 9995 always declines. Documented, public, fake.`],
  ['x', 'en', '', `Order reference 4970 1073 6835 6545 isn't a card number, folks, it's our 16-digit parcel code. Support gets five calls a day about it.`],
  ['linkedin', 'fr', '', `Facture n° 5132 2812 3737 4779 : même si ça ressemble à une carte bancaire, c'est juste notre numérotation interne de factures depuis 2019.`],

  // — National ids and their look-alikes
  ['linkedin', 'fr', 'national_id', `Nouvelle recrue au bureau de Bruxelles : numéro national 85.07.30-033.28 bien reçu pour le contrat, bienvenue Thomas !`],
  ['linkedin', 'en', 'national_id', `Milan payroll checklist for our new designer: codice fiscale BNCGLI91S63F205C ✔️ bank details ✔️ laptop ✔️. Benvenuta Giulia!`],
  ['x', 'en', 'national_id', `Our Glasgow contractor emailed his whole payslip to the group, NI number PR 47 81 02 B included. Please, people.`],
  ['linkedin', 'en', 'national_id', `Support reply that made me wince: "Thanks Mr Hale, we've matched your account with SSN 529-83-1746." Training session on Monday, team.`],
  ['linkedin', 'fr', '', `Pour nos tests de formulaire on utilise le NIR 1 78 01 33 012 077 61 : clé volontairement fausse, le champ doit le refuser.`],
  ['linkedin', 'en', '', `QA note: PESEL 75120934812 in our fixtures has a wrong check digit on purpose, so the validator must reject it.`],
  ['x', 'fr', '', `NAS de démonstration pour la formation : 539 271 041, clé erronée exprès. Aucun vrai numéro dans les supports, jamais.`],

  // — Internal URLs and their look-alikes
  ['linkedin', 'fr', 'internal_url', `Le guide d'accueil des saisonniers est à jour sur https://wiki.acme-corp.net/saisonniers/accueil-2027 — lisez-le avant votre premier jour 🙂`],
  ['linkedin', 'en', 'internal_url', `Bug tracked as https://jira.corp.acme.com/browse/ROBO-4412, fix expected in the next sprint. Thanks to the customer who reported it!`],
  ['x', 'en', 'internal_url', `Dashboards of the kiln temperatures are so pretty tonight: https://grafana.acme-corp.net/d/kilns/overview?orgId=1 📈`],
  ['linkedin', 'fr', 'internal_url', `Les modèles de devis 2027 sont sur le partage \\\\nas.corp.acme.com\\commercial\\modeles, merci de ne plus utiliser les anciens.`],
  ['linkedin', 'en', 'internal_url', `Line 3 keeps stopping? Check the PLC's status page at http://10.40.2.15/admin/status before calling maintenance, it tells you which sensor tripped.`],
  ['linkedin', 'fr', 'internal_url', `Réunion d'équipe : l'ordre du jour et le compte rendu sont sur https://sharepoint.corp.acme.com/sites/export/CR-2026-12.docx`],
  ['linkedin', 'en', '', `Our newsroom has the full story: https://news.acme.com/2026/12/new-ferry-route — I work at Acme`],
  ['linkedin', 'fr', '', `Développeurs débutants : lancez npm run dev puis ouvrez http://localhost:3000, c'est votre machine, pas un serveur de l'entreprise.`],
  ['x', 'en', '', `The "acme" in every cartoon is from the Greek akmē, the peak. Looney Tunes made it a brand of rocket skates. Friday etymology 🤓`],

  // — Confidential markers and their look-alikes
  ['linkedin', 'fr', 'confidential_marker', `Compte rendu du CODIR (document classé C3 – Confidentiel, ne pas diffuser) : réorganisation des équipes commerciales au 1er mars, détail présenté aux managers la semaine prochaine.`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the first page of our draft sustainability report — it still says "DRAFT – NOT FOR DISTRIBUTION" at the top but I'm too excited to wait 🌱`],
  ['linkedin', 'fr', 'confidential_marker', `Je suis sous NDA avec un grand distributeur jusqu'en mars, mais disons qu'un de nos cidres va bientôt voyager très loin 🍏🤫`, { surface: 'comment' }],
  ['x', 'fr', 'confidential_marker', `Sous embargo jusqu'au 10 décembre 8 h, mais je ne tiens plus : on ouvre une ligne Piraeus–Kos ! 🚢`],
  ['linkedin', 'en', 'confidential_marker', `Photo from today's leadership offsite. Ignore the slide behind us, it's marked "Internal use only — HR restructuring" 🙈`],
  ['linkedin', 'en', 'confidential_marker', `From the strategy memo (Confidential — not for external circulation): we are exploring a second smokehouse on the Isle of Skye.`],
  ['linkedin', 'fr', '', `En RH la confidentialité n'est pas une option : ce que vous nous confiez reste entre nous. C'est notre engagement.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Our hackathon is open to everyone and there's no NDA to sign — build whatever you like and keep the IP.`],
  ['linkedin', 'fr', '', `Secret Santa de l'atelier : chaque cadeau à 15 € maximum, tirage au sort lundi, et on reste discrets jusqu'au 19 !`],

  // — Codenames and their look-alikes
  ['linkedin', 'en', 'codename', `Action items from Thursday's sync: Orion pilot moves to Thessaloniki in February; freeze the scope by 20 December.`],
  ['x', 'fr', 'codename', `Nébula v2 part en recette interne lundi, dites au revoir à vos week-ends 😅`],
  ['linkedin', 'en', 'codename', `Job FAQ — Embedded engineer, Nantes
Q: What will I work on? A: You'll join the Project Kestrel team on motor control.
Q: Remote? A: Two days a week.`],
  ['linkedin', 'fr', 'codename', `Le prototype Atlas Bleu a passé le test de chute à -20 °C ce matin. Bravo l'équipe méca !`],
  ['linkedin', 'fr', '', `L'atlas bleu des sentiers du Vercors, réédité cette année, est le meilleur cadeau pour un randonneur. Merci à l'éditeur pour l'exemplaire !`],
  ['linkedin', 'en', '', `NASA's Orion capsule flew around the Moon again this year; our apprentices watched the launch replay during lunch. Dream big 🚀`],
  ['x', 'en', '', `Kestrel is ASP.NET Core's built-in web server. Today I learned it can serve HTTP/3. #dotnet`],
  ['linkedin', 'en', '', `Our Nebula-blue gift tins are back for Christmas. Same truffles, new colour, same price as last year.`],

  // — Client names and their look-alikes
  ['x', 'fr', 'client_name', `[#ventes] Société Générique veut avancer la livraison au 15 janvier, on peut suivre ? — Oui si l'usine confirme. (Je partage pour montrer la réactivité de l'équipe 💪)`],
  ['linkedin', 'fr', 'client_name', `Compte rendu du comité qualité : audit de l'Hôpital Sainte-Claire prévu le 14 janvier, 3 écarts mineurs à lever d'ici là.`],
  ['linkedin', 'en', 'client_name', `Release notes 3.9: the custom export we built for Initech is now available for everyone, plus a new CSV importer.`],
  ['linkedin', 'en', 'client_name', `Poll for the team: where should we take Globex's buyers for dinner next week? A) oyster bar B) tapas C) the usual steakhouse`],
  ['linkedin', 'fr', '', `Un médicament générique n'a rien de « moins bien » : même principe actif, même efficacité, vérifiée par l'agence. On emballe les deux chez nous.`],
  ['linkedin', 'fr', '', `Visite de la Société Générale de Belgique, ancienne holding dont l'histoire se lit dans le quartier royal de Bruxelles. Passionnant !`],

  // — More financials, words and ranges
  ['linkedin', 'fr', 'financial', `Le carnet de commandes du quatrième trimestre dépasse les trente-deux millions d'euros, du jamais vu. On attend la clôture pour l'annoncer, mais je voulais remercier l'équipe dès maintenant.`],
  ['linkedin', 'en', 'financial', `Figures from the co-op board pack (not out until the AGM): sales between 44 and 46 million francs, margin up two points. Hats off to the producers.`],
  ['linkedin', 'fr', 'financial', `On a négocié le rachat de la malterie voisine pour un peu moins de trois millions d'euros. Signature chez le notaire en janvier si tout va bien ; personne n'est encore au courant en dehors du conseil.`],
  ['linkedin', 'en', 'financial', `Second-hand ro-ro vessel bought for $21.5M after three rounds of negotiation. The seller asked for the price to stay private until delivery in April, so let's keep it inside the office.`],
  ['linkedin', 'fr', 'financial', `Chiffres provisoires de l'école en ligne : 12 400 inscrits payants et un CA de 2,7 M€ sur l'année, en attente de validation par le commissaire aux comptes.`],
  ['linkedin', 'fr', 'financial', `Grosse annonce interne : la prime de fin d'année sera de 1 400 € par salarié, budget total d'environ 620 000 €. La direction l'annonce officiellement demain, ne le relayez pas avant.`],
  ['x', 'fr', 'financial', `Tarifs 2027 des forfaits : on passerait de 899 à 949 € — pas encore validé par le conseil d'administration, je vous dis ça en avant-première.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Half a billion zlotys — that's where the order book for 2027 lands after this week's signatures. Management presents it to the supervisory board before any announcement.`],

  // — Clean financial look-alikes
  ['linkedin', 'fr', '', `Rappel : notre chiffre d'affaires 2025 (27,3 M€) a été publié au BALO en juin. Les comptes 2026 sortiront au printemps, comme chaque année.`],
  ['linkedin', 'fr', '', `Offre d'emploi : technicien de maintenance robotique, 32–36 k€ brut annuel selon expérience, CDI à Nantes. Tout est dans l'annonce publiée sur notre site.`],
  ['linkedin', 'en', '', `Our share price closed at 18.40 today, up 3 % after the half-year results we published on Tuesday.`, { surface: 'comment' }],
  ['x', 'en', '', `The city of Kraków publishes every tender award on its public procurement portal. Last month: 34 low-floor trams for PLN 410 million — not ours, but congrats to the winner!`],

  // — More mixed-category and form variety
  ['linkedin', 'en', 'confidential_marker financial', `Year-end town hall slides (marked "Confidential – employees only"): revenue €61m vs €57m budget, and an 8 % pay pool for 2027. Great year, team!`],
  ['linkedin', 'fr', 'codename client_name', `Réunion de lancement du projet Orion avec l'équipe de Globex ce matin. On démarre les ateliers la semaine prochaine !`],
  ['linkedin', 'en', 'email phone', `Event recap: thanks to everyone at the maple-producers' breakfast! If you want the slides, write to our speaker Nathalie at nathalie.gagnon.erable@videotron.ca or text her at 450-921-3874.`],
  ['x', 'en', 'internal_url codename', `Project Kestrel burn-down is looking good today: https://jira.corp.acme.com/secure/RapidBoard.jspa?rapidView=88`],
  ['linkedin', 'fr', 'client_name financial', `Renouvellement du contrat avec l'Hôpital Sainte-Claire : 1,6 M€ sur trois ans, signé hier soir. Le communiqué attendra l'accord de leur direction.`],
  ['linkedin', 'en', 'secret email', `Onboarding message I just received (copy-paste so you can laugh with me): "Welcome! Your login is r.papadopoulou@aegeanblue.gr and your temporary password is Ferry!2026Kos". IT, we need to talk.`],
  ['linkedin', 'fr', 'iban national_id', `Dossier de Mme Nowak pour le remboursement de son abonnement : IBAN PL85 1240 2656 2000 0000 4572 1939, PESEL 02260312934. Envoyé au mauvais groupe, supprimé ensuite — on respire.`],
  ['linkedin', 'en', 'card phone', `Customer-service horror story: a caller read out her Mastercard, 5555 3270 8819 9166, and asked us to call her back on 07700 184362. Both are now in our call log. Please, use the payment page.`],
  ['linkedin', 'fr', 'confidential_marker codename', `Diapo 1 de la revue de projet, tamponnée « CONFIDENTIEL » : Nébula, état d'avancement à 70 %. Je partage juste la photo de l'équipe, pas les slides 😉`],
  ['linkedin', 'en', 'financial internal_url', `Q4 forecast is in: €9.2m vs €8.4m planned. Details on https://wiki.acme-corp.net/finance/q4-forecast, not public until we report in February.`],
  ['linkedin', 'fr', 'national_id email', `Candidature reçue sur la mauvaise adresse avec le NIR en objet : « Candidature – 2 95 03 38 185 027 39 – claire.morvan.rh@gmail.com ». On a transféré au service RH.`],
  ['linkedin', 'fr', 'iban', `Luxembourg : le loyer du showroom est à verser sur LU21 0013 3355 2451 4055, mention « décembre ». Le proprio m'a relancé deux fois 😬`],
  ['linkedin', 'en', 'card', `Maestro card 6759 5483 2541 5683 left at the Copenhagen Nørrebro shop on Saturday. It's in the safe, bring ID to collect.`],

  // — More clean, various forms
  ['linkedin', 'fr', '', `Compte rendu de la réunion de quartier (publique) : travaux de la rue Émile Zola du 5 au 23 janvier, accès livraisons maintenu par la rue des Tanneurs.`],
  ['x', 'fr', '', `Sondage : on organise la fête de fin d'année où ?
1️⃣ à la brasserie
2️⃣ au bowling
3️⃣ en visio (non)`],
  ['linkedin', 'fr', '', `Réponse à un client : « Bonjour Sandrine, désolés pour le retard de votre colis, il est reparti ce matin et arrivera jeudi. Bonne journée ! »`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thank you, Dimitris! The new winter timetable is on the website; the 07:25 departure to Syros runs daily from 15 December.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci à Ginette pour ses 25 ans à la Fédération ! Elle part en voyage à Gaspé, on lui souhaite de belles routes 🍁`],
  ['linkedin', 'en', '', `Confidentiality agreement templates for freelancers are now on the public Chamber of Commerce site; handy for anyone starting out.`],
  ['linkedin', 'fr', '', `Le titre de l'expo : « Orion et les chasseurs d'étoiles », au planétarium de Nantes jusqu'en mars. Nos robots y animent l'atelier enfants 🤖⭐`],
  ['linkedin', 'en', '', `Masked for the screenshot: API key sk-proj-****…****, user j****@****.com. Sharing the UI, not the data.`],
  ['linkedin', 'fr', '', `Le planning public des escales du week-end est affiché sur le site du port, rubrique « mouvements des navires ».`],
  ['linkedin', 'fr', '', `Pour votre sécurité, votre carte Vitale ne vous sera jamais demandée par message. En cas de doute, appelez le numéro de votre caisse indiqué sur ameli.fr.`],
  ['linkedin', 'fr', '', `Rappel pour l'atelier Excel : on s'entraîne sur un fichier d'exemple avec des montants fictifs, pas sur les vrais budgets.`],
]);
