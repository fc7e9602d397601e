import { rows } from './corpus-types';

/**
 * Held-out set "fresh72": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks, git history or any corpus post file other than the policy in
 * corpus-types.ts (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set),
 * so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were not run on
 * these posts. `npx tsx scripts/score-checks.ts --only fresh72`.
 * First scored: 2026-12-04 on c16579b (unseen, before any fix from it): confidentiality macro F1 0.978 / 4.8 % (5 of 105).
 *
 * Authors: lawyers, bankers and consultants in Paris, Geneva, Luxembourg and Monaco (M&A and banking-law firms, a
 * private bank, a Monaco notary's office and family-office advisers, a Luxembourg fund house, a PE fund raising its
 * third vintage, a fintech closing a Series B), writing in French, English and a mix of both. Focus: mergers and deals
 * in progress (deal codenames, data rooms, signings, steering committees, funds-flow and escrow), fundraising rounds,
 * client matters, conference talks, recruitment, regulatory news (FINMA, CSSF, AMF, CNIL, the Swiss Takeover Board),
 * embargoed press releases beside their published versions. Forms: team wins, pasted meeting and pipeline notes, chats
 * pasted by mistake, a contacts table, config snippets, customer replies (surface 'comment'), job ads and a trainee
 * programme with published pay, live-posts from conferences, a fee-grid changelog, a lost-bid post-mortem, supplier
 * bank-detail notices and fraud warnings, polls, a two-post X thread, goodbyes and tips.
 *
 * Positives: financial figures with many ways of saying "not public yet" (an indicative offer before submission, a
 * fund's first close before the LP announcement, a Series B before announcement, a buy-out price "avant l'ouverture",
 * a budget, fee income, profit per partner, revenue and a bonus pool before the town hall or committee, custody-fee,
 * management-fee, mortgage-rate and hourly-rate rises before clients are told, a loan-portfolio bid, a walk-away price,
 * a lost bid never disclosed, SICAV inflows before the factsheet, unaudited net income, a restructuring provision
 * before the works council, an acquisition price before regulatory approval); explicit markers (STRICTLY CONFIDENTIAL,
 * embargo lines in EN and FR, SUBJECT TO NDA, SOUS NDA, [INTERNAL], [INTERNE], INTERNE, CONFIDENTIEL, TLP:AMBER, TLP:RED,
 * Classification: Restricted); data-room, Wi-Fi, portal, SFTP and mailbox passwords, a PIN, an API key without a vendor
 * prefix, a bot token, a Slack webhook with its token; intranet., corp.acme.com, acme-corp.net, .local, .internal and
 * .corp hosts and private IPs; named people's addresses, role mailboxes and "[at] [dot]" / "(at) (dot)" / "name @ domain"
 * obfuscations; French, Swiss (landline, mobile, 0800), Monaco (8-digit landline and +377 6 mobile), Luxembourg (6- and
 * 7-digit landlines, 621 mobile) and UK phone numbers, switchboards and hotlines included.
 * Look-alikes: the published versions of every embargoed release, published results, rankings, salary ranges, market
 * studies and teaching figures, a personal mortgage rate; mentions of the words (a student's question on "embargo",
 * TLP:CLEAR, "[INTERNAL]" overuse, the legal value of "Confidentiel", a document-classification talk, NDAs in general);
 * placeholder secrets (Slack's zero webhook, YOUR_API_KEY_HERE, <your-password>, "changeme"); public firm sites and bare
 * domains; emergency numbers 112 and 15; masked card endings, a masked NIR and IBAN ending, an all-nines NIR template,
 * the official Swiss AHV example card 756.1234.5678.97, the Swiss and UK example IBANs, Visa's 4111 test card, an IBAN
 * one digit off (mod 97 fails) in two fraud warnings, a card one digit off (Luhn fails); the policy's names in their
 * ordinary sense (Orion the constellation and its nebula, a kestrel over Plainpalais, Atlas the cat, the Atlas
 * mountains, a dish called "Atlas bleu", Sainte-Claire chapels in Geneva and Nyon).
 *
 * Conventions: every written email address is email (role mailboxes and obfuscations included, bare domains not), the
 * user:password part of a connection string is secret; every written phone number is phone (emergency short numbers
 * not); confidential_marker only for explicit labels; financial only for the company's own figure with a sign it is not
 * public yet; codename and client_name only for the policy's names in their project or customer sense. Every IBAN, card
 * and national id positive was computed with a throwaway script kept outside the repo: mod 97 for FR and MC (with the
 * RIB key), CH, LU, BE (with its mod-97 account check), DE and GB IBANs; Luhn for Visa, Mastercard (5- and 2-series) and
 * Amex; the 2-digit key (97 - n mod 97) for French NIR; the EAN-13 check digit for Swiss AHV/AVS numbers; a UK NINO by
 * format.
 *
 * Counts: 231 posts (130 EN, 92 FR, 9 mixed; 207 LinkedIn, 24 X; 6 comments): 105 clean, 126 with one or more
 * findings. Labels: financial 25, phone 18, client_name 16, codename 15, confidential_marker 14, email 13, secret 11,
 * national_id 9, iban 9, internal_url 9, card 5.
 */
