import { rows } from './corpus-types';

/**
 * Held-out set "fresh70": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh70`.
 * First scored: 2026-12-04 on c16579b (unseen, before any fix from it): confidentiality macro F1 0.925 / 4.9 % of clean posts flagged (6 of 123).
 *
 * Authors: employees of telecoms, electricity and gas utilities, water and transit services, public agencies and
 * union locals in Quebec, Ontario and New Brunswick, writing in French, English and often both in one post. Focus:
 * outage and service notices, collective-agreement bargaining and ratification, public tenders (SEAO, MERX, NB
 * Opportunities Network) and federal / provincial grants, bilingual job postings with published pay, and customer
 * replies (surface 'comment'). Forms: proud team updates, shift logs, post-mortems, stand-ups, board-deck and table
 * excerpts, chat messages and config snippets pasted by mistake, changelogs, supplier bank-detail notices, HR and
 * first-aid paperwork, polls, a three-post and a two-post X thread, farewells and tips.
 * Financial positives, each with a different sign that the figure is not public yet: a bargaining mandate and opening
 * offer before the session, a final offer before tabling, a sealed bid and a tender price before the public opening,
 * a grant before the minister's announcement (and one only confirmed verbally), a draft capital plan before the board
 * and the regulator, a rate increase before filing, price changes before customers are told, storm and outage costs
 * before the audit committee, an EBITDA forecast before guidance, a pipeline before kickoff, a spin-off valuation, an
 * acquisition offer, a budget cut nobody has been told about, an executive pay ceiling above the posting, a bonus before
 * its announcement; beside look-alikes: published results, rate-case and Gazette tariffs, SEAO award amounts, published
 * tender budgets, announced grants, union demands and strike pay, job-ad ranges, StatCan and CRTC figures, household
 * and teaching figures. Every written phone number is `phone` (hotlines, toll-free, switchboards, 'poste' / 'ext.'
 * extensions, dotted, bracketed, +1, +33 and +44 formats); 911, 112, 18 and 3-1-1 alone are not. Every email address
 * is `email`, role mailboxes and "[at] [dot]" or spaced forms included; X handles and bare domains are not.
 * `confidential_marker` for explicit labels (CONFIDENTIEL, [INTERNE], [INTERNAL], TLP:AMBER, TLP:RED, EMBARGO jusqu'au…,
 * SOUS NDA, Classification: …, Diffusion : INTERNE SEULEMENT); mentions of the words, "entre nous", "please don't
 * forward" and TLP training are clean. Secrets without vendor formats (Wi-Fi keys, a door code, service-account and
 * shared-mailbox passwords, RADIUS keys, a connection string's credentials, a Slack webhook, bare hex and prefixed
 * tokens); placeholders, AWS EXAMPLE keys and "changeme" / "admin" defaults are clean. Internal URLs: the policy's
 * domains, an `intranet.` host, private IPs, .local and .internal hosts; public status and works sites are clean.
 * IBAN, card and national-id positives were computed with a throwaway script outside the repo: mod 97 for FR (with the
 * RIB key), DE, CH, BE (with its account check) and IE IBANs; Luhn for Visa, Mastercard (5- and 2-series), Amex,
 * Discover and JCB; Luhn for Canadian SINs (regional first digits and a 9-series temporary SIN) and Ontario OHIP
 * numbers; RAMQ numbers built from the holder's name and birth date (month + 50 for women). Look-alikes: the CRA
 * example SIN, a SIN with a failing check digit on a scam letter, masked SINs and cards, the GB and Banque de France
 * specimen IBANs, Stripe's 4242 test card, a card-shaped order number failing Luhn, a phishing SMS's failing card, a
 * RAMQ template, ticket and serial numbers, a postal code. The policy's names also appear in their ordinary sense (the
 * constellation and the Orion spacecraft, nebulas, a kestrel, Atlas the cat and the Atlas Mountains, a beer called
 * "Atlas bleu", a chapel of Sainte-Claire, Office Space's Initech, the Globe and Mail).
 * Counts: 258 posts (139 EN, 94 FR, 25 mixed; 226 LinkedIn, 32 X; 14 comments): 123 clean, 135 with one or more
 * findings. Labels: financial 31, phone 21, email 16, internal_url 13, secret 13, national_id 13, codename 11,
 * confidential_marker 11, client_name 10, card 7, iban 5.
 */
