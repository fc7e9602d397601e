import { rows } from './corpus-types';

/**
 * Held-out set "fresh74": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh74`.
 * First scored: 2026-12-04 on 4f19c3f (unseen, before any fix from it): confidentiality macro F1 0.963 / 6.4 % of clean posts flagged (7 of 110).
 *
 * Authors: employees of airlines, airports, rail operators and travel companies in France, the UK, Ireland and Spain
 * (an Irish regional airline, Dublin, Cork and Shannon airport teams, a Stansted and a Gatwick ops centre, a Belfast
 * station, French high-speed and regional rail, Nantes, Nice, Bordeaux and Toulouse airports, Madrid, Palma, Malaga and
 * Valencia stations, a Spanish ground handler, a UK rail caterer), writing in French and English (a few mixed). Focus:
 * strikes and schedules, route launches before announcement, fares and fuel surcharges, incident notes, customer replies.
 * Forms: team wins, strike contingency plans, pasted meeting and stand-up notes, chat lines pasted into the wrong window,
 * tables, runbooks and config snippets, changelogs, live-posts from shows, post-mortems, supplier bank-detail notices,
 * customer-care replies (surface 'comment', 20 of them), job ads with published salaries, polls, a two-post X thread,
 * goodbyes and tips.
 *
 * Financial positives (company's own figures with a sign they are not public yet): a wage-round envelope before the
 * plenary session, strike costs before the financial communication, a per-diem uplift before union ratification, route
 * business cases and base capex before the announcement, an airport incentive before the board, a fuel surcharge and a
 * bag fee before agencies or customers are told, a new fare before marketing reveals it, floor prices and RASK targets,
 * fuel hedge price before the results, a lounge budget before the airport announces it, a sealed concession bid, a
 * ground-handling tender, a profit-share estimate before the works council, catering sales, a draft trading update, a
 * corporate deal in the pipeline, a subsidiary valuation during a confidential sale. Look-alikes: published annual and
 * half-year results, public tariffs and taxes, public fare-comparison threads, job-ad salaries, a personal loan and a
 * personal fare, other organisations' budgets (a tram line, a PSO contract), public statistics, an old ticket's price.
 *
 * Conventions: every written email (role mailboxes, "[at] [dot]", "(at) (dot)" and "name @ domain" included) is email;
 * an ssh login or bare domain is not. Every written phone number (French, UK, Irish, Spanish, Belgian, mobiles,
 * switchboards, toll-free) is phone; 112, 17 and 999 are not; flight, train, ticket, bag-tag, booking and loyalty numbers
 * are look-alikes. confidential_marker only for explicit labels (INTERNAL – DO NOT CIRCULATE, [INTERNAL], DIFFUSION
 * RESTREINTE, EMBARGO jusqu'au…, Classification: Commercial in Confidence / INTERNE, RESTRICTED, TLP:AMBER, TLP:RED,
 * SUBJECT TO NDA, SOUS NDA, [CONFIDENTIAL]); TLP:CLEAR, discussions of the words, a cafeteria and a film title are
 * clean. secret: a shared tablet login, service-account and admin passwords, a Wi-Fi password, a Slack webhook with its
 * token, a Postgres URL and a psql string with credentials, a hex GDS API key, a JWT, an SMTP password, a maintenance PIN;
 * AWS's EXAMPLE key and "changeme"/<placeholder> .env lines are clean. internal_url: acme-corp.net and corp.acme.com
 * hosts, intranet.* hosts, private IPs, .internal/.local/.corp hosts; public status, careers and open-data sites are
 * clean. Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: mod 97
 * for IBANs (FR with the RIB key, ES with both control digits, GB, IE); Luhn for Visa, Mastercard (5- and 2-series),
 * Amex and Discover; the key for the French NIR, the DNI/NIE letter, the Irish PPSN check letter (with the A suffix
 * once), the ICAO 9303 check digits of a passport MRZ line (labelled national_id); the UK NINO by format. Look-alikes:
 * a bad-check IBAN in a scam warning, a masked IBAN, the GB82 WEST documentation IBAN, Stripe's 4242 card, Luhn-failing
 * 16-digit order and SMS numbers, HMRC's QQ NINO, masked NIR, the ANTS specimen passport. Codenames and clients only in
 * their project / customer sense: the Orion constellation and nebula, a kestrel over the runway, a cat named Atlas in a
 * blue vest, a chapel of Sainte-Claire, the Initech of a film, a scam "Globex Airways", a "groupe générique" and a
 * GlobeXpress coach firm are clean.
 *
 * Counts: 231 posts (130 EN, 92 FR, 9 mixed; 208 LinkedIn, 23 X; 20 comments): 110 clean, 121 with one or more
 * findings. Labels: financial 28, phone 14, confidential_marker 13, email 13, national_id 12, internal_url 11, secret 11,
 * codename 10, iban 8, client_name 7, card 6.
 */
