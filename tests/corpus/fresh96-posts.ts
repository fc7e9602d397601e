import { rows } from './corpus-types';

/**
 * Held-out set "fresh96": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh96`.
 * First scored: 2026-12-05 on 43881f8 (unseen, before any fix from it): confidentiality macro F1 0.977 / 4.8 % (5 of 105).
 *
 * Authors: engineers, programme managers and buyers of aerospace, space and defence firms in Toulouse (Blagnac,
 * Colomiers, Montaudran, Francazal), Bristol (Filton), Bremen, Montreal and Kourou, writing in English and French (a few
 * posts mix in German or switch language mid-sentence). Forms: team wins, pasted meeting notes and programme weeklies,
 * chat messages pasted by mistake, customer-support replies (surface 'comment'), job and internship ads with published
 * pay, a three-post and a two-post X thread, polls, changelogs, post-mortems, supplier bank-detail notices and a fraud
 * alert, launch-campaign contact lists, farewells, tips and training recaps. Focus: programme codenames, export-control
 * and classification markers (DIFFUSION RESTREINTE, OFFICIAL-SENSITIVE, EXPORT CONTROLLED — ITAR, SOUS NDA, TLP:AMBER and
 * TLP:RED, [INTERNAL], EMBARGO(ED) until…, INTERNE — NE PAS DIFFUSER, Classification: …, COMMERCIAL IN CONFIDENCE,
 * Restricted — programme team only) beside harmless talk about them (training on the French classification levels, ITAR
 * explained, TLP 2.0, how press embargoes work, "Commercial in Confidence" advice, NDA explained to an intern), launch
 * and delivery dates, contract values before signature, test-bench results (internal ones under a codename, published
 * ones clean), supplier names.
 * Financial positives: a submitted bid before award or before the opening of tenders, a contract value in final
 * negotiation or verbally accepted before the PO, a board-approved CAPEX, expansion or product-line budget before its
 * announcement, a business case before board sign-off, a list-price rise before customers' letter, a renegotiated
 * purchase price kept quiet, a target engine price before the commitment committee, gross margin before the annual
 * accounts, a forecast of deliveries and revenue before the board, a revenue forecast not yet shown to the works
 * council, a pipeline before the capital-markets day, a disposal valuation before signature, a pre-money valuation
 * before the term sheet, a cut development budget before staff are told, a cost-to-complete overrun before the customer
 * is briefed, revenue slipping with a late delivery, a bid won but announced only at the Paris Air Show. Look-alikes:
 * published half-year and annual results, a published group margin, a contract announced by press release or in a
 * public award notice, a government support package, another company's Series B and catalogue price, an analyst's
 * market size, a charity total, a works-council ticket price, a student loan, published job-ad salary ranges and an
 * intern's stipend, a historical refurbishment cost, R&D share from the annual report.
 * Conventions: every written email address is email (role mailboxes careers@, openday@, obfuscated "[at] [dot]",
 * "(dot) (at)" and "name @ domain" included; bare domains and public sites clean); every written phone number is
 * phone (French mobiles and landlines, French Guiana 0594/0694 and +594, UK 0117 and 07 and +44, German 0421 and +49
 * (0)421, Canadian +1 514, (438) and 1-888 toll-free, a dial-in), emergency short numbers 15, 17, 18, 112 clean;
 * confidential_marker only for explicit labels; secret for passwords (Wi-Fi and PLC included), tokens, a passphrase,
 * Teams and Slack webhook URLs with their token, credentials in connection strings (placeholders, AWS EXAMPLE keys,
 * "changeme", "your_user" clean); internal_url for the policy domains, an intranet. host, private IPs, .local,
 * .internal and .corp hosts (public sites, GitHub and localhost clean); iban, card and national_id only for numbers
 * computed valid with a throwaway script kept outside the repo: FR IBANs with their RIB key, GB and DE IBANs by mod 97;
 * Luhn for Visa, Mastercard (5- and 2-series) and Amex; French NIR with the 97-key (one born abroad, dept 99), UK NINO
 * by format and prefix rules, German Steuer-ID (digit structure and ISO 7064 mod 11,10), Canadian SIN (Luhn).
 * Look-alikes: a phishing IBAN with a wrong check, the Bundesbank sample IBAN and a training RIB named as fictitious, a
 * masked card, Stripe's 4242 test card, an order number failing Luhn, HMRC's QQ example NINO, Service Canada's sample
 * SIN, a Steuer-ID with a mistyped check digit, a NIR with a wrong key and a masked NIR. Codename and client look-alikes:
 * Orion the constellation and a book, a kestrel nesting and hovering, "The Kestrel Project" novel, a blue Atlas cedar,
 * Atlas the office cat, the Horse-head nebula, a chapel of Sainte-Claire, Société Générale, "globe-trotting" and a
 * globular cluster.
 * Counts: 230 posts (151 EN, 73 FR, 6 mixed; 206 LinkedIn, 24 X; 6 comments): 105 clean, 125 with one or more
 * findings. Labels: financial 23, codename 17, phone 15, confidential_marker 14, secret 13, national_id 13,
 * client_name 11, internal_url 11, email 10, iban 8, card 5.
 */