export const FRESH70_POSTS = rows('fresh70', [
  // --- outages and service notices ---
  ['linkedin', 'fr', '', `Panne majeure hier soir dans le secteur de Lévis : 38 000 clients privés d'électricité pendant la tempête de verglas. Merci aux 140 monteurs qui ont travaillé toute la nuit. Le rétablissement complet a été confirmé à 6 h 40. Fier de mon équipe 💪`],
  ['x', 'fr', 'phone', `Interruption de service Internet dans la région de Rimouski. Nos équipes sont sur place. Info : 1 877 555-0148. #panne`],
  ['x', 'en', '', `Planned maintenance tonight 00:00–04:00 ET on the Moncton fibre ring. Expect short drops. Status updates on our public status page. Call 911 for emergencies — landline 911 is unaffected.`],
  ['linkedin', 'mixed', 'internal_url', `Petit rappel pour l'équipe de garde : le tableau des pannes en temps réel est maintenant sur http://intranet.reseau-est.ca/pannes/live — please stop using the old Excel on the shared drive. Merci!`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem summary, substation SCADA alarm flood (Nov 28):
- root cause: historian at 10.42.8.17 rejected writes after the cert rotated
- fix: restarted collector, re-imported cert
- the service account on the historian is still svc_hist / Tr4nsfo-Nord!2026, rotation ticket open
Lessons learned below 👇`],
  ['linkedin', 'fr', '', `Le poste 315 kV de Boucherville a été remis en service après 11 jours de travaux. Le budget public du projet, 42 M$, a été respecté selon le rapport annuel déposé à l'Assemblée nationale.`],
  ['x', 'en', '', `Outage map says 12,400 customers out in Ottawa West. Crews estimate restoration by 9pm. Stay away from downed lines and call 911 if you see one sparking.`],
  ['linkedin', 'fr', 'phone', `Avis aux clients d'affaires de Sherbrooke : coupure planifiée du service téléphonique IP le 14 décembre de 1 h à 3 h. Pour toute question, communiquez avec le centre de soutien entreprises au 819 555-0163, poste 4410.`],
  ['linkedin', 'en', '', `Water main break on Rue Principale in Dieppe is repaired. Boil-water advisory lifted at 14:00 after two clean samples. Thanks to the public works crew who worked through −18 °C.`],
  ['x', 'mixed', 'codename', `Bon, la migration Orion du réseau mobile vers le nouveau cœur 5G glisse encore d'une semaine... les gars du NOC are not amused 😅`],
  ['linkedin', 'en', '', `Tonight I watched Orion rise over the Bay of Fundy while waiting for the crew to finish the pole replacement. Some nights on call are worth it.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Bilan de la panne du 2 décembre — centre de répartition Trois-Rivières
Durée : 3 h 12. Cause : défaillance d'un disjoncteur 25 kV. Actions : inspection des 14 disjoncteurs du même lot d'ici janvier.`],
  ['linkedin', 'en', '', `Our outage notices now go out in both official languages within 10 minutes of detection. Last year the average was 47 minutes. Small change, huge difference for customers.`],
  ['x', 'en', 'phone', `Gas smell in Sudbury east end? Leave the building first, then call our 24/7 line 1-866-555-0127. Do not use light switches.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent les procédures de délestage : elles sont sur https://wiki.corp.acme.com/exploitation/delestage-hiver (version 4.2). L'ancienne version est à détruire.`],
  ['linkedin', 'en', '', `Reminder that the word "confidential" in a customer's outage complaint does not make it secret 🙂 Training session on our privacy policy next week for all frontline agents.`],
  ['x', 'fr', '', `Panne 911 ? Non. Les appels d'urgence fonctionnent normalement malgré la panne de fibre à Gatineau. Seuls les services Internet résidentiels sont touchés.`],
  ['linkedin', 'mixed', 'internal_url', `Quick tip pour les techniciens terrain : le portail de réservation des nacelles tourne maintenant sur http://nacelles.exploitation.local:8080 — bookmark it, l'ancienne URL ne marche plus.`],
  ['linkedin', 'en', 'financial', `Honest reflection after this week's ice storm: the restoration effort will land around $18.7M in overtime and contractor costs. Finance hasn't taken it to the board yet, so that figure stays with us for now, but I wanted the crews to know the scale of what they did.`],
  ['linkedin', 'fr', '', `Selon le rapport public de la Régie de l'énergie, les pannes ont coûté 31 M$ à l'industrie québécoise en 2025. Des chiffres qui justifient l'enfouissement des lignes en zone urbaine.`],
  ['x', 'en', 'email', `Still no power on Waterloo Row in Fredericton? Email outages@nbpower-example.ca with your account number and street, we read everything.`],
  ['linkedin', 'en', '', `The Kestrel nesting box on the top of our Hamilton transmission tower has a pair again this spring. Line crews have adjusted their inspection schedule so the birds are not disturbed 🐦`],
  ['linkedin', 'en', 'codename', `Project Kestrel status: smart-meter firmware push reached 61% of the Ontario fleet. Still seeing bricked units in Kingston, rollback plan ready. Let's keep this between the field teams until the regulator briefing.`],
  ['linkedin', 'fr', 'secret', `Pour les monteurs qui arrivent demain au camp de Chibougamau : le Wi-Fi du dortoir est "HQ-Camp-Nord" et le mot de passe c'est Verglas2026!Nord. Bonne route!`],
  ['linkedin', 'en', '', `Wi-Fi at the community centre warming station is open (no password) so residents can charge phones and check the outage map. Open until 22:00.`],
  ['x', 'fr', 'phone', `Ligne info-pannes saturée ? Essayez le numéro régional de l'Outaouais : (819) 555-0190. On rappelle tout le monde, promis.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — Heads-up to our sector partners: phishing emails spoofing outage-credit refunds are circulating in Eastern Ontario. Indicators attached for your SOC only.`],
  ['linkedin', 'en', '', `Gave a talk at the utilities cyber day on the Traffic Light Protocol: when to use TLP:CLEAR vs TLP:AMBER, and why over-classifying everything kills sharing. Slides on my profile.`],
  ['linkedin', 'fr', 'internal_url', `Journal de quart, 3 déc. :
02:14 alarme température transfo T2, poste Saint-Jérôme
02:20 consulté la télémétrie sur 192.168.40.12/trend
02:45 ventilateurs relancés à distance, retour à la normale`],
  ['linkedin', 'mixed', '', `Entretien planifié ce week-end sur les bornes de recharge du réseau municipal de Moncton. Charging stations back online Monday 7am. Merci de votre patience / thanks for your patience.`],
  ['x', 'en', 'phone', `If your street light is out in Mississauga, report it on the city app or call 905-555-0136 ext. 212. Please don't DM us addresses.`],
  ['linkedin', 'en', '', `The 2025 reliability report is out: SAIDI down to 2.1 hours, SAIFI 1.4. Full PDF on our website. Proud of the vegetation management team.`],
  ['linkedin', 'fr', 'client_name', `Intervention de nuit à l'Hôpital Sainte-Claire : leur génératrice de secours a pris le relais 40 secondes trop tard pendant notre manœuvre. On revoit la séquence avec leur équipe technique avant la prochaine coupure.`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire de Saint-Georges avec mes enfants ce dimanche. Un bijou du patrimoine beauceron, restauré avec l'aide de bénévoles.`],
  // --- union and collective agreement talks ---
  ['linkedin', 'fr', 'financial', `Négo de la convention collective des techniciens : la direction est autorisée à aller jusqu'à 3,4 % par année sur 5 ans, mais notre première offre sera à 2,1 %. Ça ne sort pas d'ici avant la séance de mardi.`],
  ['linkedin', 'fr', '', `Le SCFP a publié ce matin sa demande salariale : 18 % sur trois ans pour les employés de la société de transport. On va négocier de bonne foi, comme toujours.`],
  ['linkedin', 'en', '', `Tentative agreement ratified by 78% of members! 11.5% over four years, plus the new pension bridge. The full text of the collective agreement is posted on the union's website. Thank you to both bargaining teams.`],
  ['linkedin', 'en', 'financial', `Management bargaining prep notes (Ontario linemen unit):
- mandate from treasury: total comp envelope capped at $6.2M/yr increase
- we open at 1.5% + lump sum
- not to be shared before the Dec 12 session
Comments welcome from the team leads.`],
  ['x', 'fr', '', `Grève évitée in extremis chez les cols bleus de Longueuil. Entente de principe annoncée par la Ville : 13 % sur 5 ans. Bravo aux deux parties.`],
  ['linkedin', 'mixed', 'confidential_marker', `CONFIDENTIEL — NÉGOCIATION
Comité patronal, rencontre du 4 déc. Ordre du jour : clauses de sous-traitance, horaires 4x10, banque de congés. Le document de position suivra.`],
  ['linkedin', 'en', '', `Reading a great piece on why "confidential" clauses in collective agreements on disciplinary files matter for trust. Worth the read if you're in labour relations.`],
  ['linkedin', 'fr', 'email', `Les membres qui veulent consulter le texte intégral de l'entente de principe peuvent écrire à nathalie.bouchard@syndicat-telecom-qc.ca — je vous l'envoie avant l'assemblée de ratification.`],
  ['linkedin', 'fr', '', `Assemblée de ratification jeudi 19 h au sous-sol de l'église Saint-Roch. Le vote se fera à scrutin secret. Apportez votre carte de membre.`],
  ['linkedin', 'en', 'phone', `Picket line schedule for Saint John is out. Captains, if you can't make your shift, text Marc directly at 506-555-0172 so we can replace you.`],
  ['linkedin', 'en', 'financial', `Between us: the province's final offer to our nurses' unit at the agency hasn't been tabled yet, but HR just told managers it'll be 12.5% over 4 years with a $4,000 retention bonus. Tabling is Friday.`],
  ['linkedin', 'fr', '', `Petit cours d'histoire syndicale pour nos nouveaux : en 1972, le Front commun a réclamé 100 $ par semaine de salaire minimum. Aujourd'hui on discute d'équité salariale et de télétravail. Le chemin parcouru est énorme.`],
  ['linkedin', 'mixed', 'confidential_marker', `SOUS NDA — Mediation session notes, Dec 3
Mediator proposed splitting the difference on shift premiums. Employer side to respond by Monday. Ne pas diffuser aux membres avant la rencontre d'information.`],
  ['x', 'en', '', `Remember: "off the record" isn't a thing at a ratification meeting. Everything said at the mic can be quoted. Speak accordingly, comrades ✊`],
  ['linkedin', 'fr', 'codename', `Atlas Bleu (le plan de réorganisation des centres d'appels) sera présenté au syndicat le 15 janvier. Les gestionnaires, préparez vos questions-réponses pour vos équipes mais gardez ça pour vous d'ici là.`],
  ['linkedin', 'fr', '', `Mon chat Atlas a décidé que la convention collective imprimée était son nouveau lit. 212 pages de confort 😺`],
  ['linkedin', 'en', '', `Our local's strike fund pays $300/week to members on the line from week two, as per the bylaws. Public info, share it with anyone who's worried.`],
  ['linkedin', 'en', 'national_id', `For the union benefits claim I need to resend my form, can someone on the committee check it? Name: Daniel Leblanc, SIN 518 641 295, member #44812. Thanks!`],
  ['linkedin', 'fr', '', `Rappel : ne jamais transmettre votre NAS par courriel ou sur les réseaux, même au syndicat. Le formulaire officiel se remplit en personne au bureau de la section locale.`],
  ['linkedin', 'en', '', `Example SIN from the CRA guide we use in our payroll training: 046 454 286. It's a specimen, not a real person — please never put real numbers in training decks.`],
  // --- public tenders and grants ---
  ['linkedin', 'fr', 'financial', `Appel d'offres public de la Ville de Québec pour le remplacement des compteurs d'eau : on dépose demain. Notre prix final, 7 480 000 $ avant taxes, a été validé ce soir par la vice-présidence. Croisez les doigts !`],
  ['linkedin', 'fr', '', `Résultats de l'ouverture publique des soumissions (compteurs d'eau, Ville de Québec) : trois soumissionnaires, plus bas prix conforme 6,9 M$. Les montants sont publiés sur le SEAO. On n'a pas gagné cette fois, mais on apprend.`],
  ['linkedin', 'en', 'financial', `Big news that we can't say out loud yet 🤫 Our fibre-to-the-farm project in rural New Brunswick has been approved for $14.2M under the federal Universal Broadband Fund. The minister announces it on the 16th. Until then, mum's the word!`],
  ['linkedin', 'en', '', `Thrilled that the Universal Broadband Fund announced today $14.2M for rural connectivity in Kent County, with our company as delivery partner. Press release from the minister's office linked below.`],
  ['x', 'en', '', `The city's RFP for LED street lighting closes Jan 10. Budget published in the tender: $3.1M. Any Ottawa-area electrical contractors want to team up on the install? DM me.`],
  ['linkedin', 'mixed', 'financial', `Préparation de la soumission MERX pour Infrastructure Ontario : our margin target is 11.5% and the cost model sits at 22.6 M$. Je répète, ne pas partager en dehors du comité de soumission jusqu'à la fermeture de l'appel.`],
  ['linkedin', 'fr', 'client_name', `Fierté ! Notre équipe a terminé le câblage structuré du nouveau pavillon de l'Hôpital Sainte-Claire, deux semaines avant l'échéance.`],
  ['linkedin', 'en', 'client_name', `Wrapped up the network audit for Globex's Toronto data centre today. Long days, great team, lots of coffee.`],
  ['linkedin', 'en', '', `Globe and Mail piece today about grant programs for municipal utilities. Interesting that Quebec still leads on per-capita funding.`],
  ['linkedin', 'fr', 'financial', `Subvention du Fonds pour l'énergie verte : on a reçu la lettre. 2,75 M$ sur trois ans pour notre projet de stockage par batteries à Varennes. L'annonce officielle est sous embargo jusqu'à la conférence de presse du ministre — ne likez pas encore les posts du ministère 😉`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 9 décembre 10 h HNE
Communiqué : la Société de transport annonce l'électrification complète de sa flotte d'autobus d'ici 2032.`],
  ['linkedin', 'fr', '', `Les communiqués « sous embargo » reçus par les journalistes : petite explication pour ceux qui se demandent pourquoi la nouvelle sort à 10 h pile partout. #communications`],
  ['linkedin', 'en', '', `Our utility's published 2026 capital budget is $1.12B, up 9% from last year, per the rate filing with the Ontario Energy Board. Most of it goes to distribution renewal.`],
  ['linkedin', 'en', 'financial', `Draft 2027 capital plan is in: $1.34B, with a big jump for grid modernization. It goes to the board next Thursday and to the OEB in February — please don't quote it in any customer conversation yet.`],
  ['x', 'fr', '', `Appel de propositions du programme Climat municipalités : 50 M$ disponibles, dépôt avant le 31 mars. Infos sur le site du ministère. Partagez à vos municipalités !`],
  ['linkedin', 'en', 'codename client_name', `Project Kestrel bid for Initech's Ottawa campus: final technical volume uploaded to the portal. Pricing volume goes tomorrow after the last legal review.`],
  ['linkedin', 'fr', '', `Nos offres de services sont publiques sur le SEAO depuis 2019 : fournisseurs, montants adjugés, avenants. La transparence, c'est aussi ça le service public.`],
  ['linkedin', 'en', 'financial', `Sealed bid for the Fredericton fleet telematics tender goes in Monday at $912,400. Took us three weeks to get there — thanks to everyone who reviewed the pricing sheet. Not a word until the public opening on the 18th.`],
  ['linkedin', 'en', '', `Award notice published: the Fredericton fleet telematics contract went to us at $912,400 over 5 years. Public opening results are on the NB Opportunities Network.`],
  ['linkedin', 'mixed', 'email', `Questions sur l'appel d'offres 2026-TEL-044? Toutes les questions doivent passer par approvisionnement@ville-example.qc.ca avant le 12 janvier. No phone calls please.`],
  ['linkedin', 'fr', '', `Astuce pour les jeunes chargés de projet : dans une soumission publique, le bordereau de prix est la pièce la plus examinée. Relisez trois fois les unités (m, km, unité).`],
  // --- bilingual job postings ---
  ['linkedin', 'mixed', 'email', `On embauche ! / We're hiring!
Technicien(ne) en télécommunications — Laval
Salaire : 32 $ à 41 $/h selon l'expérience / $32–$41/h
Postulez / Apply: carrieres@telecom-laval-example.ca`],
  ['linkedin', 'en', '', `Job posting: Senior Power Systems Engineer, Toronto. Salary range $118,000–$142,000 as required under Ontario's pay transparency rules. Hybrid, 3 days on site. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Offre d'emploi bilingue : Agent(e) au service à la clientèle, Moncton. 22,50 $/h + prime de bilinguisme de 1 200 $/an. Formation payée de 6 semaines. Le lien vers le portail est dans les commentaires.`],
  ['linkedin', 'mixed', 'phone', `Poste de monteur de lignes, Abitibi / Lineworker job, Abitibi. Prime d'éloignement incluse. For info, call our recruiter Julie at 819 555-0118 poste 3302.`],
  ['linkedin', 'en', 'financial', `Hiring manager hat on: we're opening a Director of Grid Operations role next month. Comp committee approved up to $212K base + 20% bonus, which is way above what the posting will say. Ping me privately if you know someone.`],
  ['linkedin', 'fr', '', `L'Agence recrute 40 agent(e)s pour la saison des impôts. Salaire selon l'échelle publique PM-01 : 58 000 $ à 63 000 $. Bilinguisme un atout.`],
  ['x', 'en', 'email', `We're hiring bilingual call-centre agents in Saint John 📞 $21.75/hr + shift premium. Send your CV to jobs@atlantic-tel-example.ca`],
  ['linkedin', 'mixed', '', `Stage d'été en génie électrique / Summer engineering internship — Trois-Rivières. 24 $/h, logement fourni. Candidatures ouvertes jusqu'au 31 janvier.`],
  ['linkedin', 'en', '', `My first salary as a meter reader in 1994 was $9.40/h. Thirty years later I'm retiring as regional operations manager. Thank you to everyone who taught me along the way.`],
  ['linkedin', 'fr', 'email phone', `Nous recrutons une conseillère ou un conseiller en relations de travail (Québec). Pour une discussion confidentielle, écrivez-moi : m.tremblay@energie-quebec-example.ca ou 418 555-0137.`],
  // --- customer replies ---
  ['linkedin', 'fr', '', `Bonjour Mme Côté, nous sommes désolés pour l'interruption. Le rétablissement est prévu vers 18 h. Nos équipes sont sur place depuis midi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Hi Tom, sorry for the trouble with your bill. Please call our billing team at 1-800-555-0164 and mention reference 88-2241, they'll waive the late fee.`, { surface: 'comment' }],
  ['x', 'fr', 'national_id', `@GenevieveR Bonjour, pour vérifier votre dossier j'ai bien votre NAS 273 917 252 et votre adresse à Lévis. Votre crédit de panne sera appliqué sur la prochaine facture.`, { surface: 'comment' }],
  ['x', 'en', '', `@mike_ott Thanks Mike, we've logged your report (ticket 4471-22019). A crew is on its way to Baseline Rd. Please don't share account numbers here 🙏`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hello Priya, your request for the accessibility format of our outage plan has been forwarded. You can also reach our accessibility officer directly at karen.osullivan@transitnb-example.ca.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre commentaire ! Les tarifs 2026 ont été approuvés par la Régie et sont publiés sur notre site : hausse de 3 % au 1er avril.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Bonjour M. Gagnon, je peux vous confirmer en primeur que la hausse sera finalement de 4,8 % et non 3 % — la demande n'est pas encore déposée à la Régie, donc je vous demande de ne pas le publier. Cordialement.`, { surface: 'comment' }],
  ['x', 'mixed', 'phone', `@LucieB Désolé pour l'attente! Our repair desk in Edmundston is reachable at +1 506 555 0181. Ils parlent français et anglais.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Sandra, we don't store card numbers on social media. Please never post your card here — use the secure payment page on our site. Thanks!`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Hi Jeremy, I've reprocessed your payment with the card you gave us on the phone (4538 7107 5420 4714, exp 08/28) and it went through. All set for your reconnection!`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, pour des raisons de sécurité nous ne vous demanderons jamais votre numéro d'assurance sociale par message privé. Si quelqu'un le fait en notre nom, signalez-le.`, { surface: 'comment' }],
  ['x', 'en', 'email', `@dave_w Hi Dave, can you email the photos of the damaged meter to claims [at] ontario-hydro-example [dot] ca? We'll open the claim today.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Bonjour Mme Tremblay, votre carte d'assurance maladie TREM 7558 1214 figure bien à votre dossier pour la priorité médicale (équipement respiratoire). Vous serez avisée avant toute coupure planifiée.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks Omar, the new bilingual IVR should cut your wait times. We measured an average of 2 min 40 s last week, down from 9 minutes.`, { surface: 'comment' }],
  // --- pasted chats, notes, configs ---
  ['linkedin', 'mixed', 'secret internal_url', `[10:42] Kevin: c'est quoi le token pour l'API du portail pannes déjà?
[10:43] Marie-Ève: pv_live_7Qx2mZ9aLr4TnW8yK3bV5cJ1 — base URL https://api-pannes.acme-corp.net/v2
[10:43] Kevin: merci!!`],
  ['linkedin', 'en', 'secret', `Pasted the wrong thing, sorry 😬
webhook for #ops-alerts: https://hooks.slack.com/services/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
Anyway, the point of my post was that alert fatigue is real.`],
  ['linkedin', 'en', '', `How we cut alert fatigue in our NOC: 1) every alert has an owner 2) anything that fired 20 times without action gets deleted 3) webhooks go to a triage channel, not to everyone. Happy to share our runbook template.`],
  ['linkedin', 'en', 'secret internal_url', `Config that finally fixed our RADIUS timeouts on the field tablets:
server radius1.corp.acme.com
  auth-port 1812
  key 7hG!mwQ2-field-tabs
  timeout 8
  retransmit 3`],
  ['linkedin', 'en', '', `Config that fixed our RADIUS timeouts on the field tablets (sanitized):
server radius1.example.org
  auth-port 1812
  key <your-shared-secret>
  timeout 8
  retransmit 3`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui ont demandé comment on connecte Grafana à la base des compteurs :
postgresql://grafana_ro:Cpt-Intel-88x!@db-compteurs.hydro-est-example.ca:5432/telemetrie
Attention, la requête sur 30 jours est lourde.`],
  ['linkedin', 'fr', '', `Exemple de chaîne de connexion dans notre doc de formation : postgresql://utilisateur:motdepasse@localhost:5432/demo — à remplacer par vos propres valeurs, évidemment.`],
  ['linkedin', 'en', '', `AWS docs example for anyone onboarding: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Never commit real keys, use the secrets manager.`],
  ['linkedin', 'mixed', 'secret', `Note pour l'équipe de relève (copié de mon Notion) :
- VPN terrain : utilisateur relève-nuit, mot de passe Fundy#Tide-4471
- Clé du camion 12 à la guérite
- Café dans l'armoire du haut`],
  ['linkedin', 'fr', '', `Rappel de sécurité : le mot de passe par défaut des nouveaux routeurs clients est imprimé sous l'appareil. Dites aux clients de le changer dès l'installation — « changeme » n'est pas une stratégie.`],
  ['linkedin', 'en', 'internal_url', `Our new change-calendar is live at https://changes.noc.internal/calendar — every maintenance window on the core network goes there first, no exceptions. Shout-out to Priya for building it in two sprints.`],
  ['linkedin', 'en', '', `Our public status page moved to status.example-telecom.ca. Old link redirects for 90 days. Subscribe for SMS alerts.`],
  ['linkedin', 'en', 'internal_url', `Debugging tip from today: if the SIP trunk registers but calls drop after 30 s, check the NAT on the SBC. Ours was rewriting the contact header to 172.20.14.9 instead of the public IP. Fixed in 5 minutes once we saw it.`],
  ['linkedin', 'en', '', `Debugging tip: if your SIP trunk registers but calls drop after ~32 seconds, it's almost always a missing ACK because of NAT. Check the Contact header rewrite on your SBC.`],
  ['linkedin', 'fr', 'secret', `Le code d'accès de la porte du centre de données de Rimouski a changé : 4817#. Le badge reste obligatoire. (Oups, mauvaise fenêtre, je supprime dès que possible.)`],
  ['linkedin', 'en', 'secret', `Just rotated every API key after a contractor pushed one to a public repo. Lesson learned the hard way. For the record the old one was f3c9a1e07b2d48e6a5c1f9b04d7e2a83 — it's dead now but still, don't be us.`],
  ['linkedin', 'en', '', `Rotated every API key after a contractor pushed one to a public repo. Took 4 hours with good inventory; would have taken 4 days without it. Keep a list of where your secrets live.`],
  // --- tables and meeting notes ---
  ['linkedin', 'fr', 'financial confidential_marker', `Classification : Interne — usage restreint
| Région | Revenus T4 (prévision) | Écart vs budget |
| Montréal | 48,2 M$ | -2,1 % |
| Québec | 21,7 M$ | +0,8 % |
| Saguenay | 9,4 M$ | -4,5 % |
Résultats publiés le 20 février.`],
  ['linkedin', 'fr', '', `Nos résultats annuels 2025 publiés ce matin : revenus de 412 M$, en hausse de 6 %. Le rapport complet est sur notre site, section investisseurs.`],
  ['linkedin', 'en', 'financial', `Board deck draft, slide 7 (need eyes before Friday):
Fibre build Q1–Q2 2027
- 38,000 homes passed
- capex $61.5M
- expected churn reduction 1.8 pts
Not final, not approved, please don't circulate.`],
  ['linkedin', 'en', '', `Public numbers from the CRTC monitoring report: average monthly wireless bill in Canada dropped 9% in two years. Competition works, slowly.`],
  ['linkedin', 'mixed', 'codename', `Stand-up du mardi :
- Nébula : tests de charge du nouveau portail client OK à 12k sessions
- Migration SMS : bloquée par le fournisseur
- Next: demo to the VP on Thursday`],
  ['linkedin', 'en', '', `Took the kids to the planetarium in Montréal — the new show about nebulas and the Orion Nebula in particular is fantastic. 10/10 for anyone under 12.`],
  ['linkedin', 'fr', 'client_name financial', `Notes de la rencontre de compte avec Société Générique :
- renouvellement du contrat de télésurveillance : on propose 1,38 M$ sur 3 ans (prix pas encore communiqué au client)
- leur DSI veut une clause de pénalité
- prochaine rencontre le 14`],
  ['linkedin', 'en', 'client_name', `Great to see our friends from Initech at the Ottawa smart-city summit. Their feedback on our outage API drives half of our roadmap.`],
  ['linkedin', 'en', '', `Watched "Office Space" again with the new hires. Every IT team has an Initech story, and TPS reports are now our running joke in the NOC 😂`],
  ['linkedin', 'fr', '', `Réunion du comité santé-sécurité : 0 accident avec perte de temps depuis 412 jours au centre de Drummondville. Bravo à tous pour la vigilance !`],
  ['linkedin', 'en', 'financial', `Leadership offsite takeaway: we're forecasting $27M EBITDA for the wireless unit next year, way above street expectations. Guidance doesn't come out until the Q4 call, so keep it in the room — but wow.`],
  ['linkedin', 'en', '', `Our CFO presented the published Q3 results at the town hall: revenue $318M, EBITDA $94M. Transparent, clear, thank you Linda.`],
  ['linkedin', 'fr', 'financial', `Ce qui se dit au CODIR reste au CODIR... sauf que je suis trop fier : on vise 9,6 M$ de revenus sur le nouveau service d'IoT municipal en 2027. Rien d'annoncé encore, on attend le plan stratégique.`],
  ['linkedin', 'fr', '', `Comment calculer une marge brute ? Exemple de mon cours au cégep : un service vendu 120 $ qui coûte 84 $ à produire donne une marge de 30 %. Simple, mais on l'oublie souvent dans les soumissions.`],
  ['linkedin', 'en', '', `Fun fact from my MBA class: a utility with $2B in revenue and 8% margin... the textbook example, not ours 😄 Teaching finance to engineers is a joy.`],
  // --- supplier notices, IBANs and cards ---
  ['linkedin', 'fr', 'iban', `Avis à nos fournisseurs européens : à compter du 1er janvier, merci d'utiliser notre nouveau compte pour les paiements en euros : FR76 3000 4018 2300 0123 4567 854 (BIC BNPAFRPP). L'ancien compte sera fermé.`],
  ['linkedin', 'en', '', `Fraud alert: scammers are emailing our suppliers claiming our bank details changed, with a fake IBAN like GB29 NWBK 6016 1331 9268 19 (the textbook example!). We will never change banking info by email. Call your account manager.`],
  ['linkedin', 'en', 'iban', `Our German turbine-parts supplier changed banks. New details for accounts payable: DE13 3704 0044 0532 0130 10, Commerzbank Köln. Please update the vendor file before the January run.`],
  ['linkedin', 'fr', '', `Exemple de RIB/IBAN pour la formation des nouveaux en comptes fournisseurs : FR76 3000 6000 0112 3456 7890 189, le spécimen publié par la Banque de France. Jamais de vrais numéros dans les présentations.`],
  ['linkedin', 'en', '', `Received a phishing SMS today claiming to be from our billing dept: "Your card 4111 1111 1111 1112 was declined, update now". Forward these to your carrier and never click.`],
  ['linkedin', 'en', 'card', `Note to self (pasted here by mistake from my expense app): corporate Amex 3745 160429 51320, for the Halifax conference booking. Deleting in a minute.`],
  ['linkedin', 'fr', '', `Astuce : vos reçus de carte d'affaires affichent seulement **** **** **** 7643. C'est suffisant pour le rapprochement des dépenses ; ne demandez jamais le numéro complet.`],
  ['linkedin', 'mixed', 'card', `Pour le fournisseur de casques de sécurité, paiement par carte corpo: 5123 6712 5839 1084, exp 11/27, CVV in separate msg. Thanks Josée!`],
  ['linkedin', 'en', '', `Testing our new payment portal with Stripe's test card 4242 4242 4242 4242 all morning. The bilingual error messages finally read naturally in French.`],
  ['linkedin', 'en', 'iban', `Grant disbursement from our EU research partner will land in the Swiss account: CH19 0076 2425 1234 5678 9. Finance, please confirm receipt to the project office.`],
  ['linkedin', 'fr', '', `Numéro de commande 4538-7107-5420-4715 : oui, il ressemble à une carte de crédit, non ce n'en est pas une. Notre nouveau format de commande va changer en janvier pour éviter la confusion.`],
  ['x', 'en', 'card', `lol my Discover got flagged again. 6011 0898 2145 1298 if anyone at the bank is reading this please unfreeze it, I'm at a gas station in Bathurst`],
  // --- ids of various kinds ---
  ['linkedin', 'en', 'national_id', `Onboarding checklist for our new lineman (HR please verify): Sam Patel, SIN 729 503 615, start date Jan 6, Thunder Bay yard.`],
  ['linkedin', 'en', '', `Onboarding tip: the SIN goes on the TD1 and in the HR system, never in a LinkedIn post, Teams chat or email subject line. We've seen all three this year.`],
  ['linkedin', 'en', 'national_id', `Health card for the first-aid log after today's incident at the Brampton depot: OHIP 5847-196-218, version code AB. Employee is fine, just a bruised wrist.`],
  ['linkedin', 'fr', '', `Carte d'assurance maladie : le format RAMQ c'est quatre lettres du nom suivies de huit chiffres, par exemple XXXX 0000 0000 dans nos gabarits. On masque toujours dans les formulaires de santé-sécurité.`],
  ['linkedin', 'en', '', `SIN 273 917 253 was on a "winning lottery" scam letter one of our customers forwarded. It doesn't even pass the check digit. Stay alert, people.`],
  ['linkedin', 'fr', 'national_id', `Formulaire de l'assurance collective à corriger : Mélanie Gagnon, NAS 135 788 545, carte RAMQ GAGM 8362 0918. Quelqu'un des RH peut me confirmer la réception ?`],
  ['linkedin', 'en', '', `Our new HR system masks the SIN as *** *** 615 everywhere except payroll. Small change, big privacy win.`],
  ['linkedin', 'mixed', 'national_id', `Dossier d'accident de travail — WSIB/CNESST:
Employee: Luc Arsenault
SIN: 450 296 710
Date: 2026-11-30
Description: chute de l'échelle, entorse cheville.`],
  ['linkedin', 'en', 'national_id', `Can someone from benefits look at my dental claim? It keeps bouncing. Member: Ryan Thibodeau, SIN 633 173 661. Thanks, I know I shouldn't post this but the portal is down.`],
  ['linkedin', 'fr', '', `Saviez-vous que le premier chiffre du NAS indique la région d'émission ? 1 pour les provinces atlantiques, 2-3 pour le Québec, 4-5 pour l'Ontario. Une anecdote de formation, pas une raison de publier le vôtre !`],
  ['linkedin', 'en', 'national_id', `Emergency contact card for the remote crew at Moosonee, pasted for the dispatch binder:
Name: Aaron Wabano
OHIP: 2965 074 137
Blood type O+`],
  ['x', 'en', '', `Ontario health card renewals now online. Renew before it expires — your number stays the same, only the version code changes.`],
  ['linkedin', 'fr', 'national_id phone', `Pour le covoiturage vers le camp de Manic-5, voici mes infos pour la réservation du transport nolisé (ils demandent le NAS, va savoir) : Stéphane Roy, NAS 273 917 252, cell 418 555-0129.`],
  // --- farewells, milestones, tips ---
  ['linkedin', 'fr', '', `Après 34 ans chez la société de transport, je prends ma retraite. Du chauffeur d'autobus au directeur de l'entretien, quel parcours ! Merci à tous mes collègues.`],
  ['linkedin', 'en', 'email', `Last day at the agency today 🥲 If you want to stay in touch, my personal email is alexandra.mcneil.nb@gmail.com. Thank you for 12 wonderful years.`],
  ['linkedin', 'fr', 'phone', `Dernière journée au centre d'appels de Saguenay. Pour mes clients d'affaires qui voudraient me suivre, mon cellulaire : 418-555-0156. Merci pour tout!`],
  ['linkedin', 'en', '', `After 25 years of bargaining on the employer side, I'm retiring. My advice: listen more than you talk, and never table something you can't explain to your own mother.`],
  ['linkedin', 'mixed', 'codename', `Au revoir l'équipe! I'll miss the Friday poutine and the endless Orion release calls. Bonne chance pour le go-live en mars, vous allez l'avoir.`],
  ['linkedin', 'en', '', `Milestone: 1,000 km of fibre laid in northern Ontario this year. Community by community, the gap is closing.`],
  ['linkedin', 'fr', '', `Conseil aux nouveaux gestionnaires : avant de publier une photo de l'équipe, regardez le tableau blanc derrière. On a tous déjà vu un mot de passe ou un chiffre de budget apparaître en arrière-plan.`],
  ['linkedin', 'en', '', `Tip for anyone posting from the control room: check your second monitor before the selfie. Ask me how I know.`],
  ['x', 'fr', '', `Sondage 🗳️ Pour la fête de Noël du centre de répartition :
A) Brunch
B) Quilles
C) Cabane à sucre en avance
D) Souper au resto`],
  ['x', 'en', '', `Poll for utility folks: how long does your org keep outage call recordings?
- 30 days
- 90 days
- 1 year
- forever (help)`],
  ['linkedin', 'en', 'financial', `Poll: what should we call the new low-income rate? We're launching it at $29.99/month for 100 Mbps in March, but marketing still hasn't announced the price, so vote on the name only 😅
- FlexNet
- Essentiel
- BaseLine`],
  ['x', 'en', '', `Thread 🧵 1/3 What happens when you call a utility during a major outage? Your call first hits an IVR that checks your address against the outage map.`],
  ['x', 'en', '', `2/3 If your address is already in a known outage, you get the ETA. If not, you're routed to an agent who creates a trouble ticket. That ticket is what sends a crew.`],
  ['x', 'en', '', `3/3 So yes, please call even if your neighbour did. Two reports on different poles can change the diagnosis completely. /end`],
  ['x', 'fr', 'financial', `1/2 Fil sur notre nouvelle offre Internet rurale. On sera à 65 $/mois pour 250 Mbps, mais chut, la grille de prix sort seulement le 15 janvier.`],
  ['x', 'fr', '', `2/2 La couverture vise 11 000 foyers dans Bellechasse et Montmagny d'ici l'été. La carte sera publique en janvier.`],
  // --- more notices, partners abroad, markers and mentions ---
  ['linkedin', 'mixed', 'phone email', `Partenariat avec notre fournisseur de compteurs en France : pour les questions techniques, contactez Olivier Marchand au +33 6 12 48 93 57 ou olivier.marchand@compteurs-example.fr. He speaks English too.`],
  ['linkedin', 'en', 'phone', `Our roaming desk for customers travelling to the UK: +44 20 7946 0321. Lines staffed 24/7 during the holidays.`],
  ['linkedin', 'fr', '', `Le numéro d'urgence en Europe, c'est le 112 ; en France le 18 pour les pompiers. Petit rappel avant vos voyages des fêtes, et au Canada c'est toujours le 911.`],
  ['linkedin', 'en', '', `Our call centre in Bathurst answered 41,200 calls in November, 63% in French. The bilingual team keeps raising the bar.`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL — FOR BOARD MEMBERS ONLY
Item 4: Executive succession. The CEO intends to step down at the end of Q2. Search firm shortlist attached.`],
  ['linkedin', 'en', '', `Binge-watched "Confidential Assignment" this weekend. Not my usual genre but the action scenes are great.`],
  ['linkedin', 'fr', '', `Formation obligatoire sur la classification de l'information : Public, Interne, Confidentiel, Secret. Retenez que c'est le contenu qui détermine le niveau, pas l'étiquette qu'on y met.`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion : INTERNE SEULEMENT
Plan de continuité des opérations — centre de relève de Sainte-Foy. Test de bascule prévu le 18 janvier à 2 h.`],
  ['linkedin', 'en', '', `Got asked at a conference: "is your outage data confidential?" No — it's published in real time on our open-data portal. We believe in transparency by default.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share beyond recipients. Active exploitation of the meter head-end vulnerability confirmed at two Canadian utilities. Patch window tonight.`],
  ['linkedin', 'fr', '', `Mon collègue m'a dit « entre nous, la cafétéria ferme pour rénovations en février ». Ben voilà, tout le monde le sait maintenant 😄 Les rénos vont durer 6 semaines.`],
  ['linkedin', 'en', '', `Please don't forward my holiday party speech to anyone, it's terrible 😂 Anyway: thank you all for an incredible year at the agency.`],
  ['linkedin', 'mixed', 'confidential_marker financial', `[INTERNAL] Rate case working file v3
Proposed residential increase: 5.2% (not yet filed with the NB Energy and Utilities Board)
Justification: storm recovery, pension deficit. Revue par le contentieux lundi.`],
  // --- codenames and clients, senses ---
  ['linkedin', 'fr', 'codename', `Le pilote Nébula de facturation prépayée démarre lundi avec 500 clients de Gatineau. On ne communique rien à l'externe avant les résultats de l'essai.`],
  ['linkedin', 'fr', '', `Photo d'une nébuleuse prise avec le télescope du club d'astronomie de Sherbrooke. Trois heures d'exposition, un ciel parfait à −22 °C.`],
  ['linkedin', 'en', 'client_name', `Pleased to share that Globex has renewed its managed-network contract with us for another three years. Thanks to the account team in Mississauga.`],
  ['linkedin', 'fr', 'client_name', `Visite de chantier chez Société Générique à Montréal : leur nouvelle salle de serveurs sera alimentée par notre raccordement double dès mars.`],
  ['linkedin', 'en', '', `The Atlas Mountains trip was incredible. Three weeks offline, zero outage calls. Back at the control desk on Monday, refreshed.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu cutover rehearsal went well: 14 of 15 call-routing rules migrated without loss. The last one needs vendor help. Next rehearsal Dec 11.`],
  ['linkedin', 'fr', '', `« Atlas bleu » : c'est le nom de la nouvelle bière de la microbrasserie de Rivière-du-Loup. Essayée au souper d'équipe, approuvée à l'unanimité 🍺`],
  ['linkedin', 'en', '', `Spotted a kestrel hunting over the Pickering substation fence this morning. Our environmental team says they love the open grass corridors under transmission lines.`],
  ['x', 'en', 'codename', `Can't say much but Project Kestrel is finally going to pilot in Sudbury in Q1. Two years of work. 🎉`],
  ['linkedin', 'mixed', 'client_name codename', `Update pour l'équipe de compte Hôpital Sainte-Claire: Orion rollout to their three wings is confirmed for February. Please align with their biomedical team before any downtime.`],
  ['linkedin', 'en', '', `The Orion spacecraft splashed down safely — watched it live with my kids. Engineers everywhere, take a bow.`],
  // --- financial hard cases ---
  ['linkedin', 'en', '', `Our utility's new residential rate of 14.2¢/kWh takes effect January 1, as approved by the board and published in the Gazette. Calculator on our website.`],
  ['linkedin', 'fr', 'financial', `J'ai eu le feu vert du conseil d'administration hier soir : 3,2 M$ pour moderniser le centre de répartition de Rouyn-Noranda. L'annonce aux employés se fait en janvier, donc gardez ça sous votre casque d'ici là ⛑️`],
  ['linkedin', 'en', 'financial', `Heads-up to the sales team only: business fibre prices go up 7% on March 1. Customers get their letter on Feb 1 — do not mention it on calls before then.`],
  ['linkedin', 'en', '', `Business fibre prices go up 7% on March 1, as announced in the letter all customers received this week. Questions? Your account manager can walk you through it.`],
  ['linkedin', 'fr', 'financial', `Notre offre d'achat pour la coop de télécom de Témiscouata est à 19,5 M$. Le vendeur n'a pas encore répondu et rien n'est public. Doigts croisés pour la semaine prochaine.`],
  ['linkedin', 'en', '', `Interesting: the municipal telecom co-op in the Témiscouata was sold for $19.5M, according to the press release published by the buyer this morning.`],
  ['linkedin', 'en', 'financial', `Pipeline review: we have $48M in weighted opportunities for Q1 in the public sector, the highest ever. Sales kickoff reveal is Jan 8, so keep the number under your hat until then.`],
  ['linkedin', 'fr', '', `Mon budget personnel pour les fêtes : 800 $. Ma conjointe dit que c'est irréaliste. La négociation collective commence à la maison 😂`],
  ['linkedin', 'fr', 'financial', `Le coût réel de la panne du 2 décembre pour l'entreprise : environ 1,9 M$ en crédits clients et heures sup. Le chiffre n'ira au comité d'audit que le 22, alors ça ne sort pas d'ici.`],
  ['linkedin', 'en', '', `Statistics Canada says utilities employ 135,000 people in Canada, and the average hourly wage in the sector is $46. A good place for a career!`],
  ['linkedin', 'en', 'financial', `Draft valuation for the spin-off of our tower assets came back at $740M from the advisors. Legal says nothing leaves the deal team until the announcement, but I'm still in shock.`],
  ['linkedin', 'fr', '', `La ville voisine a annoncé ce matin un budget de 12 M$ pour son réseau de fibre municipal. Beau projet, on leur souhaite bonne chance.`],
  ['linkedin', 'mixed', 'financial', `Quick one from the pricing committee: le forfait mobile étudiant passera à 35 $/mois en août (not announced, the marketing campaign starts in July). Préparez vos argumentaires.`],
  ['linkedin', 'en', '', `Our student mobile plan is $35/month with 40 GB — launched today, and available in all our stores from Gaspé to Windsor. Link in comments.`],
  ['linkedin', 'en', 'financial', `Grant application update: the provincial ministry verbally confirmed $5.8M for our EV-charging corridor along Route 2. Nothing in writing yet and definitely nothing public — but the team earned this.`],
  ['linkedin', 'fr', '', `La Fondation a annoncé publiquement une subvention de 250 000 $ pour notre programme de littératie numérique chez les aînés. Merci à la Fondation et à nos bénévoles !`],
  ['linkedin', 'en', '', `Household tip: our average customer saves $212 per year switching to time-of-use rates. Try the bill calculator on our site.`],
  // --- more numbers: phones of all kinds, ids, emails ---
  ['linkedin', 'en', 'phone', `The new after-hours desk for municipal customers in Kingston: 613.555.0194 ext 5. Put it in your contacts before the snow hits.`],
  ['linkedin', 'fr', 'phone', `Pour les bris d'aqueduc à Gatineau, composez le 3-1-1 ou le numéro direct des travaux publics : 819-555-0175 poste 8.`],
  ['linkedin', 'en', '', `Postal code K1A 0B1, the famous one. Our delivery robot project at the Ottawa campus somehow got this as the return address in testing 🙃`],
  ['linkedin', 'fr', '', `Le poste 25 kV #4417 est officiellement désaffecté après 62 ans de service. Une plaque commémorative sera installée à l'entrée.`],
  ['linkedin', 'en', 'phone', `Partner escalation contacts for the cross-border interconnection (Maine side): control room +1 (207) 555-0112, Saturday backup +1 207 555 0143.`],
  ['linkedin', 'en', 'email', `Customers can send meter-access issues to meteraccess @ grid-ontario-example . ca — spaces added so bots don't scrape it.`],
  ['linkedin', 'en', '', `Follow our new account @HydroNB_Outages for real-time updates. We'll answer in both official languages.`],
  ['linkedin', 'fr', 'email', `Pour les demandes médias concernant la panne, merci d'écrire à medias@transport-montreal-example.ca. Nous répondons dans l'heure.`],
  ['linkedin', 'fr', '', `Les demandes médias se font via notre site web, section Salle de presse. On ne répond pas en message privé.`],
  ['linkedin', 'en', 'national_id', `Pasting from the dispatch sheet so the night crew can book the medevac if needed: employee Marie Cormier, NB Medicare 518641295... sorry, that's her SIN, the Medicare number is in the binder.`],
  ['linkedin', 'en', 'card', `Fleet fuel card for the Timmins crew got replaced. New one: 2231 0981 4612 7643, PIN follows by text. Please destroy the old one.`],
  ['linkedin', 'fr', '', `Numéro de billet de la panne : INC-0048211-QC. Si vous appelez le soutien, donnez ce numéro, ça accélère tout.`],
  ['linkedin', 'en', 'card', `JCB card from our Japanese partner delegation's hotel booking got pasted into the group chat: 3528 9117 0034 1402. Can someone ask the hotel to void it?`],
  ['linkedin', 'en', '', `Recall notice: transformer batch TX-2209-A (serials 220914001 to 220914388) must be inspected before Jan 31. The list is public on the safety regulator's site.`],
  // --- mixed realistic posts ---
  ['linkedin', 'fr', '', `Première semaine de formation des nouveaux préposés au service à la clientèle : 18 recrues, 11 régions, une seule mission — que chaque client soit servi dans la langue de son choix.`],
  ['linkedin', 'en', 'internal_url', `Reminder for managers: the grievance tracking form moved to https://rh.intranet.agence-nb-example.ca/griefs. The old SharePoint link is read-only as of today.`],
  ['linkedin', 'fr', '', `Nouveau site public pour suivre les travaux d'enfouissement : travaux.ville-example.qc.ca. Plus besoin d'appeler pour savoir quand la rue sera fermée.`],
  ['linkedin', 'en', 'internal_url secret', `Changelog v3.8 of the field app:
- fixed: crash when the outage polygon is empty
- new: offline maps for Northern Ontario
- config: API_BASE=https://fieldapi.acme-corp.net, API_KEY=fk_8Mv2QpLz7Rx4Tn9Wc1Ye6Bh`],
  ['linkedin', 'en', '', `Changelog v3.8 of our public outage app:
- fixed: crash when zooming out during big storms
- new: French voice-over for accessibility
- new: push alerts by postal code
Available on both stores.`],
  ['linkedin', 'mixed', '', `Journée portes ouvertes au centre de contrôle de Fredericton samedi. Free tours in English and French every hour, 10 h à 15 h. Bring the kids!`],
  ['x', 'fr', '', `Retour du service au complet à Baie-Comeau. Merci de votre patience pendant ces 14 heures difficiles. #panne #CôteNord`],
  ['x', 'en', 'financial', `not supposed to say but our agency's IT budget for next year just got cut by $4.3M and nobody's been told yet. rough holiday season ahead`],
  ['linkedin', 'en', '', `Our agency's published 2026–27 departmental plan shows a $4.3M reduction in IT spending. Here's how we plan to do more with less.`],
  ['linkedin', 'fr', 'secret', `Pour le kiosque au Salon de l'emploi de Laval : le Wi-Fi du stand c'est "Kiosque-Recrutement", clé WPA Fleuve!Hiver-2207. Ne le donnez pas aux visiteurs.`],
  ['linkedin', 'fr', '', `Au Salon de l'emploi de Laval, notre kiosque offre le Wi-Fi invité gratuit (réseau « Invités-Salon »). Venez nous voir au stand 112 !`],
  ['linkedin', 'en', 'secret', `Shared mailbox for the tender team: login tenders-ops, password Maple&Fibre_9931. Whoever reset it last week, please tell the group next time.`],
  ['linkedin', 'en', '', `Password manager rollout done for the whole agency: 2,300 people, zero sticky notes left on monitors (we checked). Best IT project of the year.`],
  ['linkedin', 'fr', '', `Changer le mot de passe de votre modem ? Suivez le guide sur notre site. Le mot de passe « admin » par défaut doit disparaître dès le premier jour.`],
  ['linkedin', 'mixed', 'email phone', `Coordonnées du comité de griefs / Grievance committee contacts:
- Président : Jean-Guy Thériault, jg.theriault@section-locale-example.ca, 506 555-0161
- Secrétaire : à venir`],
  // --- more flagged posts ---
  ['linkedin', 'fr', 'iban', `Paiement de la cotisation à notre partenaire de recherche belge (projet de réseaux intelligents) : BE51 0682 5099 1062, communication « CAN-2026-07 ». Merci aux comptes payables de traiter avant le 20.`],
  ['linkedin', 'en', 'iban', `Conference registration for the Dublin smart-grid summit needs a bank transfer, they don't take cards: IE72 AIBK 9311 5298 7612 34. Can finance book it for our team of four?`],
  ['linkedin', 'en', 'national_id', `New hire paperwork for our seasonal tree-trimming crew from Mexico — temporary SIN 942 177 353 for Luis Herrera, work permit attached. HR, can you set him up for the Jan 8 payroll?`],
  ['linkedin', 'fr', 'national_id email', `Pour la demande de remboursement de frais de scolarité, voici mon dossier : Émilie LeBlanc, NAS 138 205 745, à envoyer à formation@agence-nb-example.ca. Ça presse!`],
  ['linkedin', 'en', 'card', `Pasted from the booking note for the tender site visit: Visa 4716 9283 0541 7288, exp 03/29, name on card R. Singh. Hotel in Kapuskasing confirmed.`],
  ['x', 'fr', 'phone', `Les clients de Rivière-du-Loup sans téléphone fixe depuis ce matin : notre ligne temporaire est le 1 (418) 555-0103. Désolés du désagrément.`],
  ['linkedin', 'en', 'phone', `Our French partner's NOC for the transatlantic cable: +33 (0)2 98 55 41 20, ask for the duty engineer. Please save it in the escalation sheet.`],
  ['linkedin', 'mixed', 'internal_url', `Nouveau dashboard des appels au centre de contact: http://10.12.0.45:3000/d/callcentre — le rafraîchissement est aux 30 secondes, enjoy.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Protected B
Briefing note for the Deputy Minister — rural broadband program delivery risks, Q4. Prepared by the program directorate.`],
  ['linkedin', 'fr', 'financial', `Bonne nouvelle pour l'équipe de Rimouski : la direction a approuvé la prime de rendement de 4 % pour tous les cadres intermédiaires. Ce ne sera annoncé officiellement qu'à la rencontre du 10 janvier, alors on reste discrets.`],
  ['linkedin', 'en', 'secret', `For whoever is covering my on-call tonight: the break-glass admin for the outage management system is omsadmin / Kp7#tundra-Ridge. Change it in the morning, it's been shared too many times.`],
  ['linkedin', 'en', 'codename client_name', `Nebula? No — Nébula, with the accent 😄 Our Nébula billing pilot is now live for Globex's 40 stores in Ontario. First invoices go out next week.`],
  ['linkedin', 'fr', 'email', `Si vous avez des questions sur l'entente de principe, écrivez à negociation2026@section-locale-example.ca ; on compile les réponses pour l'assemblée.`],
  ['linkedin', 'en', 'financial', `Sneak peek for the team: the grant we're applying for is $1.2M, and our co-investment commitment will be $400K. The application isn't submitted yet and the board hasn't signed off, so this stays internal.`],
  ['linkedin', 'en', 'email phone', `Supplier notice: please send all invoices to ap.invoices@utility-ontario-example.ca from now on. Questions: accounts payable, 416-555-0187 ext. 3340.`],
  ['x', 'en', 'internal_url', `who else's VPN keeps dropping? can't even reach vpn-gw.corp.acme.com from home today 🙃 #WFH`],
]);
