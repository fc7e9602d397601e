import { rows } from './corpus-types';

/**
 * Held-out set "fresh95": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer
 * were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh95`.
 * First scored: 2026-12-05 on 43881f8 (unseen, before any fix from it): confidentiality macro F1 0.962 / 3.7 % (4 of 109).
 *
 * Authors: consultants, recruiters, delivery managers and engineers of IT services firms and nearshore centres in
 * France (Lyon, Paris), Morocco (Casablanca, Rabat, Tanger, Marrakech), Tunisia (Tunis, Sousse, Sfax) and Romania
 * (Bucharest, Cluj, Iași, Timișoara), writing in French and English (a few mixed). Forms: team wins, pasted meeting
 * notes and steering-committee minutes, chat messages and config snippets pasted by mistake (VPN gateways and shared
 * accounts, break-glass accounts, LDAP binds, connection strings, CI exports, Wi-Fi keys, Teams and Slack webhooks),
 * staffing plans and rate cards, markdown tables, customer replies (surface 'comment'), job ads with published salary
 * ranges, a three-post X thread, polls, a post-mortem timeline, supplier bank-detail notices, onboarding and posting
 * files, goodbyes, tips and out-of-office notes. Focus: the policy's clients (Globex, Société Générique, Hôpital
 * Sainte-Claire, Initech) in tenders, contracts and missions; day rates, margins, bids, forecasts, budgets, a valuation
 * and a price rise before customers are told; the policy's codenames (Orion, Nébula, Project Kestrel, Atlas Bleu);
 * internal tools' URLs (the policy's domains, intranet. hosts, private IPs, .local/.internal/.corp hosts).
 * Financial positives say "not public yet" in many ways (before the plis are opened, before the board, before the
 * press release, not consolidated by group, clients not told yet, nothing signed, committee approval pending,
 * "between us"); look-alikes are published results, BOAMP award notices, public surveys (Syntec, Malt, Apebi,
 * statistics institute), a competitor's results, a public rate card and price page, job-ad salaries, a teaching
 * exercise and a personal loan. Explicit markers ([INTERNE], CONFIDENTIEL, CONFIDENTIAL – DRAFT, [INTERNAL],
 * Classification: Internal, SOUS NDA, TLP:AMBER, TLP:RED, EMBARGO jusqu'au…) beside harmless mentions (a workshop on
 * classification labels, TLP:CLEAR, a TLP explainer, advice on NDAs). Phones in French (mobile, 0 800 toll-free),
 * Moroccan (+212 mobile and landline, 05 22 / 05 37), Tunisian (+216 and bare 8-digit) and Romanian (+40 mobile,
 * Bucharest landline, 07xx, 0800 toll-free) formats, switchboards and hotlines included; emergency short numbers
 * (15, 19, 112, 190) are clean. Every email address is labelled email (role mailboxes, "[at] [dot]" and spaced
 * "name @ domain" forms included); bare domains are clean. Every IBAN, card and national id positive was computed with a
 * throwaway script outside the repo: FR IBANs with the RIB key and mod 97, MA (28 chars), TN (with the RIB key) and RO
 * IBANs by mod 97; Visa, Mastercard 5- and 2-series by Luhn; French NIR with its 97-key (including a 99 birth-abroad
 * code); Romanian CNP with the 279146358279 weights; Moroccan and Tunisian CIN as written on the card. Look-alikes: an
 * FR IBAN with a wrong check, the Romanian textbook specimen IBAN, the 4111 test card, an order number and a licence
 * number failing Luhn, a NIR with a wrong key, an all-nines demo NIR, CNPs with a wrong check digit, placeholders
 * (changeme, <from-vault>, xxxxxx, Slack's documented all-zero webhook). Names in their ordinary sense are clean:
 * Orion the constellation and NASA's capsule, kestrels, the Haut Atlas, a blue Atlas cedar, Atlas the office cat, the
 * Nebula Awards, CME Globex, Initech in Office Space, a chapel of Sainte-Claire, "la société générique" of training
 * cases.
 *
 * Counts: 231 posts (116 FR, 110 EN, 5 mixed; 207 LinkedIn, 24 X; 6 comments): 109 clean, 122 with one or more
 * findings. Labels: client_name 21, financial 21, phone 17, secret 15, internal_url 13, email 12, codename 12,
 * national_id 11, confidential_marker 9, iban 9, card 4.
 */
