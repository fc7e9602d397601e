import { rows } from './corpus-types';

/**
 * Held-out set "fresh36": written 2026-12-04 by yet another blind author, BLIND: without opening utils/, scripts/,
 * bench/, components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * and without reading git history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts (only the type check).
 * `npx tsx scripts/score-checks.ts --only fresh36`.
 * First scored 2026-12-04 16:00 UTC on the rules of 4eaa2e5 (after the fixes from fresh35), before any fix from it:
 * confidentiality macro F1 0.968, 2.8 % of clean posts flagged (3 of 107); financial 0.898 (precision 0.957, recall 0.846),
 * national_id 0.923, confidential_marker 0.923, codename 0.941, phone 0.968, the 6 others 1.000. On b1a418f (the previous
 * session's first rules): 0.960 / 2.8 %.
 *
 * Authors: mostly French-speaking employees writing in French (about 70 %), some in English or a mix of both: a Liège
 * steel-recycling firm, a Lausanne watch-parts maker, a Montréal video-game studio, a Québec maple cooperative, a
 * Casablanca call-centre operator, a Dakar mobile-money start-up, an Abidjan cocoa exporter, a Tunis software house, a
 * Nantes shipyard supplier, a Clermont-Ferrand tyre-testing lab, a Strasbourg biotech, a Bordeaux wine négociant, a
 * Toulouse drone maker, a Luxembourg fund administrator, a Genève NGO, a Marseille port-logistics firm, a Brest
 * marine-sensor start-up, a Dijon mustard maker, a Reims champagne house and a Lyon hospital IT contractor. Forms: team
 * wins, pasted chat and Teams messages, pasted meeting notes and HR/payroll fragments, slides and document cover pages,
 * config snippets (.env, YAML, connection strings, HTTP headers), customer replies (surface 'comment'), job ads with
 * published salary ranges (EUR, CHF, CAD, MAD, TND), a live-post from a leadership offsite, changelogs and patch notes,
 * a post-mortem, supplier bank-detail notices, fraud warnings, polls, two X threads, goodbyes and tips.
 *
 * Positives. Financial, with many ways of saying "not public yet": before the board or supervisory board sees it,
 * "entre nous" / "motus côté clients" / "keep it in-house", a price or price rise before customers or retailers are
 * told, a sealed bid before the envelopes open, a tender reply before submission, a term sheet and a valuation before
 * closing, a Series A before signature, a grant before the convention is signed, a quality premium before the
 * co-operatives' meeting, a producer price before the general assembly, an order book before the air show, AuM before
 * the annual report, a "DRAFT – pending board sign-off" opex plan, internal unconsolidated margins, a unit cost before
 * the product committee, shipments against plan before a trading update, a strategic plan before it is made official.
 * Phones in BE, CH, CA (incl. toll-free 1 877), MA, SN, CI (10-digit), TN, FR and LU formats; role mailboxes, named
 * work addresses, personal webmail and an obfuscated "[at] [dot]" address; secrets without vendor formats (Wi-Fi and
 * WPA2 keys, shared logins, service-account passwords, a hex API key, .env secrets, a signed JWT, Discord and Slack
 * webhooks with their token, PostgreSQL, Redis and SFTP credentials); internal URLs on the policy's domains, an
 * intranet. host, .local, .internal and .corp hosts and private IPs (10/8, 172.16/12, 192.168/16); explicit markers
 * (CONFIDENTIEL, INTERNE, Classification : INTERNE / Confidential, [INTERNE], [INTERNAL], TLP:AMBER, TLP:RED, SOUS NDA,
 * EMBARGO jusqu'au…, Diffusion Restreinte); the policy's codenames and clients in project / customer sense.
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97 for
 * IBANs of BE (with its account check), CH, FR (with the RIB key), LU, TN and MA (with their 20/24-digit RIB keys), SN
 * and CI (with their letter bank codes); Luhn for Visa (incl. a French 497x business card), Mastercard (5- and
 * 2-series) and Amex; the national key for the French NIR (incl. one born abroad, department 99), the Belgian national
 * register number (born before and after 2000), the Swiss AVS number (EAN-13 digit), the Canadian SIN (Luhn, Québec
 * and Atlantic prefixes) and the Luxembourg matricule (Luhn and Verhoeff); Moroccan CIN, Tunisian CIN and Senegalese
 * CNI by the format written on the card.
 *
 * Look-alikes (clean): published results, public prices and tariffs, other organisations' figures (BCEAO, Conseil du
 * Café-Cacao, Comité Champagne, CSSF, port authority, CEPS, military programming law), a seed round already announced in
 * the press, accounts filed at the registry, published salary ranges, personal and charity figures; invalid IBANs (BE,
 * LU, TN, MA) and the bank's documented FR specimen IBAN, a failing-Luhn order number and phishing card, Stripe's 4242
 * test card, a masked card, the official AVS example 756.1234.5678.97 and a wrong AVS check digit, the CRA example SIN
 * and a failing SIN, a wrong-key NIR and a masked NIR template, a wrong-key Belgian number in a scam warning; AWS's
 * EXAMPLE keys, "changeme", a placeholder connection string, a git hash, a release SHA-256; a public website, a
 * three-part release number, an ISO 6346 container number, a USSD code, emergency numbers (112, 15, 17, 18, 911), "212
 * appels", X handles instead of emails; Orion the constellation and the Orion Nebula, a kestrel, a blue school atlas,
 * a cat called Atlas with a blue collar, Globex from The Simpsons, "une société générique" (a generic-drug maker), the
 * Sainte-Claire chapel, hospital "internes"; TLP:CLEAR, "L.A. Confidential", discussions of classification levels,
 * of "Diffusion Restreinte" and of stamping "CONFIDENTIAL" on everything; "entre nous" alone is not a marker.
 *
 * Conventions: every written email address is email (role mailboxes included); every written phone number is phone
 * (switchboards, hotlines, toll-free), emergency short numbers are not; confidential_marker only for explicit labels;
 * financial only for the company's own not-yet-public figures; a digit run inside a valid IBAN is not also a card.
 *
 * Counts: 240 posts (169 FR, 62 EN, 9 mixed; 214 LinkedIn, 26 X; 8 comments): 107 clean, 133 with one or more
 * findings. Labels: financial 26, iban 16, phone 16, national_id 14, secret 14, email 13, internal_url 12,
 * confidential_marker 12, codename 9, client_name 9, card 7.
 */
