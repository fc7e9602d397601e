import { rows } from './corpus-types';

/**
 * Held-out set "fresh99": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh99`.
 * First scored: 2026-12-05 on b75c9ac (unseen, before any fix from it): confidentiality macro F1 0.935 / 7.0 % (8 of 114).
 *
 * Authors: cybersecurity consultants, SOC analysts, incident responders and pentesters in France, Belgium, Switzerland
 * and Quebec (Paris, Lyon, Bordeaux, Brussels, Liège, Namur, Geneva, Lausanne, Zurich, Montréal, Sherbrooke, Ottawa,
 * Toronto), writing in French, English and a little franglais. Forms: TLP-labelled bulletins and advisories, incident
 * timelines and post-mortems, pasted stand-up and kick-off notes, chat messages pasted by mistake, config snippets and
 * connection strings, changelogs, an X thread of four posts, polls, customer and candidate replies (surface 'comment'),
 * job ads with published salary ranges, goodbyes, supplier bank-detail notices, training tips, CTF and conference posts.
 *
 * Positives and look-alikes. confidential_marker: explicit headers TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, [INTERNE],
 * [INTERNAL], INTERNE – Ne pas diffuser, CONFIDENTIAL -, SOUS NDA, EMBARGO until / EMBARGO jusqu'au, Classification :
 * Diffusion restreinte, Classification: Client Confidential, DIFFUSION RESTREINTE; beside posts that explain or discuss
 * TLP and classification words, TLP:CLEAR reports and IoC lists, a lifted embargo, a book title, "sous NDA" complaints and
 * an informal "embargoed till the 9th" inside a sentence (that post is labelled financial only). financial: day rates,
 * retainers, quotes and bids before signature or before clients are told, a price rise announced later by letter, a
 * floor and opening price for procurement, walk-away prices, pipeline, order book, revenue and margin before the general
 * meeting, an H1 forecast before investors, a pre-money and a fund's valuation before signature, a salary band not yet
 * through HR, a budget approved but not announced; beside published rate cards and package prices, a public tender
 * award, registry revenue, other firms' rounds, market studies (TJM surveys, Coveware, Agoria, procurement reports),
 * government envelopes, job ads with ranges, personal budgets and a freelancer's published rate. secret: Wi-Fi keys,
 * demo and service-account passwords, a Splunk HEC token, a Slack webhook with its token, a postgres connection string's
 * user:password, a GitHub token, a threat-feed key (revoked but written), an NTLM hash of a domain admin, a RADIUS shared
 * secret, stealer-log credentials of one's own account; beside AWS EXAMPLE keys, XXXX webhooks, "changeme",
 * "testing123", "Azerty123!" and "correct horse battery staple" as advice, token prefixes, malware hashes, an XOR key
 * from sandbox reports and a public demo/demo sandbox. internal_url: the policy's domains (acme-corp.net,
 * corp.acme.com), intranet. hosts, .local/.internal/.corp hosts and UNC paths, 10/8, 172.16/12 and 192.168/16
 * addresses; beside defanged IoCs and public C2 addresses, the company's public site, RFC 1918 ranges taught as ranges,
 * the 203.0.113.0/24 documentation range and "192.168.x". Phones in French, Belgian, Swiss and Canadian formats
 * (mobiles, switchboards, hotlines, toll-free 0 805 and 1-866/1-877, 555-01xx included); emergency numbers 112, 101 and
 * 911, CVE, ticket, version and company numbers (BCE, IDE/CHE) are clean. Email: personal, role and obfuscated ((at),
 * [at] [dot], "name @ domain") addresses; security.txt advice is clean. codename and client_name: the policy's names as
 * projects and customers under engagement; beside the constellation and the Orionids, a photo of a nebula and a "Nebula"
 * conference, a kestrel over the motorway, a blue Atlas cedar and the Moyen Atlas, Office Space's Initech, the Simpsons'
 * Globex, a chapel of Sainte-Claire, "une société générique" as an anonymised example, and product-name clichés.
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: FR IBANs with the
 * RIB key, BE with its mod-97 account check, CH and LU, all mod 97; Luhn for Visa, Mastercard (5- and 2-series) and Amex;
 * the French NIR key (97 - n mod 97), the Belgian national register check (with the 2 prefix for a 2001 birth), the Swiss
 * AVS EAN-13 digit and the Canadian SIN Luhn. Look-alikes: a FR IBAN and a BE national number with the last digit
 * changed, a phishing SMS card failing Luhn, a NIR with a wrong key and the all-nines NIR example, the UK ECBS example
 * IBAN, the CRA example SIN 046 454 286, the official AVS example 756.1234.5678.97, PSP test cards (4242…, 4111…, 5555…,
 * 3782 822463 10005, 2223 0031 2200 3222) and a masked card ending.
 *
 * Counts: 244 posts (121 FR, 117 EN, 6 mixed; 212 LinkedIn, 32 X; 10 comments): 114 clean, 130 with one or more
 * findings. Labels: financial 25, internal_url 19, phone 17, secret 15, confidential_marker 14, national_id 14,
 * client_name 13, email 10, codename 9, iban 8, card 6.
 */
