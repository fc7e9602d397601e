import { rows } from './corpus-types';

/**
 * Held-out set "fresh38": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on;
 * the checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh38`.
 * First scored 2026-12-04 16:15 UTC on the rules of 9b34361 (after the fixes from fresh35 to fresh37), before any fix from
 * it: confidentiality macro F1 0.968, 2.7 % of clean posts flagged (3 of 112); national_id 0.870 (recall 0.769),
 * confidential_marker 0.882, financial 0.920 (recall 0.852), phone 0.980, the 7 others 1.000. On 6628170 (this session's
 * first rules): 0.964 / 2.7 %; on b1a418f: 0.961 / 2.7 %.
 *
 * Authors, mostly French-speaking employees writing in French, the rest in English or mixing both: a Lille
 * rail-maintenance firm, a Rouen pharmaceutical packager, a Caen dairy cooperative, a Tours insurance broker, a Limoges
 * porcelain maker, a Pau aerospace subcontractor, a Perpignan fruit importer, an Ajaccio ferry operator, a Nouméa
 * nickel-services firm, a Saint-Denis (La Réunion) telecom, a Pointe-à-Pitre rum distillery, a Monaco yacht broker, an
 * Andorra ski-resort operator, a Moncton (New Brunswick) call centre, a Port-au-Prince microfinance NGO, an Antananarivo
 * vanilla exporter, a Douala logistics firm, a Kinshasa mobile operator, a Brussels EU-affairs consultancy and a Geneva
 * commodity trader. Forms: team wins, pasted meeting notes and Teams messages, a cost table, config and .env snippets, a
 * connection string, changelogs, a post-mortem, customer-service replies (surface 'comment'), job ads with published
 * salary ranges, a poll, an X thread, live-posts from trade shows, supplier and bank-detail notices, fraud warnings,
 * lost-and-found notes, out-of-office notes, goodbyes, tips and training slides.
 *
 * Financial positives, each with a different sign that the figure is not public yet: a budget awaiting the works
 * council, a contract value before the customer's board or the Region announces it, a milk price before the members'
 * AGM, a price rise before resellers or importers get the grid, resident fares before the assembly votes, a sealed bid
 * before the envelopes are opened, a tender offer before the result, an investment under EMBARGO, a business plan not
 * yet sent to shareholders, turnover before the AGM (XPF) or before the board closes the accounts (FCFA), a network
 * project cost before the regulator sees it, a ski-lift budget before the government is told, a trading P&L not yet
 * in the accounts, an LOI before the customer's investor day, a broker's commission before closing, an
 * internal margin, a draft NGO budget, a vanilla FOB price before management signs it off. Look-alikes: published
 * annual-report and season figures, accounts filed at the registry, public prices (plates, rum, ski pass, fibre, data
 * bundle), asking prices of listed yachts, published salary ranges, market prices (LME nickel, CBOT wheat, MWh),
 * other organisations' figures (EU budget, World Bank, France Assureurs), a teaching example and personal spending.
 * Company switchboards, hotlines and role mailboxes are labelled phone and email like personal ones; numbers are
 * written in French (incl. Réunion 0262/0692, Guadeloupe 0590/0690, Corsica), New Caledonian six-digit, Monegasque,
 * Andorran, Canadian (toll-free and 506), Haitian, Malagasy, Cameroonian, Congolese, Belgian, Swiss and Spanish formats;
 * emergency short numbers (112, 15, 17, 18, 196) are clean. Emails include role mailboxes, obfuscated "[at] [dot]" and
 * "[@] [.]" forms and a spaced "name @ domain"; an X @handle and bare domains are clean. Secrets without vendor
 * formats: Wi-Fi keys, shared logins, a RADIUS shared secret, .env values, a USSD-gateway API token, a Postgres
 * connection-string password, Slack and Discord webhooks; AWS's EXAMPLE key, sk_test_XXXX and changeme placeholders are
 * clean. Internal URLs: acme-corp.net and corp.acme.com, intranet. hosts, private IPs (10/8, 172.16/12, 192.168/16),
 * .local, .internal and .corp hosts; public sites, a public office IP and 172.32.0.1 are clean.
 *
 * Every IBAN, card and national id positive was computed with a throwaway script kept outside the repo: FR (incl. a
 * letter in the account and overseas banks), MC, CM and MG with the RIB key and mod 97, AD (with letters), BE with its
 * mod-97 account check, CH; Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover; French NIR with its key
 * (born in Lille, Ajaccio with 2A, Saint-Denis de La Réunion 97-411, Pointe-à-Pitre 97-120, Nouméa 98-818), Belgian
 * national register number (before and after 2000), Swiss AVS number (EAN-13), Canadian SIN (Luhn); the Haitian NIF
 * and Malagasy CIN as written on the card. Look-alikes: a fraudster's FR IBAN and a phishing CH IBAN with failing
 * checks, a masked IBAN, the widely published BE71 example IBAN, the 4111 test card, a 16-digit lot number failing
 * Luhn, an all-nines NIR, a NIR with a wrong key, the CRA example SIN and a SIN failing Luhn, the official AVS specimen.
 * The policy's names also appear in their ordinary sense (Orion's belt and the Orion Nebula, a kestrel, Atlas the cat,
 * a blue school atlas, a chapel of Sainte-Claire, a "société générique" in a law class, Initech in Office Space, CME
 * Globex), and confidential markers harmlessly (a training reminder about "Diffusion restreinte", a panel on EU
 * classification levels, a workshop on the CONFIDENTIEL stamp, "interne en pharmacie", trade embargoes, a joke about a
 * "confidential" ranking).
 *
 * COUNTS: 244 posts (166 FR, 65 EN, 13 mixed; 210 LinkedIn of which 8 comments, 34 on X): 112 clean, 132 with one or
 * more findings. Labels: financial 27, phone 25, confidential_marker 16, email 14, iban 14, national_id 13,
 * internal_url 12, secret 12, codename 10, client_name 10, card 7.
 */
