import { rows } from './corpus-types';

/**
 * Held-out set "fresh26": written 2026-12-04 (01:11-01:23 UTC) by a blind author, BLIND: without opening utils/,
 * scripts/, bench/, tests/checks/ or any corpus post file other than the policy and row types in corpus-types.ts (and
 * the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping the
 * repository, so it measures how the rules generalise to posts they were never tuned on; the checks, the scorer and
 * vitest were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh26`.
 * First scored 2026-12-04 01:27 UTC on the rules of 93d6a2a (after the fixes from fresh24 and fresh25), before any fix
 * from it: confidentiality macro F1 0.954, 9.0 % of clean posts flagged (8 of 89); financial 0.779 (precision 0.909,
 * recall 0.682), confidential_marker 0.759 (precision 0.688, recall 0.846), secret 0.957, the 8 others 1.000.
 *
 * Authors: employees of a Bénodet shipyard, a Saint-Émilion wine estate, a Clermont-Ferrand regional airline, a
 * Roubaix linen mill, a Lyon pharmaceutical lab, a Nantes regional broadcaster, a Bristol architecture practice, a
 * Manchester cybersecurity firm, a Rotterdam plastics recycler, a Derby rail-maintenance contractor, a Grasse cosmetics
 * house, a Jura dairy cooperative, a Toulouse satellite-imaging start-up, a Dublin event agency, a Lille elevator
 * maintenance firm, an Angers seed breeder, a Portsmouth ferry operator, a Stoke tile factory, an Oslo acoustics
 * consultancy and a Montréal translation agency (with an Antwerp cold-storage operator as a twenty-first). Forms: proud
 * team updates, pasted board-pack and meeting lines, Teams, Slack and WhatsApp messages pasted by mistake, supplier
 * bank-detail notices, customer-service replies (surface 'comment'), job ads with published salary ranges, X posts, a
 * poll, event recaps, release notes, a post-mortem, e-mail signatures, out-of-office notes, HR and payroll notes, a
 * farewell, scam warnings and security tips.
 *
 * Financial positives (the heaviest class), in digits, words and ranges, in EUR, GBP, NOK and CAD: a sealed bid before
 * the opening of tenders, an order book before the annual accounts, a grand-vin price before the merchants' letter,
 * EBITDA from a board pack before the accountant closes the books, subscription churn kept in-house, a fare floor not
 * yet loaded into the GDS, unit and batch costs and margins before group or sales see them, a price rise before the
 * customers' letter, a contract value held until the customer's trade show or press release, programme and redundancy
 * budgets before the people affected are told, advertising and day rates before the rate card goes out, a generic's
 * negotiated price, a weighted pipeline, pre-close NRR and gross margin before the audit, a Series B term sheet, a
 * capex ask for an investment committee, a board-approved forecast, milk prices and bonuses before the members'
 * letter, tender prices, a storage tariff and a customer quote. Look-alikes: published annual and half-year results
 * with their source, a press release already out, public retail and ticket prices, a public rate card, published
 * salary ranges, a regional and a city budget voted in public, other bodies' published figures (SAFER land prices,
 * Médiamétrie ratings, port throughput, cheese-trade prices), a teaching example, personal money (a mortgage, a
 * raffle, a Secret Santa limit) and a scammer's fake deposit.
 *
 * Confidential markers are explicit labels only (DIFFUSION RESTREINTE, C3 – Restreint, SOUS EMBARGO, TLP:AMBER+STRICT,
 * STRICTLY CONFIDENTIAL – BOARD ONLY, CONFIDENTIEL – NE PAS DIFFUSER, Usage interne uniquement, EXPORT CONTROLLED –
 * INTERNAL ONLY, COMMERCIAL IN CONFIDENCE, Under NDA, Confidentiel Direction, INTERNE – NE PAS DIFFUSER, Commercial in
 * Confidence – Restricted); informal requests ("keep it in the room", "motus", "mum's the word") are not markers.
 * Look-alikes: TLP:CLEAR, professional and medical secrecy, film titles (Secret défense, Top Secret!), a Secret Santa,
 * an embargoed-press-release joke, a translation tip, "confidential to no one", a canteen-menu joke.
 *
 * CONVENTIONS: every written e-mail address is labelled email, role mailboxes (presse@, careers@, sav@, quebec@...)
 * and obfuscated "(at) / [dot]" forms included; example.com placeholders are clean. Every written phone number is
 * labelled phone, switchboards and hotlines included (FR, UK, IE, NO, BE, CA formats); 112, 999 and 111 are not. Every
 * IBAN, card and national id positive was computed with a throwaway script kept outside the repository: exact country
 * length and mod-97 for IBANs (FR and the RIB key, BE with its account check, ES with both control digits, PT with its
 * NIB check, NL, GB, IE, CH, PL, DK); Luhn for Visa, Mastercard (5- and 2-series), Amex, JCB, Diners and Maestro;
 * the national key for the French NIR, Polish PESEL, Dutch BSN (11-test), Spanish NIE letter, Belgian national register
 * number, Norwegian fødselsnummer, Swedish personnummer (Luhn), Finnish henkilötunnus (mod 31), German Steuer-ID
 * (ISO 7064 mod 11,10), Swiss AVS (EAN-13), Portuguese NIF, Canadian SIN (Luhn); UK NINO and US SSN by format.
 * Look-alikes: the ISO 13616 GB example IBAN, a fraudster's IBAN with a wrong check, a masked IBAN tail, Stripe's 4242
 * test card, a card failing Luhn in a scam text, masked cards, a half-masked NIR, the 123-45-6789 form sample, Dutch
 * test BSNs, AWS's EXAMPLE access key, an env-var placeholder, an order number and a version number. Secrets: AWS,
 * GitHub, Slack, Stripe live, GitLab, SendGrid and Hugging Face tokens, an unknown-format hex token after "jeton
 * d'accès", passwords in a post-mortem, a pasted chat, a technicians' note and a guest Wi-Fi. Internal URLs on
 * acme-corp.net and corp.acme.com plus one private IP; public URLs (cyber.gouv.fr, github.com, a press page,
 * news.acme.com) are clean. Code names (Orion, Nébula, Project Kestrel, Atlas Bleu) and clients (Globex, Initech,
 * Société Générique, Hôpital Sainte-Claire) are positives in their company sense; the Orion Nebula and constellation,
 * the Marvel Nebula, a kestrel, an old blue road atlas, Office Space's Initech, CME Globex and a lower-case "société
 * générique" in a teaching example are clean.
 *
 * Counts (by script): 226 posts (111 FR, 107 EN, 8 mixed; 15 on X, 10 comments): 89 clean, 137 with one or more
 * findings. Labels: financial 44, national_id 14, phone 14, confidential_marker 13, email 12, secret 12, client_name
 * 11, iban 11, card 10, codename 10, internal_url 10.
 */