export const FRESH99_POSTS = rows('fresh99', [
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — Bulletin CERT interne n°47

Campagne de phishing ciblant les directions financières du secteur assurance depuis lundi. Les leurres imitent un avis de virement SEPA. Merci de relayer uniquement à vos équipes SOC. Plus de détails jeudi.`],
  ['linkedin', 'fr', '', `Petit rappel pour les juniors qui arrivent en SOC : TLP:AMBER ne veut pas dire « secret défense ». Ça veut dire : partage limité à ton organisation et à ses clients qui en ont besoin. TLP:RED, c'est nominatif, pas de diffusion au-delà des personnes présentes. Et TLP:CLEAR, on peut poster. Simple, mais on voit encore des erreurs chaque semaine.`],
  ['x', 'en', '', `Hot take: half the "TLP:RED" reports I receive are sent to a 40-person distro list. If everyone is in the room, it isn't RED anymore.`],
  ['linkedin', 'en', 'confidential_marker internal_url', `TLP:RED – do not share beyond the IR bridge

Timeline so far:
02:14 first beacon from fs-backup02.corp (10.20.4.17)
02:31 lateral movement to dc01.corp
03:05 EDR isolation of both hosts
Next sync 08:00.`],
  ['linkedin', 'fr', '', `Publié aujourd'hui en TLP:CLEAR : notre rapport annuel sur les rançongiciels observés en Suisse romande. 63 incidents traités, secteur santé en tête, délai médian de détection de 11 jours. Le PDF est en libre accès sur notre site, partagez-le largement.`],
  ['linkedin', 'en', '', `Indicators from this week's Qakbot-style loader, shared TLP:CLEAR so feel free to block:

185.220.101[.]47
update-check[.]online
SHA256 9f2c4e1a7b0d3c58e6f14a92b7d0c3e5a1f8b62d4c9e07a3b5f1d8c2e6a4b097

Detection rule on our GitHub.`],
  ['x', 'fr', '', `IoC du jour (TLP:CLEAR) : le domaine factures-ameli[.]info redirige vers un kit de phishing hébergé sur 91.215.85[.]12. Bloquez-le.`],
  ['linkedin', 'fr', 'confidential_marker client_name', `[INTERNE] Compte rendu kick-off pentest Globex
- Périmètre : applis web externes + VPN
- Fenêtre de tests : 9 au 20 décembre, 8h-19h
- Contact côté client : RSSI adjoint
- Prochaine étape : lettre d'autorisation signée`],
  ['linkedin', 'en', '', `People ask why our reports start with "Classification:" on the first line. Because the first thing someone forwards is the first page. Put the handling rule where it cannot be missed. That's the whole trick.`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Diffusion restreinte
Objet : retour d'expérience incident du 28/11
Le vecteur initial est un compte de service sans MFA exposé sur le portail de télétravail. Les actions correctives sont en cours, point d'avancement vendredi.`],
  ['linkedin', 'en', 'client_name', `Proud of the team: we just wrapped a three-week red team for Initech. Two findings critical, zero detected by the blue team until day 12. Debrief with their CISO went really well.`],
  ['x', 'en', '', `Rewatched Office Space tonight. Initech's TPS reports are still the most realistic depiction of change management I've seen.`],
  ['linkedin', 'fr', 'client_name financial', `Bonne nouvelle pour le cabinet : l'Hôpital Sainte-Claire nous a retenus pour l'audit de leur SI biomédical. On attend encore la signature, mais le TJM négocié est de 1 180 € HT, sur 45 jours. N'en parlez pas encore à l'extérieur.`],
  ['linkedin', 'fr', '', `Visite ce week-end de la chapelle Sainte-Claire à Genève, un havre de calme après une semaine de crise. Les vitraux valent le détour.`],
  ['linkedin', 'en', 'secret', `Post-mortem note: the attacker got in with the Wi-Fi guest network password which was printed on the lobby whiteboard. For the record it was "Bienvenue!Lausanne2026" and it has been rotated. Lesson: lobby whiteboards are public.`],
  ['linkedin', 'en', '', `Training slide for tomorrow's cloud security workshop:

aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Both straight from the AWS docs. If your scanner flags these, good, it works. If it flags your real ones in a repo, less good.`],
  ['linkedin', 'fr', 'secret internal_url', `Je colle la config du collecteur pour que l'équipe de nuit puisse redémarrer :

SYSLOG_HOST=10.44.2.9
SPLUNK_HEC_TOKEN=7d1e3b9a-52c4-4f0e-9a6d-c18b2e5f4a73
INDEX=soc_prod

Ne touchez pas au port.`],
  ['linkedin', 'en', '', `Reminder for our payment-security training: use 4242 4242 4242 4242 with any future date and any CVC in the sandbox. Never, ever paste a real customer PAN into a ticket.`],
  ['linkedin', 'fr', 'card', `Incident du jour chez un client e-commerce : un agent support a copié dans le ticket le numéro de carte complet d'une cliente, 4827 2121 8136 3262, exp 09/28. Le ticket a été purgé, la banque prévenue. Formez vos équipes support.`],
  ['linkedin', 'fr', '', `Vu dans un SMS de hameçonnage ce matin : « Votre carte 4827 2121 8136 3263 est bloquée, rappelez-nous ». Le numéro ne passe même pas le contrôle de Luhn. Les fraudeurs génèrent au hasard.`],
  ['x', 'en', '', `Pentest tip: test cards like 5555 5555 5555 4444 and 4111 1111 1111 1111 are in every PSP doc. If a checkout accepts them in prod, you found a finding.`],
  ['linkedin', 'en', 'phone', `On call this weekend for the Geneva IR team. If you are a client and something is burning, my direct line is +41 79 482 31 06. Otherwise, see you Monday.`],
  ['linkedin', 'fr', '', `En cas d'urgence vitale pendant l'exercice de crise, on appelle le 112, pas la cellule de crise. Ça paraît évident, mais l'exercice de jeudi a prouvé le contraire.`],
  ['linkedin', 'fr', 'phone', `Victime d'une cyberattaque au Québec ? Notre ligne d'urgence répond 24/7 au 1-877-614-2290. Premier appel gratuit pour les OBNL.`],
  ['linkedin', 'fr', 'national_id', `Fuite constatée lors d'un test d'intrusion : un export RH en clair sur un partage réseau, avec par exemple le NIR 1 84 07 75 112 045 22 d'un salarié. On a prévenu le DPO dans l'heure. Chiffrez vos exports.`],
  ['linkedin', 'fr', '', `Formation RGPD : voici à quoi ressemble un numéro de sécurité sociale, 1 99 99 99 999 999 99 (exemple fictif). Les 13 premiers chiffres plus une clé de contrôle de deux chiffres. Ne l'écrivez jamais dans un ticket.`],
  ['linkedin', 'en', 'national_id', `Belgian colleagues: a phishing kit we took down today was harvesting national register numbers. One of the victims' entries, 85.04.17-123.16, was still in the kit's log file. The person has been contacted and the log destroyed.`],
  ['linkedin', 'fr', 'national_id', `Audit d'un prestataire de paie à Lausanne : numéro AVS 756.9883.4090.49 visible dans une URL de GET. Oui, en 2026. Rapport remis ce matin.`],
  ['linkedin', 'fr', '', `Le numéro AVS commence toujours par 756, le code pays de la Suisse. Le format est 756.XXXX.XXXX.XX. Petit quiz pour vos formations sensibilisation !`],
  ['linkedin', 'en', 'national_id', `Another day, another CSV on an open S3 bucket. This one from a Montréal staffing agency, with SINs in column C (first row: 481 457 729). Reported through their disclosure channel; it was closed within 3 hours, kudos.`],
  ['linkedin', 'en', '', `Canadian SIN validation uses the Luhn algorithm, same as credit cards. The CRA's example 046 454 286 passes it, which is why your DLP rule shouldn't just check Luhn, it should also exclude known specimens.`],
  ['linkedin', 'fr', 'financial', `Point commercial de la semaine (ne sortez pas ça du canal) : on a envoyé la proposition de forfait SOC managé à 14 500 € par mois. Le client doit répondre avant le 15. Si ça passe, on recrute deux analystes N1.`],
  ['linkedin', 'fr', '', `Nos offres de SOC managé pour PME sont maintenant publiques sur notre site : à partir de 2 900 € HT par mois, sans engagement. On a voulu des prix lisibles, sans devis caché.`],
  ['linkedin', 'en', 'financial', `Draft for the partners' meeting: proposed day rate for senior pentesters goes from CHF 1,650 to CHF 1,850 on 1 March. Clients won't be told until the January letters go out, so keep it in the room.`],
  ['linkedin', 'en', '', `Our 2026 rate card is out: CHF 1,850 per day for senior pentest, CHF 1,400 for junior. Published on our site this morning, we prefer transparency to surprise invoices.`],
  ['linkedin', 'fr', 'financial client_name', `Offre remise à Société Générique pour le retainer de réponse à incident : 96 000 € par an, 120 heures incluses. Pas encore signé, ils comparent avec deux concurrents.`],
  ['linkedin', 'fr', '', `Selon l'étude annuelle de l'Observatoire des métiers de la cybersécurité, le TJM moyen d'un pentesteur senior freelance en Île-de-France est de 780 €. Et vous, vous êtes où ?`],
  ['linkedin', 'en', 'financial', `Q4 pipeline as of this morning: 2.3 M CAD weighted, 41 open opportunities, mostly IR retainers in Ontario. Numbers for internal planning only until the board sees them on the 18th.`],
  ['linkedin', 'fr', '', `🚀 On recrute ! Analyste SOC N2 à Bruxelles, CDI, salaire brut annuel entre 52 000 et 61 000 € selon expérience, chèques-repas et voiture de société. Postulez via notre page carrières.`],
  ['linkedin', 'en', 'financial', `Before anyone asks in the all-hands: yes, the bid we submitted for the federal SOC tender was 4.1 M over three years. Sealed bids open on 12 January. Until then, that number doesn't exist outside this team.`],
  ['linkedin', 'fr', '', `Le marché public de supervision de la Ville a été attribué : 3,8 M€ sur quatre ans, montant publié au BOAMP. Bravo à l'équipe gagnante, ce n'était pas nous cette fois !`],
  ['linkedin', 'fr', 'financial', `Retours du comité de direction d'hier : chiffre d'affaires 2026 estimé à 7,9 M€, marge opérationnelle à 14 %. Ces chiffres ne seront communiqués qu'à l'assemblée générale de mars.`],
  ['linkedin', 'fr', '', `Très fiers : notre chiffre d'affaires 2025 publié au registre du commerce s'établit à 6,2 M€, en hausse de 18 %. Merci à nos 54 collaborateurs.`],
  ['x', 'en', 'financial', `Can't say much but our Series A closes next week at a pre-money north of 40M. Announcement embargoed till the 9th, so you didn't read this.`],
  ['x', 'en', '', `Congrats to our friends at a Lyon threat-intel start-up on their €12M Series A announced today. The French cyber ecosystem is doing fine.`],
  ['linkedin', 'en', 'financial', `Note to self before the call with procurement: our floor is 1,250 €/day, we open at 1,420 €/day, and we can throw in the retest for free. Don't go below the floor without checking with Marc.`],
  ['linkedin', 'fr', '', `Astuce freelance : annoncez votre TJM dès le premier échange. Le mien est de 850 € la journée pour un pentest web, et il est écrit sur mon site. Ça évite de perdre du temps des deux côtés.`],
  ['linkedin', 'fr', 'financial', `Pour info, la hausse tarifaire de 6 % sur les contrats de maintenance SIEM s'appliquera au 1er février. Les clients seront prévenus par courrier début janvier, d'ici là on n'en parle pas.`],
  ['linkedin', 'en', '', `Inflation clause explained: most managed security contracts in Québec index their fees on the CPI each year. If your supplier raised 6 % in January, that's probably why.`],
  ['linkedin', 'fr', 'financial client_name', `Budget sécurité 2027 de Globex validé hier soir en comité : 2,4 M€, dont 600 k€ pour nous si on gagne le lot SOC. Rien n'est annoncé côté client, motus.`],
  ['linkedin', 'en', 'financial', `Forecast for H1 we're presenting to the investors on Thursday: revenue 3.4 M CHF, EBITDA slightly negative at -120k. Please don't circulate before the meeting.`],
  ['linkedin', 'en', '', `The Swiss Federal Council announced a CHF 150 million envelope for cyber resilience of hospitals. Public money, public figure, and long overdue.`],
  ['linkedin', 'fr', 'financial', `Valorisation retenue par le fonds dans la lettre d'intention : 28 M$ CA. La lettre n'est pas encore signée et l'annonce officielle ne se fera qu'après la clôture.`],
  ['linkedin', 'en', 'financial', `Ugh, pasted the wrong thing. Meant to share the webinar link, not our renewal quote for the MDR customer: 212k EUR/year, 3-year term, 8 % discount if signed before Dec 20. They haven't seen it yet.`],
  ['x', 'fr', '', `Le prix moyen d'une rançon payée en 2025 selon le rapport de Coveware : environ 400 000 $. Ne payez pas, sauvegardez.`],
  ['linkedin', 'fr', 'financial', `Proposition de prix pour le nouveau forfait « Audit flash » que l'équipe marketing n'a pas encore validée : 4 900 € HT pour 5 jours. On teste l'idée auprès de deux clients pilotes avant le lancement.`],
  ['linkedin', 'en', '', `Launching today: our "Flash Audit" package, 5 days for €4,900 excl. VAT. Details and booking on the website. 🎉`],
  ['linkedin', 'fr', 'financial client_name', `Réunion avec Initech ce matin : ils acceptent 1 350 €/jour mais veulent 15 % de remise sur le volume. Je réponds lundi, la direction doit valider la marge. Gardez ça pour vous.`],
  ['linkedin', 'en', '', `How we price incident response retainers, in public: a fixed yearly fee that buys a block of hours, usually €20k to €80k for SMEs in Belgium. The range is from the Agoria benchmark, not from our own books.`],
  ['linkedin', 'en', 'internal_url', `Incident notes (sanitised, I thought):
- Patient zero: wks-0412.hq.local
- C2 reached via proxy 172.18.0.5:3128
- Staging share \\\\files.corp\\\\exports
- Malware dropped in C:\\ProgramData\\svc
Wrapped by 04:30. Long night.`],
  ['linkedin', 'en', '', `Defanged IoCs from the campaign we tracked this month:
hxxps://login-micros0ft[.]com/owa
45.155.205[.]233
invoice_0412.iso
Use them, block them, share them.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent le runbook de confinement, il est ici : https://wiki.acme-corp.net/soc/runbooks/containment-v3. Mettez-le en favori avant la prochaine astreinte.`],
  ['linkedin', 'fr', '', `Notre guide de confinement d'incident est maintenant public : https://www.acme.com/ressources/guide-confinement. Gratuit, sans formulaire.`],
  ['linkedin', 'en', 'internal_url', `If the SIEM dashboard doesn't load for you, try the backup node at https://siem02.corp.acme.com:8443/app/search — IT is on it.`],
  ['x', 'en', '', `Lab setup for my home SOC: Wazuh on a NUC, Zeek on a Pi, and a pfSense box. All on 192.168.x of course, nothing exposed. Writeup soon.`],
  ['linkedin', 'fr', 'internal_url', `Le scan de vulnérabilités du week-end a remonté 3 critiques sur 10.12.8.40 (vieux Jenkins) et 10.12.8.41. Les équipes infra sont prévenues, correctif prévu mardi.`],
  ['linkedin', 'en', 'internal_url', `Our ticket portal has moved: bookmark https://intranet.helvetia-sec.ch/tickets and drop the old link. Thanks!`],
  ['linkedin', 'en', '', `RFC 1918 in one breath: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. If you're writing detection rules for "internal traffic", start there, then add your VPN pools.`],
  ['linkedin', 'fr', 'internal_url', `Quelqu'un peut me dire pourquoi grafana.soc.internal renvoie une 502 depuis ce matin ? Les sondes de vpn-gw01.acme-corp.net sont vertes pourtant.`],
  ['linkedin', 'en', '', `Example of a documentation-only IP range you can safely use in slides: 203.0.113.0/24. Stop putting your real egress IP in conference talks.`],
  ['linkedin', 'fr', 'email', `Pour tout signalement de vulnérabilité sur nos produits, écrivez à securite@cyberveille-mtl.ca, on répond sous 48 h.`],
  ['linkedin', 'en', 'email', `Reach me at julien.fabre@bastion-ir.be if you want the full deck from yesterday's talk on Belgian ransomware trends.`],
  ['x', 'fr', 'email', `Vous avez trouvé une faille chez nous ? bugbounty [at] sentinelle-conseil [dot] fr. On paie en euros, pas en t-shirts.`],
  ['linkedin', 'en', '', `We have published our security.txt at /.well-known/security.txt on our main domain. If you find a bug, the contact is in there. Please use it rather than DMs.`],
  ['linkedin', 'fr', 'email phone', `Mon dernier jour chez Sentinelle demain. Pour les clients qui ont besoin de moi jusqu'à la passation : claire.dumont@sentinelle-conseil.fr ou 06 71 23 48 90. Merci pour ces quatre années !`],
  ['linkedin', 'en', 'phone', `Our Brussels office switchboard is +32 2 808 41 77, and yes, a human picks up. Drop by for coffee if you're near Schuman.`],
  ['linkedin', 'fr', 'phone', `Cellule de crise cyber : numéro unique 0 805 29 12 40 (appel gratuit depuis la France). Gardez-le dans votre carnet.`],
  ['linkedin', 'en', 'phone', `Pentest engagement for a Toronto bank starting Monday. If the SOC sees weird stuff from our ranges, call me on 416-555-0173 before pulling the plug.`],
  ['linkedin', 'fr', 'phone', `Astreinte SOC Liège ce week-end : +32 475 61 83 29. Pas de SMS, appelez.`],
  ['linkedin', 'fr', 'phone', `Pour la campagne de phishing simulé chez notre client suisse, les victimes qui rappellent tombent sur notre faux support : 022 518 47 03. C'est nous, pas de panique.`],
  ['x', 'en', '', `CVE-2026-41288 scored 9.8. Patch your VPN appliances. Version 22.7.3 fixes it. Advisory number 2026-1147.`],
  ['linkedin', 'en', 'codename', `Heads-up team: Orion goes live for the first MSSP customers on Monday. The detection content is frozen from tonight, no new rules in the repo until the retro.`],
  ['linkedin', 'en', '', `Clear sky over the Jura last night, perfect to show my kid Orion and the belt. Best way to decompress after an incident week.`],
  ['linkedin', 'fr', 'codename', `Point d'étape Nébula : le connecteur EDR passe les tests de charge, il reste l'intégration avec le SOAR. Démo prévue le 17 pour le comité produit.`],
  ['linkedin', 'fr', '', `Photo de la nébuleuse de la Carène prise depuis l'observatoire de Saint-Luc. Les astronomes amateurs du SOC se reconnaîtront.`],
  ['linkedin', 'en', 'codename', `Project Kestrel sprint review: the phishing-triage model now auto-closes 62 % of reported emails with no false negatives on the test set. Still not ready for customers.`],
  ['linkedin', 'en', '', `A kestrel hovering over the A1 motorway this morning, perfectly still in the wind. Threat hunters could learn from that patience.`],
  ['linkedin', 'fr', 'codename', `On a fini la refonte du portail client, nom de code Atlas Bleu, avec une semaine d'avance. Bravo à toute l'équipe dev !`],
  ['linkedin', 'fr', '', `Mon jardin accueille enfin un cèdre de l'Atlas bleu, planté ce week-end. Dans 40 ans il sera magnifique.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre cabinet : à partir de janvier, merci de régler nos factures sur le compte FR76 2861 8077 7471 5333 7224 171. L'ancien compte sera clôturé fin février.`],
  ['linkedin', 'fr', '', `Alerte fraude au président chez un client : l'escroc demandait un virement urgent vers FR76 2861 8077 7471 5333 7224 172. La clé ne colle même pas, mais le comptable a failli payer. Vérifiez toujours par téléphone sur un numéro connu.`],
  ['linkedin', 'en', 'iban', `Belgian suppliers, please note our new account for invoices from 1 January: BE32 7311 1810 9902 (KBC). The old one stays active until March for pending payments.`],
  ['linkedin', 'en', '', `For our payments training we always use the UK example IBAN GB82 WEST 1234 5698 7654 32 from the ECBS spec. Recognisable, valid-looking, and it belongs to nobody.`],
  ['linkedin', 'fr', 'iban', `Pour la cotisation au club CTF de l'école, virez 30 CHF sur CH51 1913 7946 2341 0796 7 avec votre nom en communication. Merci à tous !`],
  ['linkedin', 'fr', '', `Rappel : un IBAN suisse fait 21 caractères et commence par CH. Si le « nouveau compte » de votre fournisseur en a 23 et commence par LT, posez des questions.`],
  ['linkedin', 'en', 'iban', `Payment details for the Luxembourg workshop registration fee (€250): LU10 4137 8966 1314 5732, reference LUXIR26 + your name.`],
  ['linkedin', 'fr', 'card', `Je viens de retrouver dans un log applicatif de recette la carte Amex 3738 0626 8503 009 d'un vrai client, copiée depuis la prod pour « tester ». Non. Jamais. On utilise des cartes de test.`],
  ['linkedin', 'en', '', `Friendly reminder: your QA team can use 3782 822463 10005 for Amex tests in most sandboxes. No reason to ever copy a production card into staging.`],
  ['linkedin', 'en', 'card', `Found during a mobile app pentest: the app caches the last card used in a plaintext SQLite file. In our test the file held 5385 4569 0739 0403, a real card of the client's own staff who volunteered to test. Card cancelled the same day.`],
  ['linkedin', 'fr', '', `Votre carte finissant par 0403 ? Ne répondez pas aux SMS qui vous demandent de la « réactiver ». Ni votre banque ni nous ne demandons jamais le numéro complet.`],
  ['linkedin', 'fr', 'secret', `Mot de passe du compte admin du NAS de démo pour la formation de demain : Formation-Yverdon#2026! On le change vendredi, promis.`],
  ['linkedin', 'en', '', `Password policy tip: a passphrase like "correct horse battery staple" is a famous example, which also means it's in every wordlist. Pick your own four words, not the comic's.`],
  ['linkedin', 'en', 'secret', `Can someone on the automation team check why alerts stopped? Webhook is https://hooks.slack.com/services/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 and it returns 404 since midnight.`],
  ['linkedin', 'fr', '', `Exemple de webhook pour l'atelier SOAR : https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX. Remplacez par le vôtre, évidemment.`],
  ['linkedin', 'en', 'secret internal_url', `Fixed the enrichment job. For whoever picks this up tomorrow, the connection string is postgres://enrich_svc:Kq8!vZ2r@db-ti.corp.acme.com:5432/ti and the job runs every 15 min.`],
  ['linkedin', 'fr', '', `Dans nos supports de formation, les chaînes de connexion ressemblent à postgres://user:changeme@localhost:5432/demo. Si vous voyez « changeme » en prod, c'est une vuln, pas un exemple.`],
  ['x', 'en', 'secret', `lol I just realised I've been demoing with my real token on screen for 20 minutes. ghp_R2wX8bQf1LmZ7tNc0yUe4KsPa9VdH3jG6oTi. Revoking now, don't bother.`],
  ['linkedin', 'en', '', `GitHub tokens start with ghp_, Slack bot tokens with xoxb-, Stripe live keys with sk_live_. Knowing the prefixes makes your secret-scanning rules much less noisy.`],
  ['linkedin', 'fr', 'secret', `Le code Wi-Fi pour la salle de formation du 3e : réseau SOC-Training, clé WPA2 "Mtl!Cyber-49-Hiver". Bienvenue aux nouveaux !`],
  ['linkedin', 'en', 'secret', `Credential found in the wild during our OSINT phase, already reported to the client and rotated: the SMTP relay password "Ploum3tte_2023" was in a public Trello board. Please stop using Trello as a vault.`],
  ['linkedin', 'fr', '', `Conseil de pentesteur : le mot de passe « Azerty123! » respecte la politique de complexité de 80 % des entreprises que j'audite. La complexité n'est pas la robustesse.`],
  ['linkedin', 'en', '', `Hashes are not secrets. The SHA-256 of a malware sample, e3b9c0f4d1a2... is an indicator. A password hash from your AD, however, is a credential. Know the difference before you post.`],
  ['linkedin', 'en', 'secret', `Leaked NTLM hash from the domain admin account we cracked during the engagement, for the report appendix: aad3b435b51404eeaad3b435b51404ee:5f1c9a2e7b04d83c61e9fa20b7d4c39e... wait, wrong window. Removing.`],
  ['linkedin', 'fr', '', `Bonjour Mme Tremblay, merci pour votre message. Nous ne pouvons pas confirmer publiquement l'identité de nos clients, mais notre équipe vous recontactera en privé d'ici demain.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, désolé pour l'attente. Le plus simple est d'appeler notre support au 514 872-3391, option 2, du lundi au vendredi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Marc, sorry the form didn't work. Send the logs to ir-intake@bastion-ir.be and we'll triage within the hour.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks for the kind words, Sofia! The slides are on our website under Resources, no sign-up needed.`, { surface: 'comment' }],
  ['x', 'fr', 'client_name', `Oui, on confirme que l'incident chez Globex est contenu. On ne commentera pas davantage tant que l'enquête n'est pas terminée.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question. We don't name clients, ever. What I can say is that the sector was healthcare and the entry point was an unpatched VPN.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `@Julie pour répondre à ta question en commentaire : le devis qu'on prépare pour vous sera autour de 38 000 € HT, mais je te l'envoie officiellement seulement après validation par notre direction jeudi.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats on the new role! Your CTF writeups were the reason I got into this field.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Bonjour, pour finaliser votre dossier de formation financée, merci de nous confirmer votre numéro de sécurité sociale : vous nous aviez écrit 2 91 03 69 383 128 50, est-ce bien cela ?`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour, merci de ne jamais publier votre numéro de sécurité sociale en commentaire. Écrivez-nous en message privé et nous supprimerons ce fil.`, { surface: 'comment' }],
  ['x', 'en', '', `🧵 1/4 How we triaged 1,900 phishing reports in 48 h after a brand-impersonation wave hit Swiss SMEs. No names, just method.`],
  ['x', 'en', '', `2/4 Step one: cluster by sender infrastructure, not subject line. 1,900 reports collapsed into 23 campaigns.`],
  ['x', 'en', '', `3/4 Step two: pull IoCs per cluster and push them to the shared blocklist. Most were on bulletproof hosting in the 185.x range.`],
  ['x', 'en', 'internal_url', `4/4 Step three: automate. Our triage bot now lives on http://10.30.1.12:5000/triage and the feed is mirrored on triage.acme-corp.net. Thanks for reading!`],
  ['x', 'fr', 'codename', `Fier de l'équipe : Orion détecte désormais les exfiltrations DNS en moins de 3 minutes. Lancement client en février.`],
  ['x', 'fr', '', `Quelqu'un a vu la pluie d'étoiles filantes des Orionides cette année ? Ciel couvert à Namur, snif.`],
  ['x', 'en', 'confidential_marker', `CONFIDENTIAL - for the IR partners only: the exploitation of the zero-day in the ticketing appliance started 18 Nov, not 26 Nov as the vendor says. Advisory in draft.`],
  ['x', 'en', '', `The word "CONFIDENTIAL" stamped on a PDF is not a control. It's a request. Encrypt, restrict, log.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – ne pas diffuser
Notes d'atelier avec l'éditeur : le correctif de la faille d'authentification sortira le 3 février, la CVE est réservée. D'ici là, seule la mitigation par WAF est possible.`],
  ['linkedin', 'fr', '', `Petit coup de gueule : arrêtez de m'envoyer des docs marqués « sous NDA » alors qu'on n'a signé aucun NDA. Un marquage ne crée pas une obligation.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 10 December 09:00 CET
Joint advisory on the router botnet targeting Belgian municipalities. 312 devices identified, firmware fix available. Press kit attached.`],
  ['linkedin', 'en', '', `The embargo on our joint advisory with the national CERT lifted this morning. Full report now public, 312 compromised routers identified across Belgian municipalities.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 14/01 à 6h
Communiqué : notre cabinet rejoint le réseau des prestataires qualifiés PRIS. Citations de la direction en pièce jointe.`],
  ['linkedin', 'fr', '', `On m'a demandé en formation comment on choisit entre TLP:AMBER et TLP:AMBER+STRICT. Réponse courte : +STRICT quand même les clients de l'organisation destinataire ne doivent pas le voir.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER+STRICT
Subject: credential-stuffing wave against Canadian credit unions
Observed since 29 Nov, 14 institutions affected, source ASN and user agents in the attached table.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – Ne pas diffuser hors équipe

Planning des astreintes de décembre : Julien 1-7, Aïcha 8-14, Pierre 15-21, moi 22-31 (oui, Noël, merci).`],
  ['linkedin', 'en', '', `Just finished reading "Top Secret", the history of classification markings in NATO. Fascinating how little the labels have changed since 1949.`],
  ['linkedin', 'fr', '', `« Confidentiel », « Diffusion restreinte », « Secret » : on a refait notre guide interne de classification pour qu'il tienne sur une page. Le modèle est disponible en téléchargement libre.`],
  ['linkedin', 'mixed', 'internal_url confidential_marker', `[INTERNAL] Daily standup SOC – Mon
- Alert storm from the mail gateway, root cause: signature update
- Sandbox sbx01.lab.corp en panne depuis vendredi, ticket ouvert
- Reminder : le nouveau playbook phishing est dans le wiki
- Jérôme en congé mercredi`],
  ['linkedin', 'mixed', '', `Standup notes de l'équipe red team, version publique 😄
- Lundi : café
- Mardi : café + rapport
- Mercredi : on a enfin cassé le Wi-Fi du labo (le nôtre, hein)
- Jeudi : démo aux stagiaires
- Vendredi : café`],
  ['linkedin', 'mixed', 'client_name', `Kick-off call with Hôpital Sainte-Claire today for the tabletop exercise. On va simuler un rançongiciel sur le PACS en plein week-end. Can't wait.`],
  ['linkedin', 'mixed', '', `Je donne un talk au NorthSec à Montréal en mai : "From alert to action in 15 minutes". Venez dire bonjour, I'll bring stickers.`],
  ['linkedin', 'mixed', 'financial', `Quick recap du call avec le fonds : they want 20 % for 3 M€, we were hoping for 15 %. Rien de signé, on en reparle lundi avec les associés. Please keep this between us.`],
  ['linkedin', 'mixed', 'phone email', `Switching from consulting to in-house. Si vous avez besoin de me joindre pendant la transition : +33 7 58 14 92 36 ou nadia.benali@protego-audit.fr. Merci à tous !`],
  ['linkedin', 'en', '', `After 9 years of incident response, I'm leaving the field to teach. Thanks to every analyst who covered my shifts, every client who picked up the phone at 3 am, and every coffee machine on every SOC floor.`],
  ['linkedin', 'fr', '', `Dernier jour chez Bastion IR. Je pars rejoindre l'équipe de réponse à incident d'un grand groupe bancaire. Je garde le même numéro perso, vous savez où me trouver.`],
  ['linkedin', 'fr', 'phone', `Au revoir l'équipe de Genève ! Pour les rares qui n'ont pas mon portable : 078 624 19 53. Venez skier à Verbier cet hiver.`],
  ['linkedin', 'en', '', `📊 Poll: What's your SOC's biggest time sink?
- False positives
- Ticket handovers
- Reporting for management
- Meetings about reporting for management`],
  ['linkedin', 'fr', '', `Sondage : vous classez vos rapports de pentest en TLP:AMBER, en « Confidentiel client », ou vous ne mettez rien ? Curieux de voir les pratiques.`],
  ['x', 'en', '', `Poll for the IR folks: do you ask clients to sign off on TLP labels before you share IoCs with the ISAC? Yes / No / What's an ISAC`],
  ['linkedin', 'en', '', `Changelog v4.2 of our open-source log parser:
- Added Zeek notice.log support
- Fixed timezone bug in Windows event parsing
- Dropped Python 3.8
Thanks to the 11 contributors!`],
  ['linkedin', 'en', 'internal_url', `Changelog (internal build 4.3-rc1):
- Connector now pulls from https://edr-api.acme-corp.net/v2
- Default staging DB moved to 172.20.14.3
- New flag --dry-run
Not released yet, testing on the lab cluster only.`],
  ['linkedin', 'fr', 'codename internal_url', `Note de version pour Project Kestrel 0.9 : le modèle est déployé sur kestrel-ml.corp.acme.com, l'API de scoring répond en 40 ms. Tests d'intégration jusqu'à vendredi.`],
  ['linkedin', 'fr', '', `Notre bibliothèque de règles Sigma passe en version 3.0, publiée sous licence MIT. 280 règles, dont 40 spécifiques aux environnements hospitaliers.`],
  ['linkedin', 'en', '', `Post-mortem, shared with permission: a misconfigured backup job overwrote three days of logs. No data lost for clients, 6 hours to restore. Root cause: a cron expression with one asterisk too many.`],
  ['linkedin', 'fr', 'internal_url secret', `Post-mortem interne de la panne d'hier :
1. Le certificat de ldap01.intranet.veille-cyber.ch a expiré à 23h59
2. Le compte de service svc_ldap (mdp : Lx!93-Ravoire-Tz) a été verrouillé par les tentatives répétées
3. Rétabli à 02h10
Actions : monitoring des expirations.`],
  ['linkedin', 'en', '', `Supplier notice: our badge reader vendor will perform firmware updates on 14 December between 7 and 9 pm. Expect delays at the entrance. Public info, share with your visitors.`],
  ['linkedin', 'fr', 'iban phone', `Avis fournisseur : suite au changement de banque, nos nouvelles coordonnées sont BE22 2954 8657 4847. Pour vérifier ce changement, appelez notre comptabilité au +32 81 24 67 90, jamais sur le numéro indiqué dans un mail.`],
  ['linkedin', 'fr', '', `Quand un fournisseur vous annonce un changement d'IBAN, rappelez-le sur le numéro que vous aviez déjà, pas celui du mail. C'est la règle numéro un contre la fraude au faux fournisseur.`],
  ['linkedin', 'en', '', `Tip for new pentesters: screenshot everything, but blur before you paste into the report. Hostnames, usernames, tokens. Your client's legal team will thank you.`],
  ['linkedin', 'en', 'internal_url', `Tip for new pentesters: screenshot everything. Here's one from today's engagement: https://192.168.50.11/admin with default creds still accepted. 🙃`],
  ['linkedin', 'fr', '', `Astuce : dans vos rapports, remplacez les vrais noms d'hôtes par HOST-01, HOST-02… et gardez la table de correspondance dans l'annexe chiffrée.`],
  ['linkedin', 'fr', 'internal_url', `Pour la table de correspondance de l'annexe, je mets ça ici avant de l'oublier : HOST-01 = srv-paie.chu.local, HOST-02 = 10.8.0.22, HOST-03 = citrix.corp.`],
  ['x', 'en', '', `My favourite pentest finding this year: the admin panel protected by a password that was the company's founding year. No details, obviously.`],
  ['x', 'fr', 'secret', `Mon finding préféré de l'année : un panneau admin dont le mot de passe était l'année de fondation, 1987Lausanne. Oups, j'en ai trop dit, le client a changé depuis ? J'espère.`],
  ['linkedin', 'fr', '', `Nouveau client, nouvelle paperasse : notre numéro d'entreprise BCE est le 0742.318.556 et notre TVA BE0742318556. Rien de secret, c'est sur toutes nos factures.`],
  ['linkedin', 'fr', '', `Pour les appels d'offres suisses, notre IDE est CHE-214.587.903. Publié au registre du commerce, évidemment.`],
  ['linkedin', 'en', '', `Ticket INC-20261204-0087 closed after 19 days. Longest-running phishing case of the year. Nothing to see in the number, it's just our ticket format.`],
  ['linkedin', 'fr', 'national_id', `Exercice de réponse à incident réalisé avec de vraies données par erreur : le fichier de test contenait le numéro de registre national 92.11.03-046.30 d'une collègue. Elle est prévenue, le fichier effacé, et on a revu la procédure.`],
  ['linkedin', 'en', '', `For our DLP workshop we use a Belgian national register number with a wrong check: 85.04.17-123.17. Your rule should NOT fire on it. If it does, tune it.`],
  ['linkedin', 'fr', 'national_id', `Lors de l'audit de l'école, un tableur des élèves majeurs était partagé publiquement, avec par exemple 01.06.22-087.24 en colonne D. Signalé et corrigé dans la journée.`],
  ['linkedin', 'en', 'national_id', `Case study for our privacy class (with the student's consent): her own AVS number, 756.6600.1440.54, was printed on a parking permit. We walked through who could abuse it and how.`],
  ['linkedin', 'fr', '', `Un numéro AVS comme 756.1234.5678.97 figure dans la documentation officielle comme exemple. Utilisez-le dans vos jeux de test plutôt que celui de votre collègue.`],
  ['linkedin', 'en', 'national_id phone', `Help desk pasted this in our shared channel instead of the CRM: "Caller: Marie-Ève Gagnon, SIN 255 105 280, callback 819 443-2781". Purged, user informed, training scheduled.`],
  ['linkedin', 'fr', '', `Un NAS canadien qui commence par 9 est attribué aux résidents temporaires. Utile à savoir pour vos contrôles d'intégration RH.`],
  ['linkedin', 'fr', '', `Vous avez reçu un courriel disant que votre NAS est « suspendu » ? C'est une fraude. Le gouvernement ne suspend pas les numéros d'assurance sociale. Raccrochez, supprimez.`],
  ['linkedin', 'fr', 'national_id', `Vu en pentest, dans une base de test non anonymisée : NIR 1 77 11 33 063 017 54, nom, adresse, mutuelle. L'éditeur a reconnu le problème et anonymise désormais ses jeux de données.`],
  ['linkedin', 'fr', '', `Le NIR 1 84 07 75 112 045 23 qui circule dans ce faux formulaire n'est même pas valide, la clé est fausse. Mais le formulaire vole bien vos coordonnées bancaires.`],
  ['linkedin', 'en', 'phone', `Quebec SMEs: our ransomware hotline 1-866-407-3158 is now staffed in French and English around the clock.`],
  ['linkedin', 'fr', 'phone', `Permanence de notre antenne de Lausanne : 021 634 28 15, du lundi au vendredi. Pour les urgences cyber hors heures, on a aussi une ligne de garde.`],
  ['linkedin', 'en', '', `If you're being scammed right now in Canada, call 911 if you're in danger, then the Canadian Anti-Fraud Centre. Don't call the number in the message.`],
  ['linkedin', 'fr', '', `En Belgique, le 101 pour la police, le 112 pour les urgences. Et pour une cyberattaque ? Le CCB a un formulaire de signalement en ligne, pas de numéro magique.`],
  ['linkedin', 'fr', 'phone', `Suite à l'exercice de crise : tous les membres de la cellule doivent avoir en mémoire le numéro de l'astreinte DSI, +33 1 84 67 22 09. Je le remets ici pour ceux qui l'avaient perdu.`],
  ['linkedin', 'en', '', `Our SOC handled 14,223 alerts in November, escalated 312, and confirmed 9 incidents. Monthly transparency report, same as every month, link in the comments.`],
  ['linkedin', 'fr', '', `Le CVE-2026-38812 touche le portail de télétravail d'un éditeur bien connu. Score CVSS 9.1. Mettez à jour vers la 11.4.2. Bulletin officiel de l'éditeur publié hier.`],
  ['x', 'en', '', `Indicator, not a secret: the malware's hardcoded XOR key is 0x5A3C. Published in every sandbox report already. Add it to your YARA.`],
  ['x', 'en', 'secret', `The stealer log we pulled from the Telegram channel has one of OUR test accounts in it: svc-scan / Hb7#qWx2-Lomb. Rotating now, but how did it get on a dev laptop?`],
  ['linkedin', 'en', '', `Threat intel 101: stealer logs contain real credentials of real people. Share stats, share families, share C2s. Never share the credentials themselves, even "for awareness".`],
  ['linkedin', 'fr', 'secret', `Pour la démo du SIEM à 14h, utilisez le compte invité : login demo-client, mot de passe Vq4-Plainpalais-88. Il expire ce soir.`],
  ['linkedin', 'fr', '', `Pour la démo publique du SIEM, le compte est demo / demo sur notre instance de bac à sable en ligne. Oui, c'est fait exprès, elle est réinitialisée toutes les heures.`],
  ['linkedin', 'en', 'secret', `Rotating the API key for the threat feed. Old one (dead now, but still): tf_live_9Rk2vLq8WzX4nT6yPb3Hs7Jd. New one in the vault.`],
  ['linkedin', 'en', '', `Every "sk_test_" key in a GitHub issue is noise for secret scanners. Every "sk_live_" key is a fire. Tune accordingly.`],
  ['linkedin', 'en', 'client_name confidential_marker', `Classification: Client Confidential
Engagement: Globex – external pentest, phase 2
Status: 3 high, 7 medium, report due 19 Dec
Owner: me. Sharing here by mistake? No, sharing to ask: anyone else seeing the same Citrix build in the wild?`],
  ['linkedin', 'en', '', `Our reports now carry a "Classification:" line that the client chooses at kick-off. Default is "Client Confidential". We explain this on our public methodology page, which is how we like it.`],
  ['linkedin', 'fr', 'client_name', `Superbe journée de sensibilisation chez Société Générique : 240 collaborateurs formés au phishing en une journée. Merci à leur équipe sécurité pour l'accueil !`],
  ['linkedin', 'fr', '', `Petite précision pour les étudiants : dans nos études de cas, « une société générique du secteur bancaire » veut dire exactement ça, une entreprise quelconque, anonymisée.`],
  ['linkedin', 'en', 'client_name', `We're hiring a pentester to join the Initech account team in Montréal. Hybrid, French and English required.`],
  ['linkedin', 'en', '', `Globex Corporation, Hank Scorpio's company, had the best employee perks in cartoon history. Hammock district included. Our office could learn a thing or two.`],
  ['x', 'fr', 'codename', `Petite fierté du vendredi : Atlas Bleu est enfin en recette chez les premiers clients pilotes. Merci l'équipe 💙`],
  ['x', 'en', '', `Randonnée dans le Moyen Atlas last summer, the blue-tinted cedars at dawn were unreal. Posting this instead of working on my report.`],
  ['linkedin', 'en', 'codename financial', `Budget for Nébula next year was approved at 1.1 M€ by the exec committee yesterday. Not announced to the teams yet, the CTO will present it at the January kickoff.`],
  ['linkedin', 'fr', '', `Notre conférence « Nebula » sur la sécurité du cloud revient à Bruxelles le 12 mars. Billetterie ouverte, premiers intervenants annoncés.`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE – CERT sectoriel santé
Une campagne de rançongiciel cible les établissements de santé privés depuis le 2 décembre. Vecteur : VPN SSL non patché. Indicateurs en annexe.`],
  ['linkedin', 'fr', '', `La mention « Diffusion restreinte » est une vraie mention de protection en France, encadrée par l'IGI 1300. Ce n'est pas juste un tampon qu'on ajoute pour faire sérieux.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED
Victim list from the leak site, for the named partners only. Do not forward, do not copy into ticketing.
(attached)`],
  ['linkedin', 'en', '', `A TLP:RED briefing I attended last week reminded me how rare real trust is in this industry. No details, obviously, but I walked out grateful.`],
  ['linkedin', 'fr', 'financial', `Proposition de rémunération pour le poste de responsable SOC qu'on n'a pas encore ouvert officiellement : 95 à 105 k€, la grille doit encore passer en comité RH. Ne le mentionnez pas en entretien.`],
  ['linkedin', 'fr', '', `Offre d'emploi : pentesteur·se confirmé·e à Montréal, salaire de 95 000 à 115 000 $ par an, télétravail 3 jours par semaine. La fourchette est affichée, comme l'exige la loi.`],
  ['linkedin', 'en', '', `Job ad: SOC Analyst L1 in Zurich, CHF 85,000 – 98,000 per year, night-shift allowance on top. Apply via our careers page.`],
  ['linkedin', 'en', 'financial', `Partners, for your eyes: the retainer we're proposing to the Ottawa transit authority is 180k CAD a year, and our walk-away is 150k. They haven't received the proposal yet.`],
  ['x', 'en', '', `Public sector IR retainers in Canada usually land between 100k and 300k CAD a year according to the last procurement reports I read. Prices are public for a reason.`],
  ['linkedin', 'fr', 'internal_url', `Nouveau dans l'équipe ? Tout est sur l'intranet : http://intranet.protego-audit.fr/onboarding, avec les accès à demander le premier jour.`],
  ['linkedin', 'fr', '', `Nouveau dans la cybersécurité ? Tout est sur le site de l'ANSSI, les guides d'hygiène sont gratuits et excellents. Commencez par celui pour les PME.`],
  ['linkedin', 'en', 'internal_url', `Quick one for the IR bridge: the memory dump is on \\\\nas-ir.forensics.local\\\\case-4471, read-only. Chain of custody form in the same folder.`],
  ['linkedin', 'fr', 'email', `Pour les inscriptions à l'atelier Purple Team de janvier, écrivez à formation(at)bastion-ir(point)be avec vos noms et entreprises.`],
  ['linkedin', 'en', '', `Writing "contact us at our website" is fine. Writing your personal Gmail in a public post is an invitation to every scraper on earth.`],
  ['x', 'fr', 'email', `Je relaie : l'organisateur du CTF cherche des bénévoles pour le 15 mars, écrivez-lui à t.morel @ cyberctf-liege.be`],
  ['x', 'en', '', `Hosted a CTF for 180 students in Sherbrooke today. The hardest challenge was solved by a 17-year-old in 41 minutes. The future is fine.`],
  ['linkedin', 'fr', '', `Orion, Kestrel, Nebula… Pourquoi les éditeurs de sécurité adorent-ils les noms d'astronomie et d'oiseaux de proie ? Mon top 5 des noms de produits les plus clichés, en commentaire.`],
  ['linkedin', 'en', 'secret internal_url', `Can you check the RADIUS shared secret on the lab controller? It should be "r4d!us-Mtl-lab-2026" on 192.168.77.2 but the APs keep rejecting.`],
  ['linkedin', 'en', '', `The RADIUS shared secret in the vendor's quick-start guide is "testing123". If your production APs still use it, you have bigger problems than rejected clients.`],
  ['linkedin', 'fr', 'card', `Fuite chez un marchand en ligne que l'on accompagne : un script de skimming a capturé, entre autres, la carte 2221 9710 4312 4669 d'un de nos propres consultants (c'est comme ça qu'on l'a détecté). Carte bloquée, marchand nettoyé.`],
  ['linkedin', 'fr', '', `Carte de test Mastercard série 2 pour vos recettes : 2223 0031 2200 3222, fournie par les PSP. À utiliser en bac à sable uniquement.`],
  ['linkedin', 'en', 'iban', `Internal expenses note pasted in the wrong channel: please reimburse my travel to the Zurich client (CHF 412.50) to CH68 7468 9876 3202 3847 0. Thanks!`],
  ['linkedin', 'fr', '', `Les frais de déplacement du cabinet sont remboursés sous 10 jours, sur présentation des justificatifs. C'est dans la charte publique de nos consultants.`],
  ['linkedin', 'fr', 'financial', `Chiffres du mois à ne pas sortir avant la réunion des associés : carnet de commandes à 3,1 M€ pour le premier semestre, dont 40 % en réponse à incident. On présente ça le 16.`],
  ['linkedin', 'en', 'financial client_name', `Negotiation update: Hôpital Sainte-Claire asked for a 12 % discount on the 3-year SOC contract. Our draft counter is 9 %, which brings the total to about 1.46 M€. Nothing sent yet.`],
  ['x', 'fr', 'financial', `Le devis du pentest annuel qu'on doit envoyer lundi : 62 k€ HT. Si quelqu'un de chez le client lit ça, vous ne l'avez pas vu 🙈`],
  ['linkedin', 'en', 'financial', `Margin check before we reply to the tender: at 1,320 €/day we're at 31 % gross margin, at 1,200 we drop to 22 %. Sales wants 1,200, finance says no. Decision Friday.`],
  ['linkedin', 'fr', 'iban', `Note de frais à rembourser sur mon compte FR76 1117 4511 8761 5492 0109 309 svp, merci la compta ! (déplacement Bordeaux, 284,60 €)`],
  ['linkedin', 'en', 'iban', `Our donation drive for the Liège food bank: transfer any amount to BE81 8317 6769 8324, reference "SOC XMAS". We'll match every euro.`],
  ['linkedin', 'fr', 'card', `Quelqu'un dans l'équipe a laissé traîner la carte entreprise sur le scan partagé du ticket de train : 4014 1400 0307 2212, exp 11/27. Je la fais opposer, on en reparle au prochain point sécurité.`],
  ['linkedin', 'en', 'card', `Retro from the PCI audit: an agent kept customer cards in a sticky note app. The first one, 5415 7886 6547 7012, was still active. All customers contacted, cards reissued.`],
  ['linkedin', 'fr', 'national_id', `Incident RH : un bulletin de salaire envoyé au mauvais destinataire, avec le NIR 2 69 05 13 055 201 23 de la salariée. Notification CNIL faite sous 72 h.`],
  ['linkedin', 'en', 'national_id', `Pentest finding, client notified and fixed: the tenant portal's password reset accepted the SIN as the only factor. Our test account's own SIN, 224 725 648, was enough to reset it.`],
  ['linkedin', 'fr', 'national_id', `Le formulaire d'inscription de l'association sportive stockait les numéros AVS en clair. Celui du trésorier, 756.8068.0970.88, apparaissait même dans l'URL de confirmation.`],
  ['linkedin', 'fr', 'national_id', `Oups, document de test partagé en réunion : on y voyait le numéro national 78.02.09-210.08 du consultant qui avait servi de cobaye. Document retiré, consultant prévenu.`],
  ['linkedin', 'en', 'email', `Please send the signed scope letter to engagements@protego-audit.fr before Friday, otherwise we can't start on Monday.`],
  ['linkedin', 'fr', 'email', `Les candidatures pour l'alternance SOC sont à envoyer à lea.girard@veille-cyber.ch, avec CV et lettre courte.`],
  ['linkedin', 'en', 'codename client_name', `Good news from the Orion pilot: Initech's SOC cut mean time to triage from 45 to 12 minutes. Case study draft pending their legal review.`],
  ['x', 'en', 'phone', `Anyone at the Montreal meetup tonight lost a badge? Text me at 438-207-5519 and I'll drop it at the front desk.`],
]);
