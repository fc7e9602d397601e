import { rows } from './corpus-types';

/**
 * Held-out set "fresh81": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh81`.
 * First scored: 2026-12-05 on bfd4c55 (unseen, before any fix from it): confidentiality macro F1 0.948 / 3.6 % (4 of 110).
 *
 * Authors: engineers, buyers and managers at car makers, EV start-ups and mobility companies in Germany (Stuttgart,
 * Wolfsburg, Bremen, Munich, Dortmund), France (Poissy, Vénissieux, Sandouville, Satory), Spain (Valladolid, Vigo,
 * Zaragoza, Martorell, Madrid, Seville) and Morocco (Tangier, Kenitra, Casablanca, Marrakech), writing in English and
 * French (and a few mixed). Focus: prototype codenames, supplier quotes and contracts, plant output and recalls,
 * pricing of new models before launch, test-drive logistics. Forms: team wins, pasted meeting notes and Teams chats,
 * mails pasted by mistake, tables, config snippets, changelogs, post-mortems, supplier and bank-detail notices,
 * customer replies (surface 'comment'), job ads with published salary ranges, live-posts, polls, two X threads,
 * goodbyes, tips.
 *
 * Financial positives say "not public yet" in many ways: a launch price before the press announcement or the dealer
 * convention, a price rise in a dealer-briefing draft, a lease rate kept for the motor show, dealer transfer prices, a
 * target price subject to the product committee, BOM and plant cost per vehicle, accessory margin, supplier quotes and
 * RFQ results before nomination (the company's own purchase prices), framework-contract prices, a sealed tender bid,
 * capex before Capital Markets Day, a Series B pre-money under embargo, a spin-off valuation in a draft term sheet, a
 * pipeline, a volume forecast, provisional monthly margin, a warranty reserve before the annual report, a board budget,
 * weekly output before the guidance is raised. Look-alikes: published quarterly and annual results, a public price list
 * and configurator prices, public incentives (bonus écologique, MOVES III), a competitor's announced price, a city's
 * published tender result, job-ad and internship pay, a personal car loan, classroom cost exercises. Codenames appear
 * in their project sense (mules, sprints, steering notes, industrialisation, a reveal tweet, a Jira move) and as
 * look-alikes: Orion the constellation and the NASA capsule, the Orion and Crab nebulae, a kestrel over the track (and
 * a faucon crécerelle), the Kestrel 5500 weather meter, a cat called Atlas, the blue Atlas cedar, the Middle Atlas
 * under a blue sky. Clients in their customer sense, beside CME Globex, Office Space's Initech, the chapelle and rue
 * Sainte-Claire and "un nom de société générique".
 *
 * Conventions: every written email address is email (role mailboxes and "[at] [dot]" or "name @ domain" included, a
 * bare domain not); every written phone number is phone (switchboards, hotlines, toll-free; German, Spanish, Moroccan
 * and French formats), 112 is not; confidential_marker only for explicit labels (CONFIDENTIAL, INTERNE – NE PAS
 * DIFFUSER, TLP:AMBER, EMBARGO jusqu'au…, [INTERNAL], Classification: Restricted, SOUS NDA, STRICTLY CONFIDENTIAL,
 * VERTRAULICH, Diffusion restreinte), not TLP:CLEAR, discussions of the word, "entre nous", "internal combustion", a
 * trade embargo or a film title; secrets include Wi-Fi and tablet passwords, an API key, a runner token, Slack and
 * Teams webhooks and connection-string credentials, but not "changeme", <placeholders>, sk_test_XXXX or AWS's EXAMPLE
 * key; internal_url covers the policy's domains, intranet. hosts, private IPs and .local/.internal/.corp hosts, not
 * public sites. Every IBAN, card and national id positive was computed with a throwaway script outside the repo: mod 97
 * for DE, FR (with the RIB key), ES (both control digits), BE (mod-97 account check), MA (RIB key) IBANs; Luhn for
 * Visa, Mastercard (5- and 2-series), Amex, Discover and JCB; the letter (mod 23) for Spanish DNI and NIE, the ISO 7064
 * mod 11,10 check digit and digit-repetition rule for the German Steuer-ID, the mod-97 key for French NIR; Moroccan CIN
 * by format. Look-alikes: a DE IBAN with a wrong check, the Spanish and Dutch textbook IBANs, masked IBANs and cards,
 * Stripe's 4242 card, an order number failing Luhn, the 99999999R DNI specimen, a DNI with the wrong letter, a
 * Steuer-ID with a wrong check digit, the specimen NIR, a masked Steuer-ID, part numbers, a type-approval number and a
 * purchase-order number.
 *
 * Counts: 241 posts (151 EN, 84 FR, 6 mixed; 215 LinkedIn, 26 on X; 12 comments): 110 clean, 131 with one or more
 * findings. Labels: financial 31, phone 16, internal_url 11, email 13, iban 8, card 6, secret 10, national_id 12,
 * confidential_marker 12, codename 18, client_name 10.
 */