export const FRESH72_POSTS = rows('fresh72', [
  ['linkedin', 'fr', '', `Très fiers d'avoir accompagné la cession de la Maison Berthollet au groupe Valbrume, annoncée ce matin par les deux parties. Merci à toute l'équipe corporate du cabinet, et bravo aux équipes de la cible pour ces six mois intenses. Le communiqué est en ligne sur le site de l'acquéreur.`],
  ['linkedin', 'fr', 'codename financial', `Point rapide avant le week-end pour l'équipe Orion : l'offre indicative qu'on remet lundi reste à 212 M€ valeur d'entreprise, le comité d'investissement ne l'a validée que ce soir. Rien ne sort avant la remise, merci.`],
  ['x', 'en', '', `Orion was stunning over Lake Geneva last night, Betelgeuse clearly orange even with the city glow. Anyone else out with a tripod around Cologny?`],
  ['linkedin', 'en', 'confidential_marker financial', `STRICTLY CONFIDENTIAL – DRAFT 4
Press release – embargoed until 9 December 2026, 07:00 CET
Lémanique Private Bank reports net new money of CHF 1.9 bn for the first nine months and raises its 2027 cost/income target to 68 %.
(Pasting this here so the comms team can proofread tonight)`],
  ['linkedin', 'en', '', `Our Q3 release is now out: net new money of CHF 1.9 bn over nine months and a 2027 cost/income target of 68 %. Full document on the investor relations page. Proud of the private banking teams in Geneva and Zurich.`],
  ['linkedin', 'fr', 'email phone', `Nous recrutons un(e) collaborateur/trice M&A (3 à 5 ans d'expérience) pour notre bureau de Luxembourg. Rémunération : 85 000 à 105 000 € selon profil. Candidatures à recrutement@kerlandavocats.lu ou au +352 26 48 91 1.`],
  ['linkedin', 'en', 'client_name', `Long night in the data room but the disclosure schedules for Globex finally went out at 3 am. Nothing beats a team that still laughs at 2:45.`],
  ['x', 'en', '', `Hot take from a recovering banker: the best pitch book is the one with eight pages, not eighty. Your client already knows their own business.`],
  ['linkedin', 'fr', 'secret', `Pour les associés qui n'arrivent pas à entrer dans la data room du dossier Berlioz depuis l'hôtel : l'identifiant est le mail du cabinet et le mot de passe provisoire est Vz7!pmQ4-Tarn, à changer à la première connexion.`],
  ['linkedin', 'en', '', `Reminder for junior associates: a data room password belongs in the password manager, never in a chat, a post or an email subject. Three leaks this year across the market started exactly like that.`],
  ['linkedin', 'fr', 'national_id', `Pour finaliser l'ouverture du compte titres de M. Delacroix, il me manque encore son justificatif de domicile. Son numéro de sécurité sociale : 1 84 11 75 116 042 66. Je relance demain.`],
  ['linkedin', 'fr', '', `Petit rappel pratique : un numéro de sécurité sociale français compte 15 chiffres, dont une clé de contrôle de 2 chiffres. Ne le collez jamais dans un formulaire qui n'en a pas besoin. Exemple masqué : 1 84 •• •• ••• ••• ••.`],
  ['x', 'fr', 'client_name', `Audience de référé ce matin pour l'Hôpital Sainte-Claire, le juge met sa décision en délibéré au 12. On y croit.`],
  ['linkedin', 'fr', '', `Concert de Noël à la chapelle Sainte-Claire de Genève samedi à 18 h : le chœur du cabinet chante du Poulenc. Entrée libre, vin chaud offert.`],
  ['linkedin', 'en', 'phone', `If you're at the Monaco Family Office Summit tomorrow and want to talk succession structures, text me on +377 6 78 45 12 90 and we'll find ten minutes between panels.`],
  ['linkedin', 'en', '', `Speaking at the Monaco Family Office Summit tomorrow at 11:30 in the Salle des Princes on "trusts after the 2026 reforms". Slides will be on my profile afterwards.`],
  ['linkedin', 'en', 'iban', `Supplier notice from our Geneva office: please update your records, our fee account has moved. New IBAN CH90 4162 8020 2983 3070 1 (account holder Rochat & Partners SA). The old account closes on 31 December.`],
  ['linkedin', 'en', '', `Training tip for onboarding: the Swiss IBAN you see in every tutorial, CH93 0076 2011 6238 5295 7, is the official example from the banks' documentation. Use it in test files, never a real client account.`],
  ['linkedin', 'fr', 'financial', `Les associés ont arrêté hier soir le budget 2027 du cabinet : 14,6 M€ de charges, dont 2,1 M€ d'investissement IT. On le présentera aux collaborateurs en janvier, d'ici là on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Notre cabinet publie aujourd'hui son rapport de transparence : chiffre d'affaires 2025 de 38,2 M€, +9 % sur un an, et 41 % d'associées. Le rapport complet est téléchargeable sur notre site.`],
  ['linkedin', 'en', 'codename client_name', `Kick-off tomorrow for Project Kestrel at Initech's Paris office, 9 am sharp. Please bring the updated structure chart and the tax memo.`],
  ['x', 'en', '', `A kestrel has been hovering over the Plainpalais car park all week. Best free show in Geneva, sorry Grand Théâtre.`],
  ['linkedin', 'en', 'email', `For anyone who wants the recording of yesterday's fintech regulation webinar: drop a line to events [at] lemanlegal [dot] ch and our team will send the link.`],
  ['linkedin', 'en', '', `Yesterday's fintech regulation webinar recording is now on our YouTube channel (link in comments). 420 registrations, thank you all.`],
  ['linkedin', 'fr', 'internal_url', `Les modèles de lettres de mission 2027 sont enfin à jour ! Vous les trouverez dans https://intranet.cabinet-vernay.fr/modeles/lettres-mission (version avec la nouvelle clause LCB-FT).`],
  ['linkedin', 'fr', '', `Nouvelle clause LCB-FT dans nos lettres de mission 2027 : on vous explique en 5 points ce qui change pour nos clients. Article complet sur vernay-avocats.fr/actualites.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Conflict check request – new matter
Target: a Luxembourg-based payment institution (name withheld)
Parties to run: buyer consortium of three PE funds, management
Please reply before 5 pm.`],
  ['linkedin', 'en', '', `Some people put "[INTERNAL]" in every subject line and then wonder why nobody reads them. Labels only work when they're rare.`],
  ['linkedin', 'fr', 'financial', `Notre fonds Alpes Croissance III a atteint son premier closing à 180 M€, bien au-dessus de la cible. L'annonce officielle est prévue pour le 15 janvier avec les LPs, donc pas un mot d'ici là, mais quelle année !`],
  ['linkedin', 'fr', '', `Alpes Croissance III annonce aujourd'hui son premier closing à 180 M€, au-dessus de sa cible de 150 M€. Merci à nos investisseurs institutionnels et familiaux pour leur confiance.`],
  ['x', 'en', 'secret', `ugh, wrong window. mailroom-bot webhook for the deal channel: https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Slack's docs use a sample webhook like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX. If your copy still has the zeros, it won't post anything, which is the point.`],
  ['linkedin', 'fr', 'phone', `Permanence téléphonique droit du travail pour nos clients PME pendant les fêtes : 01 53 45 78 12, du lundi au vendredi de 9 h à 17 h.`],
  ['linkedin', 'fr', '', `En cas d'urgence médicale pendant le séminaire à Évian, composez le 112 ou le 15, puis prévenez l'organisateur. Le plan d'évacuation est affiché dans chaque salle.`],
  ['linkedin', 'mixed', 'codename', `Quick update for l'équipe Atlas Bleu: la due diligence environnementale est terminée, rapport final vendredi. Next step, the SPA mark-up from the sellers.`],
  ['linkedin', 'fr', '', `Notre chatte Atlas a décidé que la mallette de plaidoirie était son nouveau lit. L'audience de demain s'annonce poilue.`],
  ['linkedin', 'en', 'national_id', `HR note pasted from our onboarding checklist for the new Geneva analyst: AVS number 756.8395.0591.24, start date 5 January, permit B pending.`],
  ['linkedin', 'en', '', `Swiss onboarding 101: your AHV/AVS number looks like 756.1234.5678.97 on the official example card. The first three digits are always 756, the country code of Switzerland.`],
  ['linkedin', 'en', 'financial', `Board approved our pricing for 2027 this afternoon: custody fees go up from 12 to 15 bp for accounts under CHF 5m. Clients get the letter in February, so keep it off the desk chatter until then.`],
  ['linkedin', 'en', '', `FINMA published its updated circular on operational risks this morning. Our team's summary of the five biggest changes for private banks is in the first comment.`],
  ['linkedin', 'fr', 'email', `Pour toute question sur la levée de fonds de la start-up, écrivez directement à Camille : camille.moreau@ardent-conseil.fr. Elle coordonne les réponses des investisseurs.`],
  ['linkedin', 'fr', '', `Conseil aux fondateurs : avant votre levée de fonds, préparez une data room propre, une table de capitalisation à jour et un récit clair. Le reste suit.`],
  ['linkedin', 'en', 'confidential_marker financial', `SUBJECT TO NDA – do not circulate
Teaser, page 2 – sale of our Monaco asset-management subsidiary
EBITDA 2026E: €23.4m; our asking multiple 11x; indicative bids due 20 January`],
  ['linkedin', 'en', '', `Teaching note for my corporate finance class at HEC: a target with €23.4m EBITDA at 11x gives an enterprise value around €257m. Exercise: bridge it to equity value with €60m net debt.`],
  ['x', 'fr', 'client_name', `Signing réussi pour Société Générique ce soir, après 14 heures de négociation. Je rentre dormir.`],
  ['x', 'fr', '', `14 heures de négociation, trois pizzas, un signing. Le métier d'avocat d'affaires résumé en une phrase.`],
  ['linkedin', 'en', 'internal_url', `Can whoever set up the new deal tracker please check permissions? I get a 403 on http://10.40.2.18:8080/pipeline/ from the Luxembourg office.`],
  ['linkedin', 'en', '', `We just moved our Luxembourg office to the Kirchberg. New address on our website, same great coffee. Come say hi.`],
  ['linkedin', 'fr', 'iban', `Suite au changement de banque de l'étude, merci d'effectuer désormais les provisions sur frais sur le compte : MC58 1088 6390 9760 1860 5730 030 (Étude Maître Rinaldi). Toute autre demande de changement de coordonnées est une fraude.`],
  ['linkedin', 'fr', '', `Alerte fraude : des escrocs envoient de faux courriers au nom de notre étude avec un IBAN "mis à jour" MC58 1088 6390 9760 1860 5730 031. Cet IBAN est faux, ne payez rien et appelez votre interlocuteur habituel.`],
  ['linkedin', 'en', 'card', `Sorry team, I'm still stuck at the airport: can someone book my Zurich hotel for the closing with my corporate card? 4061 2407 7087 8635, exp 09/28, I'll send the CVC by text.`],
  ['linkedin', 'en', '', `Our expense tool rejected my card three times today. Turns out I was typing 4061 2407 7087 8636 – one digit off. The Luhn check wins again.`],
  ['linkedin', 'fr', '', `Hier, conférence à l'Observatoire de Genève sur la nébuleuse d'Orion. Même pour une banquière, voir une pouponnière d'étoiles, ça remet les bilans en perspective.`],
  ['linkedin', 'fr', 'codename', `Réunion Nébula décalée à 15 h demain, salle 4B. On fait le point sur les conditions suspensives et le calendrier autorité de concurrence.`],
  ['linkedin', 'en', 'phone', `Reach our Geneva desk on +41 22 318 47 90 if you need a quick read on the new Swiss takeover board practice.`],
  ['linkedin', 'en', '', `The Swiss Takeover Board published three decisions this week. Our 2-minute read on what they mean for mandatory offers is linked below.`],
  ['linkedin', 'en', 'secret', `Guest Wi-Fi for the closing dinner at the office tonight: network "RP-Events", password Lac2026Leman!Closing. See you at 8.`],
  ['linkedin', 'en', '', `Closing dinner tonight for the Vireo acquisition, publicly announced on Monday. Thank you to the whole team and to our friends across the table.`],
  ['linkedin', 'fr', 'financial', `Entre associés : les honoraires facturés au 30 novembre atteignent 9,8 M€, et on vise 11,5 M€ à la clôture. Les chiffres annuels seront communiqués à l'équipe au séminaire de mars.`],
  ['linkedin', 'fr', '', `Dans mon cours de droit des sociétés à Assas, on a étudié une OPA fictive à 45 € par action. Les étudiants ont trouvé trois failles dans la documentation. L'avenir est prometteur.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER – shared with the Luxembourg fund administrators' security circle only.
Phishing wave impersonating transfer agents, subject line "Urgent NAV correction", attachment NAV_corr.xlsm. Block the sender domain navcorrections-lu.com.`],
  ['linkedin', 'en', '', `Great session at the Luxembourg cyber forum on the Traffic Light Protocol: why TLP:CLEAR is the default for most advisories and when AMBER is genuinely warranted.`],
  ['linkedin', 'fr', 'email phone', `Chers clients, pendant mon congé maternité, merci de contacter Maître Julien Ferrand : j.ferrand@ferrand-lazare.mc, +377 93 15 26 48. Je serai de retour le 2 mars.`],
  ['linkedin', 'fr', '', `De retour au cabinet après quatre mois de congé maternité. Merci à mes associés qui ont tenu la barre, et à ma fille qui a tenu… les nuits, un peu.`],
  ['linkedin', 'en', 'client_name financial', `Debrief from today's pitch: Globex wants a fixed fee, and we'll come in at €640k for the whole carve-out, 15 % below last year's rate card. Pricing stays between us until they sign the engagement letter.`],
  ['linkedin', 'en', '', `Fixed fees in M&A are here to stay. In our 2026 client survey, 58 % of general counsel said they prefer them for carve-outs. Full survey results on our website.`],
  ['x', 'en', 'codename', `Orion sign-off moved to Thursday, the lenders want another look at the covenants. Coffee budget exhausted.`],
  ['x', 'en', '', `Anyone else's kid obsessed with Orion's belt? Three stars, 400 questions per night.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au jeudi 10 décembre 2026, 18 h 00
Communiqué de presse – Le cabinet Lazare & Associés annonce l'arrivée de deux associés en droit bancaire à Paris.
(Relecture demandée à l'équipe com avant ce soir)`],
  ['linkedin', 'fr', '', `Le cabinet Lazare & Associés accueille deux nouveaux associés en droit bancaire à Paris ! Bienvenue à Hélène et à Karim, dont l'arrivée a été annoncée ce matin par communiqué.`],
  ['linkedin', 'fr', '', `Question d'une étudiante après mon intervention à Dauphine : que signifie la mention "embargo" sur un communiqué ? Réponse : que le journaliste peut le lire avant, mais pas le publier avant l'heure indiquée.`],
  ['linkedin', 'en', 'iban', `Please note our Luxembourg client-money account for the closing funds: LU11 2256 1514 6165 2057, beneficiary Hartmann Legal SARL, reference "Closing 18/12".`],
  ['linkedin', 'en', '', `Quick fraud test for the team: which of these is a valid Luxembourg IBAN? LU11 2256 1514 6165 2058 fails the mod-97 check, so if a "new account" letter carries it, it's fake.`],
  ['linkedin', 'en', 'secret', `Ops, for the Geneva reporting job: the SFTP to the custodian is sftp://reporting:Qx7%21mBd2Lr9w@files.custody-partner.ch, please don't reset it again without telling me.`],
  ['linkedin', 'en', '', `Our ops team migrated all custodian file transfers to key-based SFTP this quarter. No more shared passwords. Highly recommend the effort.`],
  ['linkedin', 'mixed', 'client_name', `Merci à toute l'équipe restructuring pour le travail sur le dossier Initech. Tough negotiation with the bondholders, mais on a trouvé un accord à l'aube.`],
  ['linkedin', 'en', '', `Restructuring is a team sport. Proud of our associates after a 30-hour week on the Vanterra bondholder agreement, now public in Monday's sanction hearing.`],
  ['linkedin', 'fr', 'phone', `Si vous êtes bloqués à l'accueil de la Place Vendôme pour la conférence de demain, appelez Sabrina au 06 71 28 39 54, elle descend vous chercher.`],
  ['linkedin', 'fr', '', `Conférence demain Place Vendôme sur les levées de fonds en 2027 : 200 inscrits, 4 tables rondes. Accueil dès 8 h 30, pensez à votre pièce d'identité.`],
  ['linkedin', 'en', 'financial', `Internal only until the partners' meeting: firm-wide profit per equity partner this year is tracking at €1.42m, up from €1.18m. Don't quote me anywhere.`],
  ['linkedin', 'en', '', `The Lawyer's European 100 ranking, published this week, puts our profit per equity partner at €1.18m for last year. Not bad for a firm that was 12 lawyers in 2009.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de succession Marchetti, l'acte de notoriété mentionne le NIR de la défunte : 2 91 03 69 383 117 61. Pouvez-vous vérifier qu'il correspond à l'avis d'imposition ?`],
  ['linkedin', 'fr', '', `Dans un modèle d'acte, on a écrit le NIR de façon fictive : 2 99 99 99 999 999 99. Les jeunes notaires stagiaires nous ont demandé si c'était valide. Non, c'est juste un gabarit.`],
  ['linkedin', 'en', 'internal_url', `Hey deal team, the signing checklist lives at https://sharepoint.corp.acme.com/sites/MA/deal42-checklist.xlsx now, please stop emailing versions around.`],
  ['linkedin', 'en', '', `Please stop emailing versions of checklists around. One shared document, one owner, one truth. My new year resolution for every deal team.`],
  ['x', 'en', 'email', `If the journalists covering the bank merger want comments from our side, it's media @ monacoprivee . mc – we'll answer everything once the offer document is out.`],
  ['x', 'en', '', `The bank merger offer document is now published on the regulator's site. 212 pages. I'll post a thread with the five things that matter.`],
  ['linkedin', 'fr', 'codename client_name', `Atlas Bleu : le conseil d'administration de Société Générique se réunit mardi pour valider la lettre d'offre ferme. Merci de bloquer vos soirées.`],
  ['linkedin', 'fr', '', `Mon restaurant préféré à Monaco sert un plat nommé "Atlas bleu", une daurade aux agrumes. Déjeuner d'équipe réussi avant les vacances.`],
  ['linkedin', 'en', 'phone', `Client helpline for our wealth-structuring clients during the Swiss holiday period: 0800 44 57 21 (free from Swiss landlines).`],
  ['linkedin', 'en', '', `Our wealth-structuring team is closed from 24 December to 2 January. Urgent matters can be raised through the client portal, which stays open.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted – Deal Team Only
Agenda for the steering committee, 11 Dec:
1. Competition filing timeline
2. Works council consultation
3. Communication plan`],
  ['linkedin', 'en', '', `How we classify documents at a mid-size Geneva bank: Public, Internal, Restricted, Secret. I spoke about the why and how at last week's compliance forum – recording below.`],
  ['linkedin', 'fr', 'card', `Pour régler l'inscription au Forum des fusions-acquisitions, j'ai utilisé la carte du cabinet : 5531 5735 9308 9728, exp. 11/27. Pouvez-vous faire le rapprochement en compta ?`],
  ['linkedin', 'fr', '', `Inscription payée au Forum des fusions-acquisitions. Reçu demandé à la compta, carte se terminant par 9728, comme d'habitude.`],
  ['linkedin', 'en', '', `Test cards in a payment sandbox: 4111 1111 1111 1111 with any future expiry. If you see it in a production log, somebody's been testing in the wrong place.`],
  ['linkedin', 'fr', 'financial', `Lettre d'offre partie ce soir : nous proposons 31,50 € par action pour racheter notre filiale cotée, soit une prime de 24 %. Annonce au marché demain avant l'ouverture, d'ici là silence radio.`],
  ['linkedin', 'fr', '', `Annonce ce matin de notre offre de rachat des minoritaires de notre filiale cotée à 31,50 € par action, soit une prime de 24 %. Le communiqué est disponible sur notre site investisseurs.`],
  ['linkedin', 'en', 'secret', `Posting here because Teams is down: the API key for the new KYC screening vendor is 7fQm2Lr8Xv1pTz6Nc4Hy0Wb9Ks3Ej5Ga. Ops needs it in the config before 6.`],
  ['linkedin', 'en', '', `Our KYC screening vendor's docs show an API key as YOUR_API_KEY_HERE in every snippet. Half our tickets last month were people who pasted that literally.`],
  ['linkedin', 'en', 'phone email', `Dear clients, for any matter related to the new Luxembourg AIFM rules, reach Sophie Kremer directly on +352 621 345 678 or sophie.kremer@moselle-legal.lu.`],
  ['linkedin', 'en', '', `Luxembourg's new AIFM rules take effect on 1 March. We're hosting a breakfast briefing on 14 January at our Kirchberg office. Registration link below.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – NE PAS DIFFUSER
Liste des acquéreurs potentiels contactés (phase 1) : 14 industriels, 6 fonds. Retours attendus le 8 janvier.`],
  ['linkedin', 'fr', '', `Un bon NDA tient sur trois pages. Quand on m'en envoie un de vingt, je commence à me demander ce qu'on cherche vraiment à protéger.`],
  ['x', 'en', 'client_name', `Globex's general counsel just called to say they accept our mark-up. Best phone call of the month.`],
  ['x', 'en', '', `Best phone call of the month: the other side accepted our mark-up without a single comment. Suspicious, but I'll take it.`],
  ['linkedin', 'en', 'national_id', `Pasting the beneficial owner details for the compliance file: Mr. Yannick Favre, AVS 756.1601.0598.57, domicile Carouge.`],
  ['linkedin', 'en', '', `Beneficial owner registers across Europe are tightening again. Our compliance team's comparison table for Switzerland, Luxembourg and Monaco is in the comments.`],
  ['linkedin', 'fr', 'internal_url', `Tableau des heures non facturées mis à jour : http://timesheet.cabinet.local/rapports/novembre – merci de saisir vos temps avant vendredi 17 h.`],
  ['linkedin', 'fr', '', `Remplissez vos feuilles de temps chaque jour, pas le vendredi soir. Conseil d'un associé qui a mis 15 ans à l'appliquer.`],
  ['linkedin', 'en', 'financial', `Draft numbers for our Series B, not announced yet: raising €42m at a €210m pre-money, lead investor confirmed, the rest of the syndicate signs next week.`],
  ['linkedin', 'en', '', `We announced our €42m Series B this morning at a €210m pre-money valuation. Thank you to our investors, and to a team that never stopped shipping.`],
  ['linkedin', 'en', '', `The average Series B in European fintech was €38m in 2026, according to the latest Atomico report. Interesting chart on valuations by country.`],
  ['linkedin', 'fr', 'iban', `Mail de l'ordre des avocats (collé tel quel) : "Les cotisations 2027 sont à verser sur le compte FR76 2782 4912 3740 2624 8558 889 avant le 31 janvier."`],
  ['linkedin', 'fr', '', `Les coordonnées bancaires de notre cabinet n'ont PAS changé. Un faux courrier circule avec FR76 1240 6879 0448 0446 4970 655, qui n'est même pas un IBAN valide. Vérifiez toujours par téléphone.`],
  ['linkedin', 'mixed', 'codename', `Nébula team: le SPA v7 est en ligne, can you all review the W&I section before our call with the insurers tomorrow?`],
  ['linkedin', 'fr', '', `Photo prise depuis le Jura : une nébuleuse, la Voie lactée et quelques satellites qui gâchent tout. Quel ciel ce week-end.`],
  ['linkedin', 'en', 'secret', `Note to self (and apparently to LinkedIn): the board portal PIN for the December meeting is 804219, and the shared mailbox password is Montbrillant#72.`],
  ['linkedin', 'en', '', `Please use the password "changeme" only in our training sandbox. It is reset every night and guards nothing but dummy data.`],
  ['linkedin', 'fr', 'phone', `Pour les clients monégasques, notre standard est joignable au 98 98 40 12 du lundi au vendredi.`],
  ['linkedin', 'fr', '', `Le standard du tribunal de commerce était saturé ce matin, 40 minutes d'attente. Vive les dépôts en ligne.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL – BOARD PACK EXTRACT
Proposed 2027 bonus pool for the Geneva investment banking team: CHF 8.6m (vs CHF 7.1m in 2026). For approval at the 16 December remuneration committee.`],
  ['linkedin', 'en', '', `Our remuneration report, published with the annual report in March, explains how the bonus pool is set. Transparency on pay is not optional for a listed bank any more.`],
  ['x', 'fr', 'codename', `Projet Kestrel : la CNIL a répondu, on peut avancer sur la migration des données. Réunion demain 9 h.`],
  ['x', 'fr', '', `La CNIL a publié ce matin ses nouvelles lignes directrices sur les transferts de données. Lecture du soir toute trouvée.`],
  ['linkedin', 'en', 'email', `Candidates for the Monaco trainee programme: please send your CV and cover letter to graduates@ferrand-lazare.mc before 15 January. Salary: €2,900 gross per month, published in the offer.`],
  ['linkedin', 'en', '', `Our Monaco trainee programme is open: 18 months, three seats, €2,900 gross per month. Apply through the careers page on our website.`],
  ['linkedin', 'fr', 'internal_url', `Les nouveaux arrivants trouveront le guide d'accueil du cabinet sur https://acme-corp.net/rh/onboarding (identifiants envoyés par la DSI).`],
  ['linkedin', 'fr', '', `Guide d'accueil pour les nouveaux collaborateurs : 12 pages, une checklist, et un conseil : posez toutes vos questions la première semaine.`],
  ['linkedin', 'en', 'phone', `Heads-up: my London number changed. Reach me on +44 7700 918 452 from Monday, the old one will be forwarded for a month.`],
  ['linkedin', 'en', '', `New number? Update your email signature, your LinkedIn and your voicemail the same day. Nobody checks the out-of-office three weeks later.`],
  ['linkedin', 'fr', 'financial', `Confidences de fin de journée : notre offre pour le portefeuille de crédits immobiliers sera à 91 % du nominal. Remise des offres fermes vendredi, puis on croise les doigts.`],
  ['linkedin', 'fr', '', `Le marché secondaire des portefeuilles de crédits immobiliers s'échangeait autour de 88 à 93 % du nominal en 2026, selon l'étude annuelle publiée par la Banque de France.`],
  ['linkedin', 'en', 'client_name', `Spent the morning at Hôpital Sainte-Claire with their board, walking them through the governance options for the new foundation. Long-term mandate, wonderful people.`],
  ['linkedin', 'en', '', `Visited the Sainte-Claire chapel in Nyon on Sunday with my parents. Baroque ceiling, absolutely no phone signal, perfect.`],
  ['linkedin', 'en', 'secret', `For the team working late on the merger: the printer room code is 4471# and the Wi-Fi on the 6th floor is "Floor6-Deal" / pwd: qT8!Rhone#Bridge.`],
  ['linkedin', 'en', '', `Why our office Wi-Fi password now rotates every month: a guest found last year's on a sticky note in a meeting room photo posted online.`],
  ['linkedin', 'mixed', 'confidential_marker', `INTERNE – ne pas transférer
Weekly pipeline call notes: 3 mandats actifs, 2 pitches en cours, 1 deal en phase d'exclusivité. Next call Thursday 8 am.`],
  ['linkedin', 'en', '', `How we run our weekly pipeline call in 25 minutes: one slide per mandate, no reading aloud, decisions only. Happy to share our template.`],
  ['linkedin', 'fr', 'national_id', `Copie de la fiche d'identification du client pour le dossier notaire : M. Laurent Bastide, né le 12/06/1979 à Marseille, n° de sécurité sociale 1 79 06 13 055 208 77.`],
  ['linkedin', 'fr', '', `Nos fiches d'identification client ne contiennent plus le numéro de sécurité sociale depuis 2024. Moins on collecte, moins on risque.`],
  ['linkedin', 'en', 'card', `Amex for the Singapore conference booking, sorry for posting here, Outlook is frozen: 3766 051389 65704, expiry 04/28, name on card R. Hartmann.`],
  ['linkedin', 'en', '', `Reminder from finance: never send a full card number by email or chat. Use the travel portal, or give only the last four digits (mine end in 5704).`],
  ['linkedin', 'fr', 'email', `Pour les journalistes : le dossier de presse sur notre fusion avec le cabinet Vernay est disponible sur demande à presse@vernay-lazare.fr.`],
  ['linkedin', 'fr', '', `La fusion entre nos deux cabinets est effective depuis ce matin. Un seul nom, une seule équipe, 140 avocats à Paris et Luxembourg.`],
  ['x', 'en', 'codename', `Atlas Bleu signing slipped to January. Whole team on standby over the holidays, apologies to all families involved.`],
  ['x', 'en', '', `The Atlas mountains in December: snow on the peaks, sun in Marrakech. Best decision of the year was taking those two days off.`],
  ['linkedin', 'en', 'financial', `Partner-only update: our revenue for 2026 will land at CHF 61m against a CHF 56m budget. Figures go to the whole firm at the January town hall, please keep them off Slack until then.`],
  ['linkedin', 'en', '', `Our firm's 2025 annual review is out: CHF 54m revenue, 210 people, 11 nationalities. Proud of what we built together.`],
  ['linkedin', 'fr', 'phone', `Point de contact pour le closing à Luxembourg : l'étude notariale est joignable au (+352) 44 67 20 – demandez Maître Weber.`],
  ['linkedin', 'fr', '', `Closing signé hier chez le notaire à Luxembourg. Cinq heures de lecture d'acte, trois cafés, une signature électronique qui refusait de fonctionner. Classique.`],
  ['linkedin', 'en', 'internal_url', `Data room mirror is back up: https://vdr.legal.internal/deals/vega-index – access restricted to the buy-side team.`],
  ['linkedin', 'en', '', `Choosing a virtual data room provider? Our 10-question checklist, from permissions to watermarking, is free on our blog.`],
  ['linkedin', 'fr', 'client_name', `Très heureux d'intervenir demain aux côtés de la direction juridique d'Initech pour présenter le bilan de notre collaboration sur leur programme de conformité.`],
  ['linkedin', 'fr', '', `Très heureux d'intervenir demain au congrès de l'AFJE sur la conformité dans les groupes industriels. Salle 3, 14 h 30.`],
  ['linkedin', 'en', 'secret', `Config for the new matter-intake bot, pasted from my notes:
DB_HOST=db.matters.example
DB_USER=intake_app
DB_PASSWORD=Rz4p-Lm8q-Wx2v
NOTIFY_TOKEN=ntk_5f8a21c9e0b74d3396a1`],
  ['linkedin', 'en', '', `Sample config from our internal training:
DB_PASSWORD=<your-password>
NOTIFY_TOKEN=<token>
Placeholders only, keep real values in the vault.`],
  ['linkedin', 'fr', 'iban', `Virement de l'acompte d'honoraires, merci d'utiliser : CH66 3530 8405 2169 0601 4, titulaire Étude Rochat, Genève.`],
  ['linkedin', 'fr', '', `Merci de vérifier la fin de l'IBAN avant tout virement : le nôtre finit par …0601 4, et nous ne le changeons jamais par mail.`],
  ['linkedin', 'en', 'phone', `Monaco Yacht Show legal clinic: book a 20-minute slot with our maritime team by calling +377 97 97 61 25.`],
  ['linkedin', 'en', '', `Three things to check before buying a yacht through a Monaco company, in our latest article. Spoiler: flag state comes first.`],
  ['linkedin', 'mixed', 'confidential_marker financial', `CONFIDENTIEL – Comité de crédit 09/12
Proposed facility: €75m RCF for the acquisition, pricing E+225 bp, our final hold €20m. Decision needed before the term sheet goes out.`],
  ['linkedin', 'en', '', `Leveraged loan margins in Europe averaged E+400 bp in Q3, according to the LCD data published this week. Direct lenders still pricing well above banks.`],
  ['linkedin', 'fr', '', `La mention "Confidentiel" en bas de chaque mail n'a aucune valeur juridique en soi. C'est le contenu et le contexte qui comptent. Petit rappel pour les juristes juniors.`],
  ['linkedin', 'en', 'national_id', `KYC file for the new Monaco client, copy of the French carte Vitale: 2 91 03 69 383 117 61. Please attach it to the onboarding ticket.`],
  ['linkedin', 'en', '', `We stopped asking for copies of carte Vitale in our KYC process. It was never needed, and it's one fewer sensitive document sitting on a shared drive.`],
  ['x', 'en', 'email', `@FinReg_Lux Happy to send you the full comparison table, just ping me at anne.schmit@moselle-legal.lu`],
  ['x', 'en', '', `@FinReg_Lux the full comparison table is in our newsletter, free to subscribe on moselle-legal.lu`],
  ['linkedin', 'fr', 'financial', `Ce qu'on n'a pas encore annoncé aux équipes : la banque provisionne 38 M€ pour le plan de départs de 2027. Le CSE sera informé le 18 décembre.`],
  ['linkedin', 'fr', '', `La banque a annoncé ce matin, après l'information du CSE, un plan de départs volontaires de 180 postes sur deux ans. Accompagnement renforcé pour chaque salarié concerné.`],
  ['linkedin', 'en', 'codename', `Reminder for Orion workstreams: the competition lawyers need your market-share data by Friday noon, otherwise the filing slips.`],
  ['linkedin', 'en', '', `Market share data is the single biggest cause of delay in merger filings. Start early, agree on the definitions, and document your sources.`],
  ['linkedin', 'en', 'phone', `Our Paris office switchboard is +33 1 42 96 18 30 if the client can't reach the deal team directly.`],
  ['linkedin', 'en', '', `If your client can't reach the deal team, the problem isn't the phone system. It's the deal team.`],
  ['linkedin', 'mixed', 'client_name', `Big thanks à l'équipe IT de Société Générique for hosting our cyber-crisis simulation. On a appris beaucoup sur la gestion de la communication.`],
  ['linkedin', 'mixed', '', `Big thanks to everyone who came to our cyber-crisis simulation workshop. Les retours sont excellents, on refait ça au printemps.`],
  ['linkedin', 'fr', 'secret', `Pour le partage du dossier avec l'expert-comptable : lien WeTransfer protégé, mot de passe 8Kp!cessionGT, valable 7 jours.`],
  ['linkedin', 'fr', '', `Quand vous partagez un dossier protégé, envoyez le mot de passe par un autre canal que le lien. SMS, appel, pigeon voyageur, mais pas le même mail.`],
  ['linkedin', 'en', 'iban', `For the escrow release next week, the seller's account: GB94 BARC 5889 4008 1965 36. Please triple-check with the paying agent.`],
  ['linkedin', 'en', '', `The UK example IBAN GB82 WEST 1234 5698 7654 32 appears in every banking textbook. It validates, but it's a specimen, not anybody's account.`],
  ['linkedin', 'en', 'client_name', `Thanks for the kind words! Working with the Globex legal team on the Nordic carve-out has been a highlight of our year.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Madame, je suis navrée pour ce délai. Le plus simple est de joindre directement notre service clients privés au 022 807 14 60, ils pourront débloquer votre accès aujourd'hui.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre retour, Monsieur. Nous avons transmis votre remarque à l'équipe concernée qui reviendra vers vous par la messagerie sécurisée de votre espace client.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Mark, sorry you couldn't get in. Please email the conference desk at events@genevabankingweek.ch with your registration number and they'll reissue your badge.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Agreed, the panel on private credit was the best of the day. The slides should be on the conference website by Friday.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Exactement, et pour être transparents avec vous sans trop en dire : notre commission de gestion passera à 0,85 % au 1er avril, le courrier aux porteurs part en février.`, { surface: 'comment' }],
  ['x', 'en', 'financial', `1/ Quick thread on what I learned pitching for our own fund this year. Our second vintage is at €96m of commitments so far, target €150m, final close not before June – so not something we're announcing yet.`],
  ['x', 'en', '', `2/ Lesson one: LPs care about the team's track record more than about the deck. Lesson two: family offices decide faster than pension funds. Lesson three: be honest about what went wrong.`],
  ['x', 'fr', '', `Sondage pour les juristes : la signature électronique des actes de cession, vous l'utilisez ? 🟢 Toujours 🟡 Parfois 🔴 Jamais, on imprime encore`],
  ['linkedin', 'en', 'financial', `Poll for fellow bankers, with a bit of context: our retail arm will lift its mortgage rates by 30 bp in January (customers get the notice on the 20th). Do you see others following? Yes / No / Already did`],
  ['linkedin', 'fr', 'iban card', `Message reçu sur le chat du cabinet et collé ici par erreur :
"Pour le remboursement du séminaire, mon IBAN est FR76 2961 9269 0897 5082 7994 643, et si c'est plus simple débitez ma carte 4178 1475 7014 4532."`],
  ['linkedin', 'en', 'iban', `Payment instructions for the Belgian notary fees: BE83 3757 2251 7515, communication "Closing Antwerp". Thanks for handling it today.`],
  ['linkedin', 'en', 'iban', `German escrow agent confirmed the account for the purchase price: DE46 1633 6077 9365 0420 31. Funds flow memo v3 attached in the deal folder.`],
  ['linkedin', 'mixed', 'codename financial', `Nébula – pricing call notes: on part sur un prix de 4,2 € par titre, walk-away at 4.6. The seller doesn't know our ceiling, let's keep it that way.`],
  ['linkedin', 'en', 'national_id', `For the Swiss pension transfer of our new partner, the old fund needs her AHV number: 756.1925.8954.90. Can HR send the form today?`],
  ['linkedin', 'en', 'national_id', `Paste from the payroll sheet for the London secondee: NI number JK 48 21 93 C, tax code 1257L, start 12 January.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche contact pour la mutuelle de la nouvelle assistante : Mme Léa Perrin, 06 12 84 57 39, NIR 2 88 09 92 050 233 51.`],
  ['linkedin', 'en', 'card', `Sorry, wrong chat. Booking code for the partners' retreat in Crans-Montana, paid with my Mastercard 2221 7141 8506 4453, confirmation RX-2291.`],
  ['linkedin', 'fr', 'codename client_name confidential_marker', `CONFIDENTIEL
Projet Orion – compte rendu du comité de pilotage
Participants : équipe Initech, banque conseil, avocats
Décision : ouverture de la phase 2 le 6 janvier.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 8 JANUARY 2027, 06:00 GMT
Monaco Private Capital appoints new Chief Investment Officer
(For proofreading – please send comments to the comms team, not to journalists)`],
  ['linkedin', 'en', '', `Delighted to share that I've joined Monaco Private Capital as Chief Investment Officer, as announced by the firm this morning. A new chapter in a city I love.`],
  ['linkedin', 'fr', 'internal_url', `Pour l'audit LCB-FT, les justificatifs sont déposés sur \\\\fs01.cabinet.corp\\conformite\\audit2026. Merci de ne rien déplacer.`],
  ['linkedin', 'en', 'internal_url', `Can someone restart the deal-pricing model server? http://192.168.12.40:3000 has been timing out since this morning.`],
  ['linkedin', 'fr', 'internal_url', `Le wiki de l'équipe fiscale a déménagé : https://intranet.lazare-associes.fr/fiscal/wiki. Pensez à mettre à jour vos favoris.`],
  ['linkedin', 'en', 'secret', `Quick fix for the deal alerts: set the bot token to 6839102744:AAH-rf2Qw9LmZp7Tx4VbNc8Kd1Ys0Ej3Gu in the channel settings and it starts posting again.`],
  ['linkedin', 'fr', 'secret', `Accès au portail du greffe pour la permanence de Noël : identifiant lazare.perm / mot de passe Greffe*Noel2026. Merci de ne pas le changer.`],
  ['linkedin', 'en', 'phone', `Our Luxembourg reception is reachable on +352 27 86 44 1 and our Geneva office on +41 22 730 15 42, both staffed until 7 pm.`],
  ['linkedin', 'fr', 'phone', `Pour la table ronde de Monaco, le contact logistique est Marco au 06 07 84 21 93 (ligne monégasque : +377 6 07 84 21 93).`],
  ['x', 'en', 'phone', `Anyone from the Zurich deal team still in the building? Call me on 079 482 15 63, locked out of the 4th floor.`],
  ['linkedin', 'en', 'email', `Speaker requests for our Paris private equity conference go to speakers (at) pe-paris-summit (dot) com. Deadline 20 December.`],
  ['linkedin', 'fr', 'email', `Tableau des contacts pour le closing :
| Rôle | Nom | Email |
| Avocat vendeur | M. Dufresne | p.dufresne@dufresne-avocats.fr |
| Notaire | Me Weber | etude@weber-notaire.lu |`],
  ['linkedin', 'en', 'financial', `Post-mortem on the lost bid, for the team: we offered CHF 118m and the winner came in at 131. The client never made it public who bid what, and neither should we, but the lesson is we anchored too low.`],
  ['linkedin', 'fr', 'financial', `Changelog de notre grille tarifaire interne (v2027.1) :
- taux horaire associé : 690 € → 740 €
- taux collaborateur senior : 420 € → 455 €
Application au 1er février, les clients seront prévenus individuellement en janvier.`],
  ['linkedin', 'en', 'financial', `Our Luxembourg SICAV's net inflows for November came in at €312m. The monthly factsheet isn't out until the 15th, so this is just for you, team, well done.`],
  ['linkedin', 'fr', 'financial', `Premières estimations, encore à confirmer par les commissaires aux comptes : résultat net 2026 de la banque à 47 M€, en hausse de 12 %. Publication le 26 février.`],
  ['linkedin', 'en', 'financial', `We just agreed the price of our acquisition of a Geneva-based family office: CHF 27m upfront plus an earn-out. Signing is next week, and the announcement will follow after FINMA's approval.`],
  ['linkedin', 'fr', 'codename', `Point d'étape Atlas Bleu : les trois offres non engageantes sont arrivées, on les présente au vendeur lundi.`],
  ['linkedin', 'en', 'codename', `New joiners on Project Kestrel: the document request list and the Q&A log are in the usual folder. Ask Nadia for access.`],
  ['linkedin', 'mixed', 'client_name codename', `Orion x Hôpital Sainte-Claire: signing des accords de coopération prévu le 14. Great work everyone, on y est presque.`],
  ['linkedin', 'en', 'client_name', `Our litigation team won the appeal for Initech this morning. Eighteen months of work, one unanimous ruling.`],
  ['linkedin', 'fr', 'client_name email', `Le directeur financier de Globex souhaite recevoir le projet de pacte avant vendredi : envoyez-le à son assistante, claire.nguyen@globex-europe.com.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED – do not share beyond recipients
Suspected insider trading around the bond issue: names of the three traders involved are in the attached memo.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Réorganisation du pôle banque privée à Monaco : note à l'attention des responsables d'équipe, diffusion prévue après le comité du 15.`],
  ['linkedin', 'en', '', `We're hiring two compliance analysts in Geneva: CHF 95,000–115,000 plus bonus, hybrid, English and French required. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Retour sur la conférence de l'AMF : la nouvelle doctrine sur les communications des sociétés pendant les offres publiques est enfin claire. Mon résumé en commentaire.`],
  ['linkedin', 'en', '', `Personal news: after 11 years in Luxembourg, I'm moving back to Paris to open our new office there. The Grand Duchy will always be home.`],
  ['x', 'en', '', `My mortgage rate just went up by 0.4 points. Glad I work in a bank and still get surprised like everyone else.`],
  ['linkedin', 'fr', '', `Le prix moyen d'un deal de fusion dans le mid-market français a atteint 9,4 fois l'EBITDA en 2026, d'après l'observatoire publié hier par Argos. Les multiples se stabilisent.`],
  ['linkedin', 'en', '', `Today marks my last day at the bank after 23 years. From the trading floor in 2003 to leading the Monaco branch, thank you to everyone who made it possible.`],
  ['linkedin', 'fr', '', `Le communiqué qui était sous embargo jusqu'à ce matin est désormais en ligne : notre cabinet conseille le consortium dans la reprise du port de plaisance. Fierté collective.`],
  ['linkedin', 'en', '', `The Luxembourg CSSF published its annual report: 136 banks and 3,620 investment funds under supervision. Useful numbers for any pitch deck.`],
]);