export const FRESH38_POSTS = rows('fresh38', [
  // — Lille, rail maintenance —
  ['linkedin', 'fr', '', `Fiers de l'équipe du technicentre d'Hellemmes : 412 essieux contrôlés en octobre, zéro reprise. Merci à Karim, Élodie et à toute l'équipe de nuit qui a tenu la cadence malgré les grèves 🚆`],
  ['linkedin', 'fr', 'codename financial internal_url', `CR réunion projet Orion – 14/11
- Périmètre : révision mi-vie de 38 rames Régiolis
- Budget validé par la direction : 7,8 M€ (pas encore annoncé aux équipes, on attend le CSE du 2/12)
- Planning détaillé : https://wiki.acme-corp.net/orion/planning
- Prochain point jeudi 9h, salle Vauban`],
  ['x', 'fr', '', `Ce soir la ceinture d'Orion est parfaitement visible au-dessus du faisceau de Lille-Délivrance. Pause café stellaire pour l'équipe de nuit ✨`],
  ['linkedin', 'fr', 'phone email', `Astreinte caténaire ce week-end : c'est pour moi. Pour toute alerte sur le secteur Lens–Béthune, appelez mon portable 06 71 38 52 94 ou écrivez à mathieu.vandamme@ferronord-maintenance.fr. Pour une urgence vitale, le 112 évidemment.`],
  ['linkedin', 'fr', '', `On recrute ! Technicien·ne de maintenance ferroviaire H/F – CDI – Hellemmes.
Salaire : 29 000 à 34 000 € bruts annuels selon expérience, + primes de nuit et de week-end.
Postulez via ferronord-maintenance.fr/carrieres, on répond à tout le monde.`],
  ['linkedin', 'fr', 'secret internal_url', `[Teams – 07:42] Julien D. : le wifi de l'atelier 3 a changé, nouveau SSID FN-ATELIER3 / clé : Bogie!Essieu2026
[07:43] Julien D. : et la GMAO est migrée sur http://10.42.8.15:8080/gmao, pensez à mettre à jour vos favoris`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE
Retour d'expérience – déraillement à faible vitesse, voie 14 du dépôt.
Cause racine : usure d'aiguillage non détectée lors de la tournée du 3/11.
Actions : double contrôle visuel des aiguilles du faisceau sud, formation flash des visiteurs jeudi.`],
  ['linkedin', 'fr', '', `Petit rappel de nos formations sécurité de l'info : un document marqué « Diffusion restreinte » ne se poste jamais, même flouté, même en story. Dans le doute, demandez à votre manager avant de publier.`],
  ['linkedin', 'fr', 'internal_url', `GMAO v4.2 — notes de version
- Nouveau : saisie des relevés de profils de roues sur tablette
- Corrigé : export PDF des fiches d'intervention tronqué
- L'ancienne adresse http://gmao.ferronord.corp redirige désormais vers la nouvelle
Merci aux testeurs de l'atelier 2 !`],
  ['linkedin', 'fr', '', `Sondage 📊 Pour la maintenance prédictive des essieux, vous misez sur :
1) capteurs vibratoires
2) thermographie
3) analyse acoustique
4) l'oreille de Bernard, 30 ans de métier`],
  ['x', 'fr', 'financial', `🧵 1/3 Ce qu'on ne vous a pas encore dit : on a remporté la maintenance des TER Hauts-de-France, lot 2. 23 M€ sur 8 ans. L'annonce de la Région est prévue le 12, d'ici là vous n'avez rien lu.`],
  ['x', 'fr', '', `2/3 Ce que ça change pour nous : des recrutements à Hellemmes et à Lens dès le printemps. Les fiches de poste sont déjà en ligne sur notre site carrières.`],
  ['linkedin', 'fr', 'iban', `Pour le séminaire d'équipe à Wimereux, merci de régler votre part (45 €) sur le compte du CSE : FR76 1020 7000 4104 1219 5384 293, libellé « séminaire + votre nom ».`],
  ['linkedin', 'fr', '', `Correction de mon quiz réseau d'hier : 172.32.0.1 n'est PAS une adresse privée. La plage privée, c'est 172.16.0.0/12, qui s'arrête juste avant. Mea culpa aux trois personnes qui avaient raison.`],

  // — Rouen, pharmaceutical packaging —
  ['linkedin', 'fr', 'client_name financial', `Gros contrat signé avec l'Hôpital Sainte-Claire pour le conditionnement unitaire de leurs formes sèches 💊 Montant : 1,45 M€ sur trois ans. On ne le communique pas encore : le communiqué sortira après validation par leur conseil de surveillance.`],
  ['linkedin', 'en', '', `Our Rouen site passed its ANSM inspection with zero critical findings. Huge thanks to QA, production and the cleaning crew who made it possible. Three years of work in one stamp.`],
  ['linkedin', 'fr', '', `Bienvenue à Inès, interne en pharmacie, qui nous rejoint six mois au service assurance qualité ! Premier jour et déjà un audit de ligne blister 😄`],
  ['linkedin', 'mixed', 'confidential_marker codename', `INTERNAL USE ONLY – Nébula serialisation pilot: line 4 goes live on 6 January, aggregation tests still at 2 % de rejets. Merci de remonter vos anomalies dans le ticket, pas par mail.`],
  ['x', 'fr', '', `Question aux collègues pharmaciens : vous utilisez quoi pour former les nouveaux au vocabulaire BPF ? On a tenté un quiz Kahoot, succès total, même chez les anciens.`],
  ['linkedin', 'fr', 'national_id', `Bonjour à tous, quelqu'un de la paie peut vérifier le dossier mutuelle de notre nouvel opérateur de ligne ? N° de sécu : 2 88 05 59 350 214 45, elle ne reçoit toujours pas sa carte de tiers payant.`],
  ['linkedin', 'en', '', `Slide from our training for new HR assistants: a French social security number has 15 digits — sex, year, month, department, commune, order number and a two-digit key. In class we only ever use the dummy 1 99 99 99 999 999 99.`],
  ['linkedin', 'fr', 'financial', `Synthèse atelier coûts, à ne pas transférer aux labos :
| Ligne | TRS T3 | Coût unitaire | Prix client 2027 |
| B4 | 71 % | 0,042 € | 0,061 € |
| B7 | 64 % | 0,051 € | 0,069 € |
Les prix 2027 partent chez les clients après l'arbitrage du 10/12.`],
  ['linkedin', 'en', '', `Packaging tip: lidding foil thickness matters more than most buyers think. Going from 20 µm to 25 µm changed push-through force by about 30 % in our trials. Test before you switch suppliers.`],
  ['linkedin', 'fr', 'email', `Audit fournisseurs de lundi : merci d'envoyer vos certificats d'analyse à qa-fournisseurs@seineblister.fr avant vendredi midi, un PDF par lot.`],
  ['linkedin', 'fr', '', `Merci pour ce retour ! Nos fiches techniques sont téléchargeables librement sur seineblister.fr/produits, n'hésitez pas à les partager.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Out of office until 2 January. For urgent batch release questions, call our qualified person on duty at +33 2 35 14 68 27. Everything else can wait for the new year!`],

  ['linkedin', 'fr', '', `Sortie d'équipe : visite de la chapelle Sainte-Claire et de ses vitraux restaurés, puis déjeuner au bord de Seine. Merci au CSE pour l'organisation !`],
  // — Caen, dairy cooperative —
  ['linkedin', 'fr', 'financial', `Conseil d'administration ce matin : le prix de base du lait au 1er janvier passera à 478 €/1000 L. Les adhérents le découvriront à l'AG du 18, d'ici là motus, même avec vos voisins producteurs 😉`],
  ['linkedin', 'fr', '', `Comme annoncé lors de notre assemblée générale publique du printemps, la coopérative a collecté 612 millions de litres en 2025 et reversé 14 M€ de compléments de prix. Merci aux 1 100 exploitations adhérentes !`],
  ['linkedin', 'fr', 'phone', `Camion de collecte en panne sur la D613 près de Bayeux, tournée 7 décalée d'environ 2 h. Producteurs concernés : appelez le planning au 02 31 51 27 84 ou Gaëlle sur son portable 07 62 18 45 93.`],
  ['x', 'fr', '', `Les vaches normandes ne lisent pas LinkedIn, mais elles apprécieraient qu'on parle un peu plus de leur rôle dans le camembert AOP. Voilà, c'est dit. #Normandie`],
  ['linkedin', 'fr', 'iban', `Avis aux transporteurs partenaires : suite à notre changement de banque, les avoirs seront désormais réglés depuis le compte Coopérative Laitière du Bessin — IBAN FR76 1680 6003 0066 0123 4510 296 — BIC AGRIFRPP868. Toute demande de modification reçue par mail doit être confirmée par téléphone.`],
  ['linkedin', 'fr', '', `⚠️ Tentative d'escroquerie : un faux courrier « de la coopérative » demande aux producteurs de virer leurs cotisations sur FR76 1680 6003 0066 0198 7712 045. Ce n'est PAS notre compte, et le numéro ne passe même pas le contrôle de clé. Ne payez rien.`],
  ['linkedin', 'fr', 'codename', `Le projet Atlas Bleu avance : première fabrication du nouveau bleu au lait cru sur la ligne pilote. On vise un lancement dans deux ans, et on n'en parlera pas aux salons d'ici là.`],
  ['linkedin', 'fr', '', `Atlas, le chat de la fromagerie, a encore dormi sur les palettes de beurre AOP. Le service hygiène le cherche, nous on le couvre. 🐈`],
  ['linkedin', 'fr', 'phone', `Bonjour Éric, pour votre contrat de collecte le plus simple est d'appeler directement votre technicien de secteur, Paul Lemarchand, au 06 84 21 73 50. Il passe dans votre coin mardi.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'confidential_marker financial', `EMBARGO jusqu'au 15 janvier, 8h00
La coopérative investit 36 M€ dans une nouvelle tour de séchage à Condé-sur-Vire, 45 emplois créés d'ici 2028.`],
  ['linkedin', 'fr', '', `Petit rappel d'histoire : l'embargo russe sur les produits laitiers européens, en 2014, a coûté cher à toute la filière. On en parle encore dans nos formations export.`],
  ['x', 'fr', '', `« Combien de litres donne une vache normande par jour ? » Réponse de mon fils de 6 ans : « un plein bidon ». Pas faux. 🐄`],

  ['linkedin', 'fr', '', `Information fournisseurs : la plateforme de réception sera fermée entre Noël et le Jour de l'an. Les livraisons reprendront le 2 janvier à 6h, merci d'anticiper vos tournées.`],
  // — Tours, insurance broker —
  ['linkedin', 'fr', 'client_name financial', `Renouvellement de la flotte auto de Société Générique bouclé ! Prime négociée à 286 000 € HT, soit -9 %. On présente le chiffre au client lundi, donc pas un mot avant.`],
  ['linkedin', 'fr', 'phone', `Le saviez-vous ? En cas de dégât des eaux, vous avez 5 jours ouvrés pour déclarer le sinistre. Nos conseillers répondent au 02 47 60 18 33 du lundi au vendredi, 9h-18h.`],
  ['linkedin', 'fr', 'national_id email', `Dossier prévoyance à compléter : M. Rachid B., NIR 1 84 07 2A 004 183 77, né à Ajaccio, mail perso rachid.b84@gmail.com. Je relance l'assureur demain matin.`],
  ['x', 'fr', '', `Les assureurs annoncent +6 à +8 % sur les primes habitation en 2027, selon France Assureurs. À vos comparateurs. #assurance`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : C3 – Confidentiel
Objet : audit ORIAS – points de non-conformité relevés
1. Devoir de conseil insuffisamment tracé sur 12 dossiers
2. Fiches d'information précontractuelle non signées
Plan d'action à rendre avant le 20.`],
  ['linkedin', 'fr', '', `Semaine de l'assurance : notre stagiaire a préparé une fiche très claire sur la différence entre franchise absolue et franchise relative. Je la partage en commentaire 👇`],
  ['linkedin', 'fr', 'email', `Bonjour Mme Perrin, désolée pour ce délai. Envoyez-nous les photos du sinistre à sinistres@loire-courtage.fr en précisant votre numéro de contrat, on s'en occupe dès réception.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Nous recrutons un·e chargé·e de clientèle IARD à Tours. Salaire : 32 à 38 k€ + variable, télétravail 2 jours par semaine. Offre complète sur notre page carrières.`],
  ['linkedin', 'fr', '', `Rappel sécurité : si un « assureur » vous demande de payer sur un compte que vous ne reconnaissez pas (exemple reçu hier : FR76 XXXX XXXX XXXX XXXX XXXX 412), appelez votre courtier avant de virer quoi que ce soit.`],
  ['linkedin', 'fr', 'email', `Vous pouvez adresser votre lettre de résiliation à gestion [@] loire-courtage [.] fr, on vous confirme la prise en compte sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Erreur classique dans les dossiers : la clé du numéro de sécu. Celui reçu ce matin, 1 79 02 37 261 045 12, a une clé qui ne correspond pas au reste. Retour à l'envoyeur, et vérifiez avant d'envoyer !`],
  ['linkedin', 'fr', '', `Nos formations anti-fraude utilisent la carte de test 4111 1111 1111 1111 : elle passe le contrôle de Luhn mais n'existe dans aucune banque. Parfait pour s'entraîner.`],

  ['linkedin', 'fr', '', `Question entendue en formation : « c'est quoi, une société générique ? » Ça n'existe pas en droit : on parle de société civile ou commerciale. Et un médicament générique, c'est encore autre chose 😉`],
  // — Limoges, porcelain —
  ['linkedin', 'fr', '', `Nouveau service « Feuille d'or » présenté à Maison&Objet. Prix public : 49 € l'assiette plate, 62 € l'assiette creuse. Disponible dans nos boutiques dès aujourd'hui.`],
  ['linkedin', 'fr', 'financial', `Petite fuite de ma part, tant pis : la hausse de nos tarifs revendeurs sera de 11 % au 1er mars, énergie des fours oblige. Les revendeurs n'ont pas encore reçu la grille, gardez ça pour vous.`],
  ['linkedin', 'fr', 'secret', `Pour les collègues du décor : le compte partagé du plotter de la salle 2, identifiant decor_vigenal, mot de passe Kaolin1771!grand. Ne le changez pas sans prévenir l'équipe du soir.`],
  ['x', 'fr', '', `Le kaolin découvert à Saint-Yrieix au XVIIIe siècle a fait de Limoges la capitale de la porcelaine. Petite leçon d'histoire du vendredi. 🏺`],
  ['linkedin', 'fr', 'codename confidential_marker', `CONFIDENTIEL — Nébula : essais de cuisson de la pâte translucide au four tunnel n°2, transmission lumineuse +18 % par rapport à la référence. Ne pas présenter au salon.`],
  ['linkedin', 'en', '', `Kiln tour today with 40 design students from the Limoges art school. Their questions were sharper than most of our supplier audits.`],
  ['linkedin', 'fr', 'card', `Petit mot de la boutique : une cliente a dicté sa carte au téléphone pour une commande et le numéro a fini sur le cahier partagé… 4532 1093 7745 8029, exp 11/27. On a arraché la page, mais il faudrait prévenir sa banque.`],
  ['linkedin', 'fr', '', `Lot de fabrication 2026 1108 4471 2095 : rappel volontaire de 40 tasses dont l'anse est mal fixée. Les clients concernés peuvent les rapporter dans n'importe quelle boutique, échange immédiat.`],
  ['x', 'fr', '', `Les porcelainiers ont besoin d'une énergie abordable pour leurs fours. Le prix du MWh a triplé en deux ans selon les chiffres de la CRE. Pensée pour toute la filière.`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du départ de Monique, virement possible sur mon compte perso FR53 2004 1010 1245 8732 1W03 360, ou en espèces auprès de Sophie à l'accueil.`],

  // — Pau, aerospace —
  ['linkedin', 'fr', 'codename financial', `Project Kestrel : notre offre pour les panneaux de nacelle est partie hier soir. 4,6 M€ sur cinq ans, marge cible 14 %. Ouverture des plis le 9 janvier, croisez les doigts.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the runway at Pau-Pyrénées during today's test flight. Nature still does vertical hover better than we do. 🦅`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent les gammes de contrôle CND mises à jour : elles sont sur smb://fs01.bearn-aero.local/qualite/CND ou sur https://intranet.bearn-aero.fr/qualite.`],
  ['linkedin', 'fr', '', `Notre intranet fait peau neuve ! Merci à l'équipe com' pour le nouveau design, et au service informatique pour la migration sans coupure.`],
  ['x', 'en', 'confidential_marker', `[INTERNAL] NCR-2291: 3 rivets out of tolerance on frame 12, lot quarantined, customer to be informed by QA only.`],
  ['linkedin', 'en', 'phone email', `Paris Air Show: find us in hall 2B, stand D142. To book a meeting with our sales team call +33 5 59 72 40 18 or email salon@bearn-aero.fr.`],
  ['linkedin', 'fr', '', `Un peu de pédagogie : quand je dis en cours qu'une ferrure coûte 1 200 € et se vend 1 500 €, c'est un exemple fictif de mon TD de contrôle de gestion à l'UPPA, pas un tarif réel 😉`],
  ['linkedin', 'en', 'financial', `Airshow recap for the team: we're close to an LOI for 240 shipsets at €38k each. The customer wants to announce it at their own investor day, so nothing leaves this building until then.`],
  ['linkedin', 'fr', '', `Nos comptes 2025, déposés au greffe en juin : 87 M€ de chiffre d'affaires et 640 salariés. Merci à chacune et chacun !`],
  ['linkedin', 'fr', 'secret', `.env de l'outil de traçabilité collé dans le ticket par erreur, quelqu'un peut le masquer ?
TRACE_DB_PASSWORD=rT8#vq2Lm!pz
TRACE_SIGNING_KEY=b81f5e0c9a7d43e2f6a1c0d8e3b7f924`],
  ['linkedin', 'en', '', `Config template for the new apprentices: DB_PASSWORD=changeme, API_KEY=<your-key-here>. Please actually change them on your own machine.`],
  ['linkedin', 'fr', 'card', `Carte affaires perdue au salon (Mastercard 2221 0047 1938 5578). Je l'ai fait opposer, mais si quelqu'un la retrouve sur le stand, rapportez-la à l'accueil.`],

  ['linkedin', 'fr', '', `En direct du salon ADS Show à Mérignac : notre démonstrateur de bord d'attaque en composite attire du monde depuis ce matin. Passez nous voir !`],
  // — Perpignan, fruit import —
  ['linkedin', 'fr', 'phone', `Réception des premières clémentines de Valence cette nuit au marché Saint-Charles. Chauffeurs : quai 12, contact réception 04 68 55 31 70 (nuit) ou Jordi au +34 612 48 39 05.`],
  ['linkedin', 'fr', '', `Au marché Saint-Charles, plus d'un million de tonnes de fruits et légumes transitent chaque année. On est fiers d'en porter une petite partie 🍊`],
  ['linkedin', 'fr', 'client_name financial', `Globex nous a confirmé la reconduction du contrat avocats. Volume prévu en 2027 : 4 200 tonnes, chiffre d'affaires attendu 11,3 M€. Je vous le dis avant la présentation au comité de direction de mardi, donc discrétion.`],
  ['x', 'fr', '', `Avocats à 1,20 € pièce chez mon primeur ce matin. Les prix de gros ont dû baisser, ou alors il s'est trompé d'étiquette 😅`],
  ['linkedin', 'fr', 'iban', `Pour nos clients grossistes : à compter du 1er décembre, merci de régler nos factures sur le nouveau compte Catalfruits SAS, IBAN FR76 3000 4015 5500 0108 4273 672. L'ancien compte sera clôturé fin janvier.`],
  ['linkedin', 'mixed', '', `Nuestro equipo, notre équipe : on sera à Fruit Logistica à Berlin en février, hall 22. Nectarines du Roussillon en dégustation. See you there!`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — Visite du site de conditionnement d'un partenaire marocain le 3/12 : photos interdites, aucune publication avant la signature de l'accord.`],
  ['linkedin', 'fr', '', `Notre chef de quai a gagné le tournoi de pétanque inter-entreprises du marché. Classement confidentiel… non, on plaisante, il est affiché à la cantine 😄`],
  ['x', 'fr', 'financial', `Marge sur les mangues avion cette saison : 22 %. Chiffre interne, on ne le montre évidemment pas aux acheteurs de la grande distribution 😉`],
  ['linkedin', 'mixed', '', `Gràcies Montse ! Les photos de la tramontane sur les serres sont incroyables, on les ajoute à notre rapport RSE public.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Écrivez-moi directement : j.morel @ catalfruits.fr. Je centralise tous les retours qualité sur les agrumes cette saison.`],

  // — Ajaccio, ferries —
  ['linkedin', 'fr', '', `Été record : 412 000 passagers transportés entre Ajaccio, Marseille et Toulon, chiffre publié ce matin dans notre bilan de saison. Merci aux équipages et aux équipes à quai !`],
  ['linkedin', 'fr', 'financial', `Les nouveaux tarifs résidents pour 2027 sont arrêtés : 32 € la traversée adulte au lieu de 29 €. La Collectivité ne les a pas encore votés, c'est donc entre nous jusqu'à la délibération.`],
  ['x', 'fr', 'phone', `Traversée de 20h annulée, vent d'ouest force 8. Les passagers sont invités à contacter notre service client au 04 95 51 63 20 pour un report sans frais.`],
  ['linkedin', 'fr', 'secret', `Pour l'équipage du « Monte d'Oro » : nouveau mot de passe de la tablette passerelle = Libeccio-2026#Pont. Idem pour le wifi équipage.`],
  ['linkedin', 'fr', '', `Coucher de soleil sur les îles Sanguinaires depuis la passerelle. Il y a des jours où le métier de second capitaine ressemble à une carte postale.`],
  ['linkedin', 'fr', 'national_id phone', `Objet trouvé à bord hier : un portefeuille avec une attestation de carte Vitale au nom de Mme L. Santoni, n° 2 91 11 97 411 052 16. Si vous la connaissez, qu'elle appelle la capitainerie au 04 95 21 07 48.`],
  ['linkedin', 'fr', '', `En 1931 déjà, la compagnie reliait Ajaccio à Nice en 11 heures. Aujourd'hui, 5h45. Merci aux archives départementales pour cette belle photo d'époque.`],
  ['linkedin', 'fr', 'internal_url', `Post-mortem panne billetterie du 28/10
- 18h12 : saturation du serveur de réservations resa-db01.lmg.internal
- 18h40 : bascule sur le secours 10.8.0.22
- 19h05 : retour à la normale
Cause : index manquant sur la table des traversées. Actions : monitoring, test de charge avant chaque saison.`],
  ['linkedin', 'fr', 'codename', `Projet Kestrel : on teste le nouveau système de propulsion hybride sur le « Monte d'Oro » en février. Rien n'est décidé pour le reste de la flotte.`],
  ['linkedin', 'en', '', `We published our 2025 carbon report today: CO2 per passenger down 14 % compared with 2022. The full document is on our website.`],
  ['x', 'fr', '', `Le 17 pour la police, le 196 pour le sauvetage en mer. Le numéro de notre service client, lui, est dans l'appli. Bonne traversée à tous !`],
  ['x', 'en', '', `Follow @LMG_Ferries for live sailing updates during the storm. Stay safe everyone. #Corsica`],

  // — Nouméa, nickel services —
  ['linkedin', 'fr', 'phone', `Recrutement de 6 conducteurs d'engins pour le site de Thio. Renseignements au bureau de Nouméa, 27 43 18, ou auprès de Sylvain au 78.45.12. Candidatures ouvertes jusqu'au 15 janvier.`],
  ['linkedin', 'fr', '', `Le cours du nickel au LME a perdu 12 % sur l'année. Dur pour toute la filière calédonienne, mais nos équipes restent mobilisées sur les trois sites.`],
  ['linkedin', 'fr', 'financial', `Chiffres pas encore présentés aux actionnaires : le chiffre d'affaires de CNS pour l'exercice 2026 atteint 2,9 milliards XPF, en recul de 7 %. Présentation officielle à l'AG de mars.`],
  ['linkedin', 'fr', 'iban', `Rappel au personnel : vos frais de mission sont remboursés depuis le compte CNS, FR76 1746 9000 1038 0527 1604 024. Si votre virement porte un autre libellé, prévenez la comptabilité.`],
  ['x', 'fr', '', `Retour de mission à Koniambo. 4 h de piste, 2 crevaisons, 1 cerf au milieu de la route. Le Nord ne déçoit jamais. 🇳🇨`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER — Incident cybersécurité du 21/11 : hameçonnage ciblant les comptes de maintenance, 3 comptes compromis, MFA désormais imposée. Partage limité à nos sous-traitants de site.`],
  ['linkedin', 'fr', 'national_id', `Pour le badge d'accès mine, j'ai transmis au client la copie suivante : Jean-Marc W., NIR 1 95 12 98 818 047 70. Si ça bloque encore, je repasse par les RH.`],
  ['linkedin', 'fr', 'phone', `Astreinte maintenance usine : cette semaine c'est Kevin, +687 79 14 62. En son absence, le standard au 28 55 03.`],
  ['linkedin', 'fr', '', `Coutume et sécurité : avant chaque intervention sur terres coutumières, nos équipes rencontrent les chefferies. Ça prend du temps, et c'est indispensable.`],
  ['linkedin', 'fr', 'client_name', `Mission d'audit terminée chez Initech Pacific à Nouméa : 3 semaines, 47 recommandations, une équipe au top du début à la fin.`],
  ['linkedin', 'en', '', `Another smelter published its production figures for the year today. Tough numbers for the whole sector, and a reminder of why diversification matters.`],
  ['linkedin', 'fr', '', `Dans le Pacifique aussi, les numéros courts sauvent des vies : 15 pour le SAMU, 17 pour la gendarmerie, 18 pour les pompiers. C'est affiché dans tous nos véhicules.`],

  ['linkedin', 'fr', '', `Rangement du bureau : retrouvé mon vieil atlas bleu de CM2, avec la Grande Terre dessinée à la main et Thio mal placé. Souvenirs.`],
  // — Saint-Denis (La Réunion), telecom —
  ['linkedin', 'fr', 'phone', `Coupure fibre sur Saint-Benoît suite aux fortes pluies, nos équipes sont sur place. Infos au 0262 41 22 90, ou par SMS au 0692 65 13 40 pour les clients pro.`],
  ['linkedin', 'fr', '', `Saison cyclonique : chargez vos téléphones, gardez une radio à piles. En alerte rouge on ne sort pas, et en cas d'urgence c'est le 18 ou le 112.`],
  ['linkedin', 'fr', 'internal_url secret', `Config du RADIUS de secours, pour ceux qui ont demandé :
radius:
  server: 172.20.14.3
  shared_secret: k9fLm2Qw7vRx
  nas: bras-stdenis.zot.internal`],
  ['linkedin', 'fr', 'financial', `Business plan 2027 bouclé hier soir : 38 000 abonnés fibre visés, ARPU de 41 €, EBITDA à 27 %. Rien n'est encore parti chez les actionnaires, alors on garde ça au chaud.`],
  ['x', 'fr', '', `Nouveau record de débit mesuré chez un client de Sainte-Marie : 7,8 Gb/s en symétrique. Oté 🔥`],
  ['linkedin', 'fr', '', `Notre offre Fibre Pro passe à 49,90 € HT/mois, engagement 12 mois. Tous les tarifs publics sont sur notre site.`],
  ['linkedin', 'en', 'codename client_name', `Quick update for the group: the Orion rollout for Globex's Réunion branches is done, 14 sites migrated over the weekend without a single ticket.`],
  ['linkedin', 'fr', 'email', `Pour les demandes presse concernant la panne de samedi, écrivez à presse@zotfibre.re, nous répondrons dans la journée.`],
  ['linkedin', 'fr', 'confidential_marker', `USAGE INTERNE UNIQUEMENT
Plan de continuité cyclone 2026-2027 : groupes électrogènes sur 14 NRO, stock carburant 72 h, astreintes renforcées dès la pré-alerte.`],
  ['linkedin', 'fr', '', `Le mot « confidentiel » est le plus fréquent dans nos mails, d'après l'analyse de notre DSI. Ça ne les protège pas pour autant : chiffrez vos pièces jointes !`],
  ['x', 'fr', '', `Zot i koné ? La fibre arrive à Cilaos en 2027. Le chantier est public, les dates sont sur le site de la Région.`],
  ['linkedin', 'fr', 'secret', `Alertes supervision : le webhook du canal #noc-alertes est https://hooks.slack.com/services/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, ajoutez-le à vos scripts de sonde.`],

  ['linkedin', 'mixed', '', `Tip du jour, l'astuce sécurité : activez la double authentification sur vos comptes pro. Ça prend 2 minutes and it saves weeks of trouble.`],
  // — Pointe-à-Pitre, rum —
  ['linkedin', 'fr', '', `Notre rhum vieux 8 ans médaillé d'or au Concours Général Agricole ! Prix de vente conseillé : 58 € la bouteille de 70 cl, chez vos cavistes dès maintenant.`],
  ['linkedin', 'fr', 'financial', `Réunion commerciale : on montera le prix export du blanc 50° à 9,40 € HT la bouteille au 1er avril. Les importateurs seront prévenus fin février, donc rien avant.`],
  ['linkedin', 'fr', 'phone email', `Visites de la distillerie pendant la récolte : réservation obligatoire au 0590 82 14 67 ou à visites@anse-noire-rhum.gp. Pour les groupes, Lucie au 0690 57 23 81.`],
  ['linkedin', 'fr', 'iban', `Aux cavistes partenaires : nos coordonnées bancaires ont changé suite à la fusion de nos banques. Nouvel IBAN : FR76 1216 9000 2090 3172 8441 194.`],
  ['x', 'fr', '', `La canne est coupée, le vesou coule, la colonne chauffe. Troisième semaine de campagne. Bon courage à toute l'équipe 🌿`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un a oublié son attestation de droits dans la salle de pause : NIR 1 77 03 97 120 318 67. Je l'ai déposée au secrétariat.`],
  ['linkedin', 'fr', '', `Minute culture : on dit rhum « agricole » quand il est distillé à partir du pur jus de canne, et « traditionnel » quand il vient de la mélasse. Voilà, vous brillerez au prochain apéro.`],
  ['linkedin', 'fr', '', `Visite des élèves du lycée agricole de Baie-Mahault : 30 jeunes, 3 heures, mille questions sur la fermentation. L'avenir de la filière est assuré !`],

  // — Monaco, yacht broker —
  ['linkedin', 'en', '', `Just listed: 42 m motor yacht, built 2019, asking price €18.5M. Viewings in Port Hercule this week, full specs on our website.`],
  ['linkedin', 'en', 'financial', `Between us: the owner has accepted €16.2M for the 45 m we've been marketing since spring, and our commission is 10 %. Nothing is signed, and it stays out of the press until closing.`],
  ['linkedin', 'en', 'phone', `Monaco Yacht Show, Darse Sud, berth Q12. Call me on +377 6 78 12 45 93 or the office on +377 93 25 41 80 to arrange a private tour.`],
  ['linkedin', 'fr', 'iban', `Pour les acomptes de réservation charter 2027 : notre compte à Monaco, IBAN MC58 1146 8000 0180 7362 1543 015. Merci d'indiquer le nom du yacht en référence.`],
  ['linkedin', 'en', 'card', `Client just sent me this over WhatsApp for the APA deposit, I'll delete it right after: Visa 4973 5508 1276 4131, exp 08/28, CVV 412. Can accounts process today?`],
  ['x', 'en', '', `The Orion Nebula through a friend's telescope on the aft deck last night. Best view in Monaco, no contest.`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL
Central Agency Agreement, draft v3 – clause 7 amended per the owner's lawyers. Please review before Friday.`],
  ['linkedin', 'fr', '', `Conseil aux futurs acheteurs : un prix affiché « sur demande » ne veut pas dire négociable à l'infini. Les yachts de 30 m se vendent en moyenne 7 % sous le prix demandé, selon les chiffres publiés par le secteur.`],
  ['x', 'en', '', `Fun fact: Monaco landlines have eight digits and mostly start with 9. Learned it the hard way on my first day at the desk.`],
  ['linkedin', 'en', '', `Charter rates published for the Grand Prix weekend start around €120k for a 35 m, per the public MYBA listings. Demand is strong again this year.`],

  // — Andorra, ski resort —
  ['linkedin', 'fr', '', `Ouverture du domaine le 5 décembre ! Forfait saison adulte : 695 € en prévente jusqu'au 30 novembre. Tous les tarifs sont sur notre site.`],
  ['linkedin', 'fr', 'financial', `Le conseil a validé hier le budget d'investissement 2027 : 14 M€ pour le nouveau télésiège et la neige de culture. Annonce officielle au gouvernement en janvier, pas avant.`],
  ['linkedin', 'mixed', 'phone', `Rescue team, équipe des pisteurs : pour les non-urgences, central de piste au +376 872 400, ou mon mobile +376 364 218. Pour un accident grave : 112.`],
  ['linkedin', 'fr', 'iban', `Pour nos fournisseurs andorrans : merci d'utiliser le compte AD12 0001 2030 2003 5910 0100 pour les avoirs, l'ancien est fermé depuis le 1er.`],
  ['x', 'en', 'secret', `Staff Wi-Fi at the lodge changed again: PB-STAFF / pass: Neu_Pols!4021. Don't share it with guests please.`],
  ['linkedin', 'fr', '', `Mon fils de 7 ans a eu sa première étoile aujourd'hui. Le moniteur était un de nos saisonniers. Double fierté.`],
  ['linkedin', 'en', 'internal_url email', `Seasonal staff: the roster is on http://planning.pic-blanc.local/2027. If your login doesn't work, write to rrhh@picblanc.ad.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Internal
Avalanche risk procedure, updated after the incident on 2 December. Ski patrol leads, please acknowledge by tonight.`],
  ['linkedin', 'fr', '', `Bulletin neige : 80 cm au sommet, 35 cm en bas des pistes, 42 km ouverts ce week-end. Bonne glisse !`],
  ['linkedin', 'en', 'phone', `Hi Laura, so sorry about the lost ski pass. Call our ticket office on +376 872 410 with your booking number and we'll reissue it.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Dons à la fondation du domaine pour les écoles de ski adapté : AD55 0004 0017 00A0 K731 0052. Merci pour votre générosité !`],
  ['linkedin', 'en', 'card', `Found at the rental shop: a guest's card. Logging it for lost and found before it goes to the safe: Discover 6011 0073 3218 9041.`],

  // — Moncton, call centre —
  ['linkedin', 'mixed', 'client_name', `Big welcome aux 40 nouveaux agents qui rejoignent l'équipe Initech ce lundi ! Deux semaines de formation pis on go live sur les lignes bilingues.`],
  ['linkedin', 'en', '', `We're hiring bilingual customer service agents in Moncton. $19.50 to $22 per hour plus bilingual premium, full benefits from day one. Apply on our careers page.`],
  ['linkedin', 'en', 'phone', `Our support line for the new bank client is live: 1-866-432-7781, 8 a.m. to 10 p.m. Atlantic. Local callers can also use (506) 857-2200.`],
  ['linkedin', 'mixed', 'national_id', `Quelqu'un de la paie peut checker ? Mon SIN est 130 497 266 and my T4 still shows the old one. Merci !`],
  ['linkedin', 'en', '', `Reminder from our fraud team: the CRA will never ask for your SIN by text. And if you see 046 454 286 on a sample form, that's the example number they print, not a real one.`],
  ['x', 'en', 'financial', `Can't say much, but the renewal we just won is worth C$6.4M over 3 years and the client hasn't announced its new vendor yet 🤫`],
  ['linkedin', 'en', 'secret', `For the night shift: softphone admin login for queue 12 is supervisor_nuit / Tide!Bay-of-Fundy26. I'll reset it Monday.`],
  ['linkedin', 'fr', '', `Fierté acadienne : notre centre de Moncton a été nommé employeur de l'année par la Chambre de commerce du Grand Moncton. Merci à tous !`],
  ['linkedin', 'en', 'confidential_marker client_name', `CONFIDENTIAL – Globex escalation report, week 47: 312 billing complaints, root cause identified, fix deploys Thursday.`],
  ['linkedin', 'mixed', 'internal_url', `Les superviseurs, le nouveau dashboard qualité est live : https://qa-dashboard.corp.acme.com/moncton — feedback welcome !`],
  ['linkedin', 'en', '', `Acadian Day tomorrow! The office will be covered in tricolour stars. Bring your loudest tintamarre noise-maker at 5:55 p.m.`],
  ['linkedin', 'en', '', `Stripe reminder for the billing team: sk_test_XXXXXXXXXXXXXXXX in the docs is a placeholder. Your real test key lives in the vault.`],
  ['linkedin', 'en', '', `Training quiz answer: 527 183 041 fails the Luhn check, so it can't be a valid SIN. Most of you got it right!`],
  ['linkedin', 'mixed', 'national_id phone', `Nouvel agent, paperasse RH : SIN 719 204 539, cell (506) 381-4420. Je sais, pas dans le canal général, sorry !`],

  ['linkedin', 'mixed', '', `Thanks Marc ! On a hâte de vous voir au job fair de jeudi, kiosque 14 au Centre Avenir. Bring your CV, en français or in English.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Friday movie night at the office: Office Space. Yes, the printer scene. The whole IT team cheered when Initech's fax machine finally got what it deserved.`],
  // — Port-au-Prince, microfinance NGO —
  ['linkedin', 'fr', '', `Rapport annuel 2025 publié : 18 400 femmes entrepreneures financées, encours de prêts de 6,2 millions USD, taux de remboursement de 96 %. Lien en commentaire.`],
  ['linkedin', 'fr', 'financial', `Chers partenaires, le budget 2027 que nous présenterons au bailleur principal en janvier prévoit 2,4 M USD. Chiffre provisoire, pas encore validé par notre conseil, merci de ne pas le citer.`],
  ['linkedin', 'fr', 'phone', `Nos agents de crédit de Carrefour-Feuilles sont joignables au +509 3745-2291, et le bureau au +509 2813-4470. Les rendez-vous reprennent lundi.`],
  ['linkedin', 'en', 'national_id', `Loan officers: please stop pasting borrowers' details in the group chat. Case in point this morning: "NIF 003-482-917-6, Marie-Ange P., prêt de 25 000 gourdes".`],
  ['x', 'fr', '', `L'embargo de 1991-1994 a laissé des traces durables sur l'économie haïtienne. Lecture recommandée pour comprendre le contexte de nos programmes.`],
  ['linkedin', 'mixed', 'email', `Volunteers wanted for our financial literacy workshops in Jacmel ! Écrivez à benevoles [at] kredifanm [dot] org.`],
  ['linkedin', 'fr', 'card', `Don reçu par formulaire papier, le donateur a écrit sa carte en clair : 3782 8300 4195 679 (Amex). On l'a rappelé pour détruire le formulaire.`],
  ['linkedin', 'en', '', `You can donate to our emergency fund through our website. We never ask for card numbers by email or WhatsApp.`],
  ['linkedin', 'fr', 'confidential_marker', `CONFIDENTIEL
Évaluation des risques sécurité, zone de Croix-des-Bouquets : suspension des visites terrain jusqu'au 15 décembre.`],
  ['x', 'fr', '', `Bonne nouvelle partagée publiquement par notre partenaire : 2 000 nouvelles entrepreneures formées cette année dans le Sud. Fierté collective 🇭🇹`],

  // — Antananarivo, vanilla —
  ['linkedin', 'fr', '', `Le ministère a publié ce matin le nouveau prix de référence à l'export. Notre équipe de Sambava en analyse les conséquences pour les planteurs.`],
  ['linkedin', 'fr', 'financial', `Proposition de prix pour nos acheteurs européens, campagne 2027 : 195 USD/kg FOB pour la gousse noire. On ne l'envoie que la semaine prochaine, après validation de la direction.`],
  ['linkedin', 'fr', 'phone', `Bureau d'Antananarivo : +261 20 22 345 67. Pour la collecte à Sambava, appelez Hery au 034 05 123 45.`],
  ['linkedin', 'fr', 'iban', `Pour nos partenaires locaux : notre compte en ariary, IBAN MG46 0000 5000 1220 3819 4710 545. Les virements en euros passent par notre compte en France.`],
  ['linkedin', 'en', '', `Five years ago I joined as a quality intern. Today I'm heading our curing centre in Sambava. Thank you for the trust 🙏`],
  ['linkedin', 'fr', 'national_id', `Pour l'ouverture du compte fournisseur, le planteur m'a donné sa CIN : 101 211 034 587. Je la note ici le temps de retrouver le formulaire…`],
  ['x', 'fr', '', `La vanille sèche lentement : trois mois de soleil et de patience. Le métier d'exportateur, c'est surtout savoir attendre. 🌱`],
  ['linkedin', 'en', 'client_name financial', `Société Générique is our first buyer for the 2027 crop: 12 tonnes at $205/kg. Contract signing next week, no announcement before that.`],
  ['linkedin', 'fr', 'email phone', `Acheteurs étrangers : pour les échantillons, contactez notre responsable qualité, Fara, fara.rakoto@vanillasava.mg, +261 32 11 408 76.`],
  ['linkedin', 'fr', '', `La campagne de commercialisation de la vanille ouvre officiellement le 15 avril, selon l'arrêté publié au Journal officiel. À vos gousses !`],

  // — Douala, logistics —
  ['linkedin', 'fr', 'client_name', `Nouveau client à Douala ! Nous assurerons le transit et l'entreposage pour Globex sur toute la zone CEMAC à partir de janvier. Bravo à l'équipe commerciale.`],
  ['linkedin', 'fr', 'phone', `Port de Douala : embouteillage au terminal à conteneurs. Nos chauffeurs sont joignables au +237 6 77 45 21 09, et le bureau au +237 233 42 18 90.`],
  ['linkedin', 'fr', 'iban', `Nouvelles coordonnées bancaires Wouri Logistique SA : CM21 1000 5000 1106 2718 3045 177. Merci de mettre à jour vos fiches fournisseurs.`],
  ['linkedin', 'fr', '', `Conseil aux importateurs : le dédouanement à Douala prend en moyenne 11 jours selon le dernier rapport de la Banque mondiale. Anticipez vos documents !`],
  ['linkedin', 'fr', 'financial', `Résultat semestriel encore non publié : 1,8 milliard FCFA de chiffre d'affaires, marge opérationnelle de 9 %. Le conseil arrête les comptes le 20.`],
  ['x', 'fr', '', `Embouteillage légendaire sur le pont du Wouri ce matin : 1 h 40 pour traverser. Bonne journée à tous ceux qui livrent Bonabéri 🚛`],
  ['linkedin', 'fr', 'internal_url secret', `Connexion au TMS depuis l'agence de Kribi, si ça peut aider :
postgresql://tms_user:Wouri2026%Kribi@192.168.40.12:5432/tms`],
  ['linkedin', 'fr', 'codename', `Nébula, notre nouveau système de suivi des conteneurs par GPS, sera testé sur la ligne Douala–N'Djamena en mars. Retours terrain bienvenus en interne.`],
  ['linkedin', 'fr', '', `Rappel : le numéro d'un conteneur (4 lettres et 7 chiffres, par exemple MSKU 482913 7) n'a rien de secret, mais le connaissement, si. Ne postez pas vos BL !`],
  ['linkedin', 'en', 'email', `Thanks for your message! Please send your bill of lading to operations@wouri-logistique.cm and our Douala team will track your container.`, { surface: 'comment' }],

  // — Kinshasa, mobile operator —
  ['linkedin', 'fr', '', `Offre Mbote Data : 5 Go pour 3 000 FC la semaine, dès aujourd'hui dans toutes nos boutiques. #Kinshasa`],
  ['linkedin', 'fr', 'phone', `Service client : depuis l'étranger, appelez le +243 81 703 4419. Agence de la Gombe : +243 99 812 3345.`],
  ['linkedin', 'fr', 'codename financial', `Projet Orion (renouvellement du cœur de réseau 4G) : coût total estimé à 42 M USD, chiffre pas encore présenté au régulateur. On le garde pour le comité de pilotage.`],
  ['linkedin', 'en', 'secret internal_url', `Fix for the USSD gateway: set MBOTE_API_TOKEN=9f3c71e0a2b84d5c96e1f07a3b2d8c45 in /etc/ussd/env on ussd-gw01.mbote.internal, then restart the service.`],
  ['x', 'fr', '', `Kinshasa–Lubumbashi en 2 h 10 de vol, et toujours pas de réseau dans l'avion. On y travaille 😄`],
  ['linkedin', 'fr', 'card', `Un client m'a envoyé sa carte par SMS pour une recharge : 5412 7513 9020 6836. Je rappelle à tous : on ne prend JAMAIS de numéro de carte par SMS.`],
  ['linkedin', 'fr', '', `Arnaque en cours : des SMS annoncent un gain de 500 000 FC et demandent de confirmer un code. Mbote ne vous demandera jamais votre code PIN. Signalez-les au service client.`],
  ['linkedin', 'fr', 'internal_url', `L'équipe NOC : le nouveau portail d'incidents est sur https://intranet.mbote.cd/noc, l'ancien sera coupé vendredi.`],
  ['linkedin', 'fr', '', `Notre rapport de durabilité est en ligne sur mbote.cd : 2 300 sites alimentés au solaire et 14 millions d'abonnés.`],
  ['x', 'fr', '', `Le 112 ne répond pas partout à Kinshasa. Pour les pompiers, renseignez-vous auprès de votre commune sur le numéro local.`],
  ['linkedin', 'en', '', `Docs example for our new developers: aws_access_key_id = AKIAIOSFODNN7EXAMPLE. Yes, that's Amazon's own sample key, don't bother trying it.`],

  ['linkedin', 'fr', '', `Après 11 ans chez Mbote, je tourne la page. Merci aux équipes radio de Matadi, Bukavu et Kisangani pour tout ce qu'on a construit ensemble, souvent sous la pluie.`],
  // — Brussels, EU affairs —
  ['linkedin', 'en', 'confidential_marker', `RESTREINT UE / EU RESTRICTED
Draft non-paper on critical raw materials, annex II, version 4. Comments by close of business.`],
  ['linkedin', 'en', '', `Great panel yesterday on how the Council handles classified documents: EU RESTRICTED, CONFIDENTIEL UE, SECRET UE. Fascinating to hear how rarely the top tier is actually used.`],
  ['linkedin', 'en', 'phone email', `Our Brussels office has moved to Rue Belliard 40. Reach me on +32 2 513 44 80 or on mobile 0475 18 62 39, email a.dewulf@schumansquare.eu.`],
  ['linkedin', 'fr', 'national_id', `Pour l'accréditation au Parlement, j'ai dû envoyer mon numéro de registre national (86.04.17-263.91) par mail non chiffré. En 2026. 🙃`],
  ['linkedin', 'en', 'client_name financial', `Retainer with Initech renewed for 2027 at €380k. They haven't told their own board yet, so keep it quiet for now.`],
  ['x', 'en', '', `The EU's 2027 annual budget has been agreed, per the Council's press release. Now the real fight begins on the next MFF. #EUbudget`],
  ['linkedin', 'en', 'iban', `Invoice reminder for event sponsors: please pay to BE60 3631 9047 2270, reference SSA-2026-114. Thank you!`],
  ['linkedin', 'mixed', '', `Voilà, après 9 ans au rond-point Schuman, je quitte le cabinet. Thank you all for the coffees, the trilogues et les nuits blanches. On se recroise au Parlement !`],
  ['linkedin', 'en', 'codename confidential_marker', `[CONFIDENTIAL] Atlas Bleu: lobbying plan for the packaging regulation, stakeholder map attached. Do not forward outside the account team.`],
  ['linkedin', 'fr', '', `Atelier « Rédiger une note sensible » : quand faut-il apposer la mention CONFIDENTIEL ? Quand vaut-il mieux ne rien écrire ? Inscriptions ouvertes.`],
  ['linkedin', 'en', 'national_id', `My trainee's registration for the Commission building was rejected because the national number was "wrong": 02.09.30-148.56, which is perfectly correct! Anyone else had this?`],
  ['linkedin', 'en', '', `Sample IBAN for our training deck: BE71 0961 2345 6769. That's the widely published example format, not our account.`],
  ['x', 'fr', '', `Rappel : votre numéro de registre national figure au dos de votre carte d'identité belge. Ne le postez jamais, même pour râler contre l'administration.`],

  // — Geneva, commodity trading —
  ['linkedin', 'en', '', `CME Globex volumes on cocoa futures hit a record this week, according to the exchange. Wild times for soft commodities.`],
  ['linkedin', 'en', 'financial', `Desk update: Q4 trading P&L at +$41M so far, best quarter since 2022. Not in the accounts yet, the CFO presents to the board on the 15th.`],
  ['linkedin', 'fr', 'iban', `Pour les contreparties : nouveau compte de règlement en CHF, IBAN CH93 0076 2011 6238 5295 7. Confirmation par SWIFT à suivre.`],
  ['linkedin', 'en', 'national_id', `HR asked me to send the AVS number for the new trainee's onboarding and I pasted it in the wrong window… 756.3017.4928.60. Deleting in a minute.`],
  ['linkedin', 'en', '', `Swiss payslip 101: your AVS/AHV number starts with 756 and has 13 digits. The sample in the official guides, 756.1234.5678.97, belongs to nobody.`],
  ['linkedin', 'fr', 'phone', `Desk céréales : +41 22 718 55 00. En dehors des heures de marché, mon portable 079 412 36 85.`],
  ['x', 'en', 'confidential_marker', `TLP:RED — sanctions screening hit on vessel IMO 9321483, do not fix any cargo until compliance clears it.`],
  ['linkedin', 'en', 'secret', `The Bloomberg SSO isn't the problem, it's the shared Eikon login: leman_ops / Matterhorn#4478!. Can IT rotate it today?`],
  ['linkedin', 'fr', 'financial', `Notre offre pour la cargaison de blé : 248 USD/t CFR Alexandrie, dépôt ce soir à 18h. Le résultat de l'appel d'offres sort demain, je vous tiens au courant.`],
  ['linkedin', 'en', '', `Wheat closed at $5.42 a bushel on CBOT today. Our weekly market commentary is on the public research page.`],
  ['linkedin', 'en', 'internal_url', `If the Refinitiv feeds drop again, the fallback dashboard is at http://172.16.30.8/feeds (office VPN only).`],
  ['linkedin', 'en', '', `The public IP of our Dublin office has changed to 185.23.144.12, so allowlists on the client side may need updating.`],
  ['linkedin', 'en', 'card', `Expense claim issue: the corporate Visa ending 9303 was declined in Singapore. Full number is 4970 1045 2871 9303 if the bank needs it.`],
  ['x', 'en', 'secret', `Ugh, pasted our Discord webhook in the public channel: https://discord.com/api/webhooks/1187342290175463011/Qx7vL2mPa9RtYc4WkZ0nB3sJ8dHf6GuE1oNiKxLr5TyVhMq. Rotating it now.`],
  ['linkedin', 'fr', '', `Phishing du jour : un faux courriel « de notre banque » demande de payer sur CH59 0840 1000 0617 2830 8. Le chiffre de contrôle ne colle même pas. Restez vigilants.`],
  ['linkedin', 'en', 'iban', `Settlement instructions for the sugar cargo, CHF leg: CH17 0027 9041 8273 6551 0.`],
  ['linkedin', 'fr', 'national_id', `Pour l'assurance perte de gain, la caisse demande le numéro AVS : 756.9481.5037.29. Je le mets ici pour Anne qui s'occupe du dossier.`],
  ['x', 'mixed', '', `Monday mood on the desk : café, écrans, et la bise au Léman. Let's go ☕`],
]);