export const FRESH36_POSTS = rows('fresh36', [
  // — Liège steel recycling (Mosa Recyclage) —
  ['linkedin', 'en', '', `Our 2025 report is out this morning: the Herstal yard processed 212,000 tonnes of scrap, up 6% on the year, and 94% of it went back to electric-arc steelworks less than 150 km away. Full report on our website under Investors. Hats off to the quay teams who kept going through the July floods. 🔩♻️`],
  ['linkedin', 'fr', 'financial', `Petit mot pour l'équipe commerciale, copié depuis notre canal :
« Bon, entre nous : avec les contrats Arcelor renouvelés on devrait finir 2026 autour de 148 M€ de chiffre d'affaires. Le conseil ne voit les comptes que le 19 mars, donc on n'en parle à personne dehors avant. »
Fiers de vous quand même 💪`],
  ['linkedin', 'fr', 'iban email', `Avis à nos fournisseurs de ferraille et transporteurs :
suite au changement de banque de Mosa Recyclage SA, nos paiements partent désormais de :
BE71 2933 8487 8069 (BIC GEBABEBB)
Toute demande de vérification se fait UNIQUEMENT par écrit à compta.fournisseurs@mosa-recyclage.be — jamais par téléphone.`],
  ['x', 'fr', '', `Indice E3 ferraille broyée : +18 €/t sur novembre d'après la cotation publiée par la fédération. Le marché se réveille enfin. #recyclage #acier`],
  ['linkedin', 'fr', 'national_id phone', `Onboarding de Karim lundi — fiche copiée de l'outil RH pour le chef d'équipe (oups, pas pour ici) :
Nom : K. Benali
N° registre national : 85.03.12-435.41
GSM : +32 478 51 62 09
Poste : cariste broyeur, équipe B`],
  ['linkedin', 'en', '', `We're hiring a night-shift supervisor for our Liège shredder line. Full-time permanent contract, €3,400–3,900 gross per month plus shift premium, meal vouchers and a company bike. French required, Dutch a plus. Apply through the careers page.`],
  ['linkedin', 'fr', '', `⚠️ Tentative d'arnaque en cours : un faux courriel « de notre direction financière » demande à nos clients de verser leurs acomptes sur BE71 2933 8487 8096. Ce compte n'est PAS le nôtre — et d'ailleurs le numéro ne passe même pas le contrôle de clé. En cas de doute, passez par votre interlocuteur habituel.`],
  ['linkedin', 'fr', 'internal_url', `Astuce pour les nouveaux pontiers : l'historique des pesées du jour et les tickets de bascule sont consultables sur http://pesage.mosa.local:8080/tickets depuis n'importe quel poste de l'atelier. Plus besoin d'appeler le bureau pour retrouver un bon.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Quelle fierté de présenter demain devant le comité ! Ma première slide :
CONFIDENTIEL — Plan d'investissement 2027
• Nouveau broyeur 6 000 ch : 9,5 M€
• Extension du parc de stockage : 1,8 M€
• Mise en service visée : T2 2027`],
  ['x', 'en', '', `Our Liège shredder now runs entirely on power from the wind farm next door. Took three years of paperwork and one very patient grid operator. 🌬️`],
  // — Lausanne watch parts (Micro-Rouages SA) —
  ['linkedin', 'fr', 'financial', `Trop contente du lancement du nouveau spiral silicium ! Pour nos ADV : le prix sera fixé à 38 CHF la pièce dès le 1er mars, les maisons horlogères recevront la circulaire le 1er février — d'ici là motus côté clients svp.`],
  ['linkedin', 'en', '', `Our watchmaking starter kit is back in stock: a real movement to take apart and rebuild yourself, screwdrivers and loupe included. CHF 249 in the online shop, free delivery within Switzerland. A great gift for anyone curious about mechanics.`],
  ['linkedin', 'fr', 'phone', `Bonne nouvelle pour les ateliers de réparation : notre SAV pièces détachées est désormais joignable sans interruption de 8 h à 17 h au +41 21 643 72 18. Fini le répondeur à midi.`],
  ['linkedin', 'fr', 'national_id', `Petit rappel aux RH (collé par erreur depuis la messagerie, désolée) :
« Pour le décompte de Mme Favre il manque encore le n° AVS dans la fiche : 756.2781.2258.34, tu peux l'ajouter avant la clôture des salaires ? »`],
  ['linkedin', 'fr', '', `Formation protection des données ce matin. Le formateur montrait à quoi ressemble un numéro AVS — l'exemple officiel 756.1234.5678.97 — et comment repérer ceux qui traînent dans les tableurs partagés. Très concret, je recommande.`],
  ['linkedin', 'fr', 'codename', `Semaine décisive à l'atelier : Orion entre en présérie lundi. Trois calibres, 1 200 composants par jour sur la nouvelle ligne de taillage. Si tout se passe bien, on passe en cadence en février. Merci aux régleurs qui y ont passé leurs week-ends.`],
  ['x', 'fr', '', `Ciel parfaitement dégagé sur le Léman ce soir, Orion se lève au-dessus du Salève. Les trois étoiles du baudrier alignées comme des rubis sur une platine. ✨`],
  ['linkedin', 'en', 'iban', `Note to our Swiss suppliers: invoices from 1 January should be paid to our new account at the cantonal bank, CH38 0076 2991 7673 4687 1. The old account will be closed at the end of Q1.`],
  ['linkedin', 'fr', 'secret', `Pour les stagiaires qui arrivent lundi à l'atelier décolletage : le réseau c'est « MR-Prod » et le mot de passe Balancier#2026! — le Wi-Fi invités ne marche pas dans la halle.`],
  ['linkedin', 'mixed', '', `On recrute ! Décolleteur·euse CFC pour notre site du Mont-sur-Lausanne. Salaire 5 600–6 300 CHF brut x13 selon expérience, horaires variables, 5 semaines de vacances. Apply via our careers page, entretiens en français ou en anglais.`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la note envoyée aux chefs d'atelier ce matin (je la colle ici pour m'en souvenir, bêtement) :
Classification : INTERNE
Objet : réorganisation des équipes de taillage à partir du 6 janvier, horaires en 2x8.`],
  // — Montréal game studio (Studio Pixel Boréal) —
  ['linkedin', 'fr', 'financial', `Très fiers de l'équipe ! L'éditeur vient d'approuver le budget de développement de notre prochain titre : 14,5 M$ sur trois ans. L'annonce publique se fera aux Game Awards, alors gardez ça sous le coude jusque-là 🤫`],
  ['x', 'en', '', `Our little roguelike just passed 1.2 million copies sold — the figure our publisher shared on its earnings call last week. Thank you, players! 🎮`],
  ['linkedin', 'en', 'secret', `Finally automated our crash reports → Discord. Config for anyone curious:
crash_reporter:
  channel: "#qa-crashes"
  webhook: https://discord.com/api/webhooks/1183926405117734912/pZr8Kq3vN0wLxT5bYc2mHs7dJf9aGe4uVi6oRl1tE_yWq8nB3cXk
  min_severity: error`],
  ['linkedin', 'fr', 'national_id', `Arrivée de notre nouvelle animatrice 3D ! Capture du formulaire de paie que j'avais ouverte pour l'accueillir (pas l'idéal, je sais) :
Nom : Gabrielle Tremblay
NAS : 271 680 530
Date d'entrée : 12 janvier`],
  ['linkedin', 'fr', '', `Conseil pour les nouveaux arrivants au Canada : le guide de l'ARC montre le numéro d'exemple 046 454 286 pour expliquer où inscrire son NAS. Ne donnez le vôtre qu'à l'employeur, jamais dans un formulaire de candidature en ligne.`],
  ['linkedin', 'en', 'email', `Portfolio review season is open! Level artists, tech artists and UI designers: send your reel and a short note on your favourite level to recrutement@pixelboreal.ca before 31 January. Every application gets a human reply.`],
  ['linkedin', 'en', '', `Playtest signups for our co-op prototype open Friday. Follow @PixelBoreal on X and Bluesky for the link — first 500 people get in. No NDA, just be kind in the feedback form.`],
  ['linkedin', 'mixed', 'internal_url', `Patch notes internes du jour, build 4412 :
- fix du softlock au boss 3
- nouveau shader d'eau
La build est dispo ici pour les testeurs QA : http://builds.pixelboreal.internal/nightly/4412 — merci de logger vos bugs avant midi.`],
  ['x', 'fr', 'codename', `Vertical slice de Nébula terminée ce soir à 23 h 40. On a hâte de vous montrer notre nouveau projet… dès que l'éditeur nous y autorise. 🚀`],
  ['linkedin', 'fr', '', `Les décors de notre jeu sorti en 2024 s'inspiraient des photos de la nébuleuse d'Orion prises par Hubble. Notre directrice artistique donne une conférence là-dessus au MIGS jeudi, venez !`],
  ['linkedin', 'en', 'phone', `Going to MIGS this week? I'll be around the indie showcase both days. Text me at 514 862-4417 if you want to grab a coffee and talk narrative design.`],
  ['linkedin', 'fr', '', `Postes ouverts : programmeur·euse gameplay (78 000 $ à 95 000 $ par an) et productrice associée (70 000 $ à 82 000 $). Les fourchettes sont affichées parce qu'on trouve ça normal. Télétravail hybride, 4 jours semaine l'été.`],
  // — Québec maple co-op (Coop Érablière des Appalaches) —
  ['linkedin', 'fr', 'financial', `Aux membres du comité : le C.A. penche pour un prix payé aux producteurs de 3,87 $/lb pour le sirop de la prochaine saison. Rien n'est voté : on attend l'assemblée générale de février avant toute diffusion aux membres.`],
  ['linkedin', 'fr', '', `Selon le bilan publié par les Producteurs et productrices acéricoles du Québec, la récolte 2025 a dépassé 200 millions de livres. Notre coop y a contribué avec ses 340 entreprises membres. Belle année pour la filière.`],
  ['linkedin', 'fr', 'phone', `Vous êtes producteur et vous avez une question sur la classification de vos barils ? Notre ligne sans frais 1 877 384-2291 est ouverte tout le temps des sucres, même la fin de semaine.`],
  ['linkedin', 'fr', 'client_name', `Grosse nouvelle pour l'export : Globex veut notre sirop ambré pour ses cafés au Japon, 600 barils par an. On signe jeudi à Tokyo si le vol n'est pas annulé 🤞`],
  ['x', 'fr', '', `Relu un vieux épisode des Simpson hier : Globex et Hank Scorpio restent ma multinationale fictive préférée. Le hamac, le donut… 😂`],
  ['linkedin', 'fr', 'national_id', `Petit cafouillage de ma part : j'ai copié le mauvais bloc dans le message à la paie.
« TP-1015.3 rempli pour l'employé saisonnier, NAS 318 870 631, exemption de base cochée. »
Si vous le voyez passer, c'est normal, c'était pour Lucie.`],
  ['linkedin', 'fr', '', `Attention aux producteurs : un texto frauduleux demande de « confirmer votre NAS 130 152 912 pour recevoir la subvention ». Ce numéro ne passe même pas la validation, et aucun organisme ne vous demandera ça par SMS.`],
  ['linkedin', 'en', 'card', `Copied from our shop chat by mistake, sorry folks:
"Member paid the cabane booking by card 4539 7392 9913 0901, exp 08/28, but was charged twice — can someone refund the second one?"`],
  ['linkedin', 'fr', '', `Sondage de la semaine 🍁 Votre sirop préféré sur les crêpes ?
• Doré, goût délicat
• Ambré, goût riche
• Foncé, goût robuste
• Très foncé, pour les braves`],
  ['linkedin', 'fr', 'phone', `Merci pour votre message ! Pour une commande de plus de 20 cannes, appelez directement notre comptoir à Saint-Georges au 418 692-3055, on s'occupe de vous.`, { surface: 'comment' }],
  // — Casablanca call centre (Anfa Relations Clients) —
  ['linkedin', 'fr', 'phone', `Journée portes ouvertes recrutement samedi à notre plateau de Sidi Maârouf ! Conseillers francophones et hispanophones, débutants acceptés. Infos au +212 522 47 81 30 ou directement sur place à partir de 9 h.`],
  ['linkedin', 'fr', '', `Offre : conseiller·ère client bilingue français-anglais, CDI, 6 500 à 8 000 MAD net par mois + primes de qualité, transport de nuit assuré. Formation initiale de trois semaines rémunérée.`],
  ['linkedin', 'fr', 'national_id phone', `Liste des candidats retenus pour la session de lundi (copiée depuis l'outil de planning, à retirer vite) :
1. Salma E. — CIN BK318274 — 06 61 48 27 93
2. Youssef A. — dossier incomplet`],
  ['linkedin', 'fr', 'client_name', `Super nouvelle pour le plateau B : la campagne pour Initech démarre lundi avec 40 conseillers dédiés, support technique niveau 1 en français et en anglais. Merci à l'équipe formation qui a bouclé le parcours en dix jours !`],
  ['linkedin', 'fr', '', `Dans notre module anti-fraude, on montre aux conseillers un faux RIB volontairement erroné : MA64 2309 3022 1908 3089 4507 7602. Exercice : retrouver pourquoi la clé ne tombe pas juste. 80 % trouvent en moins de 5 minutes !`],
  ['linkedin', 'en', 'secret', `Night shift, heads up (pasted from our team chat):
"Shared CRM login for tonight's overflow queue — user: nuit_team / pass: Anfa*Night77. Change it tomorrow morning."`],
  ['x', 'fr', '', `Mon record de la semaine : 212 appels traités en une journée, zéro escalade. Le café de la machine du 3e mérite une médaille aussi. ☕📞`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage notre nouvelle procédure d'escalade, tellement plus claire :
[INTERNE] Procédure N2 — v3
1. Ticket créé dans les 2 minutes
2. Rappel client sous 4 h ouvrées
3. Clôture validée par le superviseur`],
  ['linkedin', 'fr', 'financial', `On a décroché le renouvellement du plus gros compte télécom : 2,4 M MAD par mois sur trois ans. Le client veut faire l'annonce lui-même en avril, donc pas un mot avant — mais bravo à toute l'équipe avant-vente !`],
  // — Dakar mobile money (Teranga Pay) —
  ['linkedin', 'fr', 'financial', `Message vocal retranscrit pour les fondateurs (pas pour LinkedIn, je sais) : on est d'accord sur la série A à 7 M$ pour une valorisation pré-money de 28 M$. La signature est prévue mardi, rien ne sort tant que l'encre n'est pas sèche.`],
  ['linkedin', 'en', '', `According to the BCEAO's annual report, e-money transactions across the WAEMU grew by more than 20% again last year, with Senegal still leading. A market that refuses to slow down.`],
  ['linkedin', 'fr', 'phone', `Notre service client passe en 7j/7 ! Appelez le 33 869 42 10 ou écrivez-nous sur WhatsApp au +221 77 548 31 62, de 8 h à 22 h. Wolof, français, pulaar.`],
  ['linkedin', 'fr', '', `Rappel sécurité pour nos utilisateurs : pour consulter votre solde, tapez le code USSD *144# depuis votre téléphone. Aucun agent ne vous demandera jamais votre code secret. En cas d'agression, appelez le 17.`],
  ['linkedin', 'en', 'iban', `Merchant partners settling in XOF: our settlement account moved to a new bank this month. Please use SN60 SN01 0166 6493 8272 7852 5535 for any refunds owed to us from 1 December.`],
  ['linkedin', 'mixed', 'secret', `Live debugging avec l'équipe back-end, we finally found the signature bug! For the record, the staging .env :
TERANGA_ENV=staging
TERANGA_API_SECRET=9f2c71ab44e0d38a5b61c7e2f09d4a18
CALLBACK_TIMEOUT=30`],
  ['linkedin', 'en', '', `Friendly reminder for everyone in fintech: your PIN, your password and your one-time codes are yours alone. We will never ask for them — not by SMS, not by phone, not in a DM.`],
  ['linkedin', 'mixed', 'national_id', `Interesting KYC case this morning : pièce d'identité lisible, mais le nom différait d'une lettre. Case details: CNI n° 1 755 1988 01523, holder A. Ndiaye. Validated after a video call.`],
  ['x', 'en', '', `Transfer fees cut to 0.8% on every corridor from today — full grid on our public tariff page. Sending money home shouldn't cost a week's wages.`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe conformité qui démarre la rotation du week-end : la file d'attente des dossiers KYC est sur https://kyc.intranet.terangapay.sn/queue, tri par ancienneté par défaut.`],
  ['linkedin', 'fr', 'codename', `Heureux d'annoncer que j'ai rejoint l'équipe de Project Kestrel, le pilote de paiement transfrontalier entre le Sénégal et la Mauritanie. Mes six prochains mois vont être intenses !`],
  ['linkedin', 'fr', '', `Merci pour votre retour ! Ne communiquez jamais votre code secret en commentaire : un conseiller va vous écrire en message privé depuis notre compte vérifié.`, { surface: 'comment' }],
  // — Abidjan cocoa exporter (Ivoire Fèves Export) —
  ['linkedin', 'fr', 'financial', `Réunion avec les coopératives de Soubré demain. Notre prime qualité pour la campagne intermédiaire sera de 95 FCFA/kg en plus du prix officiel — on ne la dévoile qu'à la réunion, donc silence radio d'ici là svp.`],
  ['linkedin', 'fr', '', `Le Conseil du Café-Cacao a fixé le prix bord champ de la campagne principale à 1 800 FCFA/kg. Une hausse historique pour les planteurs, annoncée officiellement hier à Yamoussoukro.`],
  ['linkedin', 'fr', 'phone', `Transitaires et transporteurs : pour les enlèvements au port de San-Pédro, le responsable des quais est joignable au +225 07 48 21 36 55 et le bureau d'Abidjan au +225 27 22 41 58 90.`],
  ['linkedin', 'fr', 'iban', `Information fournisseurs : nos règlements en FCFA se font désormais sur le compte CI16 CI00 8663 4925 8927 9242 7701. Toute demande de changement de coordonnées reçue par courriel doit être vérifiée auprès de votre contact habituel.`],
  ['linkedin', 'en', 'client_name', `Twelve containers of fermented beans left San-Pédro today for Société Générique's Rotterdam grinding plant. First shipment under the new three-year supply deal. 🚢🍫`],
  ['linkedin', 'en', '', `Back from Chocoa in Amsterdam: lots of questions about traceability and the new EU deforestation regulation. Our certified beans drew a crowd at the stand — thanks to everyone who stopped by.`],
  ['linkedin', 'fr', 'email', `Pour les documents d'export (certificats d'origine, phytos), adressez-vous à Koffi, notre responsable documentation : k.kouame@ivoirefeves.ci. Il répond en général dans la journée.`],
  ['x', 'fr', '', `1 800 FCFA le kilo bord champ. Il y a dix ans on n'aurait jamais cru ça possible. Bonne campagne aux planteurs ! 🌱`],
  ['linkedin', 'fr', 'confidential_marker', `Je relaie l'alerte reçue de notre cellule sécurité, les collègues logistique doivent la voir :
TLP:AMBER — de faux transitaires contactent nos acheteurs avec des connaissements falsifiés au départ de San-Pédro. Vérifiez chaque BL auprès de la compagnie maritime.`],
  // — Tunis software house (Carthage Code) —
  ['linkedin', 'fr', 'secret internal_url', `Quelqu'un a une idée ? L'ERP refuse de démarrer depuis la migration, voici la chaîne de connexion qu'on utilise :
DATABASE_URL=postgresql://app_rw:K4rthage-2026!@10.20.4.15:5432/erp_prod
Erreur : "too many connections". On a pourtant augmenté max_connections…`],
  ['linkedin', 'fr', '', `Tuto du jour pour nos juniors : une URL de connexion PostgreSQL a la forme postgresql://utilisateur:motdepasse@hote:5432/base. En local, on met simplement postgresql://user:password@localhost:5432/demo et on ne committe jamais le vrai fichier .env.`],
  ['linkedin', 'en', 'iban', `To the freelancers who worked on the banking app with us: payments now come from TN59 1073 6154 2351 9787 1137. If your bank shows a different sender name, that's normal — it's our new bank.`],
  ['linkedin', 'fr', 'national_id phone', `Contrat du nouveau stagiaire collé ici par erreur au lieu du canal RH, je corrige :
Nom : Mehdi Trabelsi
CIN : 08741236
Tél : +216 98 412 337`],
  ['linkedin', 'fr', '', `On recrute ! Développeur·euse React confirmé·e, 2 800 à 3 500 TND brut mensuel selon profil, télétravail deux jours par semaine, assurance groupe. Entretien technique d'une heure, pas de test à la maison.`],
  ['linkedin', 'fr', 'codename', `Sprint 14 bouclé sur Atlas Bleu : le module de paie est en recette chez le client, plus que la génération des déclarations sociales. Bravo à l'équipe de Sousse qui a mis les bouchées doubles.`],
  ['linkedin', 'fr', '', `Exercice pour notre atelier « validation de formulaires » : essayez de faire passer TN59 1073 6154 2351 9787 1173 dans votre contrôle d'IBAN. Si votre code l'accepte, il y a un bug — le modulo 97 ne tombe pas sur 1.`],
  ['x', 'en', '', `TIL: git rev-parse --short HEAD gives you something like 3f9a2c1 — perfect for stamping builds. Full hash 3f9a2c1d8e07b4a6f5c2d1e0b9a8c7d6e5f4a3b2 if you need it in the release notes.`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux : les jobs de build mobile sont sur http://ci.carthage.corp/job/mobile-release, et la doc d'onboarding est épinglée dans le canal #dev. Bienvenue !`],
  ['linkedin', 'en', 'secret', `Debugging an auth issue with the client's API, this is the header I'm sending — does anything look off?
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcGF5cm9sbCIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTc2NDg0MDAwMH0.FQoCNs6xi8etaukTn3CL9RgebEfLGsvcnMacYT3Y5Jw`],
  // — Nantes shipyard supplier (Atlantique Chaudronnerie) —
  ['linkedin', 'fr', 'financial', `Dossier bouclé à 2 h du matin 😮‍💨 Notre offre pour le lot tuyauterie des deux paquebots : 3,1 M€ HT, déposée ce matin. Ouverture des plis le 16, on croise les doigts.`],
  ['linkedin', 'fr', '', `Les Chantiers de l'Atlantique ont annoncé dans leur communiqué un carnet de commandes qui court jusqu'en 2031. Une excellente nouvelle pour tout le tissu de sous-traitants de l'estuaire, dont nous.`],
  ['linkedin', 'fr', 'phone', `Recherche urgente d'un soudeur TIG inox pour une mission de trois semaines à Saint-Nazaire. Si vous connaissez quelqu'un de disponible, qu'il m'appelle directement au 06 12 47 85 39.`],
  ['linkedin', 'fr', 'iban', `Changement de domiciliation bancaire d'Atlantique Chaudronnerie au 1er janvier. Nouveau RIB pour vos règlements : FR76 3000 4008 2824 6147 7451 353. Merci à nos clients de mettre à jour leurs fichiers.`],
  ['linkedin', 'fr', '', `Formation compta pour nos apprentis : on utilise l'IBAN d'exemple de la documentation bancaire, FR76 3000 6000 0112 3456 7890 189, pour montrer comment se décomposent code banque, guichet et clé RIB.`],
  ['linkedin', 'fr', 'national_id', `Pour la déclaration d'accident du travail de Jérôme, voilà ce que je transmets à la CPAM (je me suis trompée de fenêtre, pardon) :
N° de sécurité sociale : 1 85 06 75 056 123 07
Date : 28/11, brûlure superficielle avant-bras.`],
  ['linkedin', 'fr', 'client_name', `Globex, notre client armateur, a validé hier la réception de la ligne d'arbre de la coque n°3. Six mois de travail, zéro réserve. Fierté !`],
  ['x', 'fr', '', `Rappel sécurité chantier : en cas d'accident, on compose le 112 ou le 18, on sécurise la zone et on prévient le chef de quai. Pas de héros. 🦺`],
  ['linkedin', 'fr', 'confidential_marker', `Document de lancement reçu ce matin, je partage la page de garde tellement elle est jolie :
SOUS NDA — Dossier technique lot 47, collecteurs d'échappement, rév. C
Diffusion aux seuls partenaires signataires.`],
  ['linkedin', 'en', '', `We're looking for a welding inspector (CSWIP 3.1) for our Saint-Nazaire workshop. €38–44k gross per year depending on experience, 13th month, permanent contract. Apply on our website.`],
  // — Clermont-Ferrand tyre testing (PneuLab Auvergne) —
  ['linkedin', 'fr', 'financial', `Revue de semestre : le banc d'endurance tourne à une marge brute de 47 % (chiffres internes, la consolidation du groupe n'est pas faite). Meilleur semestre depuis la création du labo.`],
  ['linkedin', 'en', '', `In 2025 our lab tested more than 2,400 tyres, up to 300 km/h on the high-speed drum. Thank you to the test technicians for their rigour — and their patience with my questions.`],
  ['linkedin', 'fr', '', `Exercice de contrôle qualité de saisie RH : ce numéro 2 91 02 13 055 087 87 est refusé par le logiciel. Pourquoi ? La clé de contrôle ne correspond pas aux 13 premiers chiffres. Bonne pratique : toujours recalculer la clé.`],
  ['linkedin', 'en', 'codename', `Big milestone: the Nébula compound passed the wet-grip test at 1.31 against the reference tyre. Next step is the noise campaign in January. Proud of the materials team.`],
  ['linkedin', 'fr', '', `Pour ceux qui me demandent quelles normes on couvre : ECE R117 pour le bruit et l'adhérence, ISO 28580 pour la résistance au roulement, et ECE R30 pour la haute vitesse. La liste complète est sur notre site.`],
  ['linkedin', 'fr', 'secret', `Note pour l'équipe de nuit (copiée de mon bloc-notes) : si le banc 4 redemande l'authentification, le compte opérateur c'est « essais » et le mot de passe Pn3u!Essai_Nuit. Ne pas redémarrer l'automate.`],
  // — Strasbourg biotech (Rhénabio) —
  ['linkedin', 'en', 'financial', `What a week! The term sheet is signed: our round will be priced at a €62M valuation. We only announce after closing at the end of January, so please don't mention it to partners before then.`],
  ['linkedin', 'fr', '', `Intéressante consolidation du secteur : une société générique indienne vient de racheter un façonnier alsacien spécialisé dans les injectables. Les génériqueurs montent en gamme, ça va changer le paysage de la sous-traitance.`],
  ['linkedin', 'fr', 'client_name', `Premier lot clinique livré à notre client Société Générique pour son essai de phase I ! Trois ans de développement de procédé, 14 lots d'ingénierie et beaucoup de nuits au labo.`],
  ['linkedin', 'fr', 'confidential_marker', `Brouillon du communiqué partagé avec l'agence, je le mets ici pour relecture par l'équipe :
EMBARGO jusqu'au 12 janvier, 9 h 00 CET
Rhénabio annonce des résultats positifs de phase II pour RB-204 dans la fibrose hépatique.`],
  ['linkedin', 'en', 'phone', `Meeting us at BIO-Europe? Our business development lead is on +33 3 88 41 27 65 throughout the week — call or message to set up a partnering slot.`],
  ['linkedin', 'fr', '', `Atelier cybersécurité intéressant : comment classer ses documents ? Nos niveaux vont de C1 « Public » à C3 « Confidentiel », et on a discuté de ce que veut vraiment dire « interne » pour un fichier partagé avec un sous-traitant.`],
  ['linkedin', 'fr', 'email', `Vous cherchez un stage en bioproduction pour l'été ? Écrivez-moi : claire.muller [at] rhenabio [dot] eu, avec deux lignes sur ce qui vous intéresse.`],
  ['x', 'en', '', `Our AAV vector paper is finally out in Nature Communications 🎉 Four years, 11 authors, one very stubborn reviewer 2.`],
  ['linkedin', 'fr', 'national_id', `Accueil de notre post-doc belge lundi. Mail à la RH collé ici par erreur :
« Pour son dossier frontalier : numéro de registre national 92.07.21-066.24, adresse à Arlon, début le 5 janvier. »`],
  ['linkedin', 'fr', '', `Petite fierté : notre plateforme de bioproduction de Illkirch a été visitée par 40 lycéens hier. Les questions étaient incroyables, certains voulaient déjà savoir comment on stérilise un bioréacteur.`],
  // — Bordeaux wine négociant (Maison Garonne & Fils) —
  ['linkedin', 'fr', 'financial', `Campagne primeurs : on sortira notre sélection du Médoc à 48 € HT la bouteille auprès des courtiers. Les châteaux n'ont pas encore publié leurs propres prix, donc on garde ça pour nous jusqu'au 15 avril.`],
  ['linkedin', 'fr', '', `Notre Bordeaux supérieur 2022 est désormais chez votre caviste à 24,90 € la bouteille. Un rouge généreux, parfait avec un magret. 🍷`],
  ['linkedin', 'fr', 'card', `Je colle par erreur la conversation avec le service client :
« La cliente a payé sa caisse de 6 avec la carte 5132 0196 0336 6998, exp 11/27, cryptogramme 412, mais la commande n'apparaît pas. Tu peux relancer le paiement ? »`],
  ['linkedin', 'fr', '', `Bonjour Madame, votre paiement par carte se terminant par **** 6998 a bien été reçu le 2 décembre, la livraison partira cette semaine. Merci pour votre fidélité !`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Importers in Asia: our export desk handles allocations for the 2024 en-primeur campaign. Reach us at export@garonne-fils.fr and we'll send the full offer sheet.`],
  ['linkedin', 'fr', '', `Retrouvez-nous à Wine Paris du 10 au 12 février, hall 5, stand B42 ! Dégustation de nos nouveaux millésimes et de la gamme bio.`],
  ['x', 'fr', '', `Château voisin qui sort son 2024 en primeur à 42 € : c'est le prix publié ce matin, plutôt sage vu le millésime. On attend les suivants.`],
  ['linkedin', 'fr', 'email', `Bonjour Thomas, merci pour votre intérêt ! Envoyez votre demande de tarifs à commandes@garonne-fils.fr avec le nom de votre établissement, on revient vers vous sous 48 h.`, { surface: 'comment' }],
  // — Toulouse drone maker (Autan Drones) —
  ['linkedin', 'fr', 'codename', `Project Kestrel a tenu 42 minutes en vol stationnaire avec 3 kg de charge utile, par 35 km/h de vent d'autan. Record battu pour l'équipe propulsion ! 🚁`],
  ['linkedin', 'en', '', `Unexpected visitor during this morning's field test near Muret: a kestrel hovered next to our prototype for almost a minute, matching it wingbeat for rotor. Nature still does hover-hold better than we do. 🪶`],
  ['linkedin', 'mixed', 'financial', `Quelle fin de semaine ! Order book now above €11.2M after Friday's contract with a European civil-protection agency. On l'annoncera au salon du Bourget — until then it stays inside these walls!`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe essais : la télémétrie MAVLink du prototype arrive maintenant sur 192.168.40.12:14550, ouvrez QGroundControl sur ce port avant le décollage.`],
  ['linkedin', 'en', 'secret', `Note for tomorrow's demo crew (pasted from my notes): the ground station hotspot is AUTAN-GCS-02, password Vent_d_Autan!7731. Don't connect your phones to it, it kills the video link.`],
  ['linkedin', 'fr', '', `On recrute un·e ingénieur·e GNC pour notre équipe de Toulouse Montaudran : 45 à 55 k€ brut annuel selon expérience, RTT, mutuelle prise en charge à 100 %. Anglais technique requis.`],
  ['x', 'en', '', `180 km/h in the wind tunnel today and the airframe didn't flinch. Engineers: ecstatic. Intern who 3D-printed the fairing: insufferable. 😄`],
  ['linkedin', 'fr', 'confidential_marker codename', `Je suis trop fier de cette fiche, je la partage à toute l'équipe :
Diffusion Restreinte — Fiche d'essais Project Kestrel n°17
Endurance : 42 min / Charge : 3 kg / Vent : 35 km/h`],
  ['linkedin', 'fr', '', `Question de stagiaire hier : « Diffusion Restreinte », c'est une marque de confidentialité officielle ou juste une formule ? Bonne occasion de refaire un point sur les niveaux de protection du secret de la défense nationale.`],
  // — Luxembourg fund administrator (Moselle Fund Services) —
  ['linkedin', 'fr', 'iban', `Aux distributeurs : les souscriptions dans nos compartiments en EUR se règlent désormais sur LU20 0015 9106 6847 1038. Merci de l'indiquer dans vos ordres à partir de la VNI du 2 janvier.`],
  ['linkedin', 'en', 'financial', `Huge thanks to the transfer agency team: assets under administration crossed €18.4bn this quarter. We'll publish the figure with the annual report in April, so keep it in-house until then.`],
  ['linkedin', 'en', '', `According to the CSSF's latest monthly figures, net assets of Luxembourg UCIs stand at around €5.5 trillion. Impressive for a country the size of a mid-sized French département.`],
  ['linkedin', 'fr', 'national_id', `Dossier d'affiliation au CCSS copié ici par erreur (je voulais l'envoyer à mon collègue) :
Matricule : 1983 0914 155 66
Employeur : Moselle Fund Services S.A.
Date d'entrée : 01/12`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the cover of our new control framework because the design team nailed it:
Classification: Confidential
Moselle Fund Services — AML/CTF risk appetite statement 2026, version for the board.`],
  ['linkedin', 'fr', '', `Quiz conformité de la semaine : cet IBAN luxembourgeois LU20 0015 9106 6847 1083 est-il valide ? Réponse : non, le contrôle modulo 97 échoue. Toujours vérifier avant de saisir un mandat.`],
  ['linkedin', 'en', 'email', `Distributors with onboarding questions for the new sub-fund can write to transfer-agency@mosellefs.lu — the team answers within one business day.`],
  ['linkedin', 'en', 'client_name', `Kick-off today for the onboarding of Initech's Luxembourg SICAV: 14 share classes, three currencies and a go-live date in March. Fun times ahead for the fund accounting team.`],
  ['linkedin', 'fr', '', `Marathon de Luxembourg bouclé en 3 h 42 ! Et 1 120 € récoltés pour la Croix-Rouge grâce à vos dons. Merci à tous les collègues qui m'ont soutenu au kilomètre 30. 🏃`],
  ['linkedin', 'en', 'secret', `Reminder for the NAV team (pasted from our runbook, my bad): the daily file drop is sftp://navdrop:Ql8#vRt2Lm@sftp.mosellefs.lu/incoming — upload before 17:30 CET.`],
  // — Genève NGO (Fondation Eau Partagée) —
  ['linkedin', 'en', '', `Our 2025 annual report is online: a CHF 12.6M budget, 81% of it spent directly on field programmes in the Sahel and Madagascar. Audited accounts are available for download — full transparency.`],
  ['linkedin', 'fr', 'financial', `Excellente nouvelle pour le programme Niger : un grand bailleur public nous accorde 2,8 M CHF sur quatre ans. Pas de communication tant que la convention n'est pas signée officiellement en janvier — mais quelle joie !`],
  ['linkedin', 'fr', 'iban', `Pour celles et ceux qui souhaitent soutenir nos forages avant la fin de l'année, les dons par virement sont possibles sur CH03 0024 3234 0483 6893 8 (mention « Forages 2026 »). Merci ! 💧`],
  ['linkedin', 'en', '', `Did you know that 2.2 billion people still lack safely managed drinking water, according to WHO and UNICEF? Our Thursday webinar unpacks what's behind these figures.`],
  ['linkedin', 'en', 'confidential_marker', `Posting the header of the security advisory we just circulated to field offices:
TLP:RED — Suspected compromise of the Niamey office's shared mailbox. Named recipients only.`],
  ['linkedin', 'en', '', `Sharing a public advisory from the humanitarian CERT, marked TLP:CLEAR, so feel free to pass it on: phishing emails impersonating UN agencies are targeting NGO finance teams this month.`],
  ['x', 'fr', '', `22 mars, Journée mondiale de l'eau. Cette année, nos équipes ont réhabilité 64 puits au Niger. Chaque goutte compte. 💧`],
  ['linkedin', 'fr', 'email', `Envie de donner de votre temps ? Nous cherchons des bénévoles pour le stand de l'Escalade. Inscriptions : benevoles@eaupartagee.ch`],
  // — Marseille port logistics (Phocée Logistique) —
  ['linkedin', 'fr', 'internal_url', `Petit tuto pour les nouveaux déclarants : le suivi interne des conteneurs en transit se fait sur https://tms.acme-corp.net/tracking?terminal=fos2, connectez-vous avec votre compte habituel.`],
  ['linkedin', 'fr', '', `Question du jour d'un stagiaire : que signifie le « 1 » à la fin de TGHU 482913 1 ? C'est le chiffre de contrôle ISO 6346 du conteneur ! On l'a recalculé ensemble à la main. Et le BL n° MRS-2025-114873 n'a pas de clé, lui.`],
  ['linkedin', 'fr', 'financial', `Notre grille de manutention augmentera de 6 % au 1er mars. Les chargeurs ne seront prévenus qu'à la fin janvier, donc on garde le sujet en interne jusqu'à l'envoi du courrier officiel.`],
  ['linkedin', 'fr', '', `Le Grand Port Maritime de Marseille a publié son trafic annuel : près de 77 millions de tonnes. Les conteneurs progressent, le vrac liquide recule. Intéressant pour notre prévision d'activité.`],
  ['linkedin', 'fr', 'iban', `Avis à nos clients transitaires : nouveau RIB de Phocée Logistique pour les règlements à partir du 1er janvier — FR76 2004 1010 0564 5778 7375 983. Un courrier signé suivra.`],
  ['linkedin', 'fr', '', `Mise en production de la release 10.12.3 de notre portail EDI cette nuit : nouveaux messages IFTMIN, meilleure gestion des dépotages partiels. Merci à l'équipe SI !`],
  ['linkedin', 'en', 'card', `Pasting this from our booking tool by accident — the customer needs the storage fee refunded:
Card: 3782 335235 21202 (Amex), exp 04/27, holder M. Aubert.`],
  ['x', 'fr', '', `Grève des dockers levée ce matin à Fos, les portiques redémarrent. On devrait résorber le retard d'ici jeudi. Merci aux clients pour leur patience. ⚓`],
  ['linkedin', 'fr', 'secret', `Enfin ! Les alertes de retard de navire tombent dans notre canal Slack. Pour ceux qui veulent brancher leur script :
SLACK_WEBHOOK=https://hooks.slack.com/services/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`],
  // — Brest marine sensors (Iroise Capteurs) —
  ['linkedin', 'en', 'codename', `Nébula made it through its first winter in the Iroise Sea without losing a single data point! Our wave buoy is ready for series production. Well done to the mechanical team who redid that seal three times.`],
  ['linkedin', 'fr', '', `Nuit de mission sur le Thalassa, ciel incroyable : M42, la grande nébuleuse d'Orion, visible à l'œil nu depuis le pont. Même les capteurs ont eu l'air émus. 🌌`],
  ['linkedin', 'fr', 'financial', `Préparation du board de janvier : on y présentera un chiffre d'affaires prévisionnel 2026 de 3,4 M€, soit le double de cette année. Les investisseurs ne l'ont pas encore vu, alors je garde les détails pour la réunion.`],
  ['linkedin', 'fr', 'phone', `Vous êtes en mer et votre capteur ne remonte plus de données ? Notre astreinte technique répond au 02 98 46 71 30, 24 h/24.`],
  ['linkedin', 'fr', 'internal_url', `Les courbes de houle des bouées de test sont visibles en direct sur http://10.8.0.21/grafana/d/houle — accessible uniquement depuis le VPN du labo.`],
  ['linkedin', 'mixed', 'secret', `Memo for the client integration (oups, posté au mauvais endroit) : the access key for our data platform is 7c1e9b2f4a8d03e6b5f1c9a2d7e4830f, à passer dans l'en-tête X-Api-Key.`],
  ['linkedin', 'en', '', `Our buoy firmware is now open source! Grab v2.3.0 from GitHub and check the download against its published SHA-256: 4e1f0c9a7b2d85e3c6f1a0b9d8e7c6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9.`],
  ['linkedin', 'fr', '', `Nous recrutons un·e ingénieur·e électronique embarquée en CDI à Brest, 42 à 50 k€ brut annuel. Bonus : vue sur la rade et sorties en mer régulières.`],
  ['x', 'en', '', `Storm overnight on Finistère: 11 m waves measured off Ushant by our buoys. They held up. We're a bit more battered. 🌊`],
  ['linkedin', 'fr', 'email', `Journalistes, pour toute demande d'interview sur nos campagnes de mesure : presse@iroise-capteurs.bzh`],
  // — Dijon mustard maker (Moutarderie du Val de Saône) —
  ['linkedin', 'fr', 'financial', `Point ADV : notre prix de gros augmentera de 9 % au 1er avril à cause de la graine canadienne. La grande distribution ne le sait pas encore — les courriers partent le 15 janvier. Préparez vos arguments !`],
  ['linkedin', 'fr', '', `Notre moutarde à l'ancienne est à 4,80 € le pot de 210 g dans notre boutique de la rue de la Liberté. Et la dégustation est gratuite !`],
  ['linkedin', 'fr', 'iban', `Nos fournisseurs de graines en Bourgogne nous demandent nos coordonnées pour les avoirs : FR76 1380 7001 0499 3062 2315 918. À bientôt pour la prochaine récolte !`],
  ['linkedin', 'fr', '', `Saviez-vous que l'essentiel de la graine de moutarde utilisée à Dijon vient du Canada ? La sécheresse de 2021 a fait chuter la production de moitié. On relance la culture en Bourgogne avec 200 agriculteurs.`],
  ['linkedin', 'fr', 'national_id', `Oups, j'ai collé la mauvaise ligne : « Dossier mutuelle de M. Haddad, NIR 1 77 09 99 350 042 81, né à Casablanca, ayant droit : conjointe ». Je supprime dès que possible.`],
  ['x', 'fr', '', `Moutarde au cassis + pain d'épices + un soir d'hiver = bonheur. Testé et approuvé par toute l'équipe du conditionnement. 🍇`],
  ['linkedin', 'fr', 'confidential_marker', `J'adore notre nouvelle fiche de fabrication, regardez-moi cet en-tête :
INTERNE — ne pas diffuser
Recette moutarde au miel v4 : graines brunes 62 %, vinaigre de vin 21 %…`],
  ['linkedin', 'fr', '', `Merci ! Le pot de 200 g au cassis est à 3,20 € en boutique et sur notre site, livraison offerte dès 40 € d'achat.`, { surface: 'comment' }],
  // — Reims champagne house (Champagne Lanvert-Roussel) —
  ['linkedin', 'fr', 'financial', `Mot du directeur export aux équipes : le chiffre d'affaires export 2025 atteindra 86 M€. On le présente au conseil de surveillance le 20 février, la publication officielle suivra. Ne le sortez pas avant, même aux agents.`],
  ['linkedin', 'en', '', `The Comité Champagne announced 271 million bottles shipped in 2024. Down in volume, but value is holding up. The full figures are on their website.`],
  ['linkedin', 'fr', 'card', `Message du caveau copié par erreur (le client attend toujours) : « Paiement de la réservation de groupe avec la carte 4012 6420 6252 8341, tu peux le relancer, le TPE a coupé. »`],
  ['linkedin', 'fr', '', `Réclamation traitée ! Votre commande n° 4012 6420 6252 8347 est bien repartie ce matin par transporteur. Nous vous prions de nous excuser pour le retard de livraison.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Planning a trip to Reims? Cellar visits in English every Saturday at 11 am. Book at visites@lanvert-roussel.fr — limited to 12 guests per tour.`],
  ['x', 'fr', '', `On cherche un·e caviste pour notre boutique de Reims : CDI, 2 100 à 2 400 € brut mensuel, week-ends alternés. Candidatures sur notre site 🥂`],
  // — Lyon hospital IT contractor (Rhône Santé Numérique) —
  ['linkedin', 'mixed', 'client_name', `Cutover done this weekend : the new electronic patient record is live at Hôpital Sainte-Claire across all 12 medical wards. 60 heures sans dormir, mais zéro incident patient.`],
  ['linkedin', 'fr', '', `Balade du dimanche dans les pentes de la Croix-Rousse, jusqu'à l'ancien couvent des Clarisses. La chapelle Sainte-Claire est fermée au public, mais la cour vaut le détour.`],
  ['linkedin', 'fr', 'internal_url', `Pour les référents qui me demandent où se trouve le nouveau guide : il est en ligne sur https://dpi.intranet.rsn-lyon.fr/guides/prescription, version 2.1.`],
  ['linkedin', 'fr', 'national_id', `Ticket de support recopié pour mon équipe, sans anonymiser (erreur de ma part) :
« Patiente Mme L., NIR 2 04 05 69 123 456 80, doublon de dossier créé aux urgences, fusion demandée. »`],
  ['linkedin', 'fr', '', `Rappel aux éditeurs : pour les jeux de test, utilisez des NIR masqués du type 2 XX XX XX XXX XXX XX ou les identités fictives de l'ANS, jamais des données réelles de patients.`],
  ['linkedin', 'fr', 'phone', `Les établissements qui rencontrent un incident critique sur la passerelle HL7 peuvent joindre notre astreinte au 04 72 61 83 05, 24 h/24.`],
  ['linkedin', 'fr', 'secret', `Note de passation d'astreinte (postée ici au lieu du wiki, désolé) : compte de service de l'interface labo = svc_labo, mot de passe Hdl7$qPz!Lyon. À changer après la migration.`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage le modèle de compte rendu qu'on utilise désormais, très pratique :
CONFIDENTIEL — Données de santé à caractère personnel
Compte rendu d'incident n° 2025-118`],
  ['linkedin', 'en', '', `Quick reminder for our English-speaking contractors working in France: for a medical emergency dial 15 (SAMU) or 112, not 911. Save it in your phone before your first on-call week.`],
  ['linkedin', 'fr', 'financial', `Notre réponse à l'appel d'offres du GHT part vendredi : 1,9 M€ sur quatre ans pour la maintenance du DPI. On n'a jamais été aussi compétitifs, croisons les doigts.`],
  ['linkedin', 'fr', '', `Bienvenue aux nouveaux internes en médecine qui commencent leur semestre ! Notre équipe assure la formation au logiciel de prescription chaque lundi à 14 h en salle 3.`],
  // — cross-cutting: threads, pasted notes, look-alikes —
  ['x', 'en', '', `1/ Things we learned shipping our first console port, a thread 🧵 Start certification tests early. We ran the first one in month 10 and failed 31 checks.`],
  ['x', 'en', '', `2/ Budget for localisation properly. Our public postmortem (GDC talk, slides online) says it ended up at 9% of the dev cost, and it was worth every cent.`],
  ['linkedin', 'en', 'financial', `Pasted from my planning doc, because I'm proud of where we're heading:
DRAFT – pending board sign-off
FY27 studio opex: $9.2M CAD
Headcount: +18 (mostly engine and live-ops)`],
  ['linkedin', 'mixed', 'client_name financial phone', `Notes de réunion d'hier (copiées telles quelles, désolée pour le franglais) :
- Initech: fee renegotiation at 4.5 bps on the SICAV, pas encore communiqué au client
- Action : Paul envoie la proposition lundi
- Call de suivi : +352 27 86 54 20, 10 h`],
  ['linkedin', 'fr', 'iban phone', `Message Teams collé ici par erreur :
« Tu peux créer le nouveau transporteur dans SAP ? IBAN BE68 0467 3668 8934, le gérant c'est M. Lejeune, GSM +32 471 28 93 06. Merci ! »`],
  ['linkedin', 'fr', 'card', `Ticket e-boutique recopié dans le mauvais onglet : « Cliente allemande, carte 2223 5559 6334 9105, paiement refusé deux fois, elle veut commander le kit par téléphone. »`],
  ['linkedin', 'en', '', `Tip for devs integrating Stripe: in test mode use 4242 4242 4242 4242 with any future expiry and any CVC. It never touches a real account, so it's safe in your test fixtures.`],
  ['linkedin', 'en', '', `Our cloud onboarding guide now uses AWS's documented example keys — AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — so nobody is tempted to paste a real one into the slides.`],
  ['linkedin', 'fr', '', `Rappel à nos clients : le mot de passe par défaut « changeme » de la console doit être remplacé dès la première connexion. Le système vous y obligera à partir de la version 4.2.`],
  ['linkedin', 'fr', 'iban email', `Message d'une freelance collé par erreur dans notre page :
« Voici mon RIB pour la facture de novembre : TN59 0876 1630 0887 5262 0190. Vous pouvez aussi m'écrire sur f.bensalem.design@gmail.com pour la suite. »`],
  ['linkedin', 'fr', 'iban', `Merci pour votre fidélité ! Pour régler votre facture de marchand par virement, utilisez notre compte SN90 SN21 3712 9875 7199 2609 6606 en indiquant votre identifiant marchand.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Le prix de notre dernier médicament de référence a été fixé par le CEPS et publié au Journal officiel hier. Ce n'est pas nous qui le décidons, mais c'est une étape importante pour les patients.`],
  ['linkedin', 'en', 'financial', `Sealed bid went in this morning for the national police drone tender: €41,500 per system, 120 systems. Envelopes open on the 9th — fingers crossed, and mouths shut until then. 🤐`],
  ['linkedin', 'fr', '', `La loi de programmation militaire prévoit 413 Md€ sur 2024-2030, dont une part croissante pour les drones. Un signal fort pour toute la filière toulousaine.`],
  ['linkedin', 'fr', '', `Petit rappel pour nos confrères studios : le crédit d'impôt québécois pour la production de titres multimédias est de 37,5 % des dépenses admissibles, selon les règles publiées par Investissement Québec.`],
  ['linkedin', 'fr', 'national_id email', `Brouillon de message aux RH qui s'est retrouvé en post :
« Pour la déléguée de Bamako : AVS 756.2459.3303.03, elle a une adresse perso, fatou.diarra.gva@bluewin.ch, à utiliser jusqu'à la création de son compte. »`],
  ['linkedin', 'fr', '', `Atelier saisie RH : pourquoi le numéro 756.2781.2258.35 est-il rejeté ? Parce que le chiffre de contrôle EAN-13 attendu est 4. Un bon rappel : la clé se vérifie toujours.`],
  ['linkedin', 'fr', 'card', `Note du superviseur qualité (retranscrite ici au lieu du rapport d'écoute) : « L'agent a répété la carte du client à voix haute : 5413 6861 3209 1402, CVV 518. Débrief PCI à faire demain. »`],
  ['linkedin', 'en', '', `PCI-DSS reminder for our agents: never write down a full card number. If you must refer to it in a ticket, mask it like 5413 **** **** 1402 and never record the CVV.`],
  ['linkedin', 'fr', 'national_id', `Contrat étudiant pour l'été, collé ici par mégarde : Lucas Dumont, numéro national 03.04.15-037.21, 18 jours au tri des métaux non ferreux.`],
  ['linkedin', 'fr', '', `Attention, une fausse offre d'emploi circule à notre nom et demande votre numéro de registre national « pour le contrat » — ils ont même inventé un numéro bidon, 85.03.12-435.14, dans leur exemple. Nous ne recrutons pas sur WhatsApp.`],
  ['linkedin', 'fr', 'secret internal_url', `Besoin d'aide sur un timeout Redis, voici notre config :
REDIS_URL=redis://:S3cr3tQuai_91@cache.phocee.internal:6379/2
Le cache tombe toutes les nuits à 3 h, une idée ?`],
  ['linkedin', 'fr', '', `Notre nouveau site www.phocee-logistique.fr est en ligne ! Suivi de vos conteneurs, demandes de cotation et horaires du terminal, accessibles depuis votre téléphone.`],
  ['linkedin', 'fr', 'codename financial', `Revue de conception Nébula : coût de revient unitaire estimé à 2 150 € en série de 500, avant validation par le comité produit. Objectif : passer sous les 2 000 € en 2027.`],
  ['linkedin', 'fr', '', `Nos comptes 2024 sont disponibles au greffe du tribunal de commerce de Dijon : 18 M€ de chiffre d'affaires, 62 salariés. Fiers de rester une entreprise familiale.`],
  ['linkedin', 'en', 'financial', `Ahead of our Q1 trading update, UK shipments are tracking 12% below plan and the US is 8% above. Keep these numbers within the sales team until the update goes out.`],
  ['linkedin', 'fr', '', `Le Ségur du numérique en santé, c'est 2 milliards d'euros d'investissement public annoncés par l'État. Une bonne partie a financé les DPI de nos clients.`],
  ['x', 'fr', '', `Mon fils a oublié son atlas bleu de géographie dans le métro léger, station Bab Saadoun. Si quelqu'un le trouve… 🙏`],
  ['x', 'en', '', `Atlas, our workshop cat, now has a blue collar with a bell so the forklift drivers hear him coming. Safety first. 🐈`],
  ['linkedin', 'fr', 'internal_url', `Le rapport d'essai comparatif de la campagne hiver est partagé sur https://wiki.corp.acme.com/pneus/hiver-2025 pour nos partenaires du groupe.`],
  ['linkedin', 'fr', '', `Belle nouvelle annoncée hier par la préfecture : une subvention France 2030 de 1,2 M€ pour notre ligne de soudage robotisée. Le communiqué officiel est en ligne.`],
  ['x', 'fr', '', `1/2 Une arnaque circule : de faux agents vous appellent en se présentant comme notre service client et demandent votre code. Raccrochez.`],
  ['x', 'fr', '', `2/2 Notre vrai service client ne vous demande JAMAIS votre code secret ni de faire un transfert « de test ». Signalez tout appel suspect dans l'appli.`],
  ['linkedin', 'mixed', 'client_name', `Brief de lancement pour la campagne Globex : SLA 80/20, first call resolution target 75 %, démarrage le 12 janvier avec 25 agents bilingues.`],
  ['linkedin', 'fr', '', `Ce soir au ciné-club de la Kulturfabrik : « L.A. Confidential ». Toute l'équipe du back-office y sera, venez nous rejoindre !`],
  ['linkedin', 'en', 'confidential_marker internal_url', `Sharing our post-mortem template in action (should've stripped the header, oh well):
[INTERNAL] Post-mortem — HL7 gateway outage, 2 Dec
Root cause: certificate expired on 172.20.14.7
Duration: 47 min`],
  ['linkedin', 'fr', 'card', `Message pour la compta collé ici : « Les frais du salon de Hambourg ont été payés avec la carte affaires 4970 6805 3870 6398, merci de rapprocher avec le relevé de décembre. »`],
  ['linkedin', 'fr', '', `SMS frauduleux reçu par plusieurs collègues : « Votre carte 4970 6805 3870 6397 a été bloquée, cliquez ici ». Le numéro ne passe même pas le contrôle de Luhn. Ne cliquez pas !`],
  ['linkedin', 'fr', 'iban', `Changement de banque pour nos apporteurs de raisin : les règlements de la vendange 2025 partiront du compte FR76 1680 7000 9330 1576 2234 629. Merci de conserver cette information avec vos contrats.`],
  ['linkedin', 'fr', 'iban', `Bonjour Madame, pour le remboursement de votre acompte, nous avons besoin de votre accord écrit. Les virements de Micro-Rouages partent du compte CH13 8080 8848 9100 5811 5, vous le verrez sur votre relevé.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Collé par erreur depuis la messagerie de la paie : « Le salaire de Nadia doit désormais partir sur MA64 0075 8029 7221 0947 5783 3695, elle a changé de banque. »`],
  ['linkedin', 'en', 'email', `Speaking at our Abidjan sustainability day? Send your slides by Friday to events@ivoirefeves.ci so the AV team can test them.`],
  ['x', 'fr', '', `Écrivez-nous sur notre compte @IroiseCapteurs ou passez nous voir au salon Sea Tech Week à Brest, stand 12. On adore parler de houle.`],
  ['linkedin', 'fr', '', `Sondage : selon vous, quelle part du prix d'une bouteille de champagne revient au raisin ?
• moins de 20 %
• 20 à 40 %
• plus de 40 %
(la réponse publiée par le Comité Champagne va vous surprendre)`],
  ['linkedin', 'fr', 'financial', `Live depuis notre séminaire de direction à Beaune 🍷 Le plan stratégique vise 25 M€ de CA en 2028 et un nouvel atelier à Chenôve. Tout ça sera officialisé en juin, mais quelle énergie dans la salle !`],
  ['linkedin', 'fr', '', `C'est mon dernier jour chez Rhône Santé Numérique après 9 ans. Merci aux équipes, aux hôpitaux clients, aux nuits d'astreinte et aux croissants du vendredi. À bientôt sur d'autres projets !`],
  ['linkedin', 'fr', '', `Changelog du portail fournisseurs v3.4 :
- export CSV des factures
- filtre par statut de paiement
- correction d'un bug d'affichage des dates
Merci pour vos retours !`],
  ['linkedin', 'fr', 'secret', `Mise en place du portail Wi-Fi pour le séminaire, le réseau invités « MOSA-Events » a pour clé WPA2 Ferraille&Feu_2026. Si ça coupe, redémarrez la borne près du bar.`],
  ['linkedin', 'fr', '', `Rappel suite à la formation sécurité : un mot de passe robuste, c'est au moins 14 caractères, une phrase de passe plutôt qu'un mot, et surtout jamais le même sur deux services. Activez la double authentification partout.`],
  ['linkedin', 'en', '', `We closed a $6M seed round — announced this morning in the press, so I can finally talk about it! What I learned: investors cared far more about our retention curves than our trailer.`],
  ['linkedin', 'en', '', `Hot take from our security week: stop stamping "CONFIDENTIAL" on every slide. If everything is confidential, nothing is, and people stop reading the label altogether. Classify what matters.`],
  ['linkedin', 'en', '', `Last day at Moselle Fund Services after seven years. Thank you for the late NAV nights, the Friday quiches and the best colleagues in Kirchberg. Next chapter starts in January — more soon!`],
]);