export const FRESH26_POSTS = rows('fresh26', [
  ['linkedin', 'fr', 'financial', "Grosse semaine au chantier. Le devis final pour la refonte du ferry des Glénan part lundi chez l'armateur : 4,37 M€ HT, on s'est placés 6 % sous notre prix plancher de l'an dernier pour passer devant les Néerlandais. Croisez les doigts, l'ouverture des plis est le 18."],
  ['linkedin', 'fr', '', "Mise à l'eau ce matin du palangrier « Ar Vag » sur la cale 2 🚢 14 mois de travail, 38 métiers différents, et un patron pêcheur aux larmes. Merci à toute l'équipe de l'Odet, c'est pour ces moments-là qu'on fait ce métier."],
  ['linkedin', 'fr', 'iban phone', "Changement de coordonnées bancaires – Chantiers Navals de l'Odet.\nÀ compter du 1er janvier, merci de régler nos factures sur le compte FR76 1751 5900 0008 1234 5671 275 (Crédit Mutuel de Bretagne).\nPour toute question : service comptabilité, 02 98 57 41 06."],
  ['linkedin', 'fr', '', "Quelqu'un a vu le prix du gazole pêche cette semaine ? 1,12 €/l à Concarneau d'après Le Marin. Ça pique pour les armements."],
  ['linkedin', 'fr', 'confidential_marker codename', "Petit coup d'œil en coulisses 👀 Capture de notre revue de design de ce matin (bandeau en haut : « DIFFUSION RESTREINTE – Project Kestrel ») : on a enfin figé les lignes de la carène. Fier de l'équipe bureau d'études !"],
  ['linkedin', 'fr', 'financial', "Carnet de commandes du chantier : 11 navires, 186 M€, du jamais vu en 60 ans. Le chiffre sortira avec les comptes annuels en avril, d'ici là on savoure entre nous 🥂"],
  ['linkedin', 'fr', 'financial', 'Vendanges 2026 terminées 🍇 31 hl/ha, des merlots superbes. Côté prix, le grand vin millésime 2025 passera à 68 € départ propriété : nos cavistes le découvriront avec la lettre de janvier, alors motus 😉'],
  ['linkedin', 'fr', '', 'Le Domaine Vallet-Rouzaud recrute un(e) chef(fe) de culture en CDI : 32 000 – 36 000 € brut annuel selon expérience, logement possible sur la propriété. Candidatures via la page carrières de notre site.'],
  ['linkedin', 'fr', 'email phone', 'Week-end portes ouvertes les 13 et 14 décembre au domaine ! Pour réserver une visite-dégustation, écrivez à oenotourisme@vallet-rouzaud.fr ou appelez le 05 57 24 68 13.'],
  ['linkedin', 'fr', '', "Le prix moyen de l'hectare en appellation Saint-Émilion grand cru selon la SAFER : 2,1 M€ (chiffres 2025 publiés en mai). Vertigineux pour qui veut s'installer."],
  ['linkedin', 'mixed', 'financial', "Board pack for Thursday is printed. Headline for the family: EBITDA du domaine à 1,9 M€ sur l'exercice clos en septembre, vs 2,4 l'an dernier — the June hail cost us more than we thought. Les comptes ne sont pas encore arrêtés par l'expert-comptable."],
  ['linkedin', 'fr', 'card', '[message perso collé au mauvais endroit, désolée] Chéri tu peux réserver le gîte pour février ? Prends la carte du compte joint 4970 2517 8126 7999, crypto 362, elle expire en 2028.'],
  ['linkedin', 'fr', 'secret', "Pour brancher la sonde de température de la cave au tableau de bord Grafana : jeton d'accès 831b5bd5a03d76e82f142f51d1c30ea8 (c'est celui du compte de service, pas le mien)."],
  ['linkedin', 'fr', 'financial', 'Le taux de désabonnement de notre box dégustation est monté à 7 % par mois depuis la hausse de prix de septembre. On garde ce chiffre entre nous mais je prends toutes les idées pour retenir les abonnés !'],
  ['linkedin', 'fr', 'financial', "Retour de réunion commerciale : le remplissage de Clermont–Bordeaux est tombé à 58 % sur novembre, et le tarif plancher passera de 79 à 94 € au 1er février. La grille n'est pas encore chargée dans le GDS, donc rien côté agences avant mi-janvier."],
  ['linkedin', 'en', '', 'Aéralys published its 2025 annual report today: revenue €212m, 1.4 million passengers, on-time performance 88%. The full report is on our investor relations page. Proud of what the crews achieved in a tough year.'],
  ['linkedin', 'fr', 'national_id phone', '[copié depuis Teams] Pour la mutuelle de Karine Béraud (PNC, base CFE) : numéro de sécu 2 87 06 75 116 042 80, portable 06 72 18 44 90. Merci de mettre le dossier à jour avant vendredi.'],
  ['x', 'en', '', "Reminder from a gate agent: if you find a note stuck on a lost bag saying 'call this number for a reward', don't. Hand the bag to ground staff. Scam season at airports."],
  ['linkedin', 'en', 'secret internal_url', "Post-mortem of Tuesday's crew-portal outage. Root cause: a config push from https://deploy.corp.acme.com/pipelines/crew-portal/482 overwrote the DB credentials, and the new value (password=Vq7!marmotte-Puy63) was printed in plain text in the job logs. Lessons below 👇"],
  ['linkedin', 'fr', 'card', "Carte Diners de la direction pour les billets du salon de Farnborough : 3056 6396 6684 63. Merci de ne pas l'enregistrer dans le navigateur cette fois-ci !"],
  ['linkedin', 'fr', '', "Rappel pour nos PNC : le secret médical s'applique aussi à bord. Un passager malaise, ça ne se raconte pas sur les réseaux, même sans nom."],
  ['linkedin', 'fr', 'financial', "Point atelier : notre coût de revient du fil lin/coton passe à 14,80 €/kg après la hausse de l'énergie. Il faudra répercuter environ 9 % sur les tarifs 2027 ; les clients recevront le courrier après le comité du 12."],
  ['linkedin', 'fr', '', 'Journées du patrimoine : 640 visiteurs à la filature ce week-end ! Merci aux bénévoles et aux anciens fileurs qui ont raconté leurs souvenirs devant les continus à anneaux.'],
  ['linkedin', 'fr', 'client_name financial', "Signature hier soir avec Globex pour l'habillage textile de leurs 40 boutiques : 2 ans, environ 1,1 M€ de commandes. L'annonce officielle attendra leur salon de mars, mais quelle fierté pour une filature de 90 personnes."],
  ['linkedin', 'fr', '', 'Bonjour Julie, merci pour votre message ! Nos échantillons de lin lavé sont disponibles sur demande via le formulaire de notre site. Belle journée', { surface: 'comment' }],
  ['linkedin', 'fr', '', "⚠️ Arnaque en cours : un faux mail « Filature du Haut-Lin » demande à nos clients de payer sur le compte FR79 1751 5900 0008 1234 5671 275. Ce n'est PAS notre compte (le numéro n'est même pas valide). Ne payez rien et prévenez-nous."],
  ['linkedin', 'fr', 'card', "Remboursement de la note de frais du salon Première Vision : j'avais avancé avec ma carte perso 4539 2545 8133 9269 (exp. 11/27). La compta peut vérifier le débit et me rembourser ?"],
  ['linkedin', 'fr', '', 'Les crédits de la Région pour la filière textile : 12 M€ sur trois ans (délibération publiée au recueil des actes administratifs). Bonne nouvelle pour Roubaix et Tourcoing.'],
  ['linkedin', 'fr', 'confidential_marker financial', "Relecture du deck CODIR ce soir (pied de page « C3 – Restreint » sur chaque slide). Le coût par lot du nouveau sirop pédiatrique ressort à 3 820 €, objectif 3 200 d'ici la mise sur le marché. On y est presque !"],
  ['linkedin', 'fr', '', "Fière d'annoncer que notre site de Gerland a obtenu le renouvellement de son certificat BPF après trois jours d'inspection. Bravo à l'assurance qualité !"],
  ['linkedin', 'fr', 'codename', "Dernière ligne droite pour Nébula : les lots de stabilité à 6 mois sont conformes, on attaque la rédaction du module 3 du dossier. Bravo à l'équipe galénique 💪"],
  ['linkedin', 'en', '', 'Spent the evening with the 10-inch Dobsonian: the Orion Nebula was stunning even through a thin haze, and the Trapezium split easily. Best way to forget a week of batch records.'],
  ['linkedin', 'fr', 'national_id email', "Onboarding de Tomasz (CDD labo) : PESEL 92031407897 pour le dossier de détachement, et son adresse perso tomasz.wrobel88@gmail.com pour l'envoi du contrat. Merci Élodie !"],
  ['linkedin', 'fr', '', "Conseil du jour aux jeunes pharmaciens : le secret professionnel ne s'arrête pas à la porte de l'officine. Aucun cas patient sur les réseaux, même « anonymisé »."],
  ['linkedin', 'fr', 'financial', "Prix de cession du générique d'amoxicilline négocié avec la centrale : 1,18 € la boîte au lieu de 1,35. Les officines ne le verront qu'au 1er mars, on a encore le temps de caler la production."],
  ['linkedin', 'fr', 'confidential_marker', "Conducteur de l'édition spéciale de dimanche envoyé aux équipes plateau — SOUS EMBARGO jusqu'à 20h00. Merci de ne rien relayer avant l'antenne !"],
  ['x', 'fr', '', '« Secret défense » de Rivette repasse ce soir à 21h10. Sandrine Bonnaire immense, comme toujours.'],
  ['linkedin', 'fr', '', "Les audiences de novembre sont tombées : 4,2 % de part d'audience pour le JT régional (Médiamétrie, publié ce matin). Merci à vous qui nous regardez chaque soir."],
  ['linkedin', 'fr', 'financial', "Grille 2027 : la direction a tranché, l'enveloppe programmes baisse de 1,3 million, soit environ 11 %. Les producteurs n'ont pas encore reçu leurs lettres, ça va grincer."],
  ['linkedin', 'fr', 'phone', 'Vous avez une info, une vidéo, un témoignage ? La rédaction de Canal Estuaire est joignable 7j/7 au 02 40 73 19 55 ou sur WhatsApp au +33 6 48 21 07 36.'],
  ['linkedin', 'en', '', 'Thanks for flagging! The replay of the debate is available on our website for 30 days.', { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', "On a bouclé les négos avec les annonceurs pour la Coupe : l'écran de 30 secondes avant le match sera facturé 9 400 € HT. Les agences auront la plaquette lundi, pas avant."],
  ['linkedin', 'en', 'client_name financial', 'Great workshop with the Hôpital Sainte-Claire estates team on the new maternity wing. Our fee proposal went in at £1.18m — fingers crossed, their board decides in January.'],
  ['linkedin', 'en', '', 'Our Clifton library scheme just won a RIBA South West award! Drawings, photos and the full jury citation are on our website. Huge thanks to the contractor and the community group.'],
  ['linkedin', 'en', 'internal_url', 'New joiners: all the CAD templates, title blocks and the BIM execution plan live on https://wiki.acme-corp.net/spaces/DESIGN/bim-standards — bookmark it on day one.'],
  ['linkedin', 'en', '', 'The city council published its capital programme this week: £46m for school rebuilds over five years. Good news for the local supply chain, and for kids in leaky portakabins.'],
  ['x', 'en', '', "Architecture tip: a 'confidential' client brief is still just a brief. Ask what they actually need, not what they think a building should look like."],
  ['linkedin', 'en', 'email phone', 'Out of office until 5 January. For urgent site matters please contact Priya Nandakumar, priya.nandakumar@quarryvane.co.uk, 07700 914382.'],
  ['linkedin', 'en', 'confidential_marker', "Sharing a bit of our new ransomware threat brief with the community 🧵 The header says TLP:AMBER+STRICT so I've only posted the first page here; the full brief goes to members."],
  ['linkedin', 'en', '', 'TLP:CLEAR advisory: patch your VPN appliances now, CVE-2026-1187 is being exploited in the wild. Vendor guidance and IOCs are on their public advisory page.'],
  ['linkedin', 'en', 'secret', 'Lesson from an IR engagement last week (anonymised): a developer pasted AKIA0IBYYURL65B4KJ4H / dqsxRpvED5hJRaOvRTYZPNvS/I4k9GvvK9JkmW37 into a public gist. Bots had it in under four minutes and spun up 60 GPU instances.'],
  ['linkedin', 'en', '', "Reminder: AKIAIOSFODNN7EXAMPLE is the access key from AWS's own documentation. If your scanner fires on it in a README, your scanner is working, not your attacker."],
  ['linkedin', 'en', 'financial', 'Q4 pipeline review done: £3.4m weighted, 62% of it MDR renewals. If the two building societies close before Christmas we beat plan comfortably. Not a number for the outside world until the year-end update, obviously.'],
  ['x', 'en', '', "PSA: a fake 'Northgate Sentinel recruiter' is messaging people on Telegram asking for a £150 'equipment deposit'. We never ask candidates for money. Report and block."],
  ['linkedin', 'en', 'secret internal_url', '[pasted from #soc-ops] @here staging SIEM is back up: https://siem-staging.corp.acme.com/login, user ops-ro / pw N0rthg4te#Dec26. Shout if the dashboards are empty.'],
  ['linkedin', 'en', '', 'Great write-up! For anyone wondering, the IOCs are in the public MISP feed and on the CISA page.', { surface: 'comment' }],
  ['linkedin', 'en', 'confidential_marker financial', 'Prepping the Q3 board pack (STRICTLY CONFIDENTIAL – BOARD ONLY on every page) and the headline made my week: monthly logo churn down to 2.1% from 3.4%.'],
  ['linkedin', 'en', 'financial', 'Pre-close numbers are in: net revenue retention 118%, gross margin 71%. The auditors start on Monday, so enjoy it with me quietly until the numbers are signed.'],
  ['linkedin', 'en', 'email', 'Happy to share the slides from my BSides talk — drop me a line at j.okafor[at]northgate-sentinel[dot]com.'],
  ['linkedin', 'en', 'financial', "Budget round for 2027 closed. We're putting €7.5m into a second washing line and our gate fee goes to €88/t. Customers get the tariff letter in February, so please don't quote it on calls yet."],
  ['linkedin', 'en', 'iban', 'Supplier update: ReLoop Polymers B.V. has moved banks. New details for all invoices from 1 January: NL37 INGB 1248 1075 69, BIC INGBNL2A. Please update your vendor master.'],
  ['linkedin', 'en', '', 'We recycled 41,000 tonnes of PET last year — the full breakdown is in our 2025 sustainability report, p. 12, on our website.'],
  ['linkedin', 'en', 'national_id', 'Payroll fix for Daan: his BSN 234567892 was entered twice in the system, please merge the two records before the December run. Thanks!'],
  ['x', 'en', '', 'Why recycled PET costs more than virgin right now: Brent around $62 and collection costs rising. Short thread on public data 👇'],
  ['linkedin', 'en', 'codename client_name', "Kick-off for Project Kestrel with Initech's packaging team in Venlo today — first trial bales of food-grade flake ship next week."],
  ['linkedin', 'mixed', 'financial', "Deck pour le comité d'invest de demain — our ask is €4.2m pour la ligne de lavage n°3, payback 3.1 years on the draft model. Fingers crossed!"],
  ['linkedin', 'en', 'internal_url', 'Night shift crews: the new possession planner is live at http://planner.acme-corp.net:8080/possessions — please log your hours there from Monday.'],
  ['linkedin', 'en', '', 'Proud to have completed 12 km of track renewal on the Midland Main Line over the Christmas blockade, as Network Rail announced this morning. 400 people, zero lost-time injuries.'],
  ['linkedin', 'en', 'financial', 'Heads up team: our tender for the Northern signalling framework went in at £27.6m over seven years, about 4% under where we think the incumbent will land. Award is in March.'],
  ['linkedin', 'en', 'phone', 'Track safety hotline has changed! Save it in your phone: 0800 046 2291 (24/7). The old number stops working on Friday.'],
  ['linkedin', 'en', 'card', 'Booked the hotel for the Crewe team — card used was 5412 6952 2845 1009, exp 09/28, CVV 417. Can someone reimburse me through expenses?'],
  ['linkedin', 'en', '', "Hi Mark, I'm sorry about the delay on your claim. Please raise it through the contact form on our website and the team will come back to you within five working days.", { surface: 'comment' }],
  ['linkedin', 'en', 'codename', 'Six weeks until Orion goes live in all 14 depots. The new rostering engine already cut our weekend overtime in the pilot depot. Big thanks to the planners who tested it.'],
  ['linkedin', 'en', 'financial', "Redundancy budget for the Derby depot restructuring is £2.2m. Staff will be told at the all-hands on the 9th, so I'm only sharing this with the managers' group for now."],
  ['linkedin', 'en', 'email', 'Apprenticeships 2027: applications close on 31 January. Send your CV and a short note to careers@trackwise-rail.co.uk.'],
  ['linkedin', 'fr', 'financial', "Le nouveau sérum sortira à 54 € en boutique : prix public conseillé validé hier en comité, les distributeurs le découvriront au salon de Cannes. J'ai hâte !"],
  ['linkedin', 'fr', '', "Notre crème mains à la fleur d'oranger revient en édition limitée : 19,90 € sur l'e-shop et dans nos boutiques de Grasse et Nice."],
  ['linkedin', 'fr', 'confidential_marker', 'Brief agence pour la campagne printemps reçu (document « CONFIDENTIEL – NE PAS DIFFUSER ») : une égérie, trois films de 15 s, tournage à Menton fin février. Ça va être beau.'],
  ['linkedin', 'fr', 'email', 'Pour toute demande presse ou échantillon journaliste, écrivez à presse@maison-ilse.fr, on répond sous 48 h.'],
  ['x', 'fr', '', "Secret de beauté de ma grand-mère : dormir 8 h et boire de l'eau. Pas besoin d'un sérum à 200 €."],
  ['linkedin', 'fr', 'client_name', "Ravie de notre partenariat avec la Société Générique : nos coffrets cadeaux seront offerts à leurs 3 000 collaborateurs en fin d'année 🎁"],
  ['linkedin', 'fr', '', 'Bonjour, nos produits ne sont pas testés sur les animaux, conformément à la réglementation européenne. Belle journée !', { surface: 'comment' }],
  ['linkedin', 'fr', 'secret', "Clé Stripe de prod de l'e-shop pour le prestataire qui corrige le tunnel de paiement : sk_live_6BRoQowFgsH9R1YpX4nVrRtd. Je la régénère après son intervention, promis."],
  ['linkedin', 'fr', 'codename confidential_marker', 'Présentation du plan produit Nébula au CSE ce matin — slide de garde « Usage interne uniquement », mais vous méritez un teaser : trois nouveaux parfums en 2027.'],
  ['linkedin', 'fr', 'iban', "Loyer du showroom de Porto : PT50 0035 0651 0001 2345 6785 2, à régler avant le 5. Qui s'en occupe pendant mes congés ?"],
  ['linkedin', 'fr', 'financial', "Sortie de conseil : le prix du lait du premier trimestre est arrêté à 512 € les 1 000 litres. La lettre aux adhérents part la semaine prochaine, je vous laisse la surprise d'ici là."],
  ['linkedin', 'fr', '', "Le prix du comté a progressé de 3 % en 2025 selon l'interprofession (communiqué du 14 mars). Une filière qui tient grâce à son cahier des charges."],
  ['linkedin', 'fr', 'phone email', "Permanence technique du week-end à la fruitière : Jérôme au 06 31 77 52 08, ou technique@fruitiere-montsdujura.fr si ce n'est pas urgent."],
  ['linkedin', 'fr', 'iban', 'Adhérents : pour la cotisation 2027, le virement se fait désormais sur le compte de la coopérative FR76 3000 4015 8700 0123 4567 805. Merci de mettre à jour vos bénéficiaires !'],
  ['linkedin', 'fr', '', 'Dégustation de comté 36 mois à la fruitière samedi matin, entrée libre 🧀 Venez avec vos enfants, il y a la visite des caves.'],
  ['linkedin', 'fr', 'financial', "Les chiffres de la campagne sont encore en consolidation, mais ça sent bon : marge brute autour de 18 % contre 14 l'an passé. On en reparle à l'AG de juin."],
  ['linkedin', 'fr', 'financial', "Objectif de collecte 2027 : 48 millions de litres, avec une prime qualité revue à la hausse — le bureau doit encore valider le montant, on parle d'à peu près 9 € les 1 000 litres."],
  ['linkedin', 'fr', 'codename', "Atlas Bleu passe en recette intégrée lundi 🚀 Six mois de nuits courtes pour l'équipe charge utile, je suis fier de vous."],
  ['linkedin', 'fr', '', "Mon vieil atlas routier bleu de 1987, hérité de mon père, est toujours dans la boîte à gants. Pas de GPS pour les routes de l'Ariège."],
  ['linkedin', 'en', 'financial', 'Signed our largest imagery contract to date this morning: €9.2m over three years with a European defence ministry. The press release waits until January, once the customer clears the wording. Champagne tonight.'],
  ['linkedin', 'fr', 'secret', "Pour les stagiaires qui n'ont pas encore accès au coffre-fort : le token de l'API catalogue est hf_okZ8BWep9ckwAq5HuSGfrEoGAdSgjNww6r, il expire fin janvier."],
  ['x', 'en', '', 'Orion rising over the Pyrenees last night, shot from the roof of the office. 30 s exposure, ISO 1600 🌌'],
  ['linkedin', 'en', 'confidential_marker internal_url', "Where's the ITAR review? It's in https://share.corp.acme.com/sites/payload/ITAR-review — it's marked EXPORT CONTROLLED – INTERNAL ONLY, so please don't forward the link outside the programme."],
  ['linkedin', 'en', 'secret', "Our GitHub Action keeps failing on the tiling step, here's the env block: GH_TOKEN: ghp_EoFogNCAI3Ao3pxTnHyf6t5YdIngBaVbVJBM, REGION: eu-west-3. Any ideas?"],
  ['linkedin', 'fr', 'financial', "Chiffre à garder sous le coude pour le séminaire : on termine l'année vers vingt-trois millions de chiffre d'affaires, quinze pour cent au-dessus du budget. Les comptes seront arrêtés fin février."],
  ['linkedin', 'en', 'financial', "Our Series B term sheet landed: €38m at a €160m pre-money. Not signed, not public, and I'm too happy to stay completely quiet 😅"],
  ['linkedin', 'en', '', "As announced in this morning's press release, we've raised €12m from Breega and Bpifrance to scale our constellation. The full release: https://www.heliorbe.space/press"],
  ['linkedin', 'fr', '', "Le guide d'hygiène informatique de l'ANSSI reste la meilleure lecture pour une PME spatiale : https://cyber.gouv.fr/publications/guide-dhygiene-informatique"],
  ['linkedin', 'en', 'client_name financial', 'Wrapped the Globex sales kickoff in Lisbon! 1,200 attendees, 3 days, one very tired crew. Between us, the budget was €2.3m and we came in €180k under.'],
  ['linkedin', 'en', 'phone email', 'Looking for volunteers for the charity gala on 14 February — message Aoife on +353 87 214 6630 or aoife.brennan@brightlane.ie.'],
  ['linkedin', 'en', 'card', 'Why do people still do this? A client emailed us their full card for the deposit: 3714 057611 14927, exp 03/29. We deleted it and rang them. Please, use the payment link!'],
  ['linkedin', 'en', '', 'Our finance team spotted that the card ending in 4927 was charged twice and refunded it the same day. Sorry for the scare, and thanks for your patience.', { surface: 'comment' }],
  ['x', 'en', '', 'Electric Picnic 2027 ticket prices are out: €289 for the weekend. Saving starts now.'],
  ['linkedin', 'en', 'financial', "Our day rate for event staff goes from €240 to €265 in April. Clients haven't had the new rate card yet, so hold off on quoting it."],
  ['linkedin', 'en', 'secret', 'SendGrid kept rejecting our invitations; turned out the key 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 had the wrong scopes. Fixed it in the dashboard.'],
  ['linkedin', 'en', 'card', 'Corporate card for the Tokyo recce (JCB, works everywhere there): 3530 3909 8280 1894. Finance, please lift the limit to €5k before Monday.'],
  ['linkedin', 'en', 'iban', "Refund for the cancelled gala table: I've asked finance to send it to GB97 BARC 2040 1545 3331 47. Thanks Orla!"],
  ['linkedin', 'en', 'national_id', 'Visa paperwork for Ana, our Lisbon crew lead: NIF 237819457, passport copy to follow.'],
  ['x', 'en', 'financial', "we're cutting the stand fee for the spring trade fair to €1,450 — exhibitors get the email next month, so act surprised 🤫"],
  ['linkedin', 'fr', 'internal_url secret', "Pour les techniciens : l'appli de télésurveillance des cabines est sur https://telesurv.acme-corp.net/cabines, identifiant tech-nord, mot de passe Lift2026!Nord."],
  ['linkedin', 'fr', '', "Rappel sécurité : en cas de blocage en cabine, appuyez sur le bouton d'alarme et attendez le technicien. Jamais d'ouverture forcée. En cas d'urgence vitale, composez le 112."],
  ['linkedin', 'fr', 'client_name', "Fin du chantier de modernisation des 14 ascenseurs de l'Hôpital Sainte-Claire : zéro panne depuis la mise en service. Bravo l'équipe de nuit !"],
  ['linkedin', 'fr', 'financial', "Prévisionnel 2027 présenté au comité de direction : 48 M€ de CA, dont 31 en maintenance, et 9,5 % de résultat opérationnel visé. Rien n'est publié, mais les équipes méritent de savoir où on va."],
  ['linkedin', 'fr', 'phone', 'Le numéro de dépannage 24 h/24 pour nos clients copropriétés : 03 20 58 91 47. Imprimez-le dans vos halls !'],
  ['linkedin', 'fr', '', 'Bonjour Monsieur, nous sommes désolés pour cette panne. Votre demande a bien été transmise au technicien de secteur, qui passera dans la journée.', { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', 'On a remis notre offre pour la maintenance des ascenseurs du métro : un peu moins de 6 millions sur 4 ans. Réponse de la métropole en février, on croise les doigts.'],
  ['x', 'fr', 'financial', "nos tarifs de maintenance 2027 (+6,5 %) sont prêts, les syndics les recevront en janvier. je sens qu'on va avoir des appels 😬"],
  ['linkedin', 'fr', 'client_name', "Livraison des nouvelles cabines panoramiques pour Globex à La Défense la semaine prochaine, équipe de nuit mobilisée. Merci d'avance à tous."],
  ['linkedin', 'fr', 'email', 'Bonjour, envoyez-nous les photos de la porte palière à sav@dumont-lefort.fr et on regarde ça dès demain.', { surface: 'comment' }],
  ['linkedin', 'fr', '', "Résultats semestriels publiés ce matin par le groupe : chiffre d'affaires de 48,2 M€ (+6 %). Le communiqué complet est sur notre site investisseurs."],
  ['linkedin', 'fr', 'codename', "Essais terrain d'Orion : la lignée de blé tendre tient la rouille jaune sur nos 4 sites d'essais. Dépôt au catalogue visé pour 2028 🌾"],
  ['linkedin', 'fr', '', 'La variété de blé la plus semée en France cette année selon Arvalis ? Encore une lignée de chez nos confrères. Bravo à eux, la compétition nous fait avancer.'],
  ['linkedin', 'fr', 'financial', 'Point prix : la dose de notre nouvel hybride de tournesol sera proposée à 142 € aux distributeurs (avant remise). Tarif communiqué au réseau après les portes ouvertes, pas avant.'],
  ['linkedin', 'fr', 'national_id', "Dossier saisonnier pour la station d'essais : Mateo García, NIE Y5820394M, début de contrat le 6 janvier."],
  ['linkedin', 'fr', '', "Les faucons crécerelles sont revenus sur le pylône de la station d'essais 🐦 (kestrel pour nos collègues anglophones)."],
  ['linkedin', 'fr', 'iban', 'Notre filiale espagnole a changé de banque. Nouveau compte pour les paiements des distributeurs ibériques : ES91 2100 0418 4502 0005 1332.'],
  ['linkedin', 'fr', 'email phone', 'Cordialement,\nNadia Benali\nResponsable export – Semences Bocage\nnadia.benali@semences-bocage.fr\n+33 2 41 66 38 12 / +33 7 81 45 20 93'],
  ['linkedin', 'fr', 'codename financial', 'Budget alloué à Orion pour 2027 : 2,8 M€, validé en comité mais pas encore redescendu aux BU. Enfin de quoi équiper la deuxième serre !'],
  ['linkedin', 'fr', '', "Dans un business case on part souvent d'une société générique : 100 salariés, 10 M€ de CA, 8 % de marge. Exercice classique que je donne à mes étudiants d'agro chaque année."],
  ['linkedin', 'en', 'financial', 'Draft fares for summer 2027 just landed in my inbox: car plus two on the Cherbourg route up to £389 each way in peak weeks, about 7% up. Goes to the board before anyone outside sees it.'],
  ['linkedin', 'en', 'phone', "Port ops: the Harbour Master's duty mobile this weekend is 07911 438206. Call it for berth changes only, please."],
  ['linkedin', 'en', 'card', "Found a card in the Deck 7 lounge: Visa 4974 2603 2176 5392. Handed in to the purser's desk — message me if it's yours."],
  ['linkedin', 'en', '', "Scam alert: fake 'Tidewater refund' texts are asking people to confirm card 4556 0141 7689 3552. That number doesn't even pass the card check, but please don't click anyway."],
  ['x', 'en', '', 'Isle of Wight ferry fares are all published: £67 return for a foot passenger is standard now. Sigh.'],
  ['linkedin', 'en', 'confidential_marker', 'Quick one for the bridge teams — the new ISM procedure amendment (stamped COMMERCIAL IN CONFIDENCE) is in your pigeonholes. Sign and return by Friday.'],
  ['linkedin', 'en', 'card', 'Ticket kiosk in Portsmouth keeps declining card 6759 4944 6452 6367 632 — ticket raised with the acquirer, any of you seen this with Maestro?'],
  ['linkedin', 'en', 'financial', "Forecast for 2027 just signed off by the MD: 1.9 million passengers and unit cost down to £41 per lane-metre. We'll share it with the crews properly in the new year."],
  ['linkedin', 'en', 'phone', "Hi Sarah, sorry about your crossing. Please call our customer relations team on 0330 912 4471 and quote your booking reference, they'll sort the refund.", { surface: 'comment' }],
  ['linkedin', 'en', 'financial', "Our unit cost on the 60x60 porcelain range is now £4.10 a tile versus £5.30 last year, thanks to the new roller kiln. Sales don't even have the margin sheet yet."],
  ['linkedin', 'en', 'iban', 'New bank details for EU customers of Kilnworth Tiles Ltd: IE97 BOFI 9000 1786 2551 18, BIC BOFIIE2D. Old account closes at year end.'],
  ['linkedin', 'en', 'email', 'For trade samples, email samples (at) kilnworth-tiles (dot) co (dot) uk with your project name.'],
  ['linkedin', 'en', 'national_id', "HR note pasted in the wrong channel — Sam's NI number for the pension scheme is JT 48 27 59 C. Ignore, deleting shortly."],
  ['linkedin', 'fr', 'card', 'Commande test sur la nouvelle boutique pro passée avec ma Mastercard perso 2223 4376 2550 3306 : les paiements fonctionnent ! 🎉'],
  ['linkedin', 'en', '', 'Secret Santa at Kilnworth this year: £10 limit, and yes, another mug is allowed.'],
  ['linkedin', 'en', '', 'Order #4815-1623-4200 shipped today 📦 Tracking details are in your confirmation email.'],
  ['linkedin', 'en', 'national_id phone', 'Forwarding for the travel booking: Ingrid Solheim, fødselsnummer 15079049686, mobile +47 912 34 567.'],
  ['linkedin', 'en', 'financial', "We've priced the opera house retrofit at NOK 14.6 million including the diffusers. Submission goes in Monday — only the bid team knows the number, let's keep it that way."],
  ['linkedin', 'en', 'iban', 'Paying our Copenhagen subcontractor today: IBAN DK87 3000 0072 0031 71. Do I also need the BIC for a SEPA transfer from Norway?'],
  ['linkedin', 'en', '', 'Embargoed press releases are the worst. Our paper on diffuser design is published properly in JASA today, open access for everyone.'],
  ['x', 'en', 'secret', "wifi for tomorrow's bid day at our office: SSID Halden-Guest, password fjord-Lydbolge-77. see you at 9!"],
  ['linkedin', 'en', 'iban', "Swiss payroll fix — Lena's new account is CH73 0023 5893 2880 4072 3 (UBS). Please update it before the 25th."],
  ['linkedin', 'en', 'financial', "We'll close the year at roughly twelve and a half million kroner in revenue, about a fifth ahead of plan. That's ahead of the audited numbers, so it stays in this room."],
  ['linkedin', 'en', '', 'Our public rate card is online: a sound insulation survey starts from NOK 9,500. No surprises.'],
  ['linkedin', 'en', '', 'Salary range for our Senior Acoustician role: NOK 780,000–920,000 plus pension and a very good coffee machine. Apply by 15 January.'],
  ['linkedin', 'en', 'national_id', 'Hiring paperwork for our new Stockholm acoustician: personnummer 880523-4179. HR has it now, please ignore.'],
  ['linkedin', 'mixed', 'financial', "Petite victoire : we renegotiated our per-word rate with the federal department, 0,27 $ instead of 0,24 $. Le contrat n'est pas encore signé, so mum's the word."],
  ['linkedin', 'fr', 'national_id', 'Pour la paie de janvier, le NAS de Stéphanie Roy : 527 318 943. (Désolée, mauvais canal !)'],
  ['linkedin', 'mixed', '', "Traduction du jour : « under embargo » se dit « sous embargo », et « confidential » n'est pas toujours « confidentiel » — parfois c'est juste « discret ». De rien !"],
  ['linkedin', 'en', '', "We're hiring: French-English translator, remote (Québec), $58,000–$68,000 CAD, four weeks of vacation from year one."],
  ['linkedin', 'fr', '', 'Bonjour Marc, oui, nous traduisons les actes de naissance certifiés. Les tarifs sont affichés sur notre site.', { surface: 'comment' }],
  ['linkedin', 'mixed', 'email phone', 'Nouveau bureau à Québec ! Contact : quebec@vireo-traduction.ca / 418 692 2943 poste 2. On a hâte de vous rencontrer.'],
  ['linkedin', 'mixed', 'client_name', 'Belle nouvelle : Initech nous confie la localisation de toute sa documentation produit en français canadien. Go team!'],
  ['linkedin', 'fr', 'financial', "Taux d'occupation de nos chambres froides d'Anvers : 97 % en novembre. Le stockage passera à 31 € la palette par semaine en mars ; équipe commerciale, les courriers partent après le 15, pas avant."],
  ['linkedin', 'en', 'iban', 'Belgian customers: please pay on BE94 7350 0123 4514 from now on, the old account closes on 31 December.'],
  ['linkedin', 'en', 'national_id', 'Forklift licence renewals: Jan Peeters, rijksregisternummer 85.07.12-345.62 — please send it to the training provider.'],
  ['linkedin', 'en', '', 'The port published its 2025 throughput figures this week: 278 million tonnes. An impressive recovery for Antwerp-Bruges.'],
  ['linkedin', 'en', 'secret', 'Our WMS integration broke because someone rotated the Slack bot token without telling anyone. New one is xoxb-246382389762-7113486046962-3WWWqWibY6PFcv7DJzk3i8ju — please update the connector.'],
  ['linkedin', 'en', 'internal_url', 'Grafana dashboard for the freezer temperatures: http://grafana.acme-corp.net/d/cold-rooms?orgId=3. Antwerp team, please check the alerts tonight.'],
  ['linkedin', 'fr', 'financial', "L'offre qu'on s'apprête à envoyer à notre plus gros client : 0,92 € par mouvement de palette au lieu de 1,05. S'ils acceptent, ils sont avec nous jusqu'en 2029."],
  ['linkedin', 'en', 'client_name financial', 'Société Générique has asked us to extend the pilot to their Lyon and Nantes warehouses — roughly €400k more a year if it lands.'],
  ['linkedin', 'fr', 'internal_url', "La chronologie de l'incident est sur https://jira.corp.acme.com/browse/OPS-4471 si vous en avez besoin pour le retour d'expérience."],
  ['linkedin', 'fr', 'internal_url', 'Le planning des astreintes de janvier est à jour ici : https://intranet.acme-corp.net/rh/astreintes/2027 🙏'],
  ['linkedin', 'en', 'internal_url', 'Quick tip for new devs: the API docs are on http://10.40.2.17:3000/swagger, not on the public developer site.'],
  ['linkedin', 'en', '', 'Our 2025 results and the presentation slides are on https://news.acme.com/2025-results if you missed the webcast.'],
  ['linkedin', 'fr', 'codename', "Phase 2 de Project Kestrel validée ! Les essais de coque commencent en avril. Fier, c'est peu dire."],
  ['x', 'en', 'codename', "Late night for the Atlas Bleu crew again. Pizza's on me, team."],
  ['linkedin', 'en', '', 'Nebula is my favourite Guardians of the Galaxy character and I will not be taking questions.'],
  ['linkedin', 'fr', 'client_name', "Initech renouvelle pour trois ans 🎉 Merci à l'équipe grands comptes pour cette année 2026 incroyable."],
  ['linkedin', 'fr', 'client_name', "Réunion de lancement avec la DSI de l'Hôpital Sainte-Claire pour le déploiement de nos capteurs de température dans les pharmacies hospitalières."],
  ['linkedin', 'en', '', "Rewatched Office Space: Initech's TPS reports remain the most realistic depiction of enterprise software ever filmed."],
  ['linkedin', 'en', '', "CME Globex volumes hit a record in the rate-cut week, according to CME's own press release. Futures traders had a busy one."],
  ['linkedin', 'fr', '', "Astuce formulaire : le champ affiche prenom.nom@example.com comme exemple. Mettez votre vraie adresse, pas celle de l'exemple."],
  ['linkedin', 'en', '', 'Call 999 only for emergencies and 111 for everything else. Posted in the staff kitchen, please read it.'],
  ['linkedin', 'en', '', "The form shows 123-45-6789 as the sample SSN. That's the example, not a real number — use your own on the secure page only."],
  ['linkedin', 'fr', '', 'Numéro de sécu ? Ne le postez jamais, même flouté à moitié comme « 2 87 •• •• ••• ••• •• ». Les escrocs reconstituent le reste.'],
  ['linkedin', 'en', '', "Test BSNs from the Dutch government's test set start with 9999 — use those in QA, never a colleague's real number."],
  ['linkedin', 'en', '', 'The classic example IBAN GB29 NWBK 6016 1331 9268 19 from the ISO 13616 documentation is perfect for testing form validation. Never use real ones in demos.'],
  ['linkedin', 'fr', '', 'Petit rappel : un IBAN français fait 27 caractères. Si on vous demande de payer en urgence sur un compte étranger, appelez votre contact habituel avant tout virement.'],
  ['linkedin', 'en', '', "Our new bank details are printed on the invoice — IBAN ending …1332. Please don't use the old account any more."],
  ['linkedin', 'fr', '', "La carte de test de Stripe, 4242 4242 4242 4242 avec n'importe quelle date future, est le seul numéro de carte qui ait sa place dans une démo."],
  ['linkedin', 'fr', '', "Votre carte se termine par •••• 7533 ? Alors c'est bien vous qui avez gagné le tirage au sort du salon, bravo !"],
  ['linkedin', 'en', '', 'Set OPENAI_API_KEY=<your-key-here> in your .env and never commit it. Basic, but we still see it every week in audits.'],
  ['linkedin', 'fr', '', 'Mot de passe oublié ? Le service informatique ne vous le demandera JAMAIS par téléphone. Partagez à vos parents.'],
  ['linkedin', 'en', '', "Confidential to no one: our 2026 carbon report is public and we're proud of every page of it."],
  ['linkedin', 'fr', '', "« Le secret pour avancer, c'est de commencer. » Bon lundi à toutes et à tous !"],
  ['linkedin', 'en', '', "Watched 'Top Secret!' again with the kids. Still the funniest film of the 80s."],
  ['linkedin', 'en', 'confidential_marker', "Signed the NDA, got the deck, and honestly this supplier's roadmap (every slide marked 'Under NDA until Q2') is the best I've seen all year."],
  ['linkedin', 'fr', 'confidential_marker', 'Je relis la note « Confidentiel Direction » sur la réorganisation des équipes commerciales. Je vous en dirai plus quand on pourra.'],
  ['linkedin', 'fr', 'confidential_marker', "Capture du tableur de suivi de chantier (onglet « INTERNE – NE PAS DIFFUSER ») : 92 % d'avancement, on tient la date de livraison !"],
  ['linkedin', 'en', 'confidential_marker', "Our tender response, labelled 'Commercial in Confidence – Restricted', is finally submitted 🥳 220 pages and a lot of coffee."],
  ['linkedin', 'fr', '', 'Lire un compte de résultat : si le CA est de 100 € et le coût des ventes de 60 €, la marge brute est de 40 %. Simple, et pourtant tant de fondateurs se trompent.'],
  ['linkedin', 'fr', '', "Mon prêt immo est enfin renégocié à 3,1 % 🎉 140 € d'économie par mois, ça paiera les cours de piano des enfants."],
  ['linkedin', 'fr', '', 'Le budget de la ville pour la rénovation des écoles est de 3,4 M€ cette année (vote du conseil municipal du 12 novembre).'],
  ['x', 'en', 'card', "just got phished. typed 3787 9962 6912 944 into a fake delivery page like an idiot. bank's cancelled it, lesson learned."],
  ['linkedin', 'en', 'national_id', "US contractor's SSN for the W-9 is 521-47-8390. Can someone upload it to the vendor portal before Friday?"],
  ['linkedin', 'en', 'national_id', "Site manager's henkilötunnus for the Helsinki access badge: 140391-2278. Security needs it by tomorrow."],
  ['linkedin', 'fr', 'national_id', 'Numéro fiscal allemand (Steuer-ID) de notre nouveau commercial à Hambourg : 47192635807. La paie en a besoin avant la clôture de décembre.'],
  ['linkedin', 'fr', 'national_id', "Pour la mutuelle, Jan a un numéro AVS suisse 756.1842.9370.51 — le formulaire refuse le format, quelqu'un a une idée ?"],
  ['linkedin', 'fr', 'iban', "Coordonnées du sous-traitant polonais pour la modernisation : PL48 1140 2004 9811 3511 9718 1478. Quelqu'un peut revérifier avant que je paie ?"],
  ['linkedin', 'fr', 'secret', 'Token de déploiement du runner ops (GitLab) : glpat-w5k62rOjlqnFCraP_c0Y. Je le révoque après la migration.'],
  ['x', 'fr', '', "Vous aussi vous avez un collègue qui dit « c'est confidentiel » pour le menu de la cantine ? 😂"],
  ['linkedin', 'fr', '', 'Atelier prise de parole au salon Vinexpo : comment présenter ses prix publics sans se tirer une balle dans le pied. Supports en libre accès sur le site du salon.'],
  ['linkedin', 'fr', '', "Dernier jour au chantier après 22 ans. Je pars avec des mains calleuses et une centaine d'amis. On se retrouve sur les pontons."],
  ['linkedin', 'fr', '', 'Sondage : pour notre séminaire de printemps, vous préférez 1) Annecy 2) Biarritz 3) Saint-Malo ? Réponses en commentaire 👇'],
  ['linkedin', 'fr', '', "Release notes v4.12.0 de notre appli de suivi des tournées : mode hors ligne, export CSV et correction du bug d'horodatage."],
  ['linkedin', 'mixed', '', 'Team lunch today — on a fêté les 10 ans de Léa dans la boîte. Cheers to the next ten, et merci pour les crêpes !'],
  ['linkedin', 'fr', '', "Offre d'emploi : technicien(ne) ascensoriste, Lille, 2 200 à 2 600 € brut mensuels + astreintes payées. Postulez sur notre site carrières."],
  ['linkedin', 'en', '', 'Our 2025 annual report is out: revenue £384m and EBITDA £71m, with the full accounts on our investor page. A record year for freight.'],
  ['linkedin', 'fr', '', 'Rappel : notre code de conduite interdit de publier des chiffres internes sur les réseaux. En cas de doute, un message à la com avant de poster.'],
  ['linkedin', 'en', '', 'Version 2.3.1 of our open-source room-acoustics simulator is out: https://github.com/halden-akustikk/roomsim (MIT licence). Bug reports welcome.'],
  ['linkedin', 'mixed', '', 'Merci à tous pour le hackathon ! 48 hours, 11 teams, and a winning prototype that sorts tiles by colour with a webcam.'],
]);