export const FRESH95_POSTS = rows('fresh95', [
  ['linkedin', 'fr', '', `Trois ans après l'ouverture du centre de Rabat, on vient de dépasser les 300 consultants. Merci à chacune et chacun pour l'énergie, les afterworks sur la corniche et les nuits de mise en prod. On recrute encore, évidemment.`],
  ['linkedin', 'fr', 'client_name financial', `Réponse à l'appel d'offres Globex partie hier à 23h58 (classique). On s'est positionnés à 515 € de TJM moyen sur le lot 2, marge cible 33 %. Ouverture des plis mi-janvier, d'ici là on croise les doigts et on ne dit rien à personne.`],
  ['x', 'en', '', `Public salary surveys keep saying nearshore day rates in Bucharest rose ~12% this year. Anyone actually seeing that in RFPs, or is it just senior cloud profiles?`],
  ['linkedin', 'fr', 'secret internal_url', `@Yassine quand tu arrives, connecte-toi au VPN via https://vpn.acme-corp.net avec le compte partagé de recette : svc-recette / Rabat#Hiver2026! — je change le mot de passe vendredi.`],
  ['linkedin', 'en', 'email', `We're hiring 6 Java/Spring developers for our Cluj delivery centre. Gross salary RON 14,000–19,000 per month depending on experience, meal tickets, hybrid 2 days on site. Send your CV to jobs@nordbyte.ro or apply via the link in comments.`],
  ['linkedin', 'fr', 'national_id', `Dossier d'intégration d'Ilinca Popescu (site de Iași) : CNP 2900712400567, arrivée le 5 janvier, laptop à récupérer auprès de l'IT.`],
  ['linkedin', 'fr', '', `Petit rappel pour les nouvelles RH du site de Iași : un CNP roumain fait 13 chiffres et le dernier est une clé de contrôle. Dans la formation on utilisait 1890315401235, qui est volontairement faux : la clé ne tombe pas juste.`],
  ['x', 'en', 'codename', `Day 3 of the Project Kestrel cutover rehearsal and I have not seen daylight. Send coffee. ☕`],
  ['x', 'en', '', `Saw a kestrel hovering over the Lac de Tunis ring road this morning, perfectly still in the wind. Better focus than anything I managed in today's standup.`],
  ['linkedin', 'fr', 'phone', `Ce week-end c'est moi l'astreinte pour la bascule. Si quoi que ce soit bloque, appelez-moi directement au 06 71 48 23 90, même à 3h du matin. — Karim`],
  ['linkedin', 'fr', '', `Exercice incendie ce matin sur le plateau de Sfax : 4 minutes pour évacuer 180 personnes. Rappel : en cas de malaise, on compose le 190 pour le SAMU tunisien, ou le 112 depuis un mobile, et on prévient l'accueil.`],
  ['linkedin', 'en', 'financial', `Weighted pipeline for the Casablanca hub closes the quarter at €7.4M. The board sees it Thursday, so let's keep that number among ourselves until then — but wow, team.`],
  ['linkedin', 'en', '', `We published our H1 results this morning: revenue of €48.2M, up 9%, with nearshore now 41% of the mix. The full report is on our investor relations page.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `[INTERNE] CR copil Hôpital Sainte-Claire du 12/11
- Reprise des données patients : 2 semaines de retard
- Le DSI veut un point quotidien jusqu'à la recette
- Prochaine échéance : bascule du DPI le 3 février`],
  ['linkedin', 'fr', '', `En formation on m'a demandé pourquoi tout le monde tamponne « CONFIDENTIEL » sur des présentations qui ne le sont pas. Ma réponse : quand tout est confidentiel, plus rien ne l'est. Classez moins, classez mieux.`],
  ['linkedin', 'en', 'email', `Thanks everyone who came to the Timișoara QA meetup! Slides are on request, drop me a line at andrei.munteanu@qaforge.ro and I'll send the deck plus the sample Playwright repo.`],
  ['linkedin', 'en', 'internal_url', `Heads-up for the delivery leads: the staffing board moved. Use https://staffing.corp.acme.com/board?bu=nearshore from Monday, the old spreadsheet is read-only.`],
  ['linkedin', 'fr', '', `Notre nouveau site carrières est en ligne 👉 https://www.atlantic-digital.ma/carrieres — offres à Casablanca, Rabat et Tanger, candidature en 3 clics.`],
  ['x', 'fr', 'iban', `@compta_nearshore nouveau compte pour les notes de frais Maroc : MA84 0117 8000 0012 3000 0123 4567, merci de mettre à jour avant la paie`],
  ['linkedin', 'fr', '', `Alerte arnaque chez nos fournisseurs : un faux « nouveau RIB » circule par mail avec FR76 3000 4012 3400 0123 4567 863. La clé ne colle même pas. Appelez toujours votre contact habituel avant de changer quoi que ce soit.`],
  ['linkedin', 'en', 'client_name', `Proud moment: our Tunis squad just shipped the new claims portal for Initech, 11 sprints, zero P1 in the first week. Huge thanks to Amel, Sami and the QA crew.`],
  ['x', 'en', '', `Rewatched Office Space last night. Every consultant has worked at an Initech at some point. TPS reports are just Jira with worse fonts.`],
  ['linkedin', 'fr', 'financial', `Point staffing interne : on passe le TJM des profils DevOps seniors de 560 à 610 € au 1er mars. Les clients ne sont pas encore prévenus, les lettres partent la semaine prochaine.`],
  ['linkedin', 'fr', '', `Le cabinet Syntec a publié son baromètre : TJM moyen d'un développeur confirmé en Île-de-France autour de 520 €. Intéressant de comparer avec ce qu'on voit en nearshore.`],
  ['linkedin', 'en', 'secret', `For whoever picks up the on-call laptop: Wi-Fi in the Bucharest war room is "ACME-WR-5G", key Carpati!2026-nord. The router admin is still the sticker on the back, please don't change it.`],
  ['linkedin', 'en', '', `Tip for new joiners: never paste passwords in Teams. Use the vault, and if a tutorial shows "password: changeme", that is a placeholder, not an invitation.`],
  ['linkedin', 'fr', 'codename', `Belle démo ce matin du tableau de bord Nébula devant le comité produit. Encore deux sprints avant la bêta fermée.`],
  ['linkedin', 'fr', '', `Nuit claire au-dessus de Merzouga : la nébuleuse d'Orion à l'œil nu, la Voie lactée entière. Le séminaire d'équipe le plus réussi de l'année.`],
  ['linkedin', 'en', 'phone email', `Out of office until 2 January. For anything urgent on the Bucharest accounts, call Radu on +40 744 318 902 or write to radu.stanescu@carpatsoft.ro.`],
  ['linkedin', 'fr', 'phone', `Notre nouveau bureau de Tunis ouvre ses portes lundi ! Accueil : +216 71 860 342, Centre Urbain Nord, immeuble Carthage, 3e étage.`],
  ['linkedin', 'fr', '', `Au Maroc, les urgences c'est le 15 pour le SAMU et le 19 pour la police. Affiché à côté de la machine à café du plateau de Casablanca, comme ça plus d'excuse.`],
  ['linkedin', 'en', 'card', `Note to self and to whoever is on travel booking: the team card for the Cluj offsite is 5359 1822 4603 7719, exp 09/28, use it for hotel only please.`],
  ['linkedin', 'en', '', `Reminder from the finance team: when you test the new expense app, use the provider's test card 4111 1111 1111 1111 and never a real one.`],
  ['linkedin', 'fr', 'national_id', `Pour finaliser ton portage salarial il me manque ton numéro de sécu : c'est bien 1 85 05 75 112 048 35 ? Je lance la DPAE dès confirmation.`],
  ['linkedin', 'fr', '', `Quand on saisit un NIR dans un formulaire de test, utilisez les jeux fictifs fournis : 1 85 05 75 112 048 36 par exemple a une clé fausse et sera rejeté, c'est exactement ce qu'on veut tester.`],
  ['linkedin', 'en', 'client_name financial', `Won! Société Générique renewed the application maintenance contract for three more years. Value is €4.1M over the term — announcement goes out with the Q4 press release in February, so please no reshares until then.`],
  ['linkedin', 'fr', '', `Félicitations à l'équipe ! Le BOAMP vient de publier l'attribution du marché de tierce maintenance de la région : 2,3 M€ sur quatre ans, lot unique. Fiers d'être sur la liste.`],
  ['linkedin', 'en', 'internal_url secret', `Pasting the config so Mihai can reproduce:
DB_URL=postgres://crm_rw:Tq7!mPa44zz@10.12.0.8:5432/crm
REDIS_HOST=10.12.0.15
FEATURE_FLAGS=billing_v2`],
  ['linkedin', 'en', '', `Our public status page is https://status.carpatsoft.com — subscribe there instead of pinging the support team every time the dashboard is slow.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL — Plan de charge T1 nearshore
Rabat : 42 ETP, Tunis : 28 ETP, Iași : 19 ETP
Besoin de 11 recrutements avant fin février, dont 4 architectes.`],
  ['linkedin', 'fr', '', `« Confidentiel », « interne », « diffusion restreinte »… Petit atelier ce midi avec nos consultants sur la classification de l'information chez nos clients. Merci à Leïla pour l'animation.`],
  ['x', 'en', 'codename', `Atlas Bleu migration: 214 of 260 batch jobs re-platformed. The last 46 are all COBOL. Of course they are.`],
  ['linkedin', 'fr', '', `Randonnée de cohésion dans le Haut Atlas ce week-end avec l'équipe de Marrakech : 23 km, 1 200 m de dénivelé, et un thé à la menthe bien mérité à Imlil.`],
  ['linkedin', 'mixed', 'financial', `Quick update from the delivery side : la marge brute du centre de Tunis est à 31,5 % à fin novembre, forecast 2027 à 34 %. Chiffres pas encore consolidés par le groupe, on en reparle au comité de janvier.`],
  ['linkedin', 'en', '', `Simple exercise for junior consultants: if your day rate is €450 and you bill 18 days a month, what utilisation do you need to cover a €6,000 monthly cost? Show your work, no spreadsheets.`],
  ['linkedin', 'fr', 'email', `Nos stagiaires de fin d'études peuvent envoyer leur rapport à stages [at] medinasoft [dot] tn avant le 20 décembre.`],
  ['linkedin', 'fr', '', `Pour nous joindre, passez par le formulaire sur medinasoft.tn plutôt que par LinkedIn, on répond plus vite.`],
  ['linkedin', 'en', 'iban', `Supplier notice from our Romanian entity: from 1 January please pay invoices to RO88 RNCB 0082 0441 8736 0001 (BCR). The old account will be closed.`],
  ['linkedin', 'en', '', `For our accounting trainees, the standard format example for a Romanian IBAN is RO49 AAAA 1B31 0075 9384 0000 — it is the textbook specimen, not an account.`],
  ['linkedin', 'fr', 'client_name', `Retour de mission chez Globex à Lyon : six mois d'audit de la chaîne de déploiement, et un pipeline qui passe de 55 à 12 minutes. L'équipe du client a été géniale.`],
  ['linkedin', 'en', '', `Trading desk friends: CME Globex outage this morning lasted 40 minutes. Good reminder that even the big platforms need a DR drill.`],
  ['linkedin', 'fr', 'phone', `Recrutement express Casablanca 🚀 5 postes de développeurs .NET, démarrage janvier. Appelez Salma directement au 06 61 23 45 67 ou WhatsApp au même numéro.`],
  ['linkedin', 'fr', '', `Nos bureaux ferment du 24 décembre au 2 janvier. Bonnes fêtes à toutes et à tous, et rendez-vous en 2027 !`],
  ['x', 'en', 'secret', `ugh wrong window. @ops the jenkins deploy token is 6f1c9e2a47bd03e58a91c4d7f20b6e13, rotate it pls 🙈`],
  ['x', 'en', '', `PSA: "token: <paste-your-token-here>" in our onboarding doc is literally a placeholder. Please stop opening tickets because it doesn't work.`],
  ['linkedin', 'fr', 'internal_url', `Les relevés d'activité se saisissent désormais sur http://cra.intranet.nearsud.tn avant le 25 de chaque mois. Pas de relevé, pas de facture, pas de paie 😉`],
  ['linkedin', 'fr', '', `Article intéressant sur les intranets collaboratifs : pourquoi 70 % des projets d'intranet échouent dans les ESN. Mon avis en commentaire.`],
  ['linkedin', 'en', 'financial', `Internal only for now: we're pricing the new SOC-as-a-service offer at €3,900 per month per site, launch price, before the list price goes up in Q3. Marketing announces it at the Paris summit on the 18th.`],
  ['linkedin', 'en', '', `Our SOC-as-a-service offer is now live on the website: €4,200 per month per site, annual commitment, 24/7 coverage from Bucharest and Tunis. Details on the pricing page.`],
  ['linkedin', 'fr', 'national_id', `Liste badge pour la visite chez le client samedi (accès site sensible) :
- Hamza El Idrissi, CIN BK284517
- Nour Benali, CIN JA139870
Merci de transmettre à la sûreté avant jeudi.`],
  ['linkedin', 'fr', '', `Les badges visiteurs pour le salon sont à retirer à l'accueil avec une pièce d'identité. Pas besoin de m'envoyer vos numéros de CIN par message, je n'en ai pas besoin !`],
  ['linkedin', 'en', 'codename client_name', `Kicked off Orion with the Initech data team today. Six workshops in two weeks, then a decision on the lakehouse architecture.`],
  ['linkedin', 'en', '', `NASA's Orion capsule docking footage is the best thing on my feed this week. Our architecture reviews could use that level of checklist discipline.`],
  ['linkedin', 'fr', 'phone', `Pour les consultants en mission à Bucarest : l'agence de voyage a un numéro d'assistance 24/7, le +40 21 310 45 67. Enregistrez-le avant de partir.`],
  ['linkedin', 'fr', 'email phone', `Je quitte Nearsud après 7 belles années. Pour rester en contact : sami.trabelsi.pro@gmail.com ou +216 98 451 207. Merci pour tout ❤️`],
  ['linkedin', 'fr', '', `Je quitte Nearsud après 7 belles années. Merci à mes managers, à mes binômes et aux clients qui m'ont fait confiance. La suite bientôt, toujours dans le delivery.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — summary of the phishing wave targeting our nearshore staff: 38 mailboxes hit, 3 credentials harvested, all reset. IOCs in the SOC channel only.`],
  ['linkedin', 'en', '', `Our threat intel report is TLP:CLEAR, share it freely with your teams — the PDF is in the comments. Thanks to the CERT for the collaboration.`],
  ['linkedin', 'fr', 'financial client_name', `Négo bouclée avec l'Hôpital Sainte-Claire : on signe à 640 k€ pour la TMA 2027, soit -8 % par rapport à notre offre initiale. Signature officielle le 15, annonce ensuite.`],
  ['linkedin', 'fr', '', `Visite émouvante de la chapelle Sainte-Claire lors de notre séminaire à Assise. Parfois il faut quitter les écrans pour retrouver du sens.`],
  ['linkedin', 'en', 'secret', `Teams webhook for the deployment bot, in case anyone needs to re-add it: https://nearbyte.webhook.office.com/webhookb2/3f9a1c2e-77b4-4d0f-9e51-2a6b8c0d4e71@b2c4/IncomingWebhook/9e0a4f7c21d84b6f/5d3c1a7e-0b44-4c8a-a6f1-e2d9b7c3f058`],
  ['linkedin', 'en', '', `How we built our deployment bot: a Teams incoming webhook, a small Azure Function and 90 lines of TypeScript. Write-up and sample code (with fake URLs) on our engineering blog.`],
  ['x', 'fr', 'client_name', `Encore une soirée de recette chez Société Générique. Le parking est vide, l'équipe est là. On livre vendredi.`],
  ['x', 'fr', '', `On parle toujours de « la société générique » dans nos cas d'étude de formation, histoire de ne jamais citer un vrai client. Ça marche plutôt bien.`],
  ['linkedin', 'en', 'financial', `Staffing committee notes (pre-read): proposed bid for the Bucharest core-banking tender is €8.9M over 4 years, margin floor 27%. Final number signed off by the MD on Monday before submission.`],
  ['linkedin', 'en', '', `Interesting public data point: the Romanian government's e-procurement portal shows the average awarded IT services contract in 2025 at RON 3.4M. Transparent procurement is underrated.`],
  ['linkedin', 'fr', 'iban', `Suite à la fusion, merci de régler les factures de la filiale tunisienne sur le compte TN59 0800 1000 0123 4567 8996 à compter du 1er janvier. Attestation bancaire disponible sur demande.`],
  ['linkedin', 'fr', '', `Vous recevez un mail vous demandant de payer sur un nouveau RIB ? Appelez votre interlocuteur sur le numéro que vous connaissez déjà, jamais sur celui du mail. Trois de nos clients ont failli se faire avoir ce mois-ci.`],
  ['linkedin', 'en', 'secret internal_url', `Copy of my message to the new QA contractors, since half of them aren't in the channel yet:
VPN gateway: 172.20.4.1 (FortiClient)
shared account: qa_ext_team
password: Iasi-QA-77#Lumina
Please don't change it, 14 people use it.`],
  ['linkedin', 'en', '', `Stop sharing VPN accounts between contractors. One person, one account, MFA on. It costs you an afternoon of onboarding and saves you a breach report.`],
  ['linkedin', 'fr', 'phone', `Besoin d'un rendez-vous pour votre visa de mission ? Notre chargée de mobilité à Tunis est joignable au 22 314 876 du lundi au vendredi.`],
  ['linkedin', 'en', 'codename', `Project Kestrel retro: we cut the release checklist from 62 to 19 items and nobody missed the other 43.`],
  ['linkedin', 'en', '', `Our CSR team installed nest boxes on the roof of the Iași office. First tenants: a pair of kestrels. The ornithology club is thrilled.`],
  ['linkedin', 'fr', 'financial', `Tableau de synthèse pour le comité de direction de jeudi (pas encore validé) :
| Centre | CA 2026 prév. | Marge |
| Rabat | 14,2 M€ | 29 % |
| Tunis | 9,8 M€ | 32 % |
| Iași | 6,1 M€ | 26 % |`],
  ['linkedin', 'fr', '', `Classement public des ESN 2026 (source : le magazine du secteur) :
| Rang | Société | CA |
| 1 | Alpha Conseil | 1,2 Md€ |
| 2 | Beta Digital | 840 M€ |
On progresse de trois places, bravo à tous.`],
  ['linkedin', 'en', 'email', `If you're a Romanian-speaking tester looking for a contract, our delivery manager Ioana reads every message sent to ioana . georgescu @ testlab . ro — mention "Timișoara" in the subject.`],
  ['linkedin', 'fr', 'client_name', `Semaine de formation chez Initech à Casablanca pour préparer la reprise de leur support niveau 2. Onze consultants, deux salles, beaucoup de café.`],
  ['linkedin', 'fr', '', `Les ESN qui recrutent le plus au Maroc cette année, selon l'étude publique de l'Apebi : on y est, à la 6e place. Merci aux équipes RH !`],
  ['x', 'en', 'secret', `note for future me: staging admin is admin / Tunis2026Staging!! — yes I know, vault ticket is open`],
  ['x', 'en', '', `Me: writes a 12-character password with symbols. Password policy: "must contain an emoji and the name of your first pet". Enterprise IT never changes.`],
  ['linkedin', 'fr', 'national_id', `Pour la déclaration de détachement en France, voici les infos de Mouna : CIN tunisienne 08413276, passeport à suivre. Date d'arrivée chez le client : 6 janvier.`],
  ['linkedin', 'fr', '', `Détachement de salariés tunisiens en France : la liste des pièces à fournir est publiée sur le site du ministère. Spoiler : c'est long, commencez deux mois avant.`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL – DRAFT
Rate card 2027 proposal (nearshore):
Junior dev €260/day, Senior dev €380/day, Architect €520/day
To be approved by the pricing committee on 9 January.`],
  ['linkedin', 'en', '', `Our public rate card for training days is on the website: €1,100 per day for a group of up to 10, in French, English or Romanian.`],
  ['linkedin', 'mixed', 'internal_url', `Le nouveau Confluence est up 🎉 https://wiki.acme-corp.net/display/NEAR/Onboarding — all the onboarding checklists are there now, en français et en anglais.`],
  ['linkedin', 'en', '', `Docs-as-code is underrated. We moved our public API docs to https://docs.nordbyte.io and the number of support tickets dropped by a third.`],
  ['linkedin', 'fr', 'codename client_name', `Atlas Bleu avance : le lot 1 de la refonte du SI RH de Globex est en recette depuis lundi. Prochaine étape, la reprise des historiques de paie.`],
  ['linkedin', 'fr', '', `Offert à toute l'équipe pour Noël : un petit cèdre de l'Atlas bleu à planter. On verra dans 20 ans qui a la main verte.`],
  ['linkedin', 'en', 'phone', `Our Casablanca hotline for contractor payroll questions: +212 522 48 37 10, Monday to Friday 9:00–17:00.`],
  ['linkedin', 'en', '', `Our payroll portal is down for maintenance on Saturday between 02:00 and 06:00 CET. No action needed on your side.`],
  ['linkedin', 'fr', 'iban', `@Compta : pour le remboursement de mes frais de déplacement à Bucarest, mon RIB est FR76 1027 8060 7600 0204 8710 139. Merci !`],
  ['linkedin', 'fr', '', `Les remboursements de frais passent désormais par l'application Expensa. Plus besoin d'envoyer votre RIB par mail, il est déjà dans votre dossier RH.`],
  ['linkedin', 'en', 'financial client_name', `Initech asked for a 10% discount on the 2027 run contract. Our counter-offer going out tomorrow: 4% discount, €1.37M total, in exchange for a 3-year term. Not shared with the client yet, so keep it here.`],
  ['linkedin', 'en', '', `Negotiation tip from 15 years in IT services: never give a discount without getting something back — term, volume or scope. It's in every pricing book, and still most people forget it.`],
  ['linkedin', 'fr', 'secret', `Pour ceux qui bossent depuis l'open space du 2e : le Wi-Fi invités a changé. SSID NEARSUD-GUEST, mot de passe : Carthage_2027_Jasmin. Il tourne tous les mois.`],
  ['linkedin', 'fr', '', `Le Wi-Fi invités du salon est ouvert : il suffit d'accepter la charte sur la page d'accueil, pas de mot de passe. Venez nous voir stand B14 !`],
  ['linkedin', 'en', 'national_id', `Payroll query for Bogdan's file: CNP 1890315401234 doesn't match the ID card scan, can someone in Bucharest HR double-check before Friday's run?`],
  ['linkedin', 'en', '', `Building a form validator for Romanian ids? Remember the CNP has a check digit computed with the weights 279146358279. Worth testing with deliberately broken numbers too.`],
  ['x', 'en', 'codename', `Nébula beta opens to 3 pilot users next week. If it survives them, it survives anything.`],
  ['x', 'en', '', `Congrats to everyone nominated for the Nebula Awards this year, some fantastic sci-fi on that list. Adding three to my reading pile.`],
  ['linkedin', 'fr', 'email', `Les candidatures spontanées pour notre centre de Tanger sont à envoyer à recrutement@tangerdev.ma, avec « Spontanée » dans l'objet.`],
  ['linkedin', 'fr', '', `Trop de candidatures spontanées sans objet ni lettre. Trois conseils de recruteuse : un CV d'une page, un projet dont vous êtes fier, et une phrase sur pourquoi nous.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Subject: new travel policy for missions in France
From 1 February, flights booked less than 14 days ahead need director approval.`],
  ['linkedin', 'en', '', `Good discussion in our data governance guild about classification labels. "Internal", "Confidential", "Restricted" — most companies need three, not seven.`],
  ['linkedin', 'fr', 'internal_url', `Les CV anonymisés des profils dispo sont sur \\\\fs01.nearsud.local\\staffing\\cv_dispo — pensez à prendre la dernière version avant d'envoyer au client.`],
  ['linkedin', 'fr', '', `On a enfin un outil de staffing digne de ce nom. Fini les tableurs partagés à 14 onglets. Retour d'expérience complet dans l'article en lien.`],
  ['linkedin', 'fr', 'financial', `Info exclusive pour l'équipe : le groupe a validé hier soir l'acquisition d'un centre de 120 personnes à Cluj pour 6,5 M€. Le communiqué sort lundi, d'ici là motus.`],
  ['linkedin', 'fr', '', `Le groupe annonce aujourd'hui l'acquisition d'un centre de 120 personnes à Cluj pour 6,5 M€. Bienvenue à nos nouveaux collègues roumains ! Communiqué complet sur notre site.`],
  ['linkedin', 'en', 'card', `Whoever borrowed the corporate Visa for the Tunis client dinner: it's 4532 0187 3465 2101, CVV on the back, receipts to me by Friday.`],
  ['linkedin', 'en', '', `Order #4970 1012 3456 7890 still hasn't arrived, three weeks later. Our office supplies vendor needs a better tracking page.`],
  ['linkedin', 'fr', 'phone', `Le service client de notre offre de support applicatif est joignable au 0 800 94 12 37 (appel gratuit depuis la France), 7j/7.`],
  ['linkedin', 'fr', '', `Support applicatif 7j/7 depuis Tunis et Rabat : on a répondu à 41 000 tickets cette année avec un taux de satisfaction de 94 %. Chiffres tirés de notre rapport annuel publié ce matin.`],
  ['linkedin', 'en', 'client_name', `Reply to @Tarik: yes, we're still running the Hôpital Sainte-Claire service desk from Rabat, the contract was extended in September.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Reply to @Tarik: we don't comment on specific clients, but feel free to DM me about our healthcare practice in general.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'secret internal_url', `Dump de la conf pour Ahmed, désolé pour le spam :
ldap_url = ldaps://ad.corp.acme.com:636
bind_dn = CN=svc_sync,OU=Service,DC=corp,DC=acme,DC=com
bind_pw = Sync!Nearshore_4491`],
  ['linkedin', 'fr', '', `Exemple de fichier de configuration pour notre connecteur open source :
ldap_url = ldaps://ldap.example.com:636
bind_pw = changeme
À adapter à votre annuaire, évidemment.`],
  ['x', 'fr', 'financial', `TJM qu'on va proposer à Globex pour le renouvellement : 490 € au lieu de 470. Personne n'est au courant côté client, on verra mardi 😬`],
  ['x', 'fr', 'client_name', `Quelqu'un d'autre a eu un entretien chez nous pour la mission Globex ? Curieux de savoir comment ça s'est passé.`],
  ['x', 'fr', '', `Les TJM freelance sur Malt ont baissé de 3 % en moyenne en 2026 d'après leur baromètre public. Le marché se tend.`],
  ['linkedin', 'en', 'email', `Any questions about the bootcamp, write to bootcamp@qaforge.ro or ask in the comments.`],
  ['linkedin', 'en', 'phone', `Bucharest office switchboard changed after the move: +40 31 225 40 90. Please update your signatures.`],
  ['linkedin', 'en', '', `We moved! New Bucharest office at Floreasca Park, 5 minutes from the metro. Open house next Thursday at 18:00, everyone welcome.`],
  ['linkedin', 'fr', 'national_id', `Attestation employeur pour la banque : Mme Rim Amrani, née le 04/08/1991, NIR 2 91 08 69 388 151 54, CDI depuis 2019. Merci de me la renvoyer signée.`],
  ['linkedin', 'fr', '', `Mon NIR ? 2 99 99 99 999 999 99 comme sur toutes les captures d'écran de démo. Non, on ne donne pas le vrai au chatbot du salon.`],
  ['linkedin', 'en', 'codename', `Big day: Orion passed the security review with zero critical findings. Pen test team, you're the best.`],
  ['linkedin', 'en', '', `Took the kids up the Bucegi last night to find Orion's belt. Three stars, a lot of cold, and more questions about the universe than I could answer.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `SOUS NDA — compte rendu de l'atelier cadrage Initech :
- périmètre : 3 applications de souscription
- budget indiqué par le client à confirmer
- prochain atelier le 8 janvier`],
  ['linkedin', 'fr', '', `Signer un NDA avant un atelier de cadrage, c'est normal. Le relire avant, c'est mieux. Mon top 3 des clauses à vérifier en commentaire.`],
  ['linkedin', 'en', 'financial', `Heads-up to account managers: we're raising nearshore rates by 5% on 1 April. Clients will be told in the February QBRs, not before — please don't let it slip in calls.`],
  ['linkedin', 'en', '', `The Romanian statistics institute published inflation at 5.1% for November. Expect clients to ask about indexation clauses in their contracts.`],
  ['linkedin', 'fr', 'iban', `Fournisseurs : les coordonnées bancaires de notre filiale marocaine changent. Nouveau compte : MA36 2308 1021 1874 0021 0078 0087. Merci de mettre à jour vos fichiers.`],
  ['linkedin', 'fr', 'secret', `Clé API du partenaire SMS pour la campagne de relance, que quelqu'un la mette dans le coffre stp : 7Hq2Lm9ZxV4pTn8RbK3wYc6D`],
  ['linkedin', 'fr', '', `Nos clés API sont toutes dans le coffre-fort, rotation tous les 90 jours, et une alerte si l'une d'elles apparaît dans un dépôt Git. La base, mais on la rappelle.`],
  ['linkedin', 'en', 'internal_url', `Grafana for the Tunis platform now lives at https://grafana.nearsud.internal/d/tunis-ops — bookmark it, the old one goes away on Friday.`],
  ['linkedin', 'en', '', `Great Grafana talk at the Cluj DevOps meetup: dashboards as code, SLOs and alert fatigue. Recording on the meetup's YouTube channel.`],
  ['linkedin', 'fr', 'phone email', `Contact presse pour notre ouverture à Tunis : Wafa Ben Salah, wafa.bensalah@medinasoft.tn, +216 25 307 148.`],
  ['linkedin', 'fr', '', `Merci aux journalistes venus pour l'inauguration du centre de Sousse ! Le dossier de presse est téléchargeable sur notre site.`],
  ['linkedin', 'en', 'client_name financial', `Margin review for the Globex account: we're at 18% on the fixed-price lot because of the scope creep, target was 30%. Preparing the change request before the steering committee — not something the client sees yet.`],
  ['linkedin', 'en', '', `Fixed-price projects lose margin in the details: change requests you don't write, meetings you don't bill. Write it down, every time. Lesson learned the hard way.`],
  ['linkedin', 'mixed', 'national_id', `Pentru dosarul de detașare / for the posting file: Vlad Ionescu, CNP 1971104100357, start at the Lyon client on 12 January.`],
  ['linkedin', 'fr', '', `Bienvenue à Vlad qui rejoint notre équipe lyonnaise en détachement depuis Iași ! Trois ans sur des plateformes de paiement, il va nous apprendre plein de choses.`],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 14 janvier 8h00 — le groupe annoncera un chiffre d'affaires 2026 de 212 M€ (+11 %), porté par les centres nearshore. Merci de ne rien relayer avant.`],
  ['linkedin', 'fr', '', `Le groupe a publié ce matin son chiffre d'affaires 2026 : 212 M€, +11 %. Les centres nearshore pèsent désormais plus d'un tiers de l'activité. Bravo à toutes les équipes !`],
  ['x', 'en', 'codename', `Thread 🧵 1/3 What I learned leading Project Kestrel's move from a monolith to 14 services in 9 months.`],
  ['x', 'en', '', `2/3 Lesson one: the org chart will end up in your architecture whether you like it or not. Plan the teams first, then the services.`],
  ['x', 'en', '', `3/3 Lesson two: observability before features. We lost two weeks chasing a bug we could have seen in 10 minutes with proper tracing.`],
  ['linkedin', 'en', 'secret', `Post-mortem draft, section 4 (timeline):
14:02 deploy of api-gateway 3.8
14:09 errors on /login
14:15 rolled back using the break-glass account ops_breakglass / Gl4ss!Br3ak-Tun1s
14:31 service restored`],
  ['linkedin', 'en', '', `Post-mortem of our 2 December outage, published in full on our engineering blog: a misconfigured rate limiter, 29 minutes of degraded logins, and five follow-up actions. Blameless, as always.`],
  ['linkedin', 'fr', 'phone', `Hotline astreinte client pour la période des fêtes : 0537 71 24 58 (Rabat), relais automatique vers le consultant de garde.`],
  ['linkedin', 'fr', '', `Pendant les fêtes, notre support reste ouvert : tickets via le portail client, réponse sous 4 heures ouvrées. Bonnes fêtes !`],
  ['linkedin', 'mixed', 'internal_url', `Reminder / rappel : les timesheets se remplissent sur http://10.40.2.17:8080/timesheet avant vendredi midi, sinon le client ne valide pas la facture.`],
  ['linkedin', 'en', '', `Why we run our timesheet app on-prem: clients in banking still ask for it. Cloud-first doesn't mean cloud-only. Long read in comments.`],
  ['linkedin', 'fr', 'client_name', `Sondage interne 📊 Quel client vous a fait le plus progresser cette année ?
- Globex
- Société Générique
- Hôpital Sainte-Claire
- Autre (en commentaire)`],
  ['linkedin', 'fr', '', `Sondage 📊 Pour vous, le plus dur en nearshore c'est :
- le décalage culturel
- les rituels à distance
- la rétention des talents
- le staffing à la dernière minute`],
  ['linkedin', 'en', 'financial', `Proud of the team: the Rabat centre hit a 36% gross margin in November, best month ever. Numbers aren't closed by group finance yet, so I'll post the official figure in January 😉`],
  ['linkedin', 'en', '', `Fun fact from our published annual report: our Rabat centre has grown from 12 to 310 people in five years. Onwards.`],
  ['linkedin', 'fr', 'iban', `Coordonnées bancaires pour le règlement de la facture n° 2026-118 : IBAN FR76 1680 7000 4231 4562 9800 366, BIC CCBPFRPPGRE. Merci de votre réactivité.`],
  ['linkedin', 'fr', '', `Facture n° 2026-118 réglée, merci au client pour la ponctualité. Un délai de paiement de 28 jours, ça devrait être la norme, pas l'exception.`],
  ['linkedin', 'en', 'email', `Customer reply: Hi Ana, sorry for the delay! Your access request has been forwarded to our identity team, you can follow up directly with them at iam-support@carpatsoft.ro.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Customer reply: Hi Ana, sorry for the delay! Your access request has been forwarded to our identity team and you'll hear back within 24 hours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Checklist d'arrivée de Youssef pour le site de Lyon : NIR 1 78 02 13 055 417 47, mutuelle à affilier, badge parking demandé. Merci Sonia !`],
  ['linkedin', 'fr', '', `Checklist d'arrivée pour les nouveaux à Lyon : badge, mutuelle, carte de cantine, et un café avec son parrain le premier jour. Le reste suivra.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Staffing plan Q1:
- 6 seniors rolling off the banking account on 31 Jan
- 4 redeployed on the telecom RFP if we win
- 2 on bench → training on Azure`],
  ['linkedin', 'en', '', `Bench time isn't wasted time. Our consultants between missions certified 47 people on Azure this year. Published in our annual people report.`],
  ['x', 'fr', 'secret', `oups mauvais onglet. mdp du compte partagé Figma de l'équipe design : Medina-Design_2026 — je le change dans 5 min`],
  ['x', 'fr', '', `Règle d'or de l'onboarding : jamais de mot de passe dans un message. Si vous lisez « mot de passe : xxxxxx » dans un tuto, c'est un gabarit, pas un vrai.`],
  ['linkedin', 'en', 'client_name codename', `Nébula is going to production at Hôpital Sainte-Claire in March. The nursing staff tested it for four weeks and asked for exactly two changes. That never happens.`],
  ['linkedin', 'en', '', `Healthcare IT tip: test with nurses, not with managers. The people who use the software at 4 AM find the real bugs.`],
  ['linkedin', 'fr', 'phone', `Si vous êtes bloqué à l'aéroport de Tunis-Carthage pendant la mission, notre chauffeur Mehdi est joignable au +216 55 902 614.`],
  ['linkedin', 'fr', '', `Arrivée à Tunis-Carthage : comptez 25 minutes en taxi jusqu'au Lac 2, et prévoyez des dinars, pas toujours de terminal de paiement.`],
  ['linkedin', 'en', 'card', `Travel desk: for Dan's flight to Lyon please use the project card 2223 0041 5978 2647, expiry 11/27. Cost centre NEAR-014.`],
  ['linkedin', 'en', '', `Our new corporate cards arrived! Virtual cards per project, limits per trip, and no more "whose card is it" emails. Finance team, you rock.`],
  ['linkedin', 'fr', 'financial client_name', `Remise de l'offre pour l'AO de Société Générique ce matin : 3,2 M€ sur trois ans, 48 ETP en nearshore. On connaîtra le résultat après l'audition du 20 janvier.`],
  ['linkedin', 'fr', '', `Nous avons remporté un appel d'offres public de 3,2 M€ publié au BOAMP le mois dernier. L'avis d'attribution est en ligne, fiers de la confiance de la collectivité !`],
  ['linkedin', 'en', 'internal_url secret', `Hi team, the Slack incoming webhook for alerts is https://hooks.slack.com/services/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 — and the jump host is bastion.nearsud.corp. Please keep both to yourselves.`],
  ['linkedin', 'en', '', `Slack's docs use https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX as the example webhook. If your code works with that, it doesn't work.`],
  ['linkedin', 'fr', 'codename', `Orion : fin du sprint 14, 92 % de la couverture de tests atteinte. La démo au sponsor est calée pour le 9.`],
  ['linkedin', 'fr', '', `Soirée d'observation avec l'association d'astronomie de Sousse : Orion, les Pléiades et Jupiter. Les consultants ont adoré.`],
  ['linkedin', 'en', 'phone', `Need to reach our Iași recruitment team? Call Cristina on 0744 512 380 — she speaks Romanian, French and English.`],
  ['linkedin', 'en', '', `Our Iași recruitment team speaks Romanian, French and English. Apply online, and we'll call you back within 48 hours.`],
  ['linkedin', 'fr', 'national_id', `Photo de la CIN de Karima (EE 524 319) envoyée par erreur dans le groupe, je la supprime. Merci de ne pas la faire suivre.`],
  ['linkedin', 'fr', '', `Pour le dossier de visa, il faut une copie de la CIN recto verso et un justificatif de domicile. Rien à envoyer sur LinkedIn, tout passe par le portail RH.`],
  ['linkedin', 'en', 'financial', `Leaked on purpose to the team only: the valuation in the term sheet from the fund is €58M pre-money. Lawyers are still on it, nothing is signed.`],
  ['linkedin', 'en', '', `A listed competitor announced their results today: €1.9B revenue, 7% organic growth. Good signal for the whole IT services market.`],
  ['linkedin', 'mixed', 'secret', `Pour le déploiement de ce soir / for tonight's deploy:
export ARTIFACTORY_USER=ci-nearsud
export ARTIFACTORY_PASS='W9r!tz-Oct-88kLm'
./deploy.sh prod`],
  ['linkedin', 'en', '', `Our CI template, sanitised:
export REGISTRY_USER=your-user
export REGISTRY_PASS='<from-vault>'
./deploy.sh staging`],
  ['linkedin', 'fr', 'email', `Merci de renvoyer les feuilles de temps signées à adv.nearshore@medinasoft.tn avant le 28, la facturation part le 30.`],
  ['linkedin', 'fr', '', `Astuce facturation : une feuille de temps signée le 28, c'est une facture le 30 et un salaire sans stress. Merci à celles et ceux qui jouent le jeu.`],
  ['linkedin', 'en', 'client_name', `Customer reply: Hi Paul, thanks for flagging. The Globex environment will be back at 16:00, our team is on it.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Customer reply: Hi Paul, thanks for flagging! We're looking into it and will update this thread as soon as the environment is back.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Pour le virement de la prime de cooptation, voici mon compte roumain : RO72 BTRL 0130 1202 8764 5201. Mulțumesc !`],
  ['linkedin', 'fr', '', `Prime de cooptation relevée à 1 500 € bruts par recrue à partir de janvier, c'est officiel et dans la politique RH publiée sur l'intranet public du groupe… non, sur notre site, page carrières !`],
  ['linkedin', 'en', 'phone', `Romanian hotline for contractor benefits questions: 0800 410 277 (free call), weekdays 8:00–20:00.`],
  ['linkedin', 'en', 'internal_url', `New joiners, please request your accounts at https://itsm.acme-corp.net/requests/new before your first day.`],
  ['linkedin', 'en', '', `We rebuilt our customer portal on a headless CMS. Have a look at https://www.nordbyte.io/customers and tell us what you think.`],
  ['linkedin', 'fr', 'financial', `Budget formation 2027 du centre de Tunis : 410 k€, en hausse de 30 %. Validé en comité hier, l'annonce aux équipes se fera à la plénière de janvier — je vous en parle en avant-première.`],
  ['linkedin', 'fr', '', `Le budget formation moyen d'une ESN en France tourne autour de 2 % de la masse salariale, selon l'OPCO. Chez nous ? On vous le dira dans le rapport RSE.`],
  ['linkedin', 'en', 'national_id', `HR system test went wrong: it exported a real row to the demo file. CNP 5011203400184, name redacted. Deleting it now.`],
  ['linkedin', 'en', '', `Demo data generator tip: for Romanian ids, generate CNPs with a wrong check digit on purpose, like 2900712400568, so nothing in your test set can ever match a real person.`],
  ['x', 'en', 'client_name', `Initech's new CIO on our call today: "we want nearshore, but in our time zone". Tunis it is.`],
  ['x', 'en', '', `Every RFP this year: "innovative", "agile", "cost-effective", "start in two weeks". Pick three.`],
  ['linkedin', 'fr', 'card', `Carte société pour les achats de licences : 5167 3420 9871 5638, exp. 04/28. Pensez à m'envoyer les factures.`],
  ['linkedin', 'fr', '', `Numéro de commande de votre licence : 5167 3420 9871 5639. Gardez-le, il vous sera demandé par le support de l'éditeur.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED — do not share outside the incident cell. Initial access was a contractor laptop in the Cluj office; forensic image taken, investigation ongoing.`],
  ['linkedin', 'en', '', `A short explainer on the Traffic Light Protocol for our new SOC analysts: RED, AMBER, GREEN, CLEAR — and why most of what we publish is CLEAR.`],
  ['linkedin', 'fr', 'codename', `Les tests de charge d'Atlas Bleu tiennent 4 000 utilisateurs simultanés. La prod est pour février si le client valide le plan de bascule.`],
  ['linkedin', 'fr', '', `Atlas, notre chat de bureau à Marrakech, a encore dormi sur le clavier du lead dev. Il a poussé trois commits vides.`],
  ['linkedin', 'en', 'email phone', `Farewell note: after 9 years, today is my last day as delivery manager. Stay in touch: mihaela.dobre@outlook.com, +40 723 880 415. It's been an honour.`],
  ['linkedin', 'en', '', `Farewell note: after 9 years, today is my last day as delivery manager. Thank you to every consultant who made the impossible deadlines possible.`],
  ['linkedin', 'fr', 'secret', `Chaîne de connexion de la base de recette pour les nouveaux :
Server=sqlrec01;Database=PaieRec;User Id=app_paie;Password=Rec3tte!Paie_2026;`],
  ['linkedin', 'fr', '', `Chaîne de connexion type pour le TP :
Server=localhost;Database=Demo;User Id=sa;Password=<mot-de-passe>;
Remplacez par vos propres valeurs.`],
  ['linkedin', 'en', 'financial', `Between us and the delivery leads: the Q1 revenue forecast for the Romanian entity is revised down to €5.2M from €5.9M. Group will communicate it at the February results, not before.`],
  ['linkedin', 'en', '', `Personal milestone: paid off my student loan today, €18,400 over seven years. Small wins matter.`],
  ['linkedin', 'fr', 'phone', `Le standard de notre centre de Casablanca change : composez désormais le +212 5 22 98 71 30.`],
  ['linkedin', 'fr', 'national_id', `Dossier mutuelle : Mme Samira Ouali, NIR 2 03 04 99 350 273 48 (née au Maroc), ayants droit à ajouter. Merci de traiter en priorité.`],
  ['linkedin', 'fr', '', `Né à l'étranger ? Votre NIR commence par le code 99 à la place du département. Petite particularité qui fait planter pas mal de formulaires mal conçus.`],
  ['linkedin', 'en', 'iban', `Updated remittance details for our Bucharest subsidiary: RO13 INGB 0000 9999 0482 3517, ING Bank. Please confirm receipt by reply.`],
  ['linkedin', 'fr', 'iban', `Virement pour le loyer du bureau de Sousse à faire sur TN59 1000 4027 0012 3456 7893 avant le 5. Merci !`],
  ['linkedin', 'en', 'client_name', `Six months on the Société Générique account taught me more about change management than any course. Thread on what worked and what didn't, in the comments.`],
  ['linkedin', 'fr', 'internal_url', `Le portail des congés est accessible sur https://rh.intranet.medinasoft.tn — pensez à poser vos jours de fin d'année avant le 15.`],
  ['linkedin', 'fr', '', `Rappel : les congés de fin d'année se posent avant le 15 décembre. Après, c'est le lead qui décide, et il est d'humeur festive mais ferme.`],
]);