export const FRESH74_POSTS = rows('fresh74', [
  // --- Strikes, rosters and schedules ---
  ['linkedin', 'fr', '', `Préavis de grève déposé par deux syndicats de contrôleurs pour le week-end du 14. Nos équipes opérations travaillent déjà sur le plan de transport adapté : il sera publié sur l'appli et sur le site au plus tard 24 h avant, comme la loi nous y oblige. Merci aux collègues du PC circulation qui vont passer une drôle de semaine.`],
  ['linkedin', 'fr', 'financial', `Point négo avec les OS ce matin, je résume pour l'équipe RH (pas encore dans le relevé officiel) : la direction est prête à monter l'enveloppe NAO à 3,4 % de la masse salariale, soit ~11,8 M€, mais ce chiffre ne sort pas avant la séance plénière de mardi. D'ici là on reste sur 2,6 % en public.`],
  ['x', 'en', '', `Heads up Dublin commuters: industrial action by baggage handlers planned for Friday 06:00-14:00. Expect queues at T1. Check your airline's app before leaving home. 112 only for actual emergencies, please, not for flight info 🙃`],
  ['linkedin', 'en', '', `Our crew rostering team rebuilt the winter pairings in four days after the ATC strike in Marseille wiped out 212 rotations. No overtime blowouts, every legal rest respected. Proud doesn't quite cover it.`],
  ['linkedin', 'fr', 'phone', `Cellule de crise grève – pour les chefs d'escale qui n'ont pas le numéro : l'astreinte régulation est joignable au 06 71 48 23 95 toute la nuit (c'est le portable de Karim, soyez raisonnables).`],
  ['x', 'fr', '', `Grève du 12 au 14 : 1 TGV sur 2, 2 TER sur 3 en moyenne d'après les prévisions publiées hier soir par la direction régionale. Pensez au covoiturage. #grève #TER`],
  ['linkedin', 'en', 'confidential_marker', `INTERNAL – DO NOT CIRCULATE
Contingency schedule v3 for the cabin crew walkout (Stansted base)
- 38 of 61 departures protected via wet-lease
- Lisbon and Porto rotations cancelled first
- Customer comms go out 48h ahead
Comments to ops planning by Wednesday noon.`],
  ['linkedin', 'en', '', `Someone asked me why airlines stamp some documents "INTERNAL" or "RESTRICTED" and not others. Short answer: it's about who gets hurt if it leaks, not about how boring it is. The most boring stuff is often the most sensitive 😄 Happy to run a session on our labelling scheme for new joiners.`],
  ['linkedin', 'mixed', 'email', `Roster swap requests for the Christmas block: send them to planning.crew@aerlinn-regional.ie before the 9th, not to me on WhatsApp please 🙏 On ne traitera pas les demandes envoyées par SMS.`],
  ['linkedin', 'fr', 'confidential_marker financial', `DIFFUSION RESTREINTE – Comité social
Coût estimé de la grève des 3 et 4 : 4,2 M€ de recettes perdues + 0,9 M€ de réacheminement. Chiffres non consolidés, à ne pas reprendre avant la communication financière de février.`],
  ['x', 'en', '', `Rail strike day 2 in Madrid: Cercanías running minimum services (75 % at peak, as set by the ministry). Our Atocha desk is open from 05:30. Bring patience and a book.`],
  ['linkedin', 'en', '', `Pasted from our crew notice board (public version):
"Roster for week 48 is published in the crew app. Swaps close Thursday 18:00. Standby at home: reachable within 90 minutes of base."
Nothing fancy, just a reminder that good rosters are the quiet backbone of punctuality.`],
  ['linkedin', 'fr', 'codename', `Bonne nouvelle pour l'équipe planification : le nouveau moteur de rotations Orion passe en test sur la base d'Orly dès lundi. On ne le présente aux syndicats de PNC que le 20, donc motus d'ici là.`],
  ['x', 'fr', '', `Ce soir, ciel dégagé au-dessus de l'aéroport de Bâle-Mulhouse : la ceinture d'Orion parfaitement visible depuis le parking P3 pendant ma pause. Les nuits d'astreinte ont leurs bons côtés ✨`],
  ['linkedin', 'en', 'financial', `Quick one for the Belfast station team: the per-diem uplift we agreed with BALPA in principle is £14.50/night, which adds about £1.1m to next year's crew cost line. Not ratified yet and the union announces it to members first, so keep it off the group chats for now.`],
  ['linkedin', 'en', '', `The new national minimum rest rules for train drivers are out (published in the official journal this morning). 12 hours between shifts, 36 consecutive hours weekly. Our rostering tool already handles both; big thanks to the Glasgow depot planners.`],
  ['linkedin', 'fr', 'phone', `Les voyageurs bloqués en gare de Lyon-Part-Dieu peuvent appeler notre ligne dédiée grève au 09 70 60 99 75 (prix d'un appel local) de 6 h à 22 h. Partagez autour de vous.`],
  ['x', 'en', '', `Strike update ✈️ Tomorrow's 07:10 to Bilbao is cancelled. You'll get a rebooking link by SMS. Don't call 999, call your travel agent 😅`],
  ['linkedin', 'mixed', 'internal_url', `Pour les leads escale : le planning grève mis à jour est sur https://ops.acme-corp.net/greve/planning-v4.xlsx — the English summary for the Dublin crews is on the same page, tab 2.`],
  ['linkedin', 'fr', '', `Dans les gares, on nous demande souvent ce que veut dire le tampon "INTERNE" sur les fiches affichées dans les locaux. Rien de secret : c'est juste le niveau de diffusion. Pour la petite histoire, notre cafétéria s'appelle "Le Confidentiel" depuis 1998.`],
  ['linkedin', 'en', 'secret', `Roster app kiosk in the Cork crew room is back up. If it logs you out, the shared tablet login is crewroom / Shamr0ck!Roster24 — IT says they'll move us to badges next month.`],
  ['linkedin', 'fr', '', `Nos agents d'accueil ont distribué 3 400 bouteilles d'eau et 1 200 plateaux-repas pendant les deux jours de grève du contrôle aérien. Merci à eux, et merci aux passagers pour leur patience.`],
  ['x', 'en', 'confidential_marker', `[INTERNAL] Heathrow T5 stand plan for the 48h strike: we're pushing 14 narrowbodies to remote stands from 05:00. Ground ops only.`],
  ['linkedin', 'en', '', `Strike-proofing a schedule is mostly about where you park aircraft the night before. Tip for new ops controllers: plan the recovery, not just the cancellation. The first wave after a strike decides the next 72 hours.`],
  ['linkedin', 'fr', 'national_id', `Pour l'attestation employeur demandée par la CPAM après mon accident de trajet pendant la grève, l'agente m'a demandé de poster mon numéro… je le mets ici pour ma collègue de la paie qui ne trouve pas mon dossier : 1 85 07 75 112 345 61. Merci Sandrine !`],
  ['linkedin', 'en', '', `Posted with the union's agreement: the strike at the Barcelona maintenance hangar is suspended after last night's agreement. Full text of the deal is on the union's website. Flights operate as scheduled from tomorrow.`],
  // --- Route launches before and after announcement ---
  ['linkedin', 'en', 'financial', `Super excited about what's coming to Shannon next summer 😉 Can't say where yet — the route goes on sale 15 Jan — but the business case shows €6.3m first-year revenue at 81 % load factor. Champagne in the planning office.`],
  ['linkedin', 'fr', '', `C'est officiel : à partir du 2 avril, nous relierons Nantes à Porto trois fois par semaine. Billets en vente dès aujourd'hui à partir de 39 € l'aller simple, taxes incluses. Merci aux équipes réseau et commerciales !`],
  ['linkedin', 'fr', 'codename', `Petite fierté : le dossier Nébula (notre nouvelle ligne transversale, je n'en dis pas plus) a été validé par la DGAC hier. L'annonce publique est prévue au salon de mars, d'ici là on garde ça entre nous.`],
  ['x', 'en', '', `NEW ROUTE 🎉 Edinburgh ⇄ Seville, twice weekly from 28 March. Fares from £44.99 one way on our website. See you in the sun.`],
  ['linkedin', 'en', 'codename financial', `Board pack note for the network team: Project Kestrel (the Leeds–Malaga base opening) now needs £4.8m of start-up capex, up from £3.9m. CFO wants a revised case before the board on the 17th; nothing has gone to the airport yet.`],
  ['linkedin', 'en', '', `Saw a kestrel hovering over the threshold of runway 27 this morning during the wildlife patrol. Our bird control officer says it's been nesting near the glideslope antenna for three seasons. Beautiful, but we'd rather it moved.`],
  ['linkedin', 'fr', 'financial', `Retour de négo avec l'aéroport de Béziers : ils nous offrent 2,10 € par passager départ pendant 3 ans si on ouvre la base. On vise 180 000 pax la première année. Le conseil d'administration tranche le 9, aucun des deux côtés ne communique avant.`],
  ['linkedin', 'en', '', `Route development isn't glamorous. It's 40 spreadsheets, 12 slot requests and one meeting where someone asks "but will anyone actually fly there?" Today the answer is yes: Knock to Faro opens 1 June, tickets on sale now.`],
  ['linkedin', 'en', 'client_name', `Great call today with the travel team at Globex — they're moving their whole Iberian corporate travel programme to us from April. Contract not countersigned yet so I'll share the detail when legal clears it.`],
  ['linkedin', 'en', '', `Globe trotter tip 🌍 booked your ski transfer with GlobeXpress coaches or any other tour operator? To change it, go through whoever sold you the package, not the airline: they hold the ticket. Saves everyone a phone marathon.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 22/01 10h00
Communiqué : ouverture de la ligne Lille – Marrakech, 4 vols par semaine à partir du 30 mars.
(Je colle ici le draft pour que Paola le relise, je supprime après.)`],
  ['linkedin', 'fr', '', `On a eu un débat ce matin sur les embargos presse : faut-il vraiment écrire "EMBARGO" en tête d'un communiqué quand on l'envoie à 200 journalistes ? Mon avis : oui, et surtout avec l'heure. Vos pratiques ?`],
  ['x', 'en', 'codename', `Can't wait for people to see what Atlas Bleu will do for our Canary Islands network next winter. Still under wraps but the slot filings went in today 🤫`],
  ['x', 'fr', '', `Notre chat de soute préféré, Atlas, a encore fait une sieste sur le tapis bagage n°4 de l'aérogare. Les agents l'ont surnommé "Atlas bleu" à cause de son gilet haute visibilité 😹`],
  ['linkedin', 'en', 'financial', `Ops forecast for the new Cork–Nantes route (draft, pre-announcement): break-even load factor 68 %, yield €71 per sector, year-one loss capped at €420k. I'll present the final numbers once commercial signs off — please don't paste these into the supplier deck.`],
  ['linkedin', 'en', '', `Our annual report is out: passenger revenue up 9.2 % to €1.84bn, operating margin 11.3 %. Full document on the investor relations page. Thank you to 6,400 colleagues who made it happen.`],
  ['linkedin', 'mixed', 'internal_url codename', `Slides Orion pour le steering committee → http://10.42.8.17/network/orion-s26.pptx (VPN needed). Version anglaise demain.`],
  ['linkedin', 'fr', '', `Vous avez vu la nouvelle ligne de tram vers l'aéroport de Toulouse ? Ouverture annoncée par Tisséo pour 2028, budget public de 170 M€. Ça changera la vie de nos équipes qui embauchent à 4 h 30.`],
  ['linkedin', 'en', 'financial', `Honestly the best news of my week: we closed the codeshare with the Azorean carrier at a guaranteed €2.6m minimum revenue for year one. Press release isn't until the 30th so I'm keeping the partner's name out of it, but wow.`],
  ['linkedin', 'en', '', `Seasonal schedule changes, published today: Bristol–Bordeaux moves from 3 to 5 weekly, Newquay–Dublin becomes year-round. Everything is live on the timetable page.`],
  ['linkedin', 'fr', 'client_name', `Énorme merci à l'équipe voyages de l'Hôpital Sainte-Claire : ils passent chez nous pour les déplacements de leurs chirurgiens vers Madrid et Lisbonne dès janvier. On attend leur feu vert pour l'annoncer officiellement.`],
  ['linkedin', 'fr', '', `Mariage de ma cousine à la chapelle Sainte-Claire de Biarritz samedi : vol de 6 h 50, retour dimanche. Merci à mon manager pour l'échange de jour ❤️`],
  ['x', 'en', '', `Route rumours on aviation forums are wild this week. For the record: we announce new routes on our newsroom and nowhere else. If it's not there, it's not real.`],
  ['linkedin', 'en', 'confidential_marker codename', `CONFIDENTIAL — Network Committee pre-read
Project Kestrel: base opening at Leeds Bradford, 3 based aircraft, 14 routes. Target announcement: 4 Feb.
Please do not forward outside the committee.`],
  // --- Fares and fuel surcharges ---
  ['linkedin', 'fr', 'financial', `Pour info avant le comité tarifs : la surcharge carburant passera de 28 € à 41 € par segment long-courrier au 1er mars. Les agences ne seront prévenues que le 15 février, donc rien aux partenaires d'ici là svp.`],
  ['linkedin', 'en', '', `Fuel surcharges explained in one post: they're filed with the regulator, published in the fare rules and shown at booking. Ours went up €6 on long-haul in October (see our public fare notice). No hidden magic, just jet fuel prices.`],
  ['x', 'en', 'financial', `Not allowed to say much but our new "Flex Plus" fare lands at €119 on domestic routes, €30 under the current Flex. Marketing reveals it on Monday. Told you it'd be worth the wait 😏`],
  ['linkedin', 'fr', '', `Nos nouveaux tarifs Carte Jeune sont en ligne : 49 € par an, –30 % garantis sur tous les trajets. Détails et conditions sur notre site. Les étudiants, c'est le moment !`],
  ['linkedin', 'en', 'financial', `Revenue management stand-up notes (sorry for the wall of text):
- Xmas peak: floor price on DUB–LHR raised to €89 from 12 Dec, not yet loaded
- Target RASK for Q1: 7.4 cents, we're at 6.9
- Easter forecast: €38m ticket revenue, ahead of the plan we told the bank
Next sync Thursday.`],
  ['linkedin', 'en', '', `Fun exercise with our graduate cohort: we gave them the 1998 fare tariff of a defunct airline (public archive) — €312 for a Dublin–Paris return in today's money — and asked them to explain why fares fell. Best answers got a jump-seat ride.`],
  ['linkedin', 'fr', 'financial', `Grille tarifaire TGV été (version de travail, pas encore validée par la direction commerciale) : Paris–Marseille prix d'appel 29 € → 35 €, pic à 159 €. On ne la publie pas avant l'ouverture des ventes le 10.`],
  ['linkedin', 'fr', '', `Conseil perso : pour un Paris–Biarritz en juillet, réservez 3 mois avant. J'ai payé 62 € l'aller en avril pour mes vacances, ma sœur 147 € en juin. Le yield management ne pardonne pas 😅`],
  ['linkedin', 'en', 'financial', `Procurement win 🙌 We locked jet fuel hedges for 70 % of next year's volume at $712/tonne. That's roughly €19m better than the budget assumption. Treasury will disclose the hedge ratio at the results, not before, so keep the exact price to yourselves.`],
  ['linkedin', 'en', '', `Jet fuel averaged $780/tonne last month according to IATA's public monitor. If you ever wondered why your summer fares moved, there's your answer.`],
  ['linkedin', 'mixed', 'financial', `Quick recap from the pricing offsite à Madrid : on valide un supplément bagage à 35 € en soute (au lieu de 29) pour l'été, applicable aux réservations faites à partir du 1er avril. Customers will only hear about it in March, so this stays in the team.`],
  ['x', 'fr', '', `Les prix des billets de train en Espagne vs en France, un thread 🧵 (source : les tarifs publics des opérateurs, relevés le 1er décembre)
1/ Madrid–Barcelone : à partir de 7 € en low-cost ferroviaire`],
  ['x', 'fr', '', `2/ Paris–Lyon : à partir de 19 € en Ouigo, à condition de réserver tôt. Le reste dans le fil.`],
  ['linkedin', 'en', 'financial', `Small thing, big deal: the board approved our £28m budget for the new lounge at Gatwick North this morning. We'll share the design with the public once the airport announces it in the spring — until then, just proud of the team.`],
  ['linkedin', 'fr', '', `Vente flash terminée : 48 000 billets vendus en 72 h, à 19 € l'aller. Merci à tous les voyageurs, et bravo aux équipes digitales qui ont tenu la charge du site.`],
  ['linkedin', 'en', 'financial confidential_marker', `Classification: Commercial in Confidence
Bid summary – Ryanway ground-handling tender, Palma
Our offer: €14.20 per turnaround, 5-year term, total value €31m. Submission closes 19 Dec.`],
  ['linkedin', 'en', '', `"Commercial in Confidence" is one of those phrases every bid manager types a hundred times a year. Today I taught a new colleague what it actually protects. Good conversation about trust with our airport partners.`],
  ['linkedin', 'en', 'financial', `Loved the debate at the fares workshop. For my team only: the plan is to cut the Ireland–UK Saver by €5 to €24.99 from the spring sale. Marketing hasn't briefed the press yet, so hold the number.`],
  ['linkedin', 'fr', '', `Offre d'emploi – Analyste Revenue Management (H/F), Toulouse. CDI, salaire 42-48 k€ brut annuel selon profil, 13e mois, billets gratuits après 6 mois. Candidatures sur notre page carrières.`],
  ['linkedin', 'en', '', `We're hiring cabin crew in Dublin! Starting salary €27,500 plus flight allowances, full training provided. Apply through our careers site before 31 January.`],
  ['linkedin', 'fr', 'financial', `Je sais que beaucoup se posent la question en interne : oui, la prime d'intéressement 2025 sera bien versée, et elle devrait tourner autour de 1 850 € par salarié d'après le calcul du contrôle de gestion. Le montant officiel tombe au CSE du 28, ne vous emballez pas avant.`],
  ['linkedin', 'en', '', `Personal milestone: I finally paid off the €9,000 loan I took for my pilot licence back in 2014. Ten years, countless early shifts. If you're starting out, it's worth it.`],
  // --- Incident notes and post-mortems ---
  ['linkedin', 'en', 'internal_url', `Post-mortem from Saturday's check-in outage at Stansted: the DCS front-end lost its session store when the cache at redis01.ops.internal filled up. Root cause a missing TTL; fix shipped Sunday. Lessons learned below 👇`],
  ['linkedin', 'en', '', `Post-mortem culture at an airline is different: nobody asks "who", everybody asks "which barrier failed". Last week's baggage-belt jam at Terminal 2 got a 5-whys and three small fixes, no blame. Love this team.`],
  ['linkedin', 'fr', 'secret', `Retex de l'incident du système d'affichage des départs à Nice : la cause est un mot de passe expiré sur le compte de service. Pour ceux qui relancent manuellement, le nouveau est FIDS-svc / Baie2Anges#2026 en attendant le coffre-fort.`],
  ['linkedin', 'fr', '', `Incident du 2 décembre sur la ligne Bordeaux–Toulouse : un arbre tombé sur la caténaire a coupé le trafic 4 h. 17 trains retardés, aucun blessé. Les équipes de maintenance ont été remarquables de nuit sous la pluie.`],
  ['linkedin', 'en', 'internal_url secret', `Runbook excerpt for the night shift (boarding gate readers):
1. ssh -l gateops gate-ctl.corp.acme.com
2. restart reader service
3. if still down, DB string: postgresql://bgr_app:Q7v!rkT2mLp9@10.12.0.40:5432/boarding
Ping me if it fails.`],
  ['linkedin', 'en', '', `Our engineers published the public incident report for the A320 tail strike at Leeds (it's on the AAIB site). No injuries, the aircraft is back in service. Proud of how openly our safety team handled it.`],
  ['linkedin', 'fr', 'internal_url', `Le tableau de suivi des incidents bagages est ici : https://intranet.aerogare-sud.fr/bagages/incidents. Merci de le remplir AVANT la relève, sinon l'équipe de nuit part à l'aveugle.`],
  ['x', 'en', '', `PSA: our status page (status.flybirdie.com) is the fastest way to know whether the app is down. Today it's fine; the queues at Terminal 1 are about security lanes, not our systems.`],
  ['linkedin', 'en', 'phone', `For anyone on the incident bridge tonight: dial-in is +44 20 7946 0832. Duty manager is Fiona, her mobile is 07700 900 481 if the bridge drops.`],
  ['linkedin', 'fr', '', `Pour les nouveaux arrivants du SOC : nos runbooks utilisent des exemples fictifs du type "password: changeme" ou "token: <TON_TOKEN_ICI>". Ne collez jamais les vraies valeurs dans le wiki, il y a le coffre pour ça.`],
  ['linkedin', 'en', 'secret', `Lost hour this morning because the crew-briefing webhook died. If you need to repost manually, use https://hooks.slack.com/services/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 — I'll rotate it after the winter schedule launch.`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key, and yes, one of our interns pasted it in a ticket asking why it "didn't work" 😂 Reminder: example keys are examples.`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER
Note de sécurité – tentative d'hameçonnage ciblant les comptes PNC : faux mail "mise à jour du planning" avec lien vers un faux portail. Ne pas rediffuser hors compagnie.`],
  ['linkedin', 'fr', '', `Le CERT national a publié hier un bulletin TLP:CLEAR sur une campagne d'hameçonnage visant les voyageurs (faux remboursements de billets). À partager largement autour de vous.`],
  ['linkedin', 'en', 'internal_url', `Incident timeline is being kept in the shared doc at http://wiki.rail-ops.local/incidents/2025-11-30-signalling — please add your observations from Preston before end of shift.`],
  ['linkedin', 'en', '', `Our 2025 punctuality stats, as published to the regulator: 84.1 % of trains within 5 minutes. Not where we want to be, but up 3 points. Thanks to everyone out on the track at 3am.`],
  ['linkedin', 'mixed', 'secret', `Quick fix for the Madrid kiosk printers qui plantent : log in on the admin page with user "kiosk-admin" and password "Barajas-T4-print!" then reset the spooler. Don't share outside the station team.`],
  ['linkedin', 'fr', '', `Le wifi gratuit de l'aéroport s'appelle "AIRPORT-FREE-WIFI", pas de mot de passe, juste une page d'accueil. Si quelqu'un vous demande un code, c'est une arnaque. Partagez aux voyageurs.`],
  ['linkedin', 'en', 'secret', `Crew lounge Wi-Fi at Dublin T2 changed again. Network: CREW-T2-LOUNGE, password: 4kTeaAndScones!88. Please don't give it to passengers asking at the gate 😅`],
  ['linkedin', 'en', '', `Our security team runs phishing tests every quarter. This time 6 % of staff clicked, down from 19 % two years ago. The trick? Short, regular training instead of an annual 2-hour video.`],
  ['linkedin', 'en', 'confidential_marker', `RESTRICTED – Safety Investigation
Preliminary note on the runway incursion at Cork, 27/11: tug crossed holding point B3 without clearance. Do not share with media; comms via press office only.`],
  ['linkedin', 'fr', '', `Sur la route de la conférence sûreté aérienne de Toulouse. Ma présentation : "Pourquoi 'CONFIDENTIEL' en rouge ne protège rien tout seul". Rendez-vous salle B à 14 h !`],
  // --- Customer replies (comments) ---
  ['linkedin', 'fr', '', `Bonjour Mme Delorme, nous sommes désolés pour l'annulation de votre vol. Votre demande d'indemnisation (dossier REF-7H2K9Q) est bien enregistrée ; vous recevrez une réponse sous 30 jours. Bien à vous, Léa – Service Clients`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Tom, sorry to hear about the delayed bag. Our Belfast baggage desk can trace it fastest: call them on +44 28 9448 4848 (open 06:00–22:00) and quote your file reference. – Aoife, customer care`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hello Marta, apologies again for the missed connection in Madrid. Please email your boarding passes to claims.iberia-desk@railiberia-travel.es and our team will process the EU261 claim. Kind regards, Pablo`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre retour ! Pour modifier votre billet, rendez-vous dans "Mes voyages" avec votre référence de dossier à 6 caractères (par ex. QX4T7M). Aucun frais jusqu'à 3 jours avant le départ.`, { surface: 'comment' }],
  ['x', 'en', '', `@jamie_travels so sorry about the queue! Your booking ref 8FKD2L is confirmed on the 14:35 instead. No extra charge. ^ST`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Grace, I've escalated your refund myself. If it hasn't landed by Friday, write to me directly at niamh.obrien@shamrockrail.ie and I'll chase finance. – Niamh`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Monsieur Girard, pour votre fauteuil roulant endommagé, notre service assistance PMR vous rappellera ; vous pouvez aussi les joindre au +33 1 74 25 36 90 en semaine. Cordialement, Service Relations Clients`, { surface: 'comment' }],
  ['x', 'fr', '', `@lucie_bzh Votre numéro de billet 057 2418930466 est bien valide pour le train de remplacement de 17 h 12. Bon voyage ! ^MA`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for flagging, David. Your frequent-flyer number (ends in …4471) now shows the missing 2,300 miles. Enjoy the upgrade!`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Hi Sophie, as discussed I've tried the refund to the card you gave us: 4532 7190 4412 0834, exp 09/27, but it bounced. Can you confirm the card is still active? – Refund desk`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, nous ne vous demanderons JAMAIS votre numéro de carte bancaire en commentaire ou par message privé. Si quelqu'un le fait au nom de la compagnie, c'est une fraude.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Liam, could you please send a copy of your passport and the medical certificate to assistance (at) celtic-skies (dot) ie so we can set up the oxygen for your flight? Thanks!`, { surface: 'comment' }],
  ['x', 'en', '', `@ben_k our lost property team is on it 🔍 Please fill in the form on our website with your seat number (22F) and flight (EI-something?). We'll DM you when it's found.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour Mme Ruiz, votre réclamation est transmise. Pour toute pièce complémentaire : reclamations-bagages@aerogare-sud.fr. Bonne journée.`, { surface: 'comment' }],
  ['linkedin', 'en', 'national_id', `Hi Carlos, to re-issue the ticket in your correct name I'm confirming the DNI you gave us on the phone: 48392017V. If that's right we'll send the new e-ticket today.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Julien, nous comprenons votre frustration. Le numéro d'urgence en gare reste le 112 ; pour toute info voyage, utilisez l'appli ou le chat. Belle soirée.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Seán, the Shannon assistance team can meet you at the car park — ring them on 061 712 400 about 30 minutes before arrival.`, { surface: 'comment' }],
  ['x', 'en', '', `@rosie_m Your loyalty number is linked now ✈️ Points for the 3 flights (about 1,800) will show within 5 days. ^CK`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name', `Hi Mark, thanks for your message. I can confirm the Initech group booking for the Lisbon offsite (42 seats) has been moved to the morning flight as your travel manager asked. – Corporate desk`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Bonjour Mme N'Diaye, pour compléter votre demande de remboursement transport (accident de service), merci de confirmer votre numéro de sécurité sociale : 2 92 03 69 123 456 04 — c'est bien celui-ci ? Service RH`, { surface: 'comment' }],
  // --- Numbers: supplier notices, refunds, ids ---
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre prestataire de nettoyage des cabines : les factures de décembre sont à régler sur FR76 1027 8060 3900 0204 1760 159 (nouvelle banque). Merci de mettre à jour dans le système fournisseurs.`],
  ['linkedin', 'en', '', `Fraud alert 🚨 Suppliers of several Irish airports received fake "change of bank details" letters this month. Our finance team will never change an IBAN by email alone: we always call back on a known number. Stay sharp.`],
  ['linkedin', 'en', 'iban', `Collection for Declan's retirement gift from the Dublin ramp team — transfer whatever you like to IE29 AIBK 9311 5212 3456 78 (Orla's account) before the 20th.`],
  ['linkedin', 'fr', '', `Exemple de virement dans notre formation paiements : GB82 WEST 1234 5698 7654 32, l'IBAN de démonstration que tout le monde utilise dans la doc bancaire. Pas la peine d'essayer de l'utiliser 😉`],
  ['linkedin', 'en', 'iban', `Supplier notice: the ground-handling invoices for Malaga station should now be paid to ES79 0049 1500 0005 2718 3946 (Santander). Old account closes on 31 December.`],
  ['linkedin', 'fr', '', `Arnaque repérée : un faux mail "fournisseur" demande un virement vers FR79 3000 3012 3400 0543 2109 867. Cet IBAN n'est même pas valide. Signalez ce genre de mail à la sécurité.`],
  ['linkedin', 'en', 'iban', `For the charity flight for the Lourdes pilgrimage, donations can be sent to GB40 BARC 2031 5841 9027 63 — that's my personal account, I'll pass everything on to the hospital.`],
  ['linkedin', 'en', '', `Payment reference on our invoices looks like INV-2025-004718, and the IBAN is printed at the bottom as GB** **** **** **** 5521 on the PDF for security. Our accounts team will confirm the rest by phone.`],
  ['linkedin', 'en', 'card', `Company card for the Seville station opening, in case the hotel asks again: Amex 3782 861093 47111, under my name. Please delete this post after you've booked 🙈`],
  ['linkedin', 'en', '', `Testing the new in-flight payment terminals today with Stripe's test card 4242 4242 4242 4242. Transactions go through in 1.8 seconds now, even offline. Crew will love this.`],
  ['linkedin', 'fr', 'card', `Pour le bar à bord du Bordeaux–Paris, la carte de la société est bloquée ; j'ai payé les sandwichs du comité avec ma Mastercard perso 5299 1400 2761 5387, il faut me rembourser par la note de frais.`],
  ['linkedin', 'fr', '', `Numéro de commande de nos nouveaux chariots bagages : 4532719044120838. Livraison prévue semaine 4 à Roissy, 600 chariots d'un coup !`],
  ['linkedin', 'en', 'national_id', `Onboarding Friday for our new crew in Dublin 👩‍✈️ Reminder for Conor: payroll still needs your PPS number, I have 8473921I from the form — tell me if that's a typo.`],
  ['linkedin', 'en', '', `HMRC's guidance uses QQ 12 34 56 C as the example National Insurance number, so that's what our payroll training slides show. If you see a real NI number on a slide, tell me.`],
  ['linkedin', 'en', 'national_id', `Message for Priya in payroll: the NI number for our new Gatwick dispatcher is JT 48 21 95 C, the onboarding form was missing it.`],
  ['linkedin', 'fr', 'national_id', `Pour le badge zone réservée de notre nouvel agent espagnol à Perpignan, la préfecture veut son NIE : X4821937X. Je transmets aussi par mail.`],
  ['linkedin', 'fr', '', `Dans nos formulaires, le numéro de sécurité sociale est affiché masqué : 1 85 ** ** *** *** **. C'est voulu, ne demandez pas aux voyageurs de le compléter en commentaire.`],
  ['linkedin', 'en', 'national_id', `Passenger manifest issue on the Faro charter — the APIS line for one traveller came through as:
P<FRADUPONT<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<
18FR412954FRA8403124F3009185<<<<<<<<<<<<<<04
Can someone in ops resend it? The MRZ looks fine to me.`],
  ['linkedin', 'en', '', `Loyalty number, booking reference, ticket number, PNR: four different things! Our new agents mix them up all the time. Cheat sheet: ticket = 13 digits (e.g. 220-1234567890), PNR = 6 letters/digits, loyalty = depends on the programme.`],
  ['linkedin', 'fr', '', `Le passeport "spécimen" de l'ANTS (numéro 00AA00000) est utilisé dans tous nos supports de formation à l'enregistrement. Jamais de vrai passeport dans un PowerPoint, merci !`],
  ['linkedin', 'fr', 'national_id', `Bienvenue à Maite, notre nouvelle chef d'escale à Biarritz ! Pour que la paie puisse avancer : son DNI est 71830462J, elle n'a pas encore de numéro de sécu français.`],
  ['linkedin', 'en', '', `Reminder: passport numbers, dates of birth and visa numbers go into the APIS system only. Never into the shared ops chat. We had a near miss last week; nothing leaked, but let's keep it that way.`],
  // --- Goodbyes, tips, polls, job ads ---
  ['linkedin', 'fr', '', `Après 31 ans à l'aéroport de Nantes, dont 19 à la tour de contrôle, je raccroche le casque. Merci à tous les collègues, aux pilotes pour leur patience, et à ma famille pour toutes les nuits sans moi. Bon vent !`],
  ['linkedin', 'en', 'email phone', `Last day at the Heathrow ops centre today 💙 Eleven years. If you want to stay in touch, my personal details: ciaran.walsh.travels@gmail.com / +353 87 214 6630. Don't be strangers.`],
  ['linkedin', 'en', '', `Leaving after 8 years at the railway. I've learned that the 05:12 from Drogheda is the most honest train in Ireland: it's always full of people who actually have to be somewhere. Off to a new adventure in Lisbon.`],
  ['linkedin', 'fr', 'email', `Dernier jour chez nous pour Nadia, notre reine des plannings PNC 👑 Pour lui écrire un petit mot avant ce soir : nadia.benali@transmanche-rail.fr (sa boîte reste ouverte jusqu'à minuit).`],
  ['x', 'en', '', `Poll for airport people 🗳️ What's the worst shift start?
🕓 03:30
🕔 04:45
🌙 23:00 night
🤷 all of them`],
  ['linkedin', 'fr', '', `Sondage pour les collègues des gares : quelle est la question la plus posée au guichet ?
1️⃣ "Il est à l'heure ?"
2️⃣ "C'est quel quai ?"
3️⃣ "Pourquoi c'est si cher ?"
4️⃣ "Y a du wifi ?"`],
  ['linkedin', 'en', '', `Tip for travellers: your 6-character booking reference (like K7P2QZ) is enough to manage your trip online. Never post a photo of your boarding pass, though: the barcode contains the same reference plus your name.`],
  ['linkedin', 'fr', '', `Astuce de chef d'escale : photographiez votre bagage et l'étiquette (le numéro à 10 chiffres commençant par 0 ou 1, genre 0057 412 998) avant de l'enregistrer. En cas de perte, ça fait gagner des jours.`],
  ['linkedin', 'en', 'email', `We're hiring! Airside operations supervisor at Cork Airport. Salary €48,000–€54,000 depending on experience, shift allowance on top. Questions? Email careers@corkairportgroup.ie — the team answers within two days.`],
  ['linkedin', 'fr', 'email', `Recrutement : agents d'escale pour l'été à Bastia et Ajaccio. CDD de 6 mois, 1 850 € brut mensuel + primes de nuit. Contact : recrutement.escale@corsica-handling.fr ou passez nous voir au comptoir.`],
  ['linkedin', 'en', 'phone', `Cabin crew open day in Madrid on 14 February. Bring your CV and passport. Salaries start at €1,650/month plus sector pay. Info line: +34 910 60 20 00 (weekdays 9–17).`],
  ['x', 'fr', '', `Astuce : dans le train, le numéro du contrôleur n'existe pas 😄 Pour une urgence, c'est le 17 ou le 112, ou le signal d'alarme. Pour le reste, l'appli.`],
  ['linkedin', 'en', '', `Ten years ago today I started as a ticket inspector on the Dart line. Today I lead the team that designs the timetable. Never let anyone tell you a frontline job is a dead end.`],
  ['linkedin', 'mixed', 'phone', `Team dinner pour le départ de Joaquín jeudi à 20h, restaurant "El Andén" near Atocha. Si vous êtes en retard, appelez Lucía au +34 612 48 90 37, she has the booking.`],
  ['linkedin', 'en', '', `Biggest lesson from 20 years in airline customer service: people don't remember the delay, they remember whether someone told them the truth about it.`],
  ['linkedin', 'fr', '', `Fierté du jour : notre équipe PMR de Marseille a accompagné 412 voyageurs ce week-end, record battu. Le numéro de l'assistance est affiché partout en gare, n'hésitez pas à le donner à ceux qui en ont besoin.`],
  // --- Meeting notes, chat pasted by mistake, tables ---
  ['linkedin', 'en', 'financial client_name', `Notes – key accounts weekly (Tue)
• Globex renewal: they want 12 % off, we're at 8 %; walk-away at 10
• Société Générique travel RFP: our bid €2.4m/yr, decision mid-Jan
• Next: legal on the SLA wording
(oops, meant for the KAM channel)`],
  ['linkedin', 'fr', 'client_name', `[14:02] Hugo : t'as vu le mail de la Société Générique ? ils veulent 80 places sur le Paris–Madrid du 12
[14:03] Inès : oui je bloque le groupe, on leur confirme demain
[14:03] Hugo : top`],
  ['linkedin', 'fr', '', `Le "groupe générique" de notre outil de réservation, c'est juste le nom qu'on donne aux groupes scolaires sans nom de voyage. Pas une entreprise ! Ça a surpris notre stagiaire ce matin 😄`],
  ['linkedin', 'en', 'codename internal_url', `[09:14] Rory: Kestrel route list is in the deck on sharepoint.corp.acme.com/sites/network/kestrel
[09:15] Rory: don't forward until the base announcement
[09:15] Rory: sorry wrong window!!`],
  ['linkedin', 'fr', 'financial', `| Ligne | CA prévu S1 | Marge prévue |
| Lyon–Porto | 3,1 M€ | 14 % |
| Lyon–Séville | 2,4 M€ | 9 % |
| Lyon–Tanger | 1,7 M€ | 6 % |
Budget 2026 (proposition, en attente d'arbitrage du comex)`],
  ['linkedin', 'en', '', `| Route | Launched | Weekly flights |
| Dublin–Bergerac | 2019 | 3 |
| Cork–Rennes | 2023 | 2 |
| Shannon–Lanzarote | 2024 | 4 |
Our French and Spanish routes so far, from our public timetable. Which one should we add next?`],
  ['linkedin', 'en', 'email', `Stand-up notes – airport IT
- Gate display firmware v5.2 rolled out to Pier B
- Badge reader issue: vendor contact is jorge.martin@securgate-iberia.com, he's expecting our call
- Friday: DR test`],
  ['linkedin', 'fr', '', `Compte rendu public du comité des usagers de la ligne Paris–Clermont (publié par la région) : ponctualité 87 %, 12 trains supprimés en novembre, 28 M€ d'investissements annoncés par l'État pour la ligne. Prochaine réunion en mars.`],
  ['linkedin', 'en', 'confidential_marker', `SUBJECT TO NDA
Meeting notes – airport slot swap discussion with our Spanish partner, Madrid, 2 Dec.
Summary: they would release 4 morning slots at LGW in exchange for 2 pairs at MAD. Next step: legal review.`],
  ['linkedin', 'fr', '', `Réunion du jour sur le nouveau process d'accord de confidentialité avec les fournisseurs : on passe à la signature électronique des NDA. Fini les allers-retours papier !`],
  ['linkedin', 'en', 'financial', `Weekly note from the finance partner for the rail catering team: trolley sales came in at £612k for November, 14 % ahead of budget. Those are internal management numbers, the group only reports catering annually, so please no external posting… oh well, I'm proud anyway.`],
  ['linkedin', 'fr', '', `Résultats semestriels publiés ce matin : chiffre d'affaires du groupe de 2,3 Md€, en hausse de 6 %. Les détails sont dans le communiqué sur notre site investisseurs. Merci aux 9 000 collègues.`],
  // --- Changelogs, config snippets, live-posts ---
  ['linkedin', 'en', 'secret', `Changelog – crew app 4.12
- Fixed roster export to calendar
- New: duty-time warnings
- Config for the test tablets (will remove): GDS_API_KEY=7f3c91e0b4d24a6f9e58c1a2d7b03e6f, GDS_ENV=prod`],
  ['linkedin', 'en', '', `Changelog – passenger app 7.3
• Boarding pass now shows gate changes live
• Seat map loads 40 % faster
• Dark mode for the night owls on the red-eye 🦉
Available today on iOS and Android.`],
  ['linkedin', 'fr', 'secret', `Config du nouveau serveur de notification des retards, pour que Mathieu puisse tester ce soir :
SMTP_HOST=smtp.mailpro.fr
SMTP_USER=alertes-retards
SMTP_PASS=Tgv#Nuit!Bordeaux77
On change tout lundi.`],
  ['linkedin', 'fr', '', `Exemple de fichier .env pour notre atelier "sécurité des secrets" à Rennes :
API_KEY=<votre-clé>
DB_PASSWORD=changeme
Règle n°1 : ce fichier ne va JAMAIS dans Git. Règle n°2 : voir règle n°1.`],
  ['linkedin', 'en', 'internal_url', `Live from the Gatwick ops room 📺 New dashboard is up on the wall: http://dash.gatwick-ops.corp/turnarounds shows every turnaround in real time. Designed by our own apprentice!`],
  ['linkedin', 'en', '', `Live from Farnborough Airshow ✈️ Our CEO just confirmed on stage the order for 12 new regional jets. Press release is on our newsroom. What a day!`],
  ['linkedin', 'en', 'secret', `For the baggage hall scanners at Terminal 2, the maintenance menu PIN changed to 739184 and the engineer password is now belt-Hall2-Jan!. Ops leads only, please.`],
  ['linkedin', 'fr', '', `En direct du salon Rail Expo de Lyon 🚆 Le prototype du nouveau TER à hydrogène est magnifique. Autonomie annoncée par le constructeur : 600 km. Les photos dans le fil !`],
  ['linkedin', 'en', 'secret internal_url', `Quick snippet for the flight-ops data team:
psql "host=ops-db.acme-corp.net user=fdm_reader password=Kx9#vR2pLw!7 dbname=fdm"
Pulls the last 30 days of flight data monitoring events.`],
  ['linkedin', 'mixed', '', `Changelog du portail voyageurs – release notes in English below:
- Nouveau : remboursement en un clic pour les trains annulés
- New: Spanish language support
- Fix: les QR codes ne s'affichaient pas sur certains Android`],
  ['x', 'en', 'secret', `lol our rail API sandbox still accepts the old prod token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyYWlsLW9wcyIsInJvbGUiOiJhZG1pbiJ9.q8Zt3mVx0bN4pLr7KcW2sYh9uJf1eDg6aQ5oTn — someone please revoke`],
  ['linkedin', 'en', '', `Live-posting from the Aer Lingus... sorry, from *our* summer schedule kick-off in Dublin 😄 Key public news: 6 new destinations, all on sale from today. Thanks to the network team for a year of work.`],
  ['linkedin', 'fr', 'internal_url', `Les chefs de bord peuvent maintenant consulter leurs rapports de fin de service sur https://rapports-bord.intranet.ferrovia.fr/rapport — plus besoin du papier. Retours bienvenus !`],
  ['linkedin', 'fr', '', `Notre nouveau site carrières est en ligne : carrieres.ferrovia-grandsud.fr. Plus simple, plus rapide, avec toutes les offres de conducteurs et d'agents d'escale.`],
  ['linkedin', 'en', 'internal_url', `Ops tip of the week: if the gate screen is frozen, check the controller at 192.168.40.12 before calling IT. Nine times out of ten it's just the HDMI switch.`],
  ['linkedin', 'en', '', `Our open-data team published the live train positions feed today: api.railopen.ie/v1/positions, free for developers. Can't wait to see what people build.`],
  // --- Codename and client look-alikes and positives ---
  ['linkedin', 'fr', 'codename', `Atelier ce matin avec la DSI sur Atlas Bleu, notre futur système de gestion des correspondances. Lancement interne prévu en juin si le pilote de Lyon tient ses promesses. Pas de communication externe d'ici là.`],
  ['linkedin', 'en', '', `Took my kids to the planetarium in Dublin — the Orion Nebula show is stunning. The 4-year-old now wants to be "a pilot in space". Working on it.`],
  ['linkedin', 'en', 'codename', `Six months of work on Orion, our new disruption-management tool, and today it rebooked 1,900 passengers in 11 minutes during the fog at Manchester. Not public yet, but I had to tell someone.`],
  ['linkedin', 'fr', '', `Soirée astronomie au col avec le train touristique du département le 20 décembre : observation d'Orion et de sa nébuleuse, télescopes fournis. Réservations sur le site du département.`],
  ['linkedin', 'en', 'client_name', `Huge thanks to the facilities team at Hôpital Sainte-Claire for hosting our crew's first-aid refresher. They're also our newest corporate travel account, which we'll announce properly in January.`],
  ['linkedin', 'fr', 'codename', `Réunion go/no-go Nébula demain 9 h. Ordre du jour : capacité matériel roulant, accord des régions, date de mise en vente. Document de travail à ne pas sortir de l'équipe.`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse de la Carène prise par notre commandant de bord pendant un vol de nuit au-dessus de l'Atlantique. Le ciel à 38 000 pieds, c'est autre chose.`],
  ['linkedin', 'en', 'client_name financial', `Pipeline update for the corporate sales team: Initech is close to signing a 3-year travel deal worth about €1.2m a year with us. Keep it internal until procurement on their side confirms.`],
  ['linkedin', 'en', '', `If you've seen the cult film "Office Space", you'll know Initech. Our HR team used the TPS-report scene in today's training on pointless paperwork. Zero TPS reports were harmed.`],
  ['x', 'en', '', `Globex Airways? Never heard of them. Some scammers are selling tickets under that name on social media. Only book through official airline sites.`],
  // --- More numbers, markers and figures ---
  ['linkedin', 'en', 'phone', `New to the Palma station? Save these: ramp control +34 971 78 90 41, fuel supplier night line +34 971 78 92 10. Both answer 24/7.`],
  ['linkedin', 'fr', 'phone', `Pour les voyageurs du Paris–Bruxelles perturbé ce matin : notre service client Belgique répond au +32 2 528 28 28 jusqu'à 20 h.`],
  ['linkedin', 'en', 'phone', `Our toll-free assistance line for passengers with reduced mobility is now 1800 202 440 (Ireland) and 0800 028 4422 (UK). Please share with anyone travelling over Christmas.`],
  ['linkedin', 'fr', 'phone', `Besoin d'un taxi agréé à la sortie de l'aéroport de Bordeaux la nuit ? La centrale partenaire : 05 56 96 00 34. Ça évite les mauvaises surprises.`],
  ['x', 'en', '', `Flight BA-ish 2471? No, that's a flight number, not a phone number 😂 A passenger tried to call it this morning. Love this job.`],
  ['linkedin', 'mixed', 'phone', `Crew hotel in Tenerife Sur has changed — nuevo hotel: Arona Playa, recepción +34 922 75 01 88. Pick-up 50 min after block-on as usual.`],
  ['linkedin', 'fr', '', `Le numéro de votre train (ex. TGV 6107) et celui de votre voiture figurent sur le billet. Pas besoin d'appeler qui que ce soit pour les retrouver 🙂`],
  ['linkedin', 'en', 'email', `If you're a student interested in aviation data, drop a line to our graduate programme lead: grad-programme[at]eirrail[dot]ie. We take 6 interns every summer.`],
  ['linkedin', 'fr', 'email', `Vous êtes journaliste et couvrez la grève ? Toutes les demandes passent par presse @ aeroport-occitanie.fr, merci de ne pas appeler les agents en poste.`],
  ['linkedin', 'en', '', `Our website is flyemeraldisle.com and nothing else. If you got a "refund" email from flyemerald-isle.co, it's phishing. Report it, don't click.`],
  ['linkedin', 'en', 'email', `Any UK rail colleague going to the Seville conference in March? Let me know at t.hughes@northernlinks-rail.co.uk, we could share a taxi from the airport.`],
  ['linkedin', 'fr', 'iban', `Cagnotte pour le départ en retraite de Gérard, conducteur depuis 1987 à la gare de Limoges : virement sur FR76 3000 4008 2100 0123 4567 849 (compte de l'amicale) avant vendredi.`],
  ['linkedin', 'en', 'iban', `Season ticket refunds for the Bray line strike: if the online form fails, finance asked me to say they can also refund to your account if you send it — e.g. mine went to IE32 BOFI 9058 3826 1841 07 in two days.`],
  ['linkedin', 'en', 'iban', `Vendor master update — Manchester de-icing contractor, new bank: GB78 LOYD 3096 2674 1288 10. Please update before the January run.`],
  ['linkedin', 'fr', 'iban', `Pour l'association sportive des cheminots de Catalogne, la cotisation annuelle (25 €) se paie sur ES13 2100 0418 4245 0200 1234. Merci !`],
  ['linkedin', 'en', 'card', `Hotel for the delayed crew in Lisbon wants a guarantee card — I gave them the corporate Visa 4532 7190 4412 0834 exp 11/26 CVV 318. If finance sees a charge, that's why.`],
  ['linkedin', 'en', 'card', `Paying for the team's Eurostar upgrade with my Mastercard 2223 1044 8817 6055, I'll claim it back. Just noting it here so I don't forget which card I used 🙃`],
  ['linkedin', 'en', '', `Fraud training example of the day: a fake SMS asking customers to "confirm card 5299 1400 2761 5381" for a refund. That number doesn't even pass the Luhn check. Real airlines never ask.`],
  ['linkedin', 'fr', 'card', `Panne du TPE au comptoir de Pau, j'ai noté la carte du client à la main pour réessayer : 6011 0073 9215 8746. Quelqu'un peut repasser la transaction depuis le back-office ?`],
  ['linkedin', 'en', 'national_id', `For the new Shannon crew badge, the airport police asked me to confirm Aisling's PPS: 3904172GA. Sending it here since her email bounced.`],
  ['linkedin', 'fr', 'national_id', `Dossier mutuelle de Pierre (chef de train, Brive) : numéro de sécu 1 78 10 13 055 087 20 — le service paie m'a dit de vous le transmettre directement.`],
  ['linkedin', 'mixed', 'national_id', `Nueva compañera en el check-in de Valencia ! Pour son badge, la sécurité aéroportuaire a besoin du NIE : Y2039184H. Gracias !`],
  ['linkedin', 'fr', '', `Notre formation "documents de voyage" utilise la carte d'identité spécimen officielle de l'ANTS et le passeport spécimen. Si vous voyez une vraie pièce d'identité dans un support, signalez-le.`],
  ['linkedin', 'en', 'national_id', `Payroll can't match Niall's record — his PPS on the form is 1256093W, can someone in HR check the system?`],
  ['linkedin', 'fr', '', `Votre numéro de carte fidélité (9 chiffres, ex. 412 558 903) est au dos de la carte et dans l'appli. Aucun risque à le donner à un agent au comptoir pour créditer vos miles.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — for the airport security working group only
The drone sighting on 29/11 at Bristol is being treated as a deliberate probe. Details at the next meeting.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – Mémo partenariat
Discussion avec un transporteur ferroviaire espagnol pour une offre combinée train + avion depuis Barcelone. Prochaine étape : term sheet.`],
  ['linkedin', 'en', 'confidential_marker financial', `[CONFIDENTIAL] Draft Q4 trading update
Passenger revenue €412m (+7 %), ancillary €61m. Not for release before the market update on 22 Jan.`],
  ['linkedin', 'fr', 'confidential_marker', `Document : Plan de continuité d'activité – Gare de Bordeaux Saint-Jean
Classification : INTERNE
Version 2.3 – procédures d'évacuation et points de rassemblement.`],
  ['linkedin', 'en', '', `TLP:CLEAR advisory from the European aviation ISAC on a new phishing kit targeting crew portals. Share it as widely as you like.`],
  ['linkedin', 'fr', '', `Le film "Top Secret !" passait hier dans nos trains de nuit et trois passagers m'ont demandé si c'était un film sur la sûreté ferroviaire 😄`],
  ['linkedin', 'en', '', `Debate at our comms team: should we ever put "CONFIDENTIAL" in an email subject? It tends to attract curiosity rather than discourage it. Opinions welcome.`],
  ['linkedin', 'en', 'financial', `Between us at the Iberian sales team: the Spanish Railways joint fare will be priced at €89 Madrid–Lisbon train+flight, and we think it adds €3.5m revenue next year. Launch communications are still weeks away.`],
  ['linkedin', 'fr', 'financial', `Le budget du nouveau salon premium de Nice a été arbitré hier en comité : 6,5 M€, livraison printemps 2027. L'aéroport ne l'a pas encore annoncé, donc pas de photos ni de chiffres en externe svp.`],
  ['linkedin', 'en', 'financial', `For the pricing working group: the proposed crew meal allowance cut saves €740k/year. Not presented to staff reps yet, so don't quote it in the staff forum.`],
  ['linkedin', 'en', '', `Public service obligation contract for the Donegal–Dublin route renewed by the Department of Transport: €14.9m over four years, as announced in today's government press release.`],
  ['linkedin', 'fr', '', `Bilan de la SNCF Voyageurs publié : 4,1 milliards de voyageurs-kilomètres en plus cette année. Sources publiques, je précise, on m'a demandé hier si j'avais "le droit" de partager ça 😅`],
  ['linkedin', 'en', 'financial', `Our airport bid for the Madrid duty-free concession went in at €58m minimum annual guarantee. Envelopes open on the 12th; until then the figure stays in this team. Fingers crossed!`],
  ['linkedin', 'fr', '', `Tarif réglementé : la taxe de solidarité sur les billets d'avion passe à 7,40 € en classe éco intra-UE, selon la loi de finances publiée. Elle est déjà intégrée dans nos prix affichés.`],
  ['linkedin', 'en', 'financial', `Revised valuation for our rail-holidays subsidiary came in at £86m from the advisers this week. The sale process is still confidential and staff will be briefed in February. Exciting times.`],
  ['linkedin', 'en', '', `Valuation is a funny word in travel. My 1972 Dublin–Paris ticket, found in my dad's attic, sold for €35 on an auction site last week. Memories are worth more.`],
]);
