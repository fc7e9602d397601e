import { rows } from './corpus-types';

/**
 * Held-out set "fresh34": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * tests/checks/ or any corpus post file other than the policy in corpus-types.ts (and the first 45 lines of fresh17 for
 * the header and row style, and index.ts to register the set), without grepping the repository, so it measures how the
 * rules generalise to posts they were never tuned on; the checks, the scorer and vitest were not run on these posts.
 * `npx tsx scripts/score-checks.ts --only fresh34`.
 * First scored 2026-12-04 05:10 UTC on the rules of 2a5c28d (the session's final rules, after the fixes from fresh30 to
 * fresh33), before any fix from it: confidentiality macro F1 0.952, 8.7 % of clean posts flagged (11 of 126); confidential_marker
 * 0.857 (precision 0.750), client_name 0.909, national_id 0.929, phone 0.947, codename 0.947, financial 0.951, secret 0.966,
 * iban 0.966, the 3 others 1.000. On b1a418f (the session's first rules): 0.944 / 9.5 %.
 *
 * Authors (mostly francophone): a Liège pharmacy chain, a Geneva watch-strap maker, a Montréal indie game studio, an
 * Abidjan mobile-money fintech, a Lille logistics firm, a Bordeaux wine-tourism company, a Grenoble semiconductor firm,
 * a Yaoundé cocoa co-operative, a Namur insurtech, a Lyon hospital-IT firm, a Rennes greenhouse agritech, a Fribourg
 * dairy, a Sherbrooke snow-removal contractor, a Cotonou port-logistics firm, a Marseille ferry operator, a Nice
 * cybersecurity firm, a Brussels legal-tech, a Québec City insurance broker; in English a Manchester fintech, a Bristol
 * edtech, a Toronto payroll SaaS, a Singapore shipping line, an Edinburgh clinic group and a Leicester bookshop.
 * Forms: team wins, pasted meeting and board notes, Slack messages pasted by mistake, customer-service replies (surface
 * 'comment'), job ads with published salary ranges, changelogs, incident post-mortems and runbooks, supplier and
 * member payment-detail notices, fraud warnings, polls, X threads, goodbyes, out-of-office notes, security and payroll
 * tips, written with French abbreviations, anglicisms, emojis and lists.
 * Positives: financial as unpublished revenue, ARR, margins, cash and runway, budgets approved but not yet announced, a
 * Series B and post-money valuation, a LOI price, sealed bids and tender prices before opening, price rises and launch
 * prices before customers are told, a farm-gate floor price, a milk price, purchase prices and pipeline; IBANs (FR with
 * RIB key, BE with its account check, CH with letters, LU, MC, SN, CI) computed with mod-97 and country length; Luhn-valid
 * Visa, Mastercard (5- and 2-series), Amex, Discover and JCB cards; French NIR (mod-97 key), Belgian national register
 * number, Swiss AHV (EAN-13), Canadian SIN (Luhn), UK NINO and US SSN by format; API keys, GitHub/Slack/AWS tokens, a
 * JWT bearer, Slack, Teams and Discord webhooks, Wi-Fi and NAS passwords, MQTT and postgres credentials; intranet.*
 * hosts, private IPs, .local/.internal/.corp hosts and the policy's internal domains; explicit markers (CONFIDENTIEL,
 * NE PAS DIFFUSER, STRICTEMENT CONFIDENTIEL, Classification : Interne, [INTERNE], Sous NDA, EMBARGO jusqu'au...,
 * TLP:AMBER/RED); the policy's code names and clients in their project and customer sense; direct lines, switchboards,
 * hotlines and toll-free numbers; personal and role addresses, some obfuscated ("[at] ... [dot]", "visites @ ...").
 * Look-alikes: published results, public price lists and tariffs, salary bands in job ads, public bodies' voted budgets,
 * other organisations' public figures, household budgets and a teaching exercise; an IBAN with a wrong check digit, the
 * documented BE68 5390 0754 7034 example, a masked RIB, an invalid GB "new bank details" in a fraud warning; Stripe test
 * cards, a Luhn-failing teaching number and order number, masked card endings, a parcel tracking number, a lot number; the
 * AVS documentation example 756.1234.5678.97, HMRC's QQ NINO, the 219-09-9998 SSN, the CRA-style example SIN, an
 * all-nines NIR, a SIRET; AKIAIOSFODNN7EXAMPLE, sk_test_XXXX and user:password placeholders, a default "changeme", a
 * password-free guest Wi-Fi; public company sites, public status pages, home-router 192.168.x.x advice; emergency
 * numbers 15, 112, 911, 999, 995; TLP:CLEAR, a film title, a documentary, "embargoed" ARCs and "ne pas diffuser" as a
 * joke, advice about NDAs, informal "entre nous"-style requests without financial content; Orion and nebulae in the sky,
 * a kestrel, the Atlas cedar, a book title, a chapel named Sainte-Claire, Office Space's Initech, "société générique" as
 * a common noun, a globe-trotter.
 *
 * CONVENTIONS: every written email address is email (role mailboxes and obfuscated forms included; a bare domain is not);
 * the user:password of a connection string is secret, not email. Every written phone number is phone (switchboards,
 * hotlines, toll-free, any format); emergency short numbers are not. confidential_marker only for explicit labels, not
 * informal requests or mentions of the words. financial: a company's own figure with a sign it is not public yet;
 * published figures, public price lists, job-ad salary bands, others' public figures, voted public budgets, personal
 * money and teaching examples are clean. secret: keys, tokens, passwords (Wi-Fi too), webhook URLs with their token,
 * connection-string credentials; placeholders and vendor examples are not. internal_url: the policy's internal domains,
 * any intranet.* host, private IPs, .local/.internal/.corp hosts; public company sites are clean. iban, card,
 * national_id: only valid numbers (checked with a throwaway script outside the repo); invalid, masked, test and
 * documented specimens are clean. codename, client_name: the policy's names in their project/customer sense only.
 *
 * COUNTS: 282 posts (207 FR, 63 EN, 12 mixed; 257 LinkedIn of which 5 comments, 25 X): 126 clean, 156 flagged (13 with
 * more than one category). Labels: financial 31, phone 20, email 19, confidential_marker 15, secret 15, iban 14,
 * national_id 14, internal_url 14, client_name 10, codename 9, card 8. French: 92 clean of 207.
 */