export const FRESH81_POSTS = rows('fresh81', [
  ['linkedin', 'fr', 'codename financial', `Point rapide avant le comité produit : le prix public d'Orion est calé à 38 900 € TTC en finition de base, 44 500 € en Grand Tourisme. L'annonce presse est prévue le 14 janvier, d'ici là ces chiffres ne sortent pas de l'équipe.`],
  ['linkedin', 'en', '', `Our Tangier plant rolled its one-millionth vehicle off the line this week, as announced in the group press release on Monday. Proud of every shift that made it happen, from body shop to final inspection.`],
  ['x', 'en', '', `Belt of Orion rising over the Almería test track at 5am, three stars perfectly lined up above the banked curve. Night endurance runs have their perks.`],
  ['linkedin', 'en', 'financial', `Quote from the cell supplier landed this morning: €96.40 per kWh for the 2027 volumes, roughly 11% below what we pay today. Nothing is signed and the nomination letter hasn't gone out, so please keep this inside purchasing for now.`],
  ['linkedin', 'en', '', `We're hiring a Senior Powertrain Calibration Engineer in Stuttgart. Salary band €78,000–€92,000 gross per year plus annual bonus, published in line with the EU pay transparency directive. Hybrid, 2 days on site. Apply through our careers page.`],
  ['x', 'fr', '', `Rappel officiel publié hier : 12 400 véhicules concernés par un défaut de fixation de ceinture arrière. Les propriétaires recevront un courrier, la réparation prend 40 minutes en concession. Toutes les infos sont sur le site gouvernemental RappelConso.`],
  ['linkedin', 'en', 'confidential_marker codename', `CONFIDENTIAL
Project Kestrel, steering committee, 3 Dec
- B-sample crash tests slip by two weeks (soft tooling late at the door supplier)
- Thermal runaway test passed on the second pack
- Next gate review moved to 21 Jan
Actions: Lukas to re-plan the Papenburg slots.`],
  ['linkedin', 'en', '', `Funny thing about camouflage wrap on prototypes: we print a tiny CONFIDENTIAL sticker on the dashboard and people still photograph the car at every petrol station between Ingolstadt and the Brenner. The sticker is more of a dare than a lock.`],
  ['linkedin', 'fr', 'internal_url', `Le planning des essais routiers d'hiver est à jour sur https://planning.acme-corp.net/essais/hiver-2027 — merci de réserver vos créneaux à Arjeplog avant vendredi midi, sinon on répartit d'office.`],
  ['linkedin', 'en', 'secret', `Press lounge set-up for tomorrow's test drives in Seville: Wi-Fi network EVDrive-Press, password Ladestrom#8841. Tablets are charged, coffee machine is plumbed in, see you at 7.`],
  ['x', 'en', '', `Please stop taping the Wi-Fi password on the dashboard of demo cars. Saw it twice this month at dealer events. Put it in the welcome pack or just read it out.`],
  ['linkedin', 'fr', 'phone', `Pour les journalistes qui arrivent à Munich pour les essais : Jonas vous attend au terminal 2 avec une pancarte verte. En cas de retard de vol, appelez-le directement au +49 171 4482913.`],
  ['linkedin', 'fr', 'email', `On recrute deux techniciens batterie haute tension pour notre atelier de Vénissieux. Envoyez CV et habilitations à recrutement@voltaria-mobility.fr, réponse sous 10 jours.`],
  ['linkedin', 'en', 'financial', `Draft for the dealer briefing — don't share before the 20th: the facelift goes up €1,150 across the range, the long-range battery option drops from €4,900 to €3,900. Dealers hear it first, customers on launch day.`],
  ['linkedin', 'en', '', `Our H1 results are out: revenue of €2.31bn, up 14% year on year, and an operating margin of 6.8%. Full report and the analyst call replay are on the investor relations site.`],
  ['x', 'en', '', `Configurator is live! The new compact crossover starts at €31,990 in Germany and €29,490 in Spain before incentives. Go build yours.`],
  ['linkedin', 'en', 'codename', `Quick shout-out to the interior team on Nébula: the recycled-felt door panels passed the fogging test at the first attempt. Seven months of iterations and a lot of ruined samples.`],
  ['linkedin', 'fr', '', `Ce matin au lever du jour sur la piste de Mortefontaine, un faucon crécerelle (a kestrel, pour les collègues anglais) en vol stationnaire au-dessus du virage relevé. Les essais peuvent attendre deux minutes.`],
  ['linkedin', 'en', 'client_name', `Big milestone for our fleet-electrification team: the first 40 vans are delivered to Globex's urban logistics hubs in Madrid and Valencia. Charging depots commissioned last week, drivers trained on Monday.`],
  ['linkedin', 'en', '', `Bought lithium futures for the first time in my personal trading account through CME Globex. Purely a hobby, not advice, and I lost €60 in the first hour.`],
  ['linkedin', 'fr', 'phone', `Logistique essai presse Marrakech – Ouarzazate : le chef de convoi, Youssef, est joignable au +212 6 61 48 22 09 pendant toute la journée. Départ 7 h 30 de l'hôtel, retour prévu 19 h.`],
  ['linkedin', 'en', 'phone', `Customer hotline for the seat-belt recall is open: call 900 812 344 (free from any Spanish line) Monday to Saturday, 8:00–20:00.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Notre usine de Kénitra recrute des opérateurs de production. Standard RH : 05 37 36 71 40, du lundi au vendredi.`],
  ['linkedin', 'en', 'phone', `If the test car shows a red HV warning anywhere on the route, stop safely and ring our on-call engineer on 0151 2390 8841 before you do anything else. For injuries call 112 first.`],
  ['linkedin', 'en', '', `In case of an accident during the ride-and-drive, dial 112 — it works across Spain, Germany and Morocco's mobile networks too. Then tell the event marshal.`],
  ['x', 'en', 'phone', `Anyone in Valencia want a test ride in the e-scooter pilot this weekend? DM me or WhatsApp +34 612 48 93 07, we have 15 slots left.`],
  ['linkedin', 'fr', 'phone', `Pour toute question sur la livraison de votre véhicule, notre service client répond au 0 800 71 20 20 (appel gratuit).`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Supplier quality escalation for the Bremen line: plant switchboard +49 (0)421 5590-0, ask for the goods-receiving shift lead.`],
  ['linkedin', 'fr', '', `Notre nouvelle référence de connecteur HV : 1J0 973 713 A. Le fournisseur livre depuis Tanger, délai 6 semaines. Pas de quoi s'affoler sur les stocks.`],
  ['linkedin', 'en', '', `Trivia for the homologation nerds: our type-approval number looks like e1*2018/858*00241*01. Every character means something and I still had to look it up today.`],
  ['linkedin', 'fr', 'phone', `Casablanca : pour les essais clients du SUV électrique au showroom de Sidi Maârouf, réservez un créneau au 05 22 48 17 30. Pièce d'identité et permis demandés.`],
  ['linkedin', 'en', 'phone', `Madrid office moved! New reception number is +34 91 555 23 41, same building, fourth floor instead of second.`],
  ['linkedin', 'en', 'email', `Press accreditation for the Barcelona launch closes Friday. Send your outlet and passport name to press.iberia@voltaria.com and we'll confirm your slot.`],
  ['linkedin', 'fr', 'email', `Vous voulez nous proposer une solution de recyclage de batteries ? Écrivez à achats-batteries [at] motrixa [dot] fr, on lit tout.`],
  ['linkedin', 'en', '', `Our website is motrixa.fr and the recruiting page is motrixa.fr/carrieres — no email needed, the form does the job.`],
  ['linkedin', 'en', 'email', `For the Munich ride-and-drive, the contact for hotel changes is Carla Núñez (carla.nunez@eventsur.es). She's the one holding the rooming list.`],
  ['x', 'en', 'email', `Found a lanyard with a test-driver badge at Frankfurt airport gate A22. Owner can email me at j.kessler @ fahrwerkmobil.de and I'll post it.`],
  ['linkedin', 'fr', '', `Petit conseil pour les acheteurs : une adresse email de fournisseur qui change au moment de payer, c'est toujours suspect. Appelez le contact habituel avant de modifier un RIB.`],
  ['linkedin', 'en', 'email', `Thanks for your message! Our after-sales team can look into the charging-port issue — please send the VIN and a photo to service@ridevolt.de so a technician can call you back.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Merci pour votre retour 🙏 Pour le remboursement de l'acompte, écrivez à service.clients@elektrauto.fr en précisant votre numéro de commande.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Avis à nos concessionnaires partenaires : suite au changement de banque, les règlements des pièces de rechange se font désormais sur le compte FR76 1027 8060 1200 0204 3980 118. L'ancien compte sera clôturé fin janvier.`],
  ['linkedin', 'en', 'iban', `Supplier notice pasted from our AP inbox by mistake, sorry: 'Please remit invoice 2027-0113 for the die-cast housings to DE08 7002 0270 0015 5839 20, Volksbank account of Gießerei Lenz GmbH.'`],
  ['linkedin', 'en', '', `Phishing alert for our suppliers: someone is mailing invoices asking for payment to DE98 5007 0010 0923 8475 64. It's not us and the IBAN doesn't even pass its own check. Delete and report.`],
  ['linkedin', 'fr', '', `Formation paiements fournisseurs : l'IBAN d'exemple utilisé dans les manuels espagnols est ES91 2100 0418 4502 0005 1332. Il passe le contrôle, mais c'est un spécimen, pas un vrai compte.`],
  ['linkedin', 'en', 'iban', `Sponsorship for the Formula Student team is finally approved 🎉 Transfer goes to ES76 2085 9702 2503 3017 9442 (team account, Universidad de Zaragoza) next week.`],
  ['linkedin', 'fr', 'card', `Note perso collée dans le mauvais champ, désolé : carte de carburant de la flotte d'essai 5520 3814 7762 0938, exp 09/28. À supprimer.`],
  ['linkedin', 'en', '', `For the payment-terminal demo at the showroom we always use Stripe's test card 4242 4242 4242 4242. Never a real one, never on a public screen.`],
  ['linkedin', 'en', '', `Customer asked why our receipt shows **** **** **** 1141. That's masking, and it's exactly what you want to see on a receipt.`],
  ['linkedin', 'fr', 'national_id', `Pour l'assurance du véhicule de prêt, voici les infos du conducteur : Martín Ortega, DNI 48291736Q, permis B depuis 2011. Merci de valider avant jeudi.`],
  ['linkedin', 'en', '', `HR reminder: Spanish DNIs end with a check letter. The sample on the Interior Ministry's website, 99999999R, is a specimen; don't paste it into the system to 'test'.`],
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our new test driver in Wolfsburg pasted below:
- Name: Till Brandt
- Steuer-ID: 17 990 368 457
- Licence class: B, BE
- Start: 6 January`],
  ['linkedin', 'fr', 'national_id', `Dossier de badge pour l'usine de Tanger : Mme Salma Idrissi, CIN BE742619, accès zone ferrage et peinture à partir du 2 décembre.`],
  ['linkedin', 'en', 'secret internal_url', `Debugging the fleet telemetry import all night. For anyone picking this up in the morning: postgres://telemetry:Zq8vW3rLp2@10.20.4.15:5432/fleet — the nightly job fails on duplicate VINs.`],
  ['linkedin', 'en', '', `Config tip for the HIL bench: keep credentials out of the repo, use environment variables like DB_PASSWORD=<set-in-vault>, and rotate whenever someone leaves.`],
  ['linkedin', 'fr', 'secret', `Accès au portail de configuration des bornes sur le parking visiteurs : identifiant admin, mot de passe Borne!Vill3urbanne. Je le change lundi.`],
  ['linkedin', 'en', 'secret', `Our CI posts test results to the team channel through https://hooks.slack.com/services/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 — feel free to copy the set-up for your own bench.`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE as the access key in every example. If your scanner flags that, it's working, but it's not a leak.`],
  ['linkedin', 'en', 'internal_url', `The updated supplier PPAP checklist is on the intranet: https://intranet.motrixa.de/qualitaet/ppap-checkliste-v7.pdf — please use it from now on.`],
  ['linkedin', 'fr', 'internal_url', `Les photos des essais de freinage sont sur le NAS : \\\\nas-essais.local\\freinage\\2026-11. Merci de ne pas les renommer.`],
  ['linkedin', 'en', '', `Our new public site is live: https://www.motrixa.com with specs, dealer locator and the test-drive booking form.`],
  ['linkedin', 'en', 'internal_url', `Dashboards for the Kenitra line OEE moved to http://192.168.40.12:3000/d/oee-line2 — bookmark the new address, the old one redirects until Friday.`],
  ['linkedin', 'en', 'internal_url codename', `Jira board for Atlas Bleu has moved to https://jira.corp.acme.com/projects/ATB. Same tickets, new home.`],
  ['linkedin', 'en', 'financial', `Board pack, page 4, for the ops leads only: 2027 capex for the Valladolid battery line is set at €214M. The number goes public at Capital Markets Day in March, not before.`],
  ['linkedin', 'fr', 'financial', `Chiffres provisoires de novembre, non publiés : 18 730 véhicules assemblés à Tanger, marge brute de 9,2 % sur le segment B. Communication officielle avec les résultats annuels.`],
  ['x', 'en', 'financial', `Can't say much yet but our Series B just closed at a €640M pre-money. Announcement embargoed till Tuesday so act surprised 🤫`],
  ['linkedin', 'en', 'financial', `Pipeline review, pasted from my notes: 3 fleet tenders open worth about €48M combined, we expect to win two. Not for outside ears until the Q1 call.`],
  ['linkedin', 'fr', 'financial', `Notre offre pour l'appel d'offres des navettes autonomes de la métropole : 7,85 M€ sur cinq ans, maintenance comprise. Plis ouverts le 18, d'ici là motus.`],
  ['linkedin', 'en', 'financial codename', `Orion BOM is now at €19,870 per car at 120k units/year, target is €18,500 before SOP. Please don't put this in slides that leave the building.`],
  ['linkedin', 'fr', 'financial', `Le CODIR a validé hier le budget essais 2027 : 6,4 M€, dont 1,1 M€ pour la campagne grand froid. Pas encore annoncé aux équipes, je vous fais un point vendredi.`],
  ['linkedin', 'en', 'financial', `Heads-up, not announced yet: we're lowering the lease rate of the city car to €199/month from February. Marketing wants it as a surprise at the Brussels Motor Show.`],
  ['linkedin', 'en', 'financial', `Forecast update for the leadership offsite only: 2027 volume plan revised to 212,000 units (-6%), break-even pushed to Q3. Investor communication comes after the board meeting on the 12th.`],
  ['linkedin', 'fr', 'financial', `Prix de cession aux concessionnaires du nouveau break : 27 430 € HT, remise réseau de 11 %. Ces conditions restent internes jusqu'à la convention réseau du 9 février.`],
  ['linkedin', 'en', 'financial', `We're valuing the charging-network spin-off at around €1.1bn in the draft term sheet. Still under negotiation, nothing signed, and legal would strangle me if this got out.`],
  ['linkedin', 'en', 'financial', `Target price for the 2028 compact EV sits at €24,990 in internal planning, subject to final approval at the product committee. Please don't repeat it at the supplier day.`],
  ['linkedin', 'fr', 'financial', `Négociation fournisseur pneus : ils proposent 62,30 € l'unité pour le 19 pouces sur 3 ans, on vise 58. Rien de signé, on en reparle au comité achats.`],
  ['linkedin', 'en', 'financial', `Warranty reserve for the inverter recall is provisionally €37M. Auditors haven't seen it, so treat as internal until the annual report.`],
  ['linkedin', 'mixed', 'financial', `Debrief du salon : le prix de lancement du pick-up électrique sera 52 900 € HT, but we only reveal it at the Lyon dealer convention next month. Keep it off the socials please.`],
  ['linkedin', 'en', 'financial', `Margin on the accessories pack is 41% after the new supplier contract. That's not a number we disclose, so stays within the product team.`],
  ['x', 'fr', 'financial', `Spoiler (à ne pas répéter) : la prime à la reprise qu'on lance en janvier sera de 3 000 € sur toute la gamme électrique. Annonce dans trois semaines.`],
  ['linkedin', 'en', 'financial', `Internal quote for the Ouarzazate solar carport at our test centre: MAD 4.2M including inverters. Pending sign-off by the regional CFO, not shared with the contractor yet.`],
  ['linkedin', 'en', '', `As published in our Q3 report, deliveries reached 48,200 vehicles and automotive revenue was €1.9bn. Thanks to the whole supply chain for an intense quarter.`],
  ['linkedin', 'fr', '', `Le bonus écologique passe à 4 000 € pour les ménages modestes au 1er janvier, selon le décret publié au Journal officiel. Bonne nouvelle pour nos clients.`],
  ['linkedin', 'en', '', `Competitor X announced their compact EV at €27,500 this morning. Interesting positioning, and it will make our dealer meetings lively.`],
  ['linkedin', 'fr', '', `Mon cours d'ingénierie de coût à l'INSA : on modélise la nomenclature d'une citadine électrique à 15 000 € et on cherche où gagner 10 %. Exercice fictif, chiffres d'école.`],
  ['linkedin', 'en', '', `Personal milestone: paid off the loan on my first EV, €21,400 over four years. Best purchase I've made.`],
  ['linkedin', 'fr', '', `Offre d'emploi : ingénieur(e) validation ADAS à Vigo, 42 000 à 50 000 € brut annuel selon expérience, télétravail 2 jours. Candidatures via notre page carrières.`],
  ['linkedin', 'en', '', `Spain's MOVES III programme grants up to €7,000 for buying an EV when you scrap an old car. Public scheme, check eligibility on the IDAE site.`],
  ['x', 'en', '', `List price of our e-van is now €43,900 ex VAT on the public price list, same as last year. No surprises.`],
  ['linkedin', 'en', '', `The city of Casablanca published its bus tender results: the winner bid MAD 1.2bn for 300 electric buses. Congratulations to the consortium.`],
  ['linkedin', 'fr', '', `Nos résultats annuels 2025, publiés ce matin : chiffre d'affaires 812 M€, résultat net 37 M€. Le rapport complet est en ligne sur le site investisseurs.`],
  ['linkedin', 'en', '', `Our pay for interns in Barcelona is €1,100/month, published on every internship ad. Pay transparency should be the norm.`],
  ['linkedin', 'en', '', `Classic teaching example: if a car costs €30,000 and margins are 8%, a 1% rise in steel costs wipes out a surprising share of profit. Try it on a spreadsheet.`],
  ['linkedin', 'fr', 'codename', `Premier roulage du mulet Atlas Bleu sur la piste de Satory ce matin. Châssis de l'ancien modèle, chaîne de traction toute neuve, et un bruit de roulement qu'on va devoir traquer.`],
  ['x', 'en', 'codename', `Nébula prototypes are back from the heat campaign in Death Valley. 48°C, zero derating on the pack. Team earned that barbecue.`],
  ['linkedin', 'en', 'codename', `Project Kestrel update for suppliers: the second wave of prototype parts needs to reach the Wolfsburg build shop by week 7. Late parts will be flown in at your cost, as per the contract.`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement Orion avec les fournisseurs de rang 1 jeudi à Poissy. Merci d'apporter vos plannings d'outillage et vos capacités de série.`],
  ['linkedin', 'en', '', `Looking up from the night-drive car park in Erg Chebbi: Orion's belt, the Orion Nebula visible with binoculars, and absolutely no light pollution.`],
  ['linkedin', 'en', '', `Planted a blue Atlas cedar outside the new R&D building today. They grow slowly, like good engineering.`],
  ['linkedin', 'fr', '', `Dans le jardin de l'usine de Kénitra, le cèdre bleu de l'Atlas planté en 2019 fait maintenant 4 mètres. Les équipes de nuit l'ont baptisé « le surveillant ».`],
  ['linkedin', 'en', '', `We measured wind at the test track with a Kestrel 5500 weather meter before the coast-down runs. Cheap tool, very reliable data.`],
  ['x', 'en', '', `NASA's Orion capsule splashdown was gorgeous engineering. Heat shield people, I salute you.`],
  ['linkedin', 'en', '', `Our cat is called Atlas and he has firm opinions about my home-office calls about suspension geometry.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle niche dans la structure du hall de peinture. On a mis des filets pour protéger les carrosseries, pas l'oiseau. La LPO est venue vérifier.`],
  ['linkedin', 'en', '', `Crab Nebula wallpaper on every screen in the design studio this week. Someone in colour & trim is on a mission.`],
  ['linkedin', 'mixed', 'codename', `Quick recap du sprint Nébula : the HMI team shipped the new charging screen, la calibration du freinage régénératif avance, et les tests CEM sont planifiés pour janvier.`],
  ['linkedin', 'en', 'codename', `Wrapping up three years on Atlas Bleu. From a clay model in Vélizy to 400 prototypes on the road. Moving to the battery team next month.`],
  ['linkedin', 'fr', '', `Randonnée dans le Moyen Atlas ce week-end avec l'équipe achats : ciel bleu, neige sur les crêtes, et personne n'a parlé de devis.`],
  ['linkedin', 'en', 'client_name', `Signed today: 120 electric minibuses for Initech's staff shuttles across their three campuses. Delivery starts in Q2; proud of the fleet sales team.`],
  ['linkedin', 'fr', 'client_name', `Livraison des 25 premières ambulances électriques à l'Hôpital Sainte-Claire. Les ambulanciers ont participé à la conception du compartiment arrière, et ça se voit.`],
  ['linkedin', 'fr', 'client_name financial', `Renouvellement du contrat de flotte avec la Société Générique : 1 800 véhicules, 14,2 M€ par an, signature prévue le 15. Merci de ne rien dire avant le communiqué commun.`],
  ['linkedin', 'en', '', `Rewatched Office Space last night. Initech's printer is still the best argument for good hardware validation I know.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Perpignan pendant la pause du séminaire achats. Un calme bienvenu après trois jours de négociation.`],
  ['linkedin', 'fr', '', `Astuce pour vos maquettes de présentation : utilisez un nom de société générique comme « Entreprise A » plutôt qu'un vrai client.`],
  ['linkedin', 'en', 'client_name', `Shoutout to our Madrid key-account team: Globex renewed its 600-car leasing fleet with us for another four years.`],
  ['linkedin', 'en', 'client_name', `Customer visit at the Hôpital Sainte-Claire car park: all 12 chargers we installed for their patient-transport vans are now live.`],
  ['x', 'en', 'client_name', `Pilot with Initech's logistics arm starts Monday: 8 autonomous yard tractors in their Zaragoza warehouse.`],
  ['linkedin', 'fr', '', `Réunion ce matin rue Sainte-Claire à Lyon, dans nos nouveaux bureaux. Il reste des cartons partout mais le café marche.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – NE PAS DIFFUSER
Compte rendu revue qualité fournisseurs S48
- Taux de rebut des faisceaux : 1 800 ppm (objectif 500)
- Audit du site de Tétouan reporté
- Plan d'action attendu pour le 10/12`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Heads-up from our product security team: a vulnerability in the telematics unit's OTA client allows downgrade of firmware. Patch rolling out in 2 weeks. Share only with your own organisation's security staff.`],
  ['linkedin', 'en', '', `Our incident reports now use TLP:CLEAR when we publish them on the blog, like this one about last month's charging outage. Read, share, learn.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 16/01 à 9h00
Communiqué : le groupe investit 320 M€ dans une nouvelle ligne de cellules à Tanger, 1 400 emplois à la clé.`],
  ['linkedin', 'en', '', `PR tip: an embargo only works if journalists trust you. Send the release early, state the time clearly, and never punish someone for your own mistake.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Dealer network memo – winter tyre campaign
Start date 1 Nov, stock allocation attached by region. Do not forward outside the network.`],
  ['linkedin', 'en', 'confidential_marker codename', `Classification: Restricted
Nébula – thermal validation summary
Pack cold-soak at -30°C: charge acceptance 62% of nominal after 20 min. Heater sizing under review.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – présentation fournisseur
Le nouveau moteur à aimants sans terres rares de notre partenaire atteint 94,1 % de rendement sur cycle WLTP. Démo prévue en février.`],
  ['linkedin', 'fr', '', `Question sérieuse : à partir de quand un document doit-il porter la mention « confidentiel » ? Chez nous, on a fini par tout tamponner, et du coup plus rien ne l'est vraiment.`],
  ['linkedin', 'en', '', `Moving away from internal combustion engines isn't only about drivetrains; it's plant layouts, skills, suppliers and an entire aftersales network.`],
  ['linkedin', 'fr', '', `Entre nous, le meilleur moment d'une campagne d'essais grand froid, c'est quand la voiture démarre au premier coup à -35°C.`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL – board only
Recall scope for the brake-booster issue: 31,000 vehicles built between March and July. Regulator notification planned for next week.`],
  ['linkedin', 'fr', '', `Recommandation lecture : le film « Top Secret! » (1984). Rien à voir avec l'automobile, mais c'est exactement l'ambiance d'une réunion de revue de design.`],
  ['linkedin', 'en', 'confidential_marker', `VERTRAULICH
Lieferantenbewertung Q4 – summary in English for the Spanish team: two seat suppliers below 80 points, one on probation from January.`],
  ['linkedin', 'en', '', `Our NDA template for start-up partners is public on our innovation page. Short, two pages, mutual. Steal it.`],
  ['linkedin', 'fr', '', `Stage de fin d'études : recrutement interne d'abord, puis externe. Chez nous, un stagiaire sur trois devient CDI.`],
  ['linkedin', 'en', '', `Some people still say 'confidential' on every slide. When everything is confidential, nothing is. Classify deliberately.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte – Direction industrielle
Arrêt de la ligne 2 de Vigo du 23/12 au 6/01 pour installation du nouveau robot de collage.`],
  ['linkedin', 'en', '', `EU embargo on certain Russian aluminium products is reshaping our supply base; we've qualified two new sources in Morocco and Spain this year.`],
  ['linkedin', 'en', 'phone codename', `[Teams] Lukas Meyer 08:12: can someone bring the Kestrel mule to Papenburg? driver got sick
[Teams] Ana Ruiz 08:14: I can, call me on 0160 9471 2283 when keys are ready
[Teams] Lukas Meyer 08:15: legend`],
  ['linkedin', 'fr', 'email financial', `Copié-collé de mon mail, désolé, c'était pour l'équipe :
« Bonjour Karim, suite à notre échange, nous confirmons un prix de 212,40 € HT par module de siège pour 2027, sous réserve de validation par notre direction. Contact : karim.benali@siegetec.ma »`],
  ['x', 'en', '', `Stand-up today was 4 minutes. New record. Only blockers: coffee machine and the rain in Vigo.`],
  ['linkedin', 'mixed', 'secret', `Oups, wrong window 😅 : « ssh root@bench-hil-03 / mot de passe : Vigo2027!Hil — ne pas le donner aux stagiaires »`],
  ['linkedin', 'en', '', `Meeting notes from today's public supplier day in Tangier:
- 180 suppliers attended
- local content target of 65% confirmed (as announced by the ministry)
- next edition in May`],
  ['linkedin', 'fr', 'email phone', `Notes de la réunion logistique essais presse (copie de mon carnet) :
- Transport aéroport : Navettes Sud, contact Pilar, pilar.gomez@navettessud.es, +34 655 20 14 78
- 40 voitures, 6 vagues
- briefing sécurité 8h`],
  ['linkedin', 'en', '', `Meeting notes, generalised: before the test-drive day, assign a single owner for keys, a single owner for charging, and a single owner for the weather. The rest follows.`],
  ['linkedin', 'en', '', `Goodbye after 11 years at the Zaragoza plant. I started as a line operator, leave as the plant's quality manager. Thanks to every colleague who taught me how a car is really built.`],
  ['linkedin', 'fr', '', `Dernier jour chez nous après 7 ans dans l'équipe achats châssis. J'emporte des souvenirs de salons, de négociations à rallonge et de quelques pièces défectueuses encadrées.`],
  ['linkedin', 'en', 'email', `Leaving the company after 6 great years. If you want to stay in touch, my personal address is marta.villalba.ing@gmail.com — say hi.`],
  ['linkedin', 'en', '', `We're hiring in Tangier: 3 process engineers for our paint shop. 14,000 to 18,000 MAD net/month depending on experience. Apply on our careers site.`],
  ['linkedin', 'fr', '', `Conseil pour vos essais clients : prévoyez toujours une voiture de réserve chargée à 100 % et un câble de secours. Ça vous sauvera une journée par an.`],
  ['linkedin', 'en', '', `Tip for buyers: always ask the supplier for the raw-material index they use in their price formula. It'll make the next renegotiation much shorter.`],
  ['x', 'en', '', `Hot take: the best KPI for a prototype shop is how often the same part is reordered. Everything else is decoration.`],
  ['linkedin', 'en', '', `Poll: how do you run press test drives?
- Fixed routes
- Free roaming with GPS
- Track only
- Mixed
Curious to see what other OEMs do.`],
  ['linkedin', 'fr', '', `Sondage : pour vos prototypes, camouflage adhésif ou carrosserie factice ? Je vote adhésif, c'est plus rapide à changer entre deux campagnes.`],
  ['linkedin', 'en', 'national_id', `Sharing the onboarding form for our new Madrid colleague so HR can double-check: Nerea Solís, NIE Y2093841G, starting 8 January at the Getafe site.`],
  ['linkedin', 'fr', 'national_id', `Fiche d'accès au centre d'essais d'Aubevoye : M. Thomas Ravel, n° de sécurité sociale 1 88 06 75 114 231 49, convocation visite médicale le 12.`],
  ['linkedin', 'en', '', `Reminder: the NIR example on the official specimen card is 2 99 99 99 999 999 99. Use masked data in training slides, not your own number.`],
  ['linkedin', 'en', 'national_id', `Expense claim template (filled, oops): Driver: Karim El Amrani, CIN J498213, fuel card, Marrakech test loop, 3 days.`],
  ['linkedin', 'fr', '', `Le numéro fiscal allemand (Steuer-ID) a 11 chiffres, le dernier est une clé de contrôle. Pour vos tests, utilisez des données fictives et masquées : 12 *** *** 789.`],
  ['linkedin', 'en', 'national_id', `Forward for payroll (Dortmund): new apprentice Sophie Krämer, Steuer-ID 27813950967, tax class I, starting 1 February.`],
  ['linkedin', 'en', '', `Typed a Spanish DNI into the demo registration form: 48291736V. The form rejected it, the check letter was wrong. Good validation, design team!`],
  ['linkedin', 'fr', 'national_id', `Liste des conducteurs autorisés pour la navette Madrid–Tolède demain : Jorge Ibáñez (DNI 05839271P), Lucía Marín (NIE X4718293G). Merci de les enregistrer à l'assurance.`],
  ['linkedin', 'en', 'national_id', `For the rental of the support vans in Agadir, the contract is in the name of Hamza Ouazzani, CIN AB318274. Pick-up 8:00 at the airport.`],
  ['x', 'fr', '', `Ma CIN marocaine a expiré pendant la campagne d'essais au Sahara. Rendez-vous au commissariat réservé, au moins ce n'était pas le passeport.`],
  ['linkedin', 'en', 'card', `To whoever books the hotel for the Valencia drive event: use the company Amex 3782 813927 44017, expiry 05/29. Finance said it's fine for this one.`],
  ['linkedin', 'fr', 'iban', `Pour le règlement des frais de piste à Calafat, virement sur ES93 0049 1500 0605 1234 5892 avant le 20. Référence : ESSAIS-FREINS-12.`],
  ['linkedin', 'en', 'iban', `Grateful for all the donations for our colleague's family after the accident. Bank details for the collection: BE41 0635 1289 4710 (account opened by the works council).`],
  ['linkedin', 'fr', 'iban', `Nouveau RIB fournisseur de la visserie (changement validé par les achats) : IBAN MA64 0077 8000 0123 4567 8901 2396, Attijariwafa bank, agence Tanger Free Zone.`],
  ['linkedin', 'en', '', `Bank-detail fraud attempt this week: an email 'from' our seat supplier asking us to pay to a new IBAN ending in ...8824. We called the supplier, it was fake. Always call.`],
  ['linkedin', 'fr', 'card', `Carte de péage de la voiture de presse n°7 oubliée dans la boîte à gants. Numéro au dos : 4532 0177 9823 1141. Si quelqu'un la trouve, rapportez-la à l'accueil.`],
  ['linkedin', 'en', '', `Our order numbers look a bit like card numbers (e.g. 4532 0177 9823 1142) and scare our support team. Not a card, just a very long order ID.`],
  ['linkedin', 'en', 'iban', `Reimbursement for the Munich IAA booth deposit goes to DE65 6005 0101 0004 4192 73 — that's the account of our events agency, please process today.`],
  ['linkedin', 'fr', '', `Exemple de RIB dans nos procédures : FR76 **** **** **** **** **** 118. Jamais l'IBAN complet dans un mail non chiffré.`],
  ['linkedin', 'en', 'card', `Paying the track rental at Jarama with my corporate Mastercard, 2224 1209 3384 7552, exp 11/27, CVC in my head. Pasting here so I don't forget which one I used.`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du départ de Nadia : virement possible sur FR76 3000 4017 2800 0123 4567 824, ou en liquide auprès de Jérôme.`],
  ['linkedin', 'en', '', `Dutch colleagues keep sending NL91 ABNA 0417 1643 00 in training decks as 'a real-looking IBAN'. It's the textbook example, don't transfer money there.`],
  ['linkedin', 'en', 'secret internal_url', `Sharing our charger-simulator config in case it helps another team:
\`\`\`
mqtt:
  host: broker.lab.internal
  port: 8883
  user: evse-sim
  password: Tr4nsmission-77pQ
\`\`\`
Works great with OCPP 2.0.1.`],
  ['linkedin', 'en', '', `Sharing our charger-simulator config template:
mqtt:
  host: <your-broker>
  port: 8883
  user: <user>
  password: changeme
Replace the placeholders, obviously.`],
  ['linkedin', 'fr', 'secret', `Changelog outil de diagnostic v3.4 :
- support des calculateurs BMS gen 2
- export CSV des défauts
- clé d'API du service météo mise à jour : 9f2c7a1e4b8d4e03a6c5f1b27d9e8a40
- corrections mineures`],
  ['linkedin', 'en', '', `Changelog – Fleet app 2.8
- Booking a test drive now takes 3 taps instead of 7
- Dark mode for the charging map
- Fixed a crash when the car had no VIN on record
Thanks to everyone who filed feedback.`],
  ['linkedin', 'en', 'internal_url', `Post-mortem of last Thursday's MES outage at the Kenitra plant: the DNS entry for mes-prod.kenitra.corp expired, stations couldn't reach the server, 2h40 of lost production. Fix: monitored renewal, runbook updated.`],
  ['linkedin', 'en', '', `Post-mortem of our public booking site outage: a certificate expired on a Saturday, 90 minutes without bookings. We now renew 30 days ahead and alert twice. Boring, effective.`],
  ['linkedin', 'fr', 'secret internal_url', `Note pour l'équipe HIL : le token du runner GitLab est glpat-Xk29vLm8QpR3tZw7YbN4 et le serveur est sur 172.16.8.20. À changer après la démo.`],
  ['linkedin', 'en', 'secret', `Teams webhook for the recall-alert channel, in case you want your scripts to post there: https://motrixa.webhook.office.com/webhookb2/4c1e2f9a-8b7d-4e3a-9f61-2d5c8a7b3e10/IncomingWebhook/7a9b2c4d6e8f40a1b3c5d7e9f1a2b4c6/8d2e4f6a-1b3c-4d5e-8f7a-9b0c1d2e3f4a`],
  ['linkedin', 'en', '', `Runbook tip: when you rotate the bench passwords, update the vault first, then the benches, then tell people. Doing it the other way round cost us a morning.`],
  ['linkedin', 'fr', 'internal_url', `Pour la revue de conception du faisceau, les fichiers CATIA sont sur https://plm.corp.acme.com/faisceau/rev-D. Merci de commenter dans l'outil, pas par mail.`],
  ['linkedin', 'en', '', `Check out our open-source CAN bus decoder on GitHub: github.com/motrixa/canlens. MIT licence, contributions welcome.`],
  ['linkedin', 'en', 'secret', `Line 3 tablet login for the night shift: user line3-night, password Schicht3!Bremen. Pinned here because the sticky note fell off again.`],
  ['linkedin', 'fr', '', `Bonne pratique : ne jamais écrire un mot de passe sur un post-it collé sur la tablette de ligne. Un gestionnaire de mots de passe, c'est gratuit.`],
  ['linkedin', 'en', 'internal_url', `Anyone else unable to reach http://10.44.2.7/andon from the Vigo paint shop? Board has been down since 6am.`],
  ['linkedin', 'en', '', `The public API docs for our charging network are at developers.ridevolt.de — rate limits, sample keys like sk_test_XXXXXXXX and all.`],
  ['linkedin', 'en', 'financial', `Plant output for week 48, Valladolid: 4,112 cars, best week of the year. Q4 guidance to the market will be raised next month, so keep the number inside the plant until then.`],
  ['linkedin', 'fr', '', `Semaine record à l'usine de Sandouville : 2 950 véhicules utilitaires, annoncé ce matin par le directeur du site dans la presse régionale. Bravo à toutes les équipes.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – draft recall notice
Affected: e-scooter model S2, batches 2304–2311, 6,800 units. Folding hinge may crack. Not yet filed with the authority.`],
  ['linkedin', 'fr', '', `Notre rappel volontaire de 2 300 scooters électriques est désormais public, avec le formulaire de prise en charge sur notre site. Merci aux clients pour leur patience.`],
  ['linkedin', 'en', '', `What a recall looks like from the inside: 14 people, 3 languages, 1 spreadsheet everyone fears. We published the notice yesterday and the call centre is handling it well.`],
  ['x', 'en', '', `Zaragoza plant produced its 5-millionth car today. Public number, posted by the plant on every screen, and I'm weirdly emotional about it.`],
  ['linkedin', 'fr', 'codename', `Usine de Tanger : on prépare l'industrialisation d'Orion sur la ligne 2. Les premiers outillages de ferrage arrivent en février, présérie en juin.`],
  ['linkedin', 'en', 'financial', `Plant cost per vehicle for the e-van dropped to €2,480 in November (from €2,910). Not for the external benchmark yet, finance wants to check it first.`],
  ['x', 'en', '', `1/3 Five lessons from organising 600 test drives in one week in Andalusia. First: chargers break, always have a mobile one.`],
  ['x', 'en', '', `2/3 Second: journalists don't read the route book. Put the turn-by-turn in the car's own nav, pre-loaded.`],
  ['x', 'en', 'phone', `3/3 Third: give every driver one number to call for everything. Ours was +34 955 61 23 08 and it rang 212 times in 5 days.`],
  ['x', 'fr', '', `1/2 Ce qu'on apprend en achetant des composants en pénurie : la relation fournisseur vaut plus que le prix affiché.`],
  ['x', 'fr', '', `2/2 Et le jour où la pénurie se termine, les fournisseurs se souviennent de qui a été correct.`],
  ['x', 'en', 'codename', `Finally allowed to say: I've spent two years on Project Kestrel. Reveal is tomorrow at 10 CET. Can't wait for you to see it.`],
  ['x', 'en', '', `Kestrel hovering over the handling track all morning, absolutely unbothered by 400 hp cars going past underneath.`],
  ['x', 'fr', 'codename client_name', `Démo d'Atlas Bleu chez Globex demain matin, prototype chargé dans le camion, on croise les doigts pour la météo.`],
  ['x', 'en', '', `Live from the Barcelona Motor Show: our stand is packed, the e-van is getting all the attention. Come say hi at hall 2!`],
  ['x', 'en', 'financial', `Live from the dealer convention: they just told us the launch price is €36,400 and that it goes public in three weeks. Room went wild. Oops, maybe I shouldn't tweet this.`],
  ['linkedin', 'en', '', `Thanks for your patience! The software update that fixes the charging-flap issue is rolling out over the air this week, no workshop visit needed.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, désolés pour ce retard de livraison. Votre concessionnaire vous contactera cette semaine avec une nouvelle date, promis.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Jens, sorry about your experience at the dealership. Please call our customer care team at +49 800 723 4410 so we can sort it out.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Amine, pour votre demande d'essai à Rabat, écrivez à essais.maroc@motrixa.ma avec vos disponibilités, l'équipe vous répond sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question! The recall affects only cars built between March and May; you can check your VIN on our public recall page.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre message. Le prix du modèle sera communiqué lors du lancement officiel, on ne peut rien dire de plus pour l'instant 😉`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Hi Marc, as a loyal customer I can already tell you: the new model will be €2,000 cheaper than the current one when it launches in spring — but that isn't official yet, so keep it for yourself!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hey! Our public hotline number is on the back of your key card and in the app under 'Help'. Happy to help further in DMs.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Supplier notice: our Tangier warehouse will be closed on 18 November for Independence Day. Deliveries rescheduled to the 19th.`],
  ['linkedin', 'fr', 'financial', `Contrat cadre avec le fournisseur de jantes alu renouvelé pour 4 ans : 118 € la jante en moyenne, indexé aluminium. Signature hier, annonce aux équipes achats lundi, rien en externe.`],
  ['linkedin', 'en', 'confidential_marker financial', `SOUS NDA
RFQ result summary – ADAS camera module: Supplier A €86.10, Supplier B €91.40, Supplier C €79.90 (concerns on capacity). Nomination on 15 Jan.`],
  ['linkedin', 'en', '', `We just published our supplier code of conduct in English, French, Spanish and Arabic. Human rights, environment, ethics. Worth a read if you sell to any carmaker.`],
  ['linkedin', 'fr', '', `Retour d'expérience achats : nos trois fournisseurs marocains de câblage ont tous obtenu la certification IATF 16949 cette année. Le tissu industriel de Tanger grandit vite.`],
  ['linkedin', 'en', 'client_name', `Initech asked us for a second batch of 200 e-bikes for their employee programme. Production slot booked for March.`],
  ['linkedin', 'en', '', `Negotiation tip from 15 years in automotive purchasing: write down your walk-away price before the meeting, not during.`],
  ['linkedin', 'mixed', 'financial codename', `Tableau récap avant le pricing committee (draft, do not circulate):
| Version | Prix cible | Marge |
| Orion Base | 38 900 € | 7,5 % |
| Orion GT | 44 500 € | 11,2 % |
| Orion Performance | 51 200 € | 14,0 % |`],
  ['linkedin', 'en', '', `Table from our published sustainability report:
| Plant | CO2 per car | Renewable share |
| Tangier | 0.31 t | 92 % |
| Vigo | 0.44 t | 78 % |
| Bremen | 0.52 t | 70 % |`],
  ['linkedin', 'mixed', '', `Petit recap du team event à Séville : karting, tapas and a surprisingly competitive quiz sur l'histoire de l'automobile. Merci aux organisateurs!`],
  ['linkedin', 'mixed', 'phone', `Pour le convoi de demain vers Tarifa, meeting point at the Repsol station, km 87. Mon portable si besoin : 06 42 18 77 03. See you at 6:30!`],
  ['linkedin', 'fr', 'national_id', `Copie du formulaire de prêt de véhicule (désolée, mauvais onglet) : Emprunteuse : Camille Roux – NIR 2 91 04 69 123 087 50 – permis n° 13AB45678 – du 4 au 11 décembre.`],
  ['linkedin', 'en', 'national_id', `Note for the payroll team in Stuttgart: Emre Yıldız, Steuer-ID 66 032 591 489, moves to tax class III from January.`],
  ['linkedin', 'en', '', `Our payroll form validates the German tax ID: typing 17 990 368 458 gets rejected because the check digit is off. Nice touch from the HR-tech team.`],
  ['linkedin', 'en', 'national_id', `Visitor registration for the Martorell plant tour tomorrow: Iker Zubiri, DNI 73104458Q; Ainhoa Lasa, NIE Z0738162M. Please print badges.`],
  ['linkedin', 'en', 'card', `Corporate card numbers for the three event leads (please load them in the hotel system): 6011 0093 8475 1025, 3566 0048 2917 3360. Expiries in the finance sheet.`],
  ['linkedin', 'fr', 'card', `Pour payer les recharges sur l'autoroute pendant l'essai longue distance, utilisez la carte 5167 3100 4498 2701 (flotte presse). Code PIN communiqué à l'oral.`],
  ['linkedin', 'en', 'phone', `Moroccan drivers for the Atlas desert loop can reach the dispatcher 24/7 on 0661 48 22 09 (WhatsApp too). Spare tyres are in every support van.`],
  ['linkedin', 'fr', 'email', `Les fournisseurs qui souhaitent être référencés pour le futur site de Kénitra peuvent écrire à sourcing-kenitra@autolineo.ma. Dossier complet exigé.`],
  ['linkedin', 'en', 'client_name', `Hôpital Sainte-Claire is now running its entire non-emergency transport on our electric vans. Lovely feedback from the nurses about the quiet cabin.`],
  ['linkedin', 'fr', 'codename', `Dernière semaine d'essais d'endurance pour Nébula à Idiada : 120 000 km cumulés, deux casses de roulement, zéro défaut batterie.`],
  ['linkedin', 'en', '', `Idiada test track this morning: 60 cars from 9 brands, all camouflaged, nobody talking to anyone. Best people-watching in the industry.`],
  ['linkedin', 'fr', '', `Nouveaux horaires de l'accueil du centre d'essais à partir de janvier : 7 h – 19 h du lundi au vendredi. Les livraisons après 17 h passent par le poste de garde.`],
  ['linkedin', 'en', '', `Order reference for the replacement wiper motors: PO 4500987321, 240 units, delivery week 3. Thanks to the supplier for the fast turnaround.`],
  ['linkedin', 'fr', '', `Atelier d'été pour les étudiants : comprendre la chaîne de valeur d'un véhicule électrique, de la mine de lithium à la concession. Inscriptions ouvertes sur notre site.`],
  ['linkedin', 'en', 'email', `If you're a supplier affected by the new payment terms, contact accounts.payable@fahrwerkmobil.de — don't reply to the automatic notification.`],
]);