export const FRESH96_POSTS = rows('fresh96', [
  ['linkedin', 'en', '', `Ten years ago today I walked into the composites shop at Filton as a graduate. This week I signed off my last wing-rib tool design before moving to the certification team. Huge thanks to the Bristol crew who taught me that a good drawing is one the night shift can read without calling you.`],
  ['linkedin', 'fr', 'codename', `Fiers de l'équipe essais de Blagnac : la campagne vibratoire du démonstrateur Nébula s'est terminée vendredi sans une seule anomalie sur le pot vibrant. On fête ça lundi midi au hangar 4 !`],
  ['linkedin', 'fr', '', `Un faucon crécerelle niche depuis trois printemps sur la corniche du bâtiment d'intégration à Kourou. Les collègues de la sécurité pyro ont installé un petit panneau pour que personne ne dérange le nid pendant la campagne. Nature et fusées font bon ménage.`],
  ['x', 'en', 'codename', `Can't say much but Project Kestrel just cleared its PDR in Bremen and I'm buzzing. Eighteen months of trade studies, one very long Thursday. Bier is on me.`],
  ['linkedin', 'en', 'financial', `Quick shout-out to the bid team: we submitted our final offer this morning at £47.2m for the radar-housing framework. Award isn't expected before March, so let's keep the number to ourselves until then, but what a sprint it was.`],
  ['linkedin', 'en', '', `Our half-year results are out: revenue of £312m, up 9 % year on year, with the defence electronics division contributing £128m. Full statement on our investor page. Proud of every team behind these numbers.`],
  ['linkedin', 'fr', 'financial', `Réunion de cadrage ce matin : le budget alloué au banc d'essai moteur pour 2027 sera de 6,4 M€, validé hier soir en comité de direction mais pas encore communiqué aux équipes. Je vous tiens au courant dès que c'est officiel.`],
  ['linkedin', 'fr', '', `Offre d'emploi — Ingénieur·e calcul structure (H/F), CDI à Toulouse-Montaudran. Rémunération : 42 000 à 52 000 € bruts annuels selon expérience, 13e mois, télétravail deux jours par semaine. Candidatures via notre page carrières.`],
  ['x', 'fr', 'phone', `Besoin d'un coup de main pour le badge chantier demain à l'ELA ? Appelle-moi directement au 06 94 27 18 53, je serai sur le pas de tir dès 6 h.`],
  ['linkedin', 'en', 'phone email', `Supplier notice: from 1 January all purchase orders for machined titanium parts must go to our new buyer for the Bristol site, Harriet Coombes. Direct line 0117 496 2387, mobile 07812 334 905, harriet.coombes@severn-avionics.co.uk.`],
  ['linkedin', 'en', '', `Reminder for anyone travelling to the Kourou campaign: in an emergency on site dial 18 for the fire service or 112 from any mobile. The medical post is next to building S3B. Stay safe and hydrate.`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE — Note d'organisation n°14/2026
Objet : accès au hall d'intégration satellites pendant la revue client
Les badges visiteurs seront délivrés uniquement au poste 2. Merci de respecter le cheminement balisé.`],
  ['linkedin', 'fr', '', `Petite session de formation hier sur la protection du secret : on a revu la différence entre "Diffusion Restreinte", "Confidentiel Défense" et "Secret". Ce qui m'a marqué : la plupart des fuites viennent de documents mal marqués, pas de vols spectaculaires. À méditer.`],
  ['linkedin', 'en', 'confidential_marker', `Pasting the agenda for Thursday so everyone has it:
OFFICIAL-SENSITIVE
1. Thermal vacuum slot allocation
2. Harness rework status
3. Export licence for the star tracker shipment
Dial-in details to follow.`],
  ['linkedin', 'en', '', `Great panel at the Bristol aerospace meetup on ITAR and EAR for small suppliers. Key takeaway: classify your parts early, keep your ECCN records tidy, and never assume "it's only a bracket" means it isn't controlled. Slides are on the meetup page.`],
  ['linkedin', 'en', 'client_name', `Just back from a two-day workshop at Globex's test facility in Hamburg. Their engineers walked us through the vibration anomalies on the last three batches and we agreed a corrective plan. Good, honest session.`],
  ['linkedin', 'fr', '', `Le laboratoire de métrologie ouvre ses portes aux lycéens de Colomiers le 14 mars. Au programme : tridimensionnelle, rugosimètre et une démo de tomographie sur une aube de turbine. Inscriptions via le CDI de votre établissement.`],
  ['linkedin', 'en', 'secret', `Anyone else fighting with the new test-bench logger? For the record the config that finally worked on bench 3:
logger:
  host: bench3-daq
  user: daq_writer
  password: Tr1stan-Vib#2026
  interval_ms: 5`],
  ['linkedin', 'en', '', `Tip for anyone writing test-bench configs: never commit credentials. Put "password: changeme" in the template, load the real one from the vault at start-up, and rotate it after every campaign. Saved us twice this year.`],
  ['x', 'en', 'internal_url', `PSA for the Bremen integration team: new anomaly tracker is live at https://ncr.acme-corp.net/board/aiv — old spreadsheet is read-only from Monday.`],
  ['linkedin', 'fr', 'national_id', `Pour mon dossier de médaille du travail, le service RH me demande de confirmer mes informations : né le 12/09/1985 à Toulouse, numéro de sécurité sociale 1 85 09 31 555 123 47. Quelqu'un sait si on peut le faire en ligne ?`],
  ['linkedin', 'fr', '', `Rappel RGPD de la semaine : un numéro de sécurité sociale, c'est 13 chiffres plus une clé de 2. Si vous en voyez un dans un ticket d'assistance ou un export Excel, signalez-le au DPO, ne le transférez pas.`],
  ['linkedin', 'en', 'national_id', `New starter paperwork done! For the payroll team who asked on the group chat: my NI number is JT 48 62 19 C and I start at the Filton site on the 6th. Can't wait.`],
  ['linkedin', 'en', '', `HMRC's guidance uses QQ 12 34 56 C as the example National Insurance number — it's deliberately invalid, so please use it in your payroll test data instead of real colleagues' numbers.`],
  ['linkedin', 'mixed', 'codename financial', `Update from the Toulouse programme office: the Atlas Bleu business case is now sitting at 23,5 M€ over five years. Board sign-off next Tuesday, so this stays within the core team until then. Merci à tous pour le boulot sur les hypothèses.`],
  ['linkedin', 'en', '', `Atlas, our office cat at the Montreal hangar, has officially been promoted to Head of Quality Inspection. He inspects every pallet that comes through the door and approves none of them.`],
  ['linkedin', 'fr', '', `Ce week-end, soirée observation au Pic du Midi avec le club astro de l'entreprise : Orion au-dessus de l'horizon, la nébuleuse M42 à la lunette et un ciel parfait. Vivement la prochaine !`],
  ['x', 'en', 'codename', `Orion integration slipped two weeks because of the harness rework. Nobody outside the programme knows yet. Long nights ahead in Bremen.`],
  ['linkedin', 'en', 'iban', `Supplier bank-detail change — please update your records. From invoice 2026-1140 onwards, payments to Severn Precision Ltd should go to: Barclays, IBAN GB31 BARC 2004 1531 9268 19, BIC BARCGB22. Questions to our accounts team.`],
  ['linkedin', 'en', '', `Fraud alert for our supply chain: we received an email claiming our bank details changed to GB41 HBUK 4012 7612 3456 78. We have NOT changed bank. Always call your usual contact on the number you already have before updating anything.`],
  ['linkedin', 'fr', 'iban', `Pour les collègues qui organisent la cagnotte du départ de Martine : virez sur le compte de l'amicale, FR76 3000 4012 3400 0123 4567 862, en précisant "pot Martine". Date limite vendredi !`],
  ['linkedin', 'en', '', `Our IBAN for charity donations is on the foundation's public page. For anyone asking how to check an IBAN before paying: the first two digits after the country code are a mod-97 checksum, so a typo is usually caught by your bank.`],
  ['linkedin', 'en', 'financial', `Delighted to confirm we're in final negotiation with a Tier 1 for the nacelle fasteners package. The contract should be worth around CA$18 million over four years once signed — fingers crossed for January. Not announced yet, so no tags please.`],
  ['linkedin', 'en', '', `Proud that our Montreal plant was selected for the landing-gear overhaul framework announced yesterday by the customer: a C$22 million, five-year agreement. Press release on our website.`],
  ['linkedin', 'fr', 'client_name', `Belle visite hier à l'Hôpital Sainte-Claire où nos équipes installent le système de suivi des bouteilles d'oxygène dérivé de nos capteurs spatiaux. Le chef de service était ravi de la démo.`],
  ['linkedin', 'fr', '', `Journée du patrimoine : la chapelle Sainte-Claire, à deux pas de notre site de Blagnac, ouvre ses portes samedi. Magnifiques vitraux du XIXe siècle, allez-y si vous passez dans le coin.`],
  ['linkedin', 'en', 'email', `If you're a machinist interested in our Bremen apprenticeship programme, drop me a line at jonas.wittkamp@weserflug-systems.de and I'll send you the details personally.`],
  ['linkedin', 'en', 'email', `We're hiring test engineers in Bremen! Send your CV and a short note to careers@weserflug-systems.de — we answer every application within two weeks.`],
  ['linkedin', 'fr', '', `Retrouvez toutes nos offres de stage sur notre site : laurentide-aero.ca/carrieres. Pas besoin de nous écrire, le formulaire fait tout.`],
  ['x', 'en', 'email', `Press kit for the launch is ready — journalists, ping press [at] kourou-ops [dot] fr and we'll send it over before Friday's conference.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Summary of this morning's phishing campaign against our supply-chain portal: 14 suppliers received a fake re-registration link. No credentials confirmed stolen so far. Do not share outside the partner community.`],
  ['linkedin', 'en', '', `We've moved our threat-intel sharing to the TLP 2.0 scheme: CLEAR, GREEN, AMBER, AMBER+STRICT and RED. If you're new to it, FIRST has an excellent one-page guide. Worth ten minutes of your time.`],
  ['linkedin', 'fr', 'phone', `Pour toute question sur la livraison des bâtis d'intégration à Kourou, contactez notre responsable logistique au 0594 32 71 08 (standard du site) ou sur son portable +594 694 41 22 76.`],
  ['linkedin', 'en', 'phone', `Quick note for all suppliers delivering to Bremen: goods receiving for Hall 7 can now be reached on +49 421 5387 2241, Monday to Friday from 6:30.`],
  ['linkedin', 'en', 'phone', `Montreal team: the new after-hours line for AOG support is 1-888-417-3396. Put it in your phones, it's staffed 24/7.`],
  ['linkedin', 'en', '', `Our Montreal office moved! New address: 2200 rue Peel, 9th floor. Same people, better coffee, and a view of the mountain from the test lab.`],
  ['linkedin', 'en', 'secret', `Teams webhook for the bench alarms, in case anyone wants to hook their rig in: https://acmecorp.webhook.office.com/webhookb2/7c1e52a9-4f0b-4d93-9e2b-a1d3f08c6e44/IncomingWebhook/0b6d2f9e84c14a3c9e5f7a0d11b2c3d4/2f8e6a1c-99b3-47d2-8c5a-3e1f0b7d4a92`],
  ['linkedin', 'en', '', `Spent the afternoon wiring our vibration bench alarms into Teams with an incoming webhook. Surprisingly easy: create the connector, copy the URL into the bench's alert config, done. Just keep that URL out of your repos — it's effectively a password.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau référentiel des procédures d'essai est en ligne : http://intranet.aerogaronne.fr/qualite/procedures — pensez à mettre à jour vos favoris, l'ancien SharePoint ferme fin janvier.`],
  ['linkedin', 'fr', '', `Notre site vitrine fait peau neuve : www.aerogaronne.fr présente désormais nos trois lignes de produits et nos certifications EN 9100. Merci à l'agence pour le super boulot.`],
  ['linkedin', 'en', 'financial', `Pricing committee today: list price for the next-gen actuator will move to €14,900 per unit from Q2. Customers get the letter on 15 January — until then please don't mention it on calls.`],
  ['linkedin', 'en', '', `Our 2027 catalogue is out with the updated price list — the standard actuator is now €13,800 per unit, still the best value in its class. Download it from our website.`],
  ['x', 'fr', 'financial', `Marge brute du programme sur le dernier trimestre : 11,2 %. Ça ne sortira qu'avec les comptes annuels en février mais je voulais dire bravo aux achats, on revient de loin.`],
  ['x', 'fr', '', `La marge opérationnelle du groupe publiée ce matin atteint 8,9 %, au-dessus du consensus. Belle journée pour les actionnaires salariés.`],
  ['linkedin', 'en', 'national_id', `Sorted my Canadian paperwork at last. For the HR folks at the Montreal plant who needed it for the onboarding form: SIN 518 736 202. Thanks for your patience!`],
  ['linkedin', 'en', '', `Service Canada's sample SIN 046 454 286 is the one to use in your HR system demos. Please never put a real colleague's number on a training slide.`],
  ['linkedin', 'mixed', 'national_id', `Für die Reisekostenabrechnung braucht die Personalabteilung in Bremen noch meine Steuer-ID: 37 925 415 861. Thanks to the team for chasing it so patiently!`],
  ['linkedin', 'en', '', `German payroll tip for expats joining us in Bremen: your Steuer-ID is 11 digits and arrives by post a few weeks after you register your address. Don't panic if the first payslip uses tax class VI.`],
  ['linkedin', 'fr', 'card', `Erreur de ma part sur la note de frais du salon du Bourget, j'ai collé le mauvais champ : carte 4532 0177 3388 1901, exp. 09/28. Je corrige dès que possible.`],
  ['linkedin', 'en', '', `Finance reminder: on expense reports, only ever write the last four digits of the company card (e.g. **** **** **** 1901). The system fills in the rest.`],
  ['linkedin', 'en', '', `For our payment integration testers: Stripe's 4242 4242 4242 4242 with any future date still works in test mode. Please don't use your own card to test the canteen app.`],
  ['x', 'en', 'card', `lol accidentally pasted my corporate Amex into the team channel instead of the PO number: 3782 8244 3100 456. Cancelling it now, nothing to see here`],
  ['linkedin', 'en', 'codename client_name', `Meeting notes (pasted for the people who missed the call)
- Project Kestrel: Initech wants the qualification report by 20 Feb
- Thermal model still diverging at the hot case, Priya on it
- Next sync Tuesday 10:00`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the runway overrun at Filton this morning, perfectly still in a 20-knot headwind. Best flight-control demo I've seen all week.`],
  ['linkedin', 'fr', 'codename', `Fin de la revue critique de conception pour Atlas Bleu. 47 RIDs ouverts, 39 clos en séance. L'équipe mérite un grand bravo, on passe en fabrication du modèle de qualification en avril.`],
  ['linkedin', 'fr', '', `Le cèdre de l'Atlas bleu planté devant le bâtiment administratif pour les 50 ans du site a bien grandi. Quelqu'un a une photo de la plantation de 1996 ?`],
  ['linkedin', 'en', 'client_name', `Customer reply, pasted from our support portal: "Hello, we've now shipped the replacement encoder to Société Générique's Lyon test centre, tracking to follow. Sorry again for the delay."`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for your message! The replacement encoder has shipped today, you'll receive the tracking number by email within the hour. Sorry again for the delay.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre retour ! Pour toute demande de SAV, passez par le formulaire de notre site, l'équipe revient vers vous sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, désolé pour l'attente. Vous pouvez joindre directement notre technicien, Karim, au 07 61 84 29 05 — il a votre dossier sous les yeux.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Mark, sorry you had trouble with the portal. Email me directly at s.okafor@laurentide-aero.ca with your PO number and I'll sort the invoice today.`, { surface: 'comment' }],
  ['x', 'en', '', `Launch window for the next Ariane 6 flight from Kourou has been announced for 18 March at 21:04 local time. See you at the Toucan viewing site!`],
  ['x', 'fr', 'codename', `Le lancement d'Orion est avancé au 9 février, pas encore annoncé par le client. Je vais devoir annuler mes vacances, merci qui ?`],
  ['linkedin', 'en', 'financial', `Forecast review wrapped up: we're now expecting 2027 deliveries to land at 38 flight sets, down from the 44 in the plan, and revenue around £61m. This hasn't gone to the board yet so treat it as draft.`],
  ['linkedin', 'en', '', `Our annual report shows 2026 deliveries of 41 flight sets and revenue of £58.3m, in line with the guidance published in March. Thanks to everyone who made it happen.`],
  ['linkedin', 'fr', 'financial', `On a remis hier notre offre pour la maintenance des moyens sol du CSG : 9,8 M€ sur trois ans. Ouverture des plis le 20 janvier, donc motus d'ici là.`],
  ['linkedin', 'fr', '', `Le CNES a publié l'avis d'attribution du marché de maintenance des moyens sol : 11,2 M€ sur trois ans, attribué à un groupement guyanais. Félicitations à eux.`],
  ['linkedin', 'en', 'confidential_marker', `EXPORT CONTROLLED — ITAR
Technical data attached for the gimbal bearing redesign. Recipients must be US persons or hold a valid TAA. Do not forward.`],
  ['linkedin', 'en', '', `A lot of young engineers ask me what "ITAR controlled" actually means on a drawing. Short version: the technical data is on the US Munitions List, so sharing it with a foreign person is an export, even in your own office. When in doubt, ask trade compliance.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — Compte rendu de la réunion fournisseur du 3 décembre
Participants : achats, qualité, bureau d'études
Points : délais de forge, contrôle par ressuage, nouvelle gamme de traitement thermique.`],
  ['linkedin', 'fr', '', `Question de stagiaire hier : "pourquoi tout le monde dit qu'on est sous NDA avec ce fournisseur ?" Bonne occasion de lui expliquer qu'un accord de confidentialité protège les deux parties, et qu'on peut quand même parler de son métier en général.`],
  ['linkedin', 'en', 'secret', `For the new starters who keep asking: guest Wi-Fi in the Bristol test hall is "SEVERN-LAB", password Gl1deslope!77. Please don't put the bench PCs on it.`],
  ['linkedin', 'en', '', `Guest Wi-Fi details are printed on the card at reception — please ask the front desk rather than posting them in the group chat. Thanks!`],
  ['linkedin', 'en', 'secret internal_url', `Connection string for the test-results DB if you need to pull last night's run:
postgresql://bench_ro:Kx7!pQ2vR9wz@10.42.8.15:5432/tvac_results`],
  ['linkedin', 'en', '', `Quick PostgreSQL tip for test engineers: use a connection string like postgresql://user:password@host:5432/db in your local .env, and keep the .env out of git. Your future self will thank you.`],
  ['linkedin', 'en', 'internal_url', `Dashboards for the thermal-vacuum campaign are up on http://192.168.40.12:3000 — you need to be on the lab VLAN.`],
  ['linkedin', 'fr', 'internal_url', `La doc du banc hydraulique est désormais sur https://wiki.corp.acme.com/essais/banc-hydraulique, merci à l'équipe outillage pour la migration.`],
  ['linkedin', 'en', 'internal_url', `If your jig calibration file won't load, check it's pointing at \\\\fs01.bremen.internal\\calib\\2026 and not the old share.`],
  ['linkedin', 'en', '', `Our public supplier portal is now at suppliers.weserflug-systems.de — registration takes five minutes and you can upload certificates directly.`],
  ['x', 'en', '', `localhost:8080 is not a valid URL for the demo, Dave. Sincerely, everyone on the call.`],
  ['linkedin', 'en', 'financial', `Board approved the Montreal expansion this morning: C$34 million for the new composites cell, announcement planned for the February investor day. Over the moon, but keep it quiet till then!`],
  ['linkedin', 'en', '', `Quebec's government announced today a C$40 million support package for aerospace SMEs. Great news for our region's supply chain; details are on the ministry site.`],
  ['linkedin', 'fr', '', `Sondage du vendredi : quel est le pire moment d'une campagne d'essais ?
🅰️ La veille, quand le banc refuse de démarrer
🅱️ Le rapport final
🅲 La réunion où on découvre que le client a changé la spec`],
  ['x', 'en', '', `Poll: best airport for a supplier visit? Bristol, Bremen, Toulouse or Montreal. (Kourou excluded, it's not a fair fight — the flight alone is an expedition.)`],
  ['linkedin', 'en', '', `After 27 years, today is my last day at the Filton works. I've built wings, broken test rigs, and made friends for life. If you want to stay in touch, you know where to find me on here. Cheers, all.`],
  ['linkedin', 'fr', 'email phone', `Dernier jour chez Aérostructures Garonne après 11 ans ! Pour rester en contact : mon adresse perso est camille.ribeyre@gmail.com et mon portable reste le 06 42 87 15 39. Merci pour tout.`],
  ['linkedin', 'en', '', `Changelog, bench-control software v4.3.0
- Added: export of strain-gauge data to HDF5
- Fixed: crash when the thermocouple count exceeds 256
- Changed: default sampling rate now 10 kHz
Release notes on the public GitHub page.`],
  ['linkedin', 'en', 'internal_url secret', `Changelog v4.3.1 (internal build)
- Fixed: telemetry upload to https://artifacts.acme-corp.net/tvac/upload
- API token for the uploader rotated, new one: tvac_upl_9d3Fq7LmX2pRz8VbK4nJwE6s
- Known issue: the GUI freezes when the chamber door opens`],
  ['linkedin', 'en', '', `Post-mortem, public summary: last week's test-bench outage was caused by a failed UPS battery in the data acquisition rack. No data lost, no hardware damaged. We've added battery health to our weekly checks.`],
  ['linkedin', 'en', 'confidential_marker codename', `[INTERNAL] Post-mortem — Nébula qualification model shock test failure
Root cause: the bracket preload was out of tolerance after rework. Actions: re-torque procedure, independent inspection of the joint. Owner: AIT lead.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour les achats : on a renégocié le prix des inserts titane à 18,40 € pièce au lieu de 23 €. Le fournisseur ne veut pas qu'on l'ébruite avant la fin de leur exercice, donc ça reste entre nous pour l'instant.`],
  ['linkedin', 'fr', '', `Petit rappel du tarif public de nos inserts : 22,90 € HT l'unité jusqu'à 500 pièces, remise au-delà. Le catalogue complet est téléchargeable sur notre site.`],
  ['linkedin', 'en', 'codename', `Project Kestrel test article arrived in Bristol this morning. Crane lift went perfectly. Bench fit check tomorrow at 07:00.`],
  ['linkedin', 'en', '', `Just finished reading "The Kestrel Project", a thriller about a drone startup. Fun airport read, if a little generous with the physics.`],
  ['linkedin', 'fr', 'client_name', `Visite ce matin de l'équipe achats de Globex à Colomiers pour l'audit fournisseur. Ils ont été très impressionnés par notre îlot robotisé d'usinage.`],
  ['linkedin', 'en', '', `Globe-trotting week: Bristol Monday, Bremen Wednesday, Toulouse Friday. Three sites, three test benches, one very tired programme manager.`],
  ['x', 'en', 'financial', `Won't say the customer but our offer went in at €126m for the propellant tank package. Decision in Q1, not public till then. Nervous.`],
  ['linkedin', 'mixed', 'confidential_marker', `Classification: CONFIDENTIEL INDUSTRIE
Subject: wind-tunnel test matrix, run 12 to 40
Please find below the updated configuration list for the Montreal test series.`],
  ['linkedin', 'fr', '', `Conférence passionnante sur l'histoire du classement "Confidentiel Défense", remplacé en 2021 par la nouvelle IGI 1300. Le conférencier a même montré des tampons d'époque.`],
  ['linkedin', 'en', 'phone', `Toulouse colleagues visiting Bristol next week: if the taxi doesn't show up, call me on +44 7912 385 604. I'll come and pick you up from the station.`],
  ['linkedin', 'en', 'national_id', `Applying for the clearance renewal, the vetting form asked for my NI number again (NP 73 02 15 B) — the fourth time this year. Is there really no shared record?`],
  ['linkedin', 'en', '', `Security vetting renewal done. Tip: start the online form a month early, have your old addresses, referees and passport handy. Don't post any of it on social media, obviously.`],
  ['linkedin', 'fr', 'national_id', `Pour l'habilitation, le service sécurité me redemande mon numéro de sécu : 2 91 05 75 112 045 82. Je le mets ici pour Sophie qui ne reçoit pas mes mails.`],
  ['linkedin', 'fr', '', `Le formulaire d'habilitation demande un numéro de sécurité sociale "1 85 09 31 555 123 48" dans l'exemple de la notice… qui n'est même pas valide, la clé est fausse. Au moins on ne risque pas d'usurpation.`],
  ['linkedin', 'en', 'iban', `Travel advance for the Bremen secondees: the agency will pay into your German account, so send them your IBAN. Mine for reference: DE72 2905 0101 0012 3456 78 — if that works for them it'll work for you.`],
  ['linkedin', 'en', '', `The Bundesbank documents a sample IBAN, DE89 3704 0044 0532 0130 00, for testing. Perfect for our ERP training; never use your own.`],
  ['linkedin', 'mixed', 'financial', `Budget 2027 de la ligne produit antennes : 4,2 M€ de R&D, soit +15 %. Validated by the ExCom on Monday, pas encore annoncé aux équipes — I'll present it on the 12th.`],
  ['linkedin', 'en', '', `Our R&D spend reached 14 % of revenue last year, as reported in our published annual report. That's the kind of commitment that keeps engineers like me here.`],
  ['linkedin', 'en', 'codename client_name', `Big day: first hot-fire of the Atlas Bleu thruster with Initech's team watching from the control room. Nominal burn, nominal shutdown, very happy customer.`],
  ['linkedin', 'en', '', `Tech talk next Wednesday in the Bristol auditorium: "From Atlas to Ariane, 60 years of European launchers". Open to all staff, bring your lunch.`],
  ['linkedin', 'fr', '', `Le livre "Orion, la chasse céleste" vient d'arriver à la médiathèque du CE. Parfait pour les longues nuits de veille au centre de contrôle.`],
  ['linkedin', 'en', 'email', `Quick one: the thermal model files are too big for Teams, so send them to me at m.lindqvist @ weserflug-systems.de and I'll push them to the share.`],
  ['linkedin', 'fr', '', `Notre adresse de contact presse est sur la page "Médias" de notre site. Pour les demandes d'interview, merci de passer par là plutôt que par messages privés.`],
  ['x', 'en', '', `1/3 Thread on what I learned running a thermal-vacuum campaign for a small sat: plan your bake-out, then add a week. Your harness will outgas things you didn't know existed.`],
  ['x', 'en', '', `2/3 Thermocouple placement is a team sport. Draw it, photograph it, label it, and check it with someone who wasn't in the room when you glued them.`],
  ['x', 'en', '', `3/3 And finally: the chamber doesn't care about your launch date. Respect the hot soak. Fin.`],
  ['x', 'en', 'codename financial', `1/2 Thread: Orion's full development budget just got cut to €88m in the replan. Announcement to staff on Monday, customer doesn't know yet.`],
  ['x', 'en', '', `2/2 Anyway, whatever happens, proud of the work this team has done. Back to the bench.`],
  ['linkedin', 'fr', 'financial', `Compte rendu du comité programme (extrait)
- Valorisation retenue pour la cession de l'activité harnais : 31 M€
- Signature visée fin février, aucune communication externe avant
- Prochain point le 8 janvier`],
  ['linkedin', 'fr', '', `Extrait du communiqué de presse du groupe : la cession de l'activité harnais a été finalisée pour 29 M€, conformément à l'annonce de septembre.`],
  ['linkedin', 'en', 'financial', `Pipeline check for the aftermarket team: €212m of weighted opportunities for next year, our best ever. We'll share the breakdown internally at the kick-off; the outside world gets the number at the capital markets day.`],
  ['linkedin', 'en', '', `Market report from an industry analyst estimates the global satellite-propulsion market at $4.1bn by 2030. Interesting read, link in the comments.`],
  ['linkedin', 'en', '', `Today I learned our town's rugby club raised £18,400 for the children's hospital at the charity match. Proud to have played (badly) on the engineers' XV.`],
  ['linkedin', 'fr', '', `Notre CE a négocié un tarif groupe pour le Salon du Bourget : 35 € la journée au lieu de 59 €. Inscriptions ouvertes jusqu'au 10 mai.`],
  ['linkedin', 'en', 'phone', `Kourou campaign contacts for the visiting team:
Site logistics: +594 594 38 62 10
Hotel shuttle: +594 694 20 55 81
Customs broker: 0594 29 14 77`],
  ['linkedin', 'fr', '', `Numéros utiles en Guyane pour les missionnaires : SAMU 15, pompiers 18, police 17, et 112 depuis un portable. Pensez à votre traitement antipaludéen !`],
  ['linkedin', 'mixed', 'phone', `Montreal ↔ Toulouse handover call demain: if the Teams link fails, dial in on +1 514 872 4419, code 448 219#. À demain.`],
  ['linkedin', 'en', 'phone', `Our Bremen switchboard has a new number from Monday: +49 (0)421 6090 0. The old 0421 223 number will redirect for three months.`],
  ['linkedin', 'en', '', `Our Bremen facility celebrates 25 years in Hall 7 this week. From 40 people to 380, from one assembly jig to six. Happy anniversary, everyone.`],
  ['linkedin', 'en', 'secret', `Bench PLC got factory-reset again. For whoever's on nights: admin account is admin / Fl@tSpin_2211 until I change it Monday.`],
  ['linkedin', 'en', '', `If your vendor tells you the default password on the PLC is "admin/admin", change it the day you install it. We audited our test benches last month and found three still on factory defaults.`],
  ['linkedin', 'en', 'secret', `Here's the .env from the telemetry decoder, for the Montreal folks:
TLM_BROKER=tlm-broker
TLM_USER=decoder
TLM_PASS=x8Qe!vN3mW7tZp
GROUND_API_KEY=gs-prod-4f9a1c7e2b8d6035af71`],
  ['linkedin', 'en', '', `Example .env for our open-source telemetry decoder:
TLM_USER=your_user
TLM_PASS=<your-password>
GROUND_API_KEY=xxxxxxxxxxxxxxxx
Copy it to .env and fill in your own values.`],
  ['linkedin', 'en', '', `Found this in an old AWS tutorial: AKIAIOSFODNN7EXAMPLE with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Still makes me smile that half the internet has this exact pair in their docs.`],
  ['linkedin', 'en', 'secret', `Ground station SSH still uses the shared key — passphrase is "kourou-downlink-4471-rain", please stop asking me on Teams.`],
  ['linkedin', 'fr', 'secret', `Le Wi-Fi de la salle blanche a changé : réseau AG-SALLEBLANCHE, mot de passe : Isoclass7-Blagnac!. Merci de ne pas le donner aux visiteurs.`],
  ['linkedin', 'fr', '', `Petit rappel sécu : le mot de passe du Wi-Fi visiteurs change chaque lundi et il est affiché à l'accueil. Ne le postez pas sur les réseaux.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED until 14 January 09:00 CET
We're pleased to announce the selection of our Bremen site for the final assembly of the cryogenic upper-stage tanks.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 20 janvier 10h
Aérostructures Garonne remporte le contrat de fourniture des panneaux de fuselage arrière. Communiqué à diffuser à la levée de l'embargo.`],
  ['linkedin', 'en', '', `Journalists love an embargo, engineers hate them. Today I learned how press embargoes actually work from our comms team — fascinating, and much more about trust than rules.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share beyond the incident cell
Indicators from the intrusion attempt on the ground-segment VPN are in the attached sheet.`],
  ['linkedin', 'en', '', `Reading the new NCSC guidance on supply-chain security. Sensible, readable, and finally gives smaller suppliers a checklist they can actually follow.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — NE PAS DIFFUSER
Planning de la campagne d'essais moteur S1 à S9 : voir tableau joint. Les créneaux du samedi sont à confirmer.`],
  ['linkedin', 'fr', '', `"Interne" ou "externe" ? Le débat du jour en réunion d'équipe portait sur le recrutement : faut-il d'abord publier les postes en interne ? On a voté pour, deux semaines minimum.`],
  ['linkedin', 'en', 'codename', `Sharing our whiteboard from the Kestrel sprint review (Project Kestrel, not the bird): 14 stories done, 3 carried over, avionics firmware 0.9 on the bench.`],
  ['linkedin', 'fr', 'codename', `Bilan de l'année côté Nébula : 3 modèles livrés, 2 campagnes d'essais réussies, 1 revue client qui nous a donné des cheveux blancs. Merci à toute l'équipe de Toulouse.`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse de la Tête de Cheval prise depuis Kourou par un collègue passionné d'astrophoto. Le ciel guyanais est incroyable quand il ne pleut pas.`],
  ['linkedin', 'en', 'client_name', `Support ticket reply: "Dear Hôpital Sainte-Claire biomedical team, the firmware patch for your oxygen-monitoring sensors will be deployed on Thursday night."`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name financial', `Globex just verbally accepted our quote of €3.9m for the ground-support equipment. PO expected next week, nothing's signed, so don't congratulate me publicly yet!`],
  ['linkedin', 'en', '', `Our customer-satisfaction score for the ground-support equipment line hit 9.1/10 this year, as shared in our public sustainability report.`],
  ['linkedin', 'fr', 'client_name', `Démonstration réussie chez Société Générique cet après-midi : leur équipe de sécurité a validé notre boîtier de chiffrement dérivé du spatial.`],
  ['linkedin', 'fr', '', `Un client m'a demandé aujourd'hui si nous travaillions avec la Société Générale. Réponse : je ne commente jamais la liste des clients, mais j'ai apprécié la question.`],
  ['linkedin', 'en', 'iban', `Please note the new bank details for our Toulouse subsidiary, valid from 1 February:
Bank: BNP Paribas
IBAN: FR76 1027 8022 1500 0204 9180 110
Please confirm by phone before updating your vendor file.`],
  ['linkedin', 'fr', '', `Exemple de RIB pour la formation SAP : FR76 3000 6000 0112 3456 7890 189 (fictif, fourni par l'organisme de formation). Ne pas utiliser pour de vrais paiements.`],
  ['linkedin', 'en', 'iban', `Supplier invoice query from Bristol: our accounts have you on GB86 LOYD 3096 3812 3456 78 but your invoice shows a different account. Which one is correct?`],
  ['linkedin', 'en', 'card', `Booked the Bremen hotel with the team card since mine expired — 5493 1800 2277 6457, exp 11/27, CVV on the back. Can someone check it went through?`],
  ['linkedin', 'en', '', `Order number for the replacement strain gauges is 5493 1800 2277 6458 — please quote it on the delivery note. (Yes, it looks like a card number. It isn't.)`],
  ['linkedin', 'en', 'card', `Corporate Mastercard for the Kourou mission: 2221 4011 8734 5920. Use it only for the rental car and fuel.`],
  ['linkedin', 'en', 'national_id', `My Canadian SIN got stuck in the old HR system, so for whoever's fixing it: 046 192 381. Sorry to post it here, the ticket tool is down.`],
  ['linkedin', 'en', '', `A SIN starting with 9 means the holder is a temporary resident, by the way. Learned that this week while helping a new colleague from Toulouse set up in Montreal.`],
  ['linkedin', 'en', 'national_id', `For the pension transfer form (Bremen → Bristol), my German tax ID is 81052746739 and the UK side already has my NI number. Anyone done this before?`],
  ['linkedin', 'en', '', `My German tax ID letter said 81052746738, which the online form kept rejecting — turns out I'd mistyped the last digit. Check your digits, people.`],
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle, mon numéro de sécu : 1 78 06 31 069 087 20. Je le poste ici car le portail RH refuse mes pièces jointes depuis lundi.`],
  ['linkedin', 'fr', '', `Notre nouvelle plateforme RH masque désormais le numéro de sécurité sociale : 1 78 ** ** *** *** **. Enfin !`],
  ['linkedin', 'en', 'financial', `Test-bench CAPEX for next year: we've been given £2.3m to replace the 1990s hydraulic rig, signed off by the MD yesterday. Formal announcement at the January town hall.`],
  ['linkedin', 'en', '', `Back in 2019 the hydraulic rig cost £1.8m to refurbish, according to the site's history booklet. Amazing how long these things last.`],
  ['linkedin', 'fr', 'financial', `Résultats de la négociation avec le motoriste : prix cible à 410 k€ par moteur sur la série, contre 455 k€ proposés au départ. Rien n'est signé, l'accord doit encore passer en comité d'engagement.`],
  ['linkedin', 'fr', '', `Le prix catalogue du moteur-fusée d'un concurrent américain est affiché à 2,5 M$ sur son site. On est loin de nos petits propulseurs électriques !`],
  ['linkedin', 'en', 'financial', `Valuation chat with the bank went well: they're putting our space-electronics spin-off at around CA$140 million pre-money. Term sheet not signed, so this is strictly between the founders and the board for now.`],
  ['linkedin', 'en', '', `Congratulations to our friends at a Montreal space start-up on closing their C$25m Series B, announced this morning. The Quebec space ecosystem is booming.`],
  ['x', 'en', '', `Vibration test went nominal today. 14.1 g rms on the random, no resonance shift. Happy engineer, tired engineer.`],
  ['x', 'en', 'codename', `Nébula random vibe at 14.1 g rms: no resonance shift, no cracks. Sorry, can't share photos. Best day of the quarter.`],
  ['linkedin', 'en', '', `Test results from our open research bench, published today in the conference proceedings: the additive-manufactured bracket survived 10⁷ cycles at 180 MPa with no crack initiation.`],
  ['linkedin', 'fr', '', `Résultat du banc fatigue communiqué dans notre article pour l'AAAF : 2,1 millions de cycles avant amorce de fissure sur l'éprouvette standard. L'article est en accès libre.`],
  ['linkedin', 'en', 'financial', `Delivery slot moved: first flight model now ships from Bremen on 3 June instead of 14 April, which pushes £6.7m of revenue into next year. We tell the customer on Friday, so please keep this off the supplier calls.`],
  ['linkedin', 'en', '', `Delivery day! The first flight model left Bremen this morning on its way to the launch site. 26 months from contract to crate. Incredible team.`],
  ['linkedin', 'fr', 'codename', `Date de livraison du modèle de vol Atlas Bleu confirmée en interne : 17 avril au CSG. Le client sera prévenu après la revue de mardi.`],
  ['linkedin', 'fr', 'phone email', `Pour la campagne de mars, notre correspondant douane à Kourou sera Jean-Luc Tiburce : jl.tiburce@guyane-transit.fr, 06 94 12 87 30.`],
  ['linkedin', 'en', 'email', `Drop your questions about the Bremen open day to openday@weserflug-systems.de, the team will reply before the event.`],
  ['linkedin', 'en', 'email', `If you want the full test report, email my colleague at priya (dot) nair (at) severn-avionics (dot) co (dot) uk — she owns the data.`],
  ['linkedin', 'fr', 'internal_url', `Les résultats du banc de fatigue sont dans le dossier partagé : \\\\srv-essais.garonne.local\\fatigue\\2026\\campagne-B. Accès en lecture pour tout le BE.`],
  ['linkedin', 'en', 'internal_url', `New VPN portal for remote bench access: https://vpn.corp.acme.com — your old bookmark won't work after Friday.`],
  ['linkedin', 'en', 'internal_url', `The Jenkins job for the flight software nightly is at http://ci.montreal.corp:8080/job/fsw-nightly — go look at the red builds, team.`],
  ['linkedin', 'en', '', `We just open-sourced our bench-control library! Code, docs and examples are on github.com/severn-avionics/benchctl. Stars and issues welcome.`],
  ['x', 'en', 'confidential_marker', `Accidentally pasted the header of our proposal into the wrong window, but: "COMMERCIAL IN CONFIDENCE — Severn Avionics response to RFQ 2026-114". Whoops, ignore.`],
  ['linkedin', 'en', '', `Useful reminder from our bid manager: "Commercial in Confidence" on a proposal page only helps if you also control who receives the file. Labels are not encryption.`],
  ['linkedin', 'mixed', 'confidential_marker codename', `Restricted — programme team only
Orion weekly: harness rework 70 % done, propulsion module on the dolly, export licence for the Montreal sensors still pending. Prochaine revue le 15.`],
  ['linkedin', 'en', '', `Export-control training done for the year. Best quote from the trainer: "If you have to ask whether it's controlled, the answer is ask compliance, not Google."`],
  ['linkedin', 'en', 'confidential_marker', `Classification: UK OFFICIAL-SENSITIVE COMMERCIAL
Handling: programme team only
Attached: revised delivery schedule for the radome shipset.`],
  ['linkedin', 'fr', 'financial', `Chiffre d'affaires prévisionnel 2027 de l'atelier composites : 38,6 M€, soit 18 % de plus que cette année. Chiffre encore provisoire, pas présenté au CSE ni à la direction financière du groupe.`],
  ['linkedin', 'fr', '', `Lu dans La Dépêche : le pôle Aerospace Valley compte plus de 140 000 emplois en Occitanie et Nouvelle-Aquitaine. Fier d'en faire partie.`],
  ['linkedin', 'en', 'financial', `Our cost-to-complete on the wing-tip programme came in at £9.1m this morning, £1.4m over the baseline. We'll brief the customer once the recovery plan is agreed — please don't quote the number before then.`],
  ['linkedin', 'en', '', `Personal milestone: finally paid off my student loan, all £27,000 of it. Twelve years of engineering salary discipline. Treating myself to a glider lesson.`],
  ['linkedin', 'fr', '', `Offre de stage 6 mois – Ingénieur essais thermiques, Kourou. Gratification : 1 400 € par mois + logement pris en charge. Démarrage en février.`],
  ['linkedin', 'en', '', `Job ad: Senior Test Engineer, Bristol. Salary £55,000–£68,000 plus 10 % bonus, hybrid working. SC clearance required or eligible. Apply via our careers page.`],
  ['linkedin', 'en', 'phone', `Recruitment fair tomorrow in Montreal! Can't make it? Call our recruiter Julie on (438) 226-8451 and she'll book you a slot.`],
  ['linkedin', 'fr', 'phone', `Pour le covoiturage vers le site de Toulouse-Francazal, je propose 3 places depuis Muret, départ 7h10. Texto au +33 7 58 23 64 19.`],
  ['linkedin', 'en', 'phone', `Bristol apprenticeship open evening, 22 January. Parents can call the outreach office on 0117 928 0043 for parking info.`],
  ['linkedin', 'en', 'national_id', `Ugh, the visa portal rejected my upload, so sending the details here for the travel desk to copy: NI number SK 25 71 63 A, passport to follow by email.`],
  ['linkedin', 'fr', 'national_id', `Dossier de mutation vers Kourou : mon numéro de sécurité sociale 2 72 11 99 350 221 32 (née au Maroc) pour le service paie. Merci Nadia !`],
  ['linkedin', 'en', 'national_id', `For the Canadian work permit extension the company lawyer needs my SIN, which is 273 541 185. Posting here because she's not on Teams.`],
  ['linkedin', 'en', 'national_id', `Bremen payroll still has the wrong tax ID for me. Correct one: 43 518 907 028. Thanks Katrin!`],
  ['linkedin', 'en', 'iban', `Deposit for the team trip to the Kourou launch: pay the travel club at DE05 2904 0090 0334 4556 67 before 15 December.`],
  ['linkedin', 'fr', 'iban', `Nouveau fournisseur de fluides cryogéniques en Guyane, à saisir dans SAP : IBAN FR76 1216 9973 0000 4567 8123 456, BIC CEPAFRPP216.`],
  ['linkedin', 'en', 'iban card', `Refund request for the cancelled Bremen course: either refund the card (5355 0412 0088 1377) or transfer to GB08 MIDL 4005 1598 7654 32, whichever is faster.`],
  ['linkedin', 'en', 'secret', `GitLab runner for the flight software isn't registering. Token I used: glrt-Zq8Xw4Lm2Vp9Kc7Rt3Bn. Any ideas?`],
  ['linkedin', 'en', '', `GitLab runner tokens now start with glrt- and expire by default. Good change — we found two runners still using the old registration tokens from 2021.`],
  ['linkedin', 'fr', 'secret internal_url', `Pour ceux qui doivent lire la base des non-conformités : mysql://nc_lecture:Garonne$Qualite88@172.16.20.4/ncr. Accès en lecture seule.`],
  ['linkedin', 'en', 'secret', `Slack alerts for the clean room are back. Webhook: https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Configured Slack alerts for our clean-room particle counters today. Format is https://hooks.slack.com/services/T000/B000/XXXX — paste your own token from the app settings, never share it.`],
  ['linkedin', 'fr', 'client_name codename', `Revue de lancement avec Initech ce matin pour Nébula : tout le monde a signé, créneau confirmé côté centre spatial. Plus que six semaines !`],
  ['linkedin', 'en', 'client_name', `Our account team is flying to Globex's Montreal office tomorrow to present the redesigned actuator mount. Wish us luck!`],
  ['linkedin', 'en', '', `Globular cluster M13 through the club's 12-inch last night. Worth the late start at the Bristol site this morning.`],
  ['linkedin', 'en', '', `Fun fact from our supplier day: the word "kestrel" comes from the Old French "crécerelle", which is still the French name for the bird. Our Toulouse colleagues were delighted.`],
  ['x', 'fr', '', `Kourou, 5 h du mat, 30°C, 95 % d'humidité, et la chronologie finale qui démarre. Il n'y a pas de meilleur métier.`],
  ['x', 'en', 'financial', `Confirmed today: we won the bid at €54m but the customer announces it only at the Paris Air Show. Not a word until June, friends.`],
  ['x', 'en', '', `Confirmed today at the Paris Air Show: our group won a €54m contract for cabin interiors, says the press release. Brilliant news.`],
  ['linkedin', 'en', 'secret', `For the temporary control room in Kourou: Wi-Fi "CTRL-TEMP-2", key 8f3Kd!92mLqz. Leave it off the whiteboard this time please.`],
  ['linkedin', 'fr', '', `Notre usine de Colomiers organise une collecte de sang le 9 janvier. Rendez-vous salle Concorde de 9h à 15h, inscription auprès de l'EFS.`],
  ['linkedin', 'en', '', `Reflecting on 2026: two launches, one delayed programme, three new colleagues and a very patient family. Thanks to everyone in Bremen, Bristol and Toulouse who made it a year to remember.`],
]);