export const FRESH34_POSTS = rows('fresh34', [
  // Pharmacies Mosane (Liège, chaîne d'officines)
  ['linkedin', 'fr', '', `Fiers de l'équipe de Seraing 💚 : 3e année consécutive sans rupture sur les vaccins grippe. Merci à toutes et à tous ! #pharmacie #Liège`],
  ['linkedin', 'fr', 'iban', `📢 Changement de coordonnées bancaires – Pharmacies Mosane\nÀ nos fournisseurs : à partir du 1er janvier, merci de régler nos factures sur le compte BE24 0016 8374 9238 (BIC GEBABEBB). L'ancien compte sera clôturé fin février.`],
  ['linkedin', 'fr', '', `Attention arnaque 🚨 des SMS circulent au nom de notre officine avec un « nouveau RIB » BE24 0016 8374 9239. Ce n'est PAS nous, ce numéro n'existe même pas. Ne payez rien, signalez à la police.`],
  ['linkedin', 'fr', 'financial', `Petit teaser avant l'AG de mars 😉 : on termine l'exercice à 18,4 M€ de CA, +11 %. Les chiffres officiels sortent le 14/03, d'ici là motus hein !`],
  ['x', 'fr', '', `Le CA des pharmacies belges a progressé de 4 % en 2025 selon l'APB. Belle résilience du secteur. #pharma`],
  ['linkedin', 'fr', 'email phone', `On recrute un·e pharmacien·ne adjoint·e à Herstal (CDI, temps plein). CV à recrutement@pharmacies-mosane.be ou appelez Nadia au +32 4 223 18 90.`],
  ['linkedin', 'fr', 'national_id', `Petite galère d'onboarding 😅 la nouvelle préparatrice a envoyé sa carte d'identité en photo sur le groupe WhatsApp, numéro national 85.07.30-033.28 en clair. On a supprimé mais rappel : on passe par le portail RH svp.`],
  ['linkedin', 'fr', '', `Rappel RGPD pour les équipes : un numéro de registre national ressemble à AA.MM.JJ-XXX.CC. Ne le recopiez jamais dans un mail ou un chat, même en interne.`],
  ['linkedin', 'fr', 'email', `Bonjour Mme Delvaux, désolés pour ce retard de livraison. Pouvez-vous écrire à sav@pharmacies-mosane.be avec votre numéro de commande ? On règle ça rapidement.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Notre commande n° 4970 1012 3456 7894 est bien arrivée, merci au grossiste pour la réactivité 🙏 (oui, nos numéros de commande sont ridiculement longs).`],

  // Bracelets Léman (Genève, bracelets de montres)
  ['linkedin', 'fr', '', `Nouveau bracelet en cuir de poisson tanné au végétal 🐟 disponible dès aujourd'hui sur notre e-shop à 145 CHF. Fabriqué à Carouge, comme toujours.`],
  ['linkedin', 'fr', 'financial confidential_marker', `CONFIDENTIEL – NE PAS DIFFUSER\nRécap comité de direction : budget marketing 2027 validé à 1,2 MCHF (vs 0,9 cette année), dont 400 kCHF pour Watches & Wonders. Annonce aux équipes le 15.`],
  ['linkedin', 'fr', 'codename', `Gros sprint cette semaine sur Orion 🚀 les premiers prototypes du fermoir magnétique sont chez les testeurs. Hâte de vous en dire plus (mais pas tout de suite 🤐)`],
  ['x', 'fr', '', `Ce soir, ciel dégagé au-dessus du Salève : la nébuleuse d'Orion visible aux jumelles. Photo prise depuis le parking de l'atelier 🌌`],
  ['linkedin', 'fr', 'iban', `Mise à jour pour nos revendeurs : nos paiements se font désormais sur CH68 3000 8243 0158 7624 C, titulaire Bracelets Léman SA. Merci de mettre à jour vos fiches fournisseurs.`],
  ['linkedin', 'fr', '', `Fin d'une belle aventure ✨ après 9 ans chez Bracelets Léman, je pars vers de nouveaux horizons. Merci à l'atelier, à la compta et surtout aux artisans. On se recroise à Baselworld… ah non, ça n'existe plus 😄`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un peut m'aider ? La caisse AVS me demande de confirmer mon numéro 756.9876.5432.17 mais le formulaire en ligne le refuse. Déjà eu ce souci ?`],
  ['linkedin', 'fr', '', `Astuce paie 🇨🇭 : le numéro AVS a 13 chiffres et commence toujours par 756 (ex. officiel : 756.1234.5678.97). Si le vôtre ne commence pas comme ça, c'est une erreur de saisie.`],
  ['linkedin', 'fr', 'client_name', `Trop contents d'avoir livré 2 000 bracelets personnalisés pour le séminaire annuel de Globex 🎉 Merci à leur équipe achats pour la confiance !`],
  ['linkedin', 'fr', 'phone', `Notre atelier de Carouge vous accueille du mardi au samedi. Prise de rendez-vous au 022 342 17 85 ☎️`],

  // Studio Pixelbouleau (Montréal, jeu vidéo)
  ['linkedin', 'fr', '', `On est en finale des Prix Numix 2026 🏆 dans la catégorie jeu indépendant! Merci à toute la gang du studio, c'est malade.`],
  ['x', 'fr', 'secret', `ok qqn peut m'expliquer pourquoi le build plante 😭 STEAM_WEB_API_KEY=7F3A91C0D24E8B56A1F0C9E27D3B4A58 est bien dans le .env pourtant`],
  ['linkedin', 'fr', 'internal_url', `Les patch notes 1.4 sont prêtes, la QA peut valider sur http://build-07.pixelbouleau.internal:8080/patchnotes avant qu'on publie sur Steam 🙌`],
  ['linkedin', 'fr', '', `Patch 1.4 de Kestrel Run est en ligne 🎮\n- Nouveau niveau « La falaise »\n- Correctif sauvegarde cloud\n- Ajout sous-titres en espagnol\nMerci pour vos retours sur Discord!`],
  ['linkedin', 'fr', 'codename financial', `Point board d'hier : le financement du projet Kestrel (Project Kestrel pour les intimes) est bouclé à 3,8 M$ CA, on n'annonce rien avant la signature du Fonds. Chut 🤫`],
  ['linkedin', 'fr', 'national_id', `Pour ceux qui font leur paperasse d'embauche chez nous: non, on n'a pas besoin de votre NAS par courriel. Je dis ça parce que quelqu'un m'a écrit « mon NAS c'est 046 337 283 » dans le chat général 🙃`],
  ['linkedin', 'fr', '', `Rappel: un NAS canadien a 9 chiffres (ex. fictif 123 456 789 dans les guides). Ne le partagez qu'avec la paie, via le formulaire sécurisé.`],
  ['linkedin', 'fr', 'email', `Tu veux tester notre prochain jeu en bêta fermée? Écris à beta [at] pixelbouleau [dot] ca avec ta config PC 🎮`],
  ['linkedin', 'fr', '', `Offre d'emploi: programmeur·euse gameplay (Unity), Montréal, hybride. Salaire: 78 000 $ à 95 000 $ selon expérience. Postulez via notre page carrières pixelbouleau.ca/carrieres`],
  ['x', 'fr', '', `Le budget du Fonds des médias du Canada pour 2026-27 est de 380 M$, publié hier. Bonne nouvelle pour les studios indé du Québec!`],

  // Kori Pay (Abidjan, mobile money)
  ['linkedin', 'fr', '', `Kori Pay franchit le cap du million d'utilisateurs actifs en Côte d'Ivoire 🇨🇮🎉 Merci à nos agents partout dans le pays !`],
  ['linkedin', 'fr', 'iban', `Chers partenaires marchands, pour les règlements en virement, voici nos nouvelles coordonnées : CI33 CI04 2011 9004 5682 1370 0347 (Kori Pay SA). Merci de ne plus utiliser l'ancien RIB.`],
  ['linkedin', 'fr', 'financial', `Réunion stratégie ce matin ☕ Objectif interne validé : 42 Mds FCFA de volume transactionnel au T2 2027, pas encore communiqué aux investisseurs. Let's go team!`],
  ['linkedin', 'fr', 'phone', `Problème avec une transaction ? Notre service client répond 7j/7 au +225 27 22 49 31 00 ou par WhatsApp 🙏`],
  ['linkedin', 'fr', '', `⚠️ Kori Pay ne vous demandera JAMAIS votre code PIN par téléphone. En cas de doute, raccrochez et composez le numéro au dos de votre carte.`],
  ['linkedin', 'fr', 'secret', `Note à moi-même (oups, posté au mauvais endroit 🙈)\nsandbox marchand: client_id=kp_live_9c2f81 client_secret=sk_live_Q8vTz3LmN7pR2xWk5YbH0cDf\nÀ tourner avant lundi`],
  ['linkedin', 'fr', '', `Doc dev : pour tester l'API en sandbox, utilisez la clé sk_test_XXXXXXXXXXXXXXXX fournie dans votre espace développeur. Ne mettez jamais votre clé live dans le code front.`],
  ['linkedin', 'fr', 'card', `Bon j'ai fait une bêtise au service client 😬 j'ai recopié la carte d'un client dans le ticket Jira : 4532 0198 7654 3215 exp 09/28. Ticket supprimé, incident déclaré à la sécu. Leçon retenue.`],
  ['linkedin', 'fr', '', `Les cartes prépayées Kori Pay se reconnaissent à leur numéro masqué sur les reçus : **** **** **** 4821. Si vous voyez le numéro complet sur un ticket, signalez-le-nous.`],
  ['x', 'fr', 'confidential_marker', `[INTERNE] Plan de comm lancement carte virtuelle : teaser le 10, communiqué le 12, influenceurs le 15. Merci de ne rien poster avant.`],

  // Nordfret (Lille, logistique)
  ['linkedin', 'fr', '', `Inauguration de notre nouvel entrepôt à Lesquin 🏭 : 24 000 m², 60 quais, panneaux solaires sur toute la toiture. Merci aux élus présents !`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux caristes : le planning des quais est sur https://intranet.nordfret.fr/planning/quais, login = votre matricule. Bienvenue à bord 💪`],
  ['linkedin', 'fr', 'client_name', `Semaine record 📦 on a expédié 38 000 colis pour Société Générique pendant le Black Friday, sans un seul retard. Bravo l'équipe de nuit !`],
  ['linkedin', 'fr', '', `Une société générique de transport, ça n'existe pas : chaque client a ses contraintes. Chez Nordfret on adapte le flux, pas l'inverse.`],
  ['linkedin', 'fr', 'financial', `Appel d'offres La Redoute : notre offre part ce soir à 2,35 € / colis tout compris. On croise les doigts 🤞 ouverture des plis le 20.`],
  ['linkedin', 'fr', '', `Grille tarifaire 2027 publiée sur notre site : palette standard à partir de 42 € HT Lille–Paris. Devis gratuit en ligne.`],
  ['linkedin', 'fr', 'internal_url', `Incident WMS ce matin – post-mortem rapide :\n- 06:12 l'API de scan ne répond plus (10.20.4.17:9000)\n- 06:40 redémarrage du service\n- 07:05 retour à la normale\nCause : disque plein sur la VM. Action : alerting à 80 %.`],
  ['linkedin', 'fr', '', `Petit conseil sécu : si votre caméra IP affiche une adresse du type 192.168.x.x, elle n'est pas accessible depuis Internet tant que vous n'ouvrez pas de port. Vérifiez votre box !`],
  ['linkedin', 'fr', 'phone email', `Bonne retraite à Gérard après 31 ans de quais 🥲 Pour tout ce qui concernait ses clients, contactez désormais Julie Masson : julie.masson@nordfret.fr / 06 71 42 88 13.`],
  ['x', 'fr', '', `Grève SNCF jeudi : nos navettes Lille–Dourges rouleront par la route. Aucun impact prévu sur vos livraisons. #logistique`],

  // Chais Ouverts (Bordeaux, œnotourisme)
  ['linkedin', 'fr', '', `Les vendanges 2026 sont terminées 🍇 Rendez-vous au printemps pour nos visites « du cep au verre » à Saint-Émilion. Réservation sur chais-ouverts.fr`],
  ['linkedin', 'fr', 'financial', `Débrief saison avec les associés : on finit à 640 k€ de billetterie, marge nette autour de 14 %. On garde ça pour nous jusqu'au bilan, mais quelle année 🥂`],
  ['linkedin', 'fr', 'secret', `Pour nos guides en visite au chai du haut : le wifi c'est « ChaiHaut_Guides », mdp : Merlot2026!Barrique. Ne le donnez pas aux visiteurs svp, ils ont le réseau invités.`],
  ['linkedin', 'fr', '', `Le wifi invités est gratuit dans tous nos chais, pas de mot de passe : connectez-vous au réseau « ChaisOuverts_Visiteurs » et acceptez les conditions 📶`],
  ['linkedin', 'fr', 'email', `Vous organisez un séminaire ? Écrivez-nous à groupes@chais-ouverts.fr, on vous prépare une dégustation sur mesure 🍷`],
  ['linkedin', 'fr', 'iban', `Pour les acomptes des mariages 2027 : virement sur FR76 1027 8060 7800 0205 1120 171 en indiquant le nom des mariés. Merci ! 💍`],
  ['linkedin', 'fr', '', `Le prix moyen d'une bouteille de Saint-Émilion grand cru a augmenté de 6 % en 2025 (source : interprofession). Nos tarifs de visite, eux, ne bougent pas.`],
  ['x', 'fr', 'confidential_marker', `EMBARGO jusqu'au 12/01 9h00 – Chais Ouverts rejoint le réseau Vignobles & Découvertes avec 4 nouveaux domaines partenaires.`],
  ['linkedin', 'fr', '', `Les communiqués sous embargo, c'est pratique pour les journalistes mais stressant pour nous 😅 Le nôtre est enfin public : on ouvre 4 nouveaux domaines !`],
  ['linkedin', 'fr', 'codename', `Les équipes bossent dur sur Atlas Bleu, notre futur parcours immersif dans les chais 🍷✨ Lancement prévu au printemps, on en reparle bientôt.`],

  // Alpisil (Grenoble, semi-conducteurs)
  ['linkedin', 'fr', '', `Belle présentation de notre équipe R&D au SEMICON Europa à Munich 🎤 sur les capteurs MEMS basse conso. Slides dispo sur notre site.`],
  ['linkedin', 'fr', 'confidential_marker financial', `STRICTEMENT CONFIDENTIEL\nCR réunion client du 02/12 :\n- prix unitaire proposé pour le capteur X4 : 1,87 $ à 2 M unités/an\n- rendement ligne 200 mm à 91 %\n- prochaine étape : audit qualité en janvier`],
  ['linkedin', 'fr', 'codename', `Tape-out réussi pour Nébula 🥳 premier silicium attendu fin janvier. Bravo à l'équipe design qui a tenu le planning malgré tout.`],
  ['linkedin', 'fr', '', `Conférence grand public ce jeudi à la Casemate : « Les nébuleuses, pouponnières d'étoiles » 🔭 Entrée libre, on y sera avec le club astro d'Alpisil !`],
  ['linkedin', 'fr', 'internal_url', `Les docs de process sont migrées, nouveau lien : https://wiki.corp.acme.com/alpisil/fab/process-200mm. L'ancien Confluence sera coupé vendredi.`],
  ['linkedin', 'fr', '', `Notre site public a fait peau neuve 🎨 : alpisil.com, avec enfin une page carrières lisible. Merci à l'agence !`],
  ['linkedin', 'fr', 'secret', `Slack collé par erreur dans mon post, désolé 🤦\n> @marc tu peux mettre ça dans Jenkins ? GITHUB_TOKEN=ghp_4kZr9QvT2mXw7Lp1NcY8sHd3Fb6Ue0Ja5Ri2\n> merci !`],
  ['linkedin', 'fr', '', `Tuto GitHub Actions : stockez vos jetons dans les secrets du dépôt et appelez-les avec \${{ secrets.MY_TOKEN }}. Ne jamais écrire ghp_xxx en dur dans le YAML.`],
  ['linkedin', 'fr', 'national_id', `Dossier mutuelle du nouvel ingé : il a mis son n° de sécu dans l'objet du mail à toute l'équipe 😬 1 85 07 75 115 423 87. Je rappelle : ça se transmet à la RH uniquement.`],
  ['linkedin', 'fr', '', `Pour info, un numéro de sécu français c'est 15 chiffres : sexe, année, mois, département, commune, ordre et clé. Le 1 ou le 2 au début, c'est pas un hasard 😉`],

  // CacaoSud Coop (Yaoundé, coopérative cacao)
  ['linkedin', 'fr', '', `Journée de formation des producteurs à Mbalmayo 🌱 : taille, fermentation et séchage. 120 participants, merci aux formateurs !`],
  ['linkedin', 'fr', 'financial', `Les acheteurs ne le savent pas encore, mais le CA a validé notre prix plancher pour la campagne 2027 : 1 450 FCFA/kg bord champ. Communication officielle après la réunion des délégués.`],
  ['linkedin', 'fr', '', `Le prix bord champ fixé par l'ONCC pour la campagne en cours est de 1 200 FCFA/kg, affiché dans tous les magasins de la coop.`],
  ['linkedin', 'fr', 'phone', `Producteurs : pour la collecte dans votre village, appelez notre magasinier Paul au 6 77 45 21 98 (MTN) ou 6 99 12 03 47 (Orange).`],
  ['linkedin', 'fr', 'iban', `Pour les acheteurs européens, paiement des lots sur notre compte : CM21 1000 5000 0100 0123 4567 8 ? Non, pardon, le bon compte est celui en Côte d'Ivoire : CI33 CI04 2011 9004 5682 1370 0347.`],
  ['linkedin', 'fr', '', `Nos sacs de fèves portent un numéro de lot de 16 chiffres (ex. 2026 1104 0087 3312). C'est ce qui permet la traçabilité jusqu'à la parcelle 🍫`],
  ['linkedin', 'fr', 'email', `Vous êtes chocolatier et voulez visiter nos parcelles ? Écrivez à visites @ cacaosud-coop.cm 🙏`],
  ['x', 'fr', '', `Le cours du cacao à Londres repasse sous 6 000 £/t cette semaine. Volatilité de fou pour les coopératives. #cacao`],

  // Assurix (Namur, insurtech)
  ['linkedin', 'fr', '', `Assurix est élue meilleure app d'assurance par Test-Achats 🥇 Merci à nos 80 000 clients pour leurs avis !`],
  ['linkedin', 'fr', 'financial', `Pas encore annoncé mais je suis trop fier : on vient de signer la série B à 22 M€, valorisation post-money 110 M€. Communiqué prévu le 9 janvier, gardez ça pour vous 🙏`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Interne\nOrdre du jour CoDir du 8/12 : 1) migration cloud 2) plan RH 2027 3) partenariat bancassurance.`],
  ['linkedin', 'fr', '', `« Classification interne des risques » : petit thread sur comment on score un dossier sinistre en 3 minutes grâce au ML 👇`],
  ['linkedin', 'fr', 'secret', `Post-mortem incident du 28/11 : la chaîne de connexion postgres://assurix_app:Tr0mp3tte!88@db-prod.assurix.be:5432/claims traînait dans un log public. Mot de passe changé dans l'heure, accès révoqués.`],
  ['linkedin', 'fr', '', `Exemple de connexion dans notre doc : postgres://user:password@localhost:5432/mydb. Remplacez par vos propres valeurs, évidemment 😉`],
  ['linkedin', 'fr', 'national_id', `Formulaire sinistre reçu aujourd'hui avec le numéro de registre national du client dans le champ « commentaires » : 92.02.14-158.10. Merci de le purger du CRM, collègues du back-office.`],
  ['linkedin', 'fr', 'iban', `Remboursement de votre sinistre ? Vérifiez que le compte affiché dans l'app est bien le vôtre. Exemple chez moi : BE18 7350 0612 8465, c'est bien ma banque ✅ Faites pareil !`],
  ['linkedin', 'fr', '', `Tip : le numéro de compte belge BE68 5390 0754 7034 qu'on voit partout dans les tutos est un exemple officiel, pas un vrai compte. Ne virez rien dessus 😄`],
  ['linkedin', 'fr', 'phone', `Bonjour Thomas, je suis désolée pour l'attente. Vous pouvez joindre la cellule sinistres au 081 24 60 30, du lundi au vendredi 8h-18h.`, { surface: 'comment' }],

  // Rhône Santé Numérique (Lyon, SI hospitalier)
  ['linkedin', 'fr', 'client_name', `Déploiement réussi du nouveau DPI à l'Hôpital Sainte-Claire 🏥 : 1 400 soignants formés en 3 semaines. Chapeau aux formateurs !`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire à Lyon ce week-end, superbes vitraux ⛪ Rien à voir avec le boulot, juste une belle balade.`],
  ['linkedin', 'fr', 'internal_url', `Les référents peuvent récupérer les guides sur http://dpi-docs.rsn.local/guides/ ou sur le partage \\\\fs01.rsn.corp\\formation. Bon courage pour la bascule !`],
  ['linkedin', 'fr', 'confidential_marker', `TLP:AMBER – Alerte : campagne de phishing ciblant les CHU de la région, objet « Mise à jour planning garde ». Ne cliquez pas, transférez au SOC.`],
  ['linkedin', 'fr', '', `Le CERT Santé publie ses bulletins en TLP:CLEAR, donc partageables librement 👍 Voici le dernier sur les rançongiciels.`],
  ['linkedin', 'fr', 'financial client_name', `Entre nous : le marché avec Hôpital Sainte-Claire sera renouvelé pour 4,2 M€ sur 5 ans, signature en janvier. On n'en parle pas avant le conseil de surveillance.`],
  ['linkedin', 'fr', 'email phone', `Astreinte SI ce week-end : Karim Benali, 07 82 14 56 39, karim.benali@rsn-sante.fr. Pour les urgences vitales, le 15 bien sûr.`],
  ['linkedin', 'fr', '', `En cas d'urgence médicale : 15 (SAMU) ou 112 depuis n'importe quel portable en Europe. Partagez autour de vous 🚑`],
  ['linkedin', 'fr', 'secret', `Quelqu'un a collé le webhook Teams de l'équipe infra dans le canal public 😩 https://rsnsante.webhook.office.com/webhookb2/7a1c3e90-4b2d-4f88-9a1e-2c5d6f7a8b90@1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718/IncomingWebhook/b3f09a7c5e2d4c1b8a6f0e9d7c3b2a14/9c8b7a6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4 → révoqué, merci de ne pas réutiliser.`],
  ['x', 'fr', '', `Les webhooks Teams, super pratiques, mais traitez l'URL comme un mot de passe : si elle fuit, n'importe qui peut poster dans votre canal. #cybersécurité`],

  // Breizh Serres (Rennes, agritech)
  ['linkedin', 'fr', '', `Nos capteurs d'humidité sont désormais installés dans 300 serres bretonnes 🍅 Merci aux maraîchers qui nous font confiance !`],
  ['linkedin', 'fr', 'financial', `Prévisionnel 2027 présenté au board hier : 5,6 M€ de CA visé, EBITDA positif au T3. Rien d'officiel avant la levée, mais on y croit dur 💪`],
  ['linkedin', 'fr', 'secret', `Config du capteur de démo (j'avais oublié que c'était public, pardon) :\nMQTT_HOST=mqtt.breizhserres.fr\nMQTT_USER=demo-salon\nMQTT_PASS=K7!gw2Rq9zPb`],
  ['linkedin', 'fr', '', `Nos kits de démo sont livrés avec un mot de passe par défaut « changeme » que l'app vous force à modifier au premier démarrage. Sécurité by design 🔐`],
  ['linkedin', 'fr', 'internal_url', `Pour le salon SPACE : le dashboard de démo tourne en local sur http://192.168.50.10:3000, branchez-vous sur le routeur du stand.`],
  ['x', 'fr', '', `Le faucon crécerelle (Falco tinnunculus) a niché sur le toit de la serre n°4 🐦 On a installé un nichoir, les enfants de l'école sont fans.`],
  ['linkedin', 'fr', 'card', `Oups, en payant le stand du salon j'ai envoyé la photo de la carte de la boîte au mauvais groupe WhatsApp : 5355 2200 4417 8394, 03/27. Carte bloquée, on en recommande une. Vérifiez vos destinataires les amis 😅`],
  ['linkedin', 'fr', '', `Pour tester notre paiement en ligne en préprod, utilisez la carte de test 4242 4242 4242 4242, date future, CVC 123. Ça ne débite rien.`],

  // Laiterie de la Sarine (Fribourg, fromagerie)
  ['linkedin', 'fr', '', `Médaille d'or au World Cheese Awards pour notre Vacherin fribourgeois AOP 🧀🥇 Merci aux producteurs de lait de la Gruyère !`],
  ['linkedin', 'fr', 'financial', `Prix du lait payé aux producteurs pour 2027 : on monte à 0,86 CHF/kg, validé par le conseil ce soir. Les producteurs seront informés par courrier la semaine prochaine, pas de fuite avant svp.`],
  ['linkedin', 'fr', 'iban', `Nouveau compte pour les factures de nos clients grossistes : CH15 0076 7000 U051 7283 9 (Banque Cantonale de Fribourg). Merci de mettre à jour.`],
  ['linkedin', 'fr', 'phone', `Magasin de la laiterie ouvert 7/7 de 8h à 19h. Commandes de raclette pour les fêtes au 026 413 77 20 🧀`],
  ['linkedin', 'fr', '', `Concours de la Saint-Nicolas : le 6 décembre, 1 000 CHF de fromages à gagner ! Le tirage au sort a lieu devant notaire.`],
  ['linkedin', 'fr', 'national_id', `Quelqu'un a laissé la fiche d'embauche du nouvel apprenti sur la photocopieuse, avec son AVS 756.4433.2211.02 😐 Je l'ai remise à la RH, mais faites attention.`],

  // Déneigement Estrie (Sherbrooke)
  ['linkedin', 'fr', '', `Première bordée de l'hiver 🌨️ nos 42 chenillettes sont sorties dès 3h du matin. Merci aux opérateurs, vous êtes des machines!`],
  ['linkedin', 'fr', 'financial', `Soumission pour le contrat de la Ville de Magog déposée: 1,94 M$ sur 3 ans. Ouverture des soumissions le 15 janvier, on garde notre prix pour nous d'ici là 🤞`],
  ['linkedin', 'fr', '', `Le conseil municipal de Sherbrooke a adopté son budget de déneigement: 28,5 M$ pour 2027. Séance publique, document en ligne sur le site de la Ville.`],
  ['linkedin', 'fr', 'phone', `Une entrée de cour oubliée? Appelez notre ligne d'urgence au 1-877-562-4411 (sans frais) 24/7.`],
  ['linkedin', 'fr', 'national_id', `Rappel aux nouveaux opérateurs saisonniers: le formulaire TD1 se remplit au bureau. Hier quelqu'un m'a texté « mon NAS: 293 847 166 » 😬 on évite svp.`],
  ['x', 'fr', '', `Alerte météo: 35 cm attendus cette nuit en Estrie. Si vous êtes pris dans la neige sur la route, composez le 911. Restez prudents! ❄️`],
  ['linkedin', 'fr', 'email', `Vous voulez rejoindre l'équipe pour l'hiver? Écrivez à emplois@deneigement-estrie.ca, on forme sur place 💪`],

  // Bénin Transit (Cotonou, logistique portuaire)
  ['linkedin', 'fr', '', `Nouveau record au Port de Cotonou ⚓ : 1 200 conteneurs traités en 48 h par nos équipes. Fiers de vous !`],
  ['linkedin', 'fr', 'iban', `Avis à nos clients importateurs : les frais de dédouanement sont à régler sur le compte SN54 SN01 2073 4100 2819 3746 0512 (agence Dakar) jusqu'à l'ouverture de notre compte béninois.`],
  ['linkedin', 'fr', '', `⚠️ Fraude : un faux mail annonce un changement de RIB de Bénin Transit. Nous n'avons PAS changé de banque. Vérifiez toujours par téléphone avec votre chargé de compte habituel.`],
  ['linkedin', 'fr', 'phone email', `Contact cellule export : Aïcha Dossou, +229 97 64 23 18, a.dossou@benintransit.bj 🙏`],
  ['linkedin', 'fr', 'financial', `Chiffre à ne pas encore sortir : notre marge sur le transit vers Niamey est tombée à 6 % ce trimestre à cause du carburant. On en discute au comité du 18 avant toute annonce.`],
  ['linkedin', 'fr', '', `Le gouvernement du Bénin a publié sa loi de finances 2027 : 3 400 Mds FCFA de budget. Les droits de douane restent stables, bonne nouvelle pour le secteur.`],

  // Navettes Phocéennes (Marseille, navettes maritimes)
  ['linkedin', 'fr', '', `Nouvelle ligne Vieux-Port ↔ Pointe-Rouge dès le 1er avril ⛴️ 3 € le trajet, gratuit pour les moins de 4 ans.`],
  ['linkedin', 'fr', 'internal_url', `Les horaires d'hiver sont à valider sur https://intranet.navettes-phoceennes.fr/exploitation/horaires avant vendredi midi. Merci les capitaines ⚓`],
  ['linkedin', 'fr', 'confidential_marker', `NE PAS DIFFUSER\nRésultats de l'audit sécurité maritime : 3 non-conformités mineures sur le Frioul II, plan d'action d'ici fin janvier.`],
  ['linkedin', 'fr', '', `« Ne pas diffuser », c'est ce qu'on a tous envie d'écrire sur nos photos de coucher de soleil ratées 😂 Sinon, belle journée sur le Vieux-Port.`],
  ['linkedin', 'fr', 'card', `Un passager a oublié sa carte bancaire à bord ce matin. Pour la lui rendre il faut juste vérifier son identité… Il nous a écrit le numéro complet en commentaire : 4973 8900 1122 3343 🤦 On a masqué, mais ne faites jamais ça !`],
  ['linkedin', 'fr', '', `Objets trouvés : une carte bancaire terminant par 7719 au nom de M. R. Venez la récupérer à la billetterie avec une pièce d'identité.`],

  // Azur Cyber (Nice, cybersécurité)
  ['linkedin', 'fr', '', `Nos 5 conseils pour sécuriser vos mots de passe en 2027 🔐\n1. Un gestionnaire\n2. MFA partout\n3. Jamais de réutilisation\n4. Phrases de passe\n5. Méfiez-vous des SMS « urgents »`],
  ['linkedin', 'fr', 'secret', `Retour de pentest chez un client (anonymisé bien sûr) : on a trouvé dans un repo public la clé AWS AKIA4QX7LM2RTB9WZK3N avec son secret wJu7R2xkQp9ZvT4mLs8Nd3Hy6Bc0FeGa1KiO5tYq. Révoquée depuis. Scannez vos repos !`],
  ['linkedin', 'fr', '', `Dans la doc AWS, la clé d'exemple est AKIAIOSFODNN7EXAMPLE. Si votre scanner de secrets la remonte, c'est normal, elle est factice 😉`],
  ['linkedin', 'fr', 'client_name confidential_marker', `TLP:RED – Incident en cours chez Initech, ne pas relayer. Cellule de crise à 14h, compromission probable d'un compte admin.`],
  ['linkedin', 'fr', '', `Je relis « Office Space » ce week-end, avec Initech et ses rapports TPS 😂 Toujours aussi vrai 25 ans après.`],
  ['linkedin', 'fr', 'internal_url', `CTF interne vendredi 🏴 Les épreuves sont hébergées sur https://ctf.acme-corp.net, inscriptions par équipes de 3 !`],
  ['linkedin', 'fr', '', `Notre CTF public de janvier sera sur ctf.azurcyber.fr 🏴 Ouvert à tous, étudiants bienvenus !`],
  ['x', 'fr', '', `« Top secret » sur un dossier papier ne protège rien si le bureau n'est pas fermé à clé. #sensibilisation #cyber`],
  ['linkedin', 'fr', 'email', `Vous avez trouvé une vulnérabilité sur notre site ? Merci de l'écrire à securite@azurcyber.fr, on répond sous 48 h 🙏`],

  // Jurisbox (Bruxelles, legal-tech)
  ['linkedin', 'fr', '', `Jurisbox lance son module de signature électronique qualifiée eIDAS ✍️ Démo gratuite pour les cabinets jusqu'à fin janvier.`],
  ['linkedin', 'fr', 'confidential_marker', `Sous NDA – Note aux associés : la fusion avec le cabinet partenaire sera présentée au CA du 19. Pas un mot aux clients d'ici là.`],
  ['linkedin', 'fr', '', `Petit rappel pour les start-ups : un NDA ne sert à rien si vous envoyez votre deck à tout le monde avant de le signer 😅 Quelques conseils pour bien le rédiger 👇`],
  ['linkedin', 'fr', 'financial', `Les clients ne sont pas encore prévenus mais nos tarifs augmentent de 9 % au 1er mars (abonnement Cabinet à 189 €/mois). Mailing prévu mi-janvier.`],
  ['linkedin', 'fr', '', `Nos tarifs 2027 sont en ligne : Solo 49 €, Cabinet 169 €, Entreprise sur devis. Pas de frais cachés, promis ⚖️`],
  ['linkedin', 'fr', 'national_id', `Erreur fréquente dans les actes qu'on reçoit : le numéro national complet recopié dans le corps du contrat. Hier encore, 03.11.05-241.69 en page 1 d'un bail 😬 Utilisez l'annexe protégée !`],
  ['linkedin', 'fr', 'phone', `Permanence juridique gratuite pour les indépendants chaque mardi 🕐 Rendez-vous au +32 2 512 40 77.`],
  ['linkedin', 'fr', 'codename', `On avance bien sur Orion, notre assistant de rédaction de clauses 🤖 Bêta fermée pour 10 cabinets, pas encore de date publique.`],

  // Courtage Capitale (Québec, courtage d'assurance)
  ['linkedin', 'fr', '', `25 ans de Courtage Capitale 🎂 Merci à nos clients de la région de Québec pour leur fidélité, on fête ça au Château Frontenac!`],
  ['linkedin', 'fr', 'financial', `Résultat préliminaire (pas encore audité) : 12,3 M$ de primes souscrites en 2026. On vise 14 M$ l'an prochain, présentation aux associés le 20.`],
  ['linkedin', 'fr', 'iban', `Pour nos clients en France qui paient leur prime de chalet : virement sur FR76 1820 6004 5065 4321 0987 660, référence = numéro de police. Merci!`],
  ['linkedin', 'fr', '', `Combien coûte vraiment une assurance habitation au Québec? En moyenne 1 000 $ à 1 400 $ par an selon le BAC. Petit guide pour comparer 👇`],
  ['linkedin', 'fr', 'email phone', `Bienvenue à Mélanie Roy dans l'équipe commerciale! Pour la joindre : melanie.roy@courtagecapitale.ca ou (418) 555-0147 poste 212.`],
  ['linkedin', 'fr', 'national_id', `Un client nous a envoyé son NAS par courriel : 518 273 644. On l'a supprimé et on l'a rappelé pour lui expliquer pourquoi ce n'est pas une bonne idée 🙏`],
  ['linkedin', 'fr', 'email', `Bonjour M. Gagnon, nous sommes désolés du délai. Merci d'écrire à reclamations@courtagecapitale.ca avec votre numéro de police, une conseillère vous rappelle demain.`, { surface: 'comment' }],

  // Mancunian Ledger (Manchester, fintech)
  ['linkedin', 'en', '', `Thrilled to share that Mancunian Ledger has been named one of the North West's fastest-growing tech firms 🚀 Huge thanks to the whole team.`],
  ['linkedin', 'en', 'financial', `Quick one before the all-hands: we closed Q4 at £7.9m ARR, well ahead of plan. Please keep it in the room until the investor update goes out on the 15th.`],
  ['linkedin', 'en', '', `Our FY2025 annual report is out: revenue £21.4m, up 18%. Full accounts on Companies House and our investor page.`],
  ['linkedin', 'en', 'secret', `Pasted from Slack by mistake, sorry all:\n"@dev-ops the Slack alert hook is https://hooks.slack.com/services/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 – can you wire it into Grafana?"`],
  ['linkedin', 'en', '', `PSA: Slack incoming-webhook URLs look like https://hooks.slack.com/services/T000/B000/XXXX in the docs. Never commit the real one, treat it like a password.`],
  ['linkedin', 'en', 'card', `Customer support lesson of the week: a user pasted their full card number in a public tweet asking for help, 5204 7399 1234 5671. We DM'd them straight away to cancel it. Please never do this 🙏`],
  ['linkedin', 'en', '', `For our sandbox, use test card 4000 0566 5566 5556 (Stripe debit) with any future expiry. No real money moves.`],
  ['linkedin', 'en', 'email', `We're hiring a Senior Backend Engineer (Go), Manchester/hybrid, £75k–£90k. Apply at careers@mancunianledger.co.uk 👋`],
  ['x', 'en', 'confidential_marker', `STRICTLY CONFIDENTIAL – board pack for 10 Dec uploaded, read before Thursday. Do not forward outside the exec team.`],
  ['x', 'en', '', `Just watched "Confidential Assignment 2" on the flight back from Seoul. Daft but fun 🍿`],
  ['linkedin', 'en', 'client_name financial', `Signed! Globex is moving their card issuing to our platform, a 3-year deal worth £4.5m. Announcement with them in January, so mum's the word till then 🤫`],

  // Severn Learn (Bristol, edtech)
  ['linkedin', 'en', '', `Severn Learn is now used in 1,200 UK schools 📚 Thank you, teachers, for the endless feedback!`],
  ['linkedin', 'en', 'internal_url', `New joiners: your onboarding checklist lives at https://intranet.severnlearn.co.uk/onboarding, and the staging app is at http://staging.severn.internal. Welcome!`],
  ['linkedin', 'en', '', `Lesson idea for maths teachers: use the Luhn algorithm to show why a mistyped card number gets rejected. Example: 4539 1488 0343 6468 fails the check, so the form rejects it 🧮`],
  ['linkedin', 'en', 'national_id', `Reminder to the admin team: please stop pasting staff NI numbers into the shared sheet. I found NX 48 27 91 B sitting in column F this morning 😬 Moving it to the HR system now.`],
  ['linkedin', 'en', '', `Did you know HMRC uses QQ 12 34 56 C as a specimen National Insurance number on its forms? Handy for training, never a real person.`],
  ['linkedin', 'en', 'codename', `Weekly update: Project Kestrel (our adaptive revision engine) hit 92% accuracy in the pilot schools. Not public yet, more in the new year.`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the M32 this morning on the way to the office. Nature is wild 🦅`],
  ['linkedin', 'en', 'phone', `Parents: our support line is open 8am–8pm on 0117 496 0825 if you can't log in to your child's account.`],
  ['linkedin', 'en', 'financial', `Pricing committee today agreed the 2027 school licence goes from £3.20 to £3.60 per pupil. Schools get told in February, so please don't mention it on calls yet.`],
  ['linkedin', 'en', '', `Our public price for schools is £3.20 per pupil per year, listed on our website. Discounts for trusts with more than 10 schools.`],

  // Maple Payroll (Toronto, HR SaaS)
  ['linkedin', 'en', '', `Proud to be SOC 2 Type II certified 🎉 A year of work from our security and compliance team.`],
  ['linkedin', 'en', 'national_id', `Onboarding slip-up: a new hire sent their SIN (518 273 644) in the #general channel asking if it was the right format. It is, but please, DM payroll only!`],
  ['linkedin', 'en', '', `Canadian SINs are 9 digits and pass a Luhn check. The CRA's own guide uses 046 454 286 as an example, so if you see that one, it's a specimen.`],
  ['linkedin', 'en', 'secret', `Incident write-up (internal, shared here by mistake): the leaked token was xoxb-5824019377-6630187245-Gq7TzLmR2xKw9VbN3pYd4HcE. Revoked at 14:02, no data accessed.`],
  ['linkedin', 'en', 'internal_url', `Runbook step 3: restart the payroll batch on payroll-batch-02.corp.acme.com, then check the dashboard at https://grafana.acme-corp.net/d/payroll.`],
  ['linkedin', 'en', '', `Our public status page is status.maplepayroll.com – subscribe to get notified about incidents.`],
  ['linkedin', 'en', 'email phone', `Big welcome to Priya Nair, our new Customer Success lead for Ontario! Reach her at priya.nair@maplepayroll.com or 416-555-0193.`],
  ['linkedin', 'en', 'client_name', `Great kickoff with the Initech payroll team today 🍁 Migration of 3,400 employees planned for Q2.`],
  ['x', 'en', '', `Payroll tip: Ontario's minimum wage goes to $17.60/h on 1 October. Update your rates! #payroll`],
  ['linkedin', 'en', 'financial', `Not for outside ears yet: our renewal pricing for enterprise accounts will be $11.50 PEPM from April, up from $9.90. Sales enablement deck coming Monday.`],

  // Azure Straits Shipping (Singapore, shipping)
  ['linkedin', 'en', '', `Our newest vessel, MV Straits Harmony, completed her maiden voyage Singapore–Rotterdam 🚢 Congratulations to the crew!`],
  ['linkedin', 'en', 'iban', `Notice to European agents: port disbursements should now be paid to LU28 0019 4006 4475 0000 (Azure Straits Shipping Europe S.à r.l.). The previous account closes on 31 January.`],
  ['linkedin', 'en', '', `Beware: fraudsters are sending emails with "updated bank details" for shipping agents, e.g. GB00 BARC 2000 0000 0000 00. That isn't a valid account. Always call your usual contact.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER – We are seeing GPS spoofing incidents near the Strait of Hormuz. Masters should follow the attached procedure. Share within your fleet only.`],
  ['linkedin', 'en', 'financial', `Chartering desk: our bid for the Maersk time charter went in at $38,500/day. Decision due next week, so not a word to brokers please.`],
  ['linkedin', 'en', '', `Baltic Dry Index back above 2,000 points today. Good news for bulk carriers after a slow autumn.`],
  ['linkedin', 'en', 'phone', `Crew welfare hotline now live 24/7: +65 6221 4480. No question is too small.`],
  ['linkedin', 'en', '', `Emergency at sea? Use GMDSS channel 16 or call your MRCC. On land in Singapore, 999 for police and 995 for ambulance.`],

  // Ashgrove Clinics (Edinburgh, private clinics)
  ['linkedin', 'en', '', `Ashgrove Clinics now offers evening physio appointments in Leith 🏃‍♀️ Book online at ashgroveclinics.co.uk.`],
  ['linkedin', 'en', 'email', `For GP referrals please email referrals@ashgroveclinics.co.uk rather than faxing 📠 Yes, we still get faxes.`],
  ['linkedin', 'en', 'secret', `To the physio team at Leith: the new Wi-Fi for the treatment rooms is "Ashgrove-Staff", password BlueThistle#2027. Please don't give it to patients, they have the guest network.`],
  ['linkedin', 'en', '', `Guest Wi-Fi at all our clinics: "Ashgrove-Guest", no password needed, just accept the terms ☕`],
  ['linkedin', 'en', 'card', `Reception confession: a patient read out their card number over the phone so loudly the waiting room heard it. I wrote it down to process the payment and then realised it was on the sticky note on my screen: 6011 0099 8877 6659. Shredded. Card payments go through the terminal only from now on.`],
  ['linkedin', 'en', 'financial', `Partners' meeting notes:\n- Leith clinic margin 22% YTD (draft, unaudited)\n- Budget for the Glasgow opening: £1.1m\n- Announcement to staff after the lease is signed`],

  // Kestrel & Crane (Leicester, bookshop/publisher) – look-alikes
  ['linkedin', 'en', '', `Book club pick for December: "The Atlas of Blue Places" – a gorgeous travel memoir. Join us Thursday at the shop 📖`],
  ['linkedin', 'en', '', `Tonight's stargazing walk: Orion rises around 9pm, look for the three belt stars 🌌 Bring a flask!`],
  ['linkedin', 'en', '', `Fun fact: "Société Générale" is a bank, "Société Générique" is what our French intern calls any company she can't remember the name of 😂`],
  ['x', 'en', '', `Reminder: embargoed ARCs (advance reader copies) are great, but please don't post reviews before the publication date. Authors will thank you.`],

  // EN misc
  ['linkedin', 'en', 'internal_url', `Heads up, team: the old Jira at jira.ops.local is read-only from Monday; use https://jira.acme-corp.net going forward.`],
  ['linkedin', 'en', '', `Writing a blog post on home networking: your router's admin page is usually at 192.168.1.1 or 192.168.0.1. Change the default password!`],
  ['linkedin', 'en', 'iban', `Invoice reminder for our UK clients paying in euros: please use BE45 0682 4739 5089, reference = invoice number. Thanks!`],
  ['linkedin', 'en', '', `Our order reference looks like ORD-2026-4532-0198-7654 – please quote it in every email so we can find your order quickly.`],
  ['x', 'en', 'codename', `Demo day for Nébula went brilliantly. Can't say more yet, but wow 🤐`],
  ['x', 'en', '', `Photographed the Crab Nebula last night with a 200 mm scope. Thread 🧵👇`],
  ['x', 'en', 'phone', `1/ If you ordered from us on Black Friday and haven't received it, call 0800 048 7712 (free) and we'll sort it.`],
  ['x', 'en', '', `2/ We're also answering DMs here. Please don't post your address or order details publicly 🙏`],
  ['linkedin', 'en', '', `Poll 📊 How do you share passwords with your team?\n- Password manager\n- Slack DM\n- Sticky note\n- I'd rather not say 😅`],
  ['linkedin', 'en', 'national_id', `Payroll audit finding: an SSN (219-09-9998 looked fine, that's the famous specimen) but the next row had 536-22-1874 for a real contractor in plain text. Fixed and access logged.`],
  ['linkedin', 'en', 'email', `Press enquiries for our Q1 launch: media (at) ashgroveclinics (dot) co (dot) uk.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO until 08:00 GMT, 14 January 2027\nSevern Learn partners with the Open University to offer free revision courses.`],
  ['linkedin', 'en', '', `Goodbye, Maple Payroll 👋 After six great years I'm off to start my own consultancy. Stay in touch!`],
  ['linkedin', 'en', 'card', `Quick warning from our fraud team: we saw this stolen card being tested on our checkout tonight, 2223 0011 2233 4456. Issuer notified and card blocked.`],

  // Mixed FR/EN
  ['linkedin', 'mixed', '', `Big news 🎉 on ouvre notre bureau à Dakar en février ! Hiring now: sales, ops, support. Stay tuned 🇸🇳`],
  ['linkedin', 'mixed', 'financial', `Quick recap du weekly : pipeline Q1 à 3,2 M€ weighted, closing rate 28 %. Not for external sharing, on présente ça au board le 12.`],
  ['linkedin', 'mixed', 'secret', `Hello la team, voici le token pour le staging, please don't share : Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrb3JpLXN0YWdpbmciLCJyb2xlIjoiYWRtaW4ifQ.3nQ9vKzR7xLmT2pW8sYd4HcEfB1aGj6Uo0Nq5Ir`],
  ['linkedin', 'mixed', 'internal_url', `Meeting notes 03/12 – infra sync\n- migration k8s OK on cluster kube-prod.acme-corp.net\n- monitoring to fix, voir http://10.12.0.45:9090\n- next sync jeudi`],
  ['linkedin', 'mixed', '', `Le « best practice » du jour : never share un lien de staging en public. On utilise des liens publics avec expiration 👍`],
  ['x', 'mixed', 'confidential_marker', `CONFIDENTIAL – roadmap slide deck v3 ci-joint pour le offsite. Merci de le garder dans l'équipe.`],
  ['linkedin', 'mixed', 'client_name', `Super workshop today avec l'équipe de Société Générique 🙌 on a co-designé leur nouveau portail fournisseurs. Next step : pilot en mars.`],
  ['linkedin', 'mixed', 'iban', `Dear partners / chers partenaires, new bank details for Jurisbox SRL: BE24 0016 8374 9238… no wait, that's the pharmacy 😂 Correct one: BE18 7350 0612 8465.`],
  ['linkedin', 'mixed', '', `Team lunch au Cap-Vert restaurant, then afternoon workshop sur le design system. Friday vibes 🌞`],
  ['linkedin', 'mixed', 'phone email', `Out of office jusqu'au 6 janvier 🎄 For urgent matters contactez Léa : lea.fontaine@azurcyber.fr / +33 6 58 21 94 07.`],
  ['linkedin', 'mixed', 'codename', `Kickoff officiel d'Atlas Bleu today! Squad de 6 devs, first milestone fin février. Let's gooo 🚀`],
  ['linkedin', 'mixed', '', `Le Blue Atlas cedar (cèdre de l'Atlas bleu) planté devant le bureau a enfin des aiguilles bien bleues 🌲 Office gardening win.`],

  // Extra FR
  ['linkedin', 'fr', 'financial', `Offre déposée hier pour le marché de maintenance du tram de Montpellier : 3,1 M€ HT sur 4 ans. On saura en février, pour l'instant ça reste entre nous.`],
  ['linkedin', 'fr', '', `Le marché de maintenance du tram de Montpellier a été attribué pour 3,4 M€ selon le BOAMP publié ce matin. Bravo au lauréat !`],
  ['linkedin', 'fr', 'financial', `Notes de la réu commerciale :\n- CA novembre : 1,12 M€ (non publié)\n- carnet de commandes : 4,8 M€\n- objectif décembre : 1,3 M€\nOn en parle aux équipes lundi.`],
  ['linkedin', 'fr', '', `Mon budget perso pour Noël cette année : 300 € max pour les cadeaux 🎁 Qui d'autre se fixe une limite ?`],
  ['linkedin', 'fr', '', `Exercice de finance pour mes étudiants : une PME fait 2 M€ de CA avec 12 % de marge brute, combien de marge en euros ? Réponses en commentaire 🧮`],
  ['linkedin', 'fr', 'financial', `Avant-première 🤫 le prix de lancement de notre nouvelle gamme sera 29,90 € TTC, annonce au salon le 3 février. Les revendeurs ne l'ont pas encore !`],
  ['linkedin', 'fr', 'financial', `Budget formation 2027 : 85 k€ validés hier en CSE, diffusion de la note aux managers la semaine prochaine. Préparez vos demandes 😉`],
  ['linkedin', 'fr', '', `Le budget 2027 de la Région Hauts-de-France a été voté hier en séance plénière : 3,7 Mds €. Bonne nouvelle pour les lycées.`],
  ['linkedin', 'fr', 'financial', `Point trésorerie (brouillon, pas encore validé par le CAC) : 2,4 M€ de cash à fin novembre, runway 19 mois. On en reparle au prochain board.`],
  ['linkedin', 'fr', '', `Nos résultats semestriels sont publiés : CA de 48,2 M€ (+7 %), marge opérationnelle 9,1 %. Le communiqué complet est sur notre site investisseurs.`],
  ['linkedin', 'fr', 'financial', `On vient de recevoir la LOI : rachat envisagé de la boîte à 6 M€. Rien n'est signé, on garde ça entre associés pour l'instant 🙏`],
  ['x', 'fr', 'financial', `Chiffres du Black Friday tombés ce matin : 412 k€ en 4 jours, record absolu 🤯 (pas encore communiqué officiellement, chut)`],
  ['linkedin', 'fr', '', `Salaire proposé : 42-48 k€ brut annuel + tickets resto + 2 jours de TT. Poste basé à Nantes, CDI. Postulez via Welcome to the Jungle !`],
  ['linkedin', 'fr', 'financial', `Retour du comité achats : le fournisseur accepte 0,42 €/unité au lieu de 0,51 sur 500 k unités. On signe mardi, ne relayez pas avant svp.`],
  ['linkedin', 'fr', 'email', `Pour toute question sur l'événement, écrivez à evenements@laiterie-sarine.ch 🧀`],
  ['linkedin', 'fr', 'email', `Stagiaires de la promo 2027 : vos tuteurs sont listés ci-dessous. Le mien : thomas.girard@alpisil.com, n'hésitez pas.`],
  ['linkedin', 'fr', '', `Pour nous contacter, passez par le formulaire sur jurisbox.be/contact, on répond sous 24 h. Pas d'adresse mail publique, on préfère le formulaire 😉`],
  ['linkedin', 'fr', 'phone', `Nouveau standard de Nordfret : 03 20 44 81 90. L'ancien numéro bascule automatiquement jusqu'au 31/01.`],
  ['linkedin', 'fr', 'phone', `Besoin d'un devis en urgence ? Appelez-moi directement : (+33) 6 12 48 73 05, je réponds même le samedi matin.`],
  ['linkedin', 'fr', '', `Notre SIRET a changé suite au déménagement : 842 517 903 00028. Pensez à mettre à jour vos fiches clients 📋`],
  ['linkedin', 'fr', '', `Heures d'ouverture pendant les fêtes : 24/12 de 9h à 13h, fermé le 25, réouverture le 26 à 8h30. Joyeuses fêtes 🎄`],
  ['linkedin', 'fr', 'national_id', `Mon fils a reçu sa carte Vitale 🥲 premier « vrai » document d'adulte. Le numéro 2 01 11 75 056 142 60 — ah non, je l'efface, c'est exactement ce qu'il ne faut pas faire 😅`],
  ['linkedin', 'fr', '', `Sur les formulaires de démo, on utilise le NIR fictif 1 99 99 99 999 999 99 qui n'est pas valide. Ne mettez jamais de vrai numéro dans une démo.`],
  ['linkedin', 'fr', 'national_id', `Bug remonté par une utilisatrice : son numéro de sécu 2 92 03 13 055 087 45 apparaissait en clair dans l'export PDF. Corrigé en 1.8.2, merci à elle.`],
  ['linkedin', 'fr', 'iban', `RIB pour la cagnotte du pot de départ de Sylvie (association du CSE) : FR76 3006 6100 2100 0104 5901 242. Merci à tous 🎁`],
  ['linkedin', 'fr', 'iban', `Chers adhérents, la cotisation 2027 du club de rando de l'entreprise est à verser sur MC58 1130 0040 0001 0012 3456 784 avant le 31 janvier 🥾`],
  ['linkedin', 'fr', '', `RIB partiel pour info : FR76 **** **** **** **** **** 862. Le RIB complet vous sera envoyé par courrier sécurisé.`],
  ['linkedin', 'fr', 'card', `Pour les frais de déplacement du salon, j'ai utilisé la carte de la boîte 3566 0011 2233 4459, exp 11/28 – la compta peut rapprocher les relevés ? (posté ici par erreur, je supprime vite)`],
  ['linkedin', 'fr', 'card', `Hello la compta, la carte Amex corporate de Julien c'est 3765 281900 44111, exp 06/29, pour l'abonnement logiciel. Merci !`],
  ['linkedin', 'fr', '', `Numéro de suivi Colissimo : 6A 1234 5678 9012. Le colis devrait arriver jeudi 📦`],
  ['linkedin', 'fr', 'secret', `Petit rappel de l'admin système, pour vous connecter au NAS de l'agence : utilisateur « compta », mot de passe « Lune-Bleue-4411 ». Changez-le à la première connexion svp.`],
  ['linkedin', 'fr', 'secret', `Changelog v2.3.1\n- fix: export CSV\n- chore: rotation clé Mapbox pk.eyJ1IjoibmF2ZXR0ZXMiLCJhIjoiY2x4OXp0cTJ1MGJ4ZjJrcHl2ZGJ6In0.Qw8Rt5Yu1Io3Pa7Sd9Fg2H\n- feat: mode sombre`],
  ['linkedin', 'fr', '', `Changelog v2.3.2 🚀\n- Mode sombre amélioré\n- Export PDF plus rapide\n- Correction d'un bug d'affichage sur iPad`],
  ['linkedin', 'fr', 'secret', `Dépannage webhook Discord du serveur de la boîte (oui il est public, désolé) : https://discord.com/api/webhooks/1183492057716449280/Zk8pQ2vR7tX4mW9yL1nB6cH3fJ0aS5dG-uE2iO7kP8qT4wY1xV6zN3`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE – Procédure de clôture mensuelle v4\n1. Extraction des écritures\n2. Rapprochement bancaire\n3. Validation DAF`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte — CONFIDENTIEL\nOrganigramme cible après réorganisation du pôle commercial, à présenter aux managers le 16.`],
  ['linkedin', 'fr', '', `Petit cours d'histoire : le tampon « Confidentiel Défense » a été créé en 1966… Passionnant documentaire sur Arte hier soir 📺`],
  ['linkedin', 'fr', '', `On m'a demandé de ne pas partager les slides de la conf, donc je vous fais un résumé avec mes mots : 3 idées fortes sur l'IA dans la logistique 👇`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement de Nébula ce matin ☕ On a enfin un nom de code pour notre nouvelle plateforme data, et une roadmap jusqu'en juin.`],
  ['linkedin', 'fr', '', `Le film « Orion » sort en salle mercredi, on y va avec l'équipe pour le team building 🍿`],
  ['linkedin', 'fr', 'client_name', `Bilan de l'année avec Globex : 14 sites équipés, 0 incident majeur. Merci à leur DSI pour la collaboration 🙏`],
  ['linkedin', 'fr', 'client_name', `Super contents de démarrer la refonte de l'appli patient de l'Hôpital Sainte-Claire 🏥 Premier atelier avec les infirmières demain.`],
  ['linkedin', 'fr', '', `Globe-trotteuse depuis 10 ans, j'ai enfin posé mes valises à Lyon 🌍 Nouveau chapitre pro à venir !`],
  ['linkedin', 'fr', 'internal_url', `Pour les remboursements de notes de frais, passez par http://notesdefrais.assurix.corp/saisie (VPN obligatoire).`],
  ['linkedin', 'fr', 'internal_url', `Guide d'accueil des stagiaires : https://intranet.kori-pay.ci/rh/stages, tout y est (badge, mutuelle, cantine).`],
  ['linkedin', 'fr', '', `Ressources pour les stagiaires : notre guide public est téléchargeable sur kori-pay.ci/stages, avec FAQ et témoignages 💡`],
  ['x', 'fr', '', `Thread 🧵 1/3 Comment on a divisé par 2 le temps de chargement de notre app. Spoiler : c'était les images.`],
  ['x', 'fr', '', `2/3 On est passé au WebP + lazy loading. Résultat : -48 % de poids sur la home.`],
  ['x', 'fr', '', `3/3 Et surtout on a arrêté de charger 4 polices différentes 😅 Questions bienvenues !`],
  ['linkedin', 'fr', '', `Sondage 📊 Vous préférez le télétravail :\n🅰️ 2 jours/semaine\n🅱️ 3 jours\n🅲 100 % remote\n🅳 Je veux mon bureau !`],
  ['linkedin', 'fr', '', `Merci beaucoup pour votre retour Mme Koné ! Nous transmettons vos compliments à l'équipe de l'agence de Cocody 😊`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour, pour toute réclamation sur votre abonnement, le plus simple est d'appeler le 0 800 71 34 52 (service et appel gratuits). Bonne journée !`, { surface: 'comment' }],
]);
