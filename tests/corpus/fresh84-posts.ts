import { rows } from './corpus-types';

/**
 * Held-out set "fresh84": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh84`.
 * First scored: 2026-12-05 on 2b30e8d (unseen, before any fix from it): confidentiality macro F1 0.957 / 5.3 % (6 of 113).
 *
 * Authors: architects, site managers, developers and estate agents in Quebec (Montréal, Laval, Québec, Gatineau,
 * Sherbrooke, Brossard), Ottawa, France (Paris region, Bordeaux, Lyon, Montpellier), Morocco (Casablanca, Rabat, Tanger,
 * Marrakech, Kénitra), Senegal (Dakar, Saly, Diamniadio, Thiès) and Côte d'Ivoire (Abidjan, Bingerville, Bouaké),
 * writing mostly in French (some English and Franglais). Forms: team wins, site photos with captions, pasted committee
 * and meeting notes, chat messages pasted by mistake, customer-service replies and sales answers (surface 'comment'),
 * job ads with a published salary range, a three-post X thread, polls, changelogs, post-mortems, runbook and config
 * snippets, supplier and bank-detail notices, fraud warnings, goodbyes, safety stand-downs and incident reports, tips.
 * Focus: tenders and bids before award or public opening, land and unit prices before a sales launch, site photos with
 * door codes, alarm codes and key-box codes, subcontractor contracts, building-permit gossip, safety incidents.
 *
 * Positives: financial = own bid amounts before opening or award, a price grid or a price rise before the launch or
 * before buyers are told, land charge before a permit, order book before the AGM, valuation before signing, budget
 * before the press release, site margin before the board, subcontract amounts before signature, sales and tender
 * forecasts not yet shown to the partners ("motus", "entre nous", "on reste discrets", "do not quote before",
 * "pas encore notifiée"...). Look-alikes: published awards and bid openings, public price lists and listed prices, the
 * company's published annual results, a city's voted budget, World Bank and registry statistics, a published salary
 * range, personal budgets and salaries, teaching exercises, other organisations' figures, a land sale already published.
 * Secrets: Wi-Fi, camera, BIM-server and shared-folder passwords, door and padlock codes, alarm codes, a key-box code,
 * a bare hex API key, an API token, a Slack webhook, a service account, a Postgres URL's credentials; look-alikes are
 * placeholders (VOTRE_TOKEN_ICI, USER:PASSWORD, a zeroed webhook), advice about default passwords and "ask the site
 * manager for the password". Markers: CONFIDENTIEL, INTERNE, [INTERNE], [INTERNAL], TLP:AMBER, EMBARGO jusqu'au…,
 * SOUS NDA, Classification: …, "Diffusion interne uniquement"; look-alikes are TLP:CLEAR, a film title, discussions of
 * the words and of NDAs, a lifted embargo. Phones: Senegal (+221, 9-digit mobiles and 33 landlines), Côte d'Ivoire
 * (+225 and the 10-digit 01/05/07/27 numbers), Morocco (+212 and 05/06 formats), Quebec and Ontario (418, 581, 613,
 * 1 877 toll-free), France (06 mobile, 0 800 toll-free); emergency short numbers (15, 17, 18, 112, 911) are clean.
 * Emails include role mailboxes and "[at] [dot]", "(at)", "name @ domain" forms; bare domains are clean. Internal
 * URLs: corp.acme.com and acme-corp.net hosts, intranet. labels, private IPs (192.168, 10., 172.16), .local and .corp
 * hosts; public project sites and news.acme.com are clean. Every IBAN, card and national id positive was computed with
 * a throwaway script kept outside the repo: FR IBANs with the RIB key, MA IBANs with the Moroccan RIB key, SN and CI
 * IBANs, all mod 97; Luhn for Visa, Mastercard (5- and 2-series), Amex and Discover; Luhn for Canadian SIN/NAS; the
 * mod-97 key for French NIR; Moroccan CIN as written on the card. Look-alikes: an FR and an MA IBAN with a wrong check,
 * a masked SN IBAN, a masked card, Stripe's 4242 test card, an order number failing Luhn, a NAS failing Luhn, the
 * CRA-style example SIN 046 454 286, a NIR with a wrong key, the CIN format "AB123456". Policy names in their
 * ordinary sense: the Orion Nebula, a hotel called Orion already open to the public, a kestrel nesting in a crane and
 * over a site, a design studio called Nebula, the High Atlas, a cat called Atlas, a restaurant "L'Atlas Bleu", a
 * chapel and a clinic named Sainte-Claire, "société générique" in model articles, light globes, an "Initiative".
 *
 * Conventions: a named employee's or a role mailbox is email; any written phone number is phone; the user:password of
 * a connection string is secret (and its private host internal_url); a door, padlock or alarm code is secret.
 *
 * Counts: 232 posts (193 FR, 35 EN, 4 mixed; 208 LinkedIn, 24 X; 8 comments): 113 clean, 119 with one or more
 * findings. Labels: financial 29, phone 20, secret 13, confidential_marker 11, national_id 11, codename 9, email 9,
 * iban 9, internal_url 9, client_name 7, card 6.
 */
export const FRESH84_POSTS = rows('fresh84', [
  ['linkedin', 'fr', '', `Fiers de vous annoncer que notre cabinet a livré hier la médiathèque de Rimouski. Trois ans de chantier, 41 corps de métier, zéro accident avec arrêt. Merci à toute l'équipe de chantier et à la Ville pour sa confiance. 📚`],
  ['linkedin', 'fr', 'financial', `Petite fierté du vendredi : notre offre pour la réhabilitation du lycée de Thiès est partie ce matin. 2,84 milliards FCFA HT, on a serré les prix au maximum. L'ouverture des plis est le 19, croisez les doigts pour nous 🤞`],
  ['linkedin', 'fr', '', `Le marché de réhabilitation du marché central de Bouaké a été attribué (avis publié au Bulletin officiel des marchés publics) : 3,1 milliards FCFA TTC. Bravo au groupement lauréat, on était deuxièmes, on apprend et on repart.`],
  ['x', 'fr', 'financial', `On dépose demain notre soumission pour l'école de Saint-Jérôme : 12,4 M$ avant taxes, 3 % sous l'estimé du professionnel. Si ça passe, c'est notre plus gros contrat public 😅`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement du projet Orion ce matin avec la maîtrise d'ouvrage : 212 logements, deux tours, livraison visée 2029. Je ne peux pas en dire plus pour l'instant mais quelle équipe !`],
  ['linkedin', 'fr', '', `Nuit d'observation au mont Mégantic avec mes enfants : la nébuleuse d'Orion à l'œil nu, puis au télescope. Meilleure déconnexion après un mois de chantier. 🔭`],
  ['linkedin', 'fr', 'financial', `Grille de prix validée en comité ce midi pour la résidence Les Jardins de l'Anse : T2 à 3 850 €/m², T3 à 3 690 €/m², parkings à 14 000 €. Lancement commercial le 15 janvier, d'ici là on ne communique rien aux acquéreurs.`],
  ['linkedin', 'fr', '', `La résidence Les Terrasses du Lez est en vente depuis ce matin ! Prix à partir de 219 000 € pour un T2, frais de notaire réduits. Brochure et grille des prix sur notre site.`],
  ['linkedin', 'fr', 'phone', `Visite du chantier de Grand-Yoff ce samedi pour les futurs acquéreurs. Pour vous inscrire, appelez directement Awa, notre responsable commerciale, au +221 77 482 16 39.`],
  ['linkedin', 'fr', '', `Visites de l'appartement témoin tous les samedis de 10h à 17h. Accueil au bureau de vente, 12 rue des Tanneurs. Pas besoin de réserver.`],
  ['linkedin', 'fr', 'secret', `Photo de l'équipe devant la nouvelle base vie de Saint-Laurent 👷‍♀️👷 (petit rappel aux nouveaux : le digicode du portail piéton est 4817# depuis lundi, le cadenas du conteneur outillage c'est 2209)`],
  ['linkedin', 'fr', '', `Tous nos accès de chantier passent désormais par badge nominatif + reconnaissance de plaque. Fini les codes partagés collés sur le portail ! Un vrai progrès pour la sûreté des sites.`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL – NE PAS DIFFUSER
Synthèse comité d'engagement du 3/12 :
- AO Centre hospitalier de Ziguinchor : prix remis 6,72 Mds FCFA, marge brute visée 11 %
- AO Lycée technique de Kaolack : abandon (risque foncier)
Prochaine revue : 17/12`],
  ['linkedin', 'fr', '', `Question aux architectes : comment vous gérez les mentions "confidentiel" sur les plans DCE ? Chez nous chaque planche porte un cartouche, mais les entreprises les transfèrent quand même à leurs sous-traitants. Vos pratiques ?`],
  ['linkedin', 'fr', 'client_name', `Très heureuse d'avoir remis hier nos esquisses pour l'extension de l'Hôpital Sainte-Claire : un nouveau bâtiment de pédiatrie de 4 200 m². Merci à l'équipe de la direction des travaux de l'hôpital pour les échanges.`],
  ['linkedin', 'fr', '', `Concert de Noël à la chapelle Sainte-Claire de Lévis dimanche : l'acoustique de cette nef restaurée en 2019 est toujours aussi magique. Allez-y si vous passez par là.`],
  ['x', 'fr', 'email', `Les sous-traitants qui n'ont pas encore envoyé leur attestation URSSAF, c'est à moi directement : k.benali@batiouest-ingenierie.fr, avant vendredi sinon pas d'accès chantier lundi.`],
  ['linkedin', 'fr', 'email', `Nous recrutons un conducteur de travaux TCE pour nos chantiers de Rabat et Salé. CV à recrutement@atlas-construire.ma. Salaire selon profil.`],
  ['linkedin', 'fr', '', `Nous recrutons un·e chef·fe de projet BIM à Montréal. Salaire : 82 000 $ à 96 000 $ selon expérience, 4 semaines de vacances, télétravail 2 jours. Postulez via notre page carrières.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier d'habilitation du nouveau chef d'équipe, je vous transmets ses infos : Karim Ouazzani, CIN BK 318274, né le 14/02/1991 à Fès. Merci de lancer la demande de badge portuaire.`],
  ['linkedin', 'fr', '', `Rappel : pour tout accès au chantier du port, la carte d'identité nationale (CIN) et l'attestation de formation sécurité sont obligatoires. Pas de pièce, pas de badge. Merci de prévenir vos équipes.`],
  ['linkedin', 'fr', 'national_id', `Nouvel arrivant sur le chantier de Bordeaux-Bastide, merci à la paie de créer sa fiche : Mme Léa Fontaine, n° de sécu 2 91 03 33 063 118 59, début le 8 janvier.`],
  ['linkedin', 'fr', '', `Astuce RH pour les PME du BTP : le numéro de sécurité sociale (NIR) compte 15 chiffres dont une clé de contrôle de 2 chiffres. Un formulaire qui ne vérifie pas la clé laisse passer énormément de fautes de frappe.`],
  ['linkedin', 'fr', 'iban', `À tous nos sous-traitants : suite au changement de banque, merci de mettre à jour nos coordonnées pour les règlements de situations. Nouvel IBAN : FR76 1929 2048 9202 1008 1459 823 (BIC inchangé).`],
  ['linkedin', 'fr', '', `⚠️ Tentative de fraude au changement de RIB chez un de nos fournisseurs : un faux mail demandait de virer sur FR76 1955 7702 2100 4624 5236 653. Vérifiez toujours par téléphone au numéro que vous connaissez déjà !`],
  ['x', 'fr', '', `Le permis de construire de la tour Angus a enfin été délivré par l'arrondissement, affichage sur le terrain depuis hier. Deux ans de procédure. On commence les pieux en mars.`],
  ['x', 'fr', 'financial', `Potin de la mairie : le permis pour notre terrain de Cocody passe au conseil jeudi, et si ça passe on sort le programme à 1,25 M FCFA le m² (prix arrêté en interne, les réservataires ne le savent pas encore 🤫)`],
  ['linkedin', 'fr', '', `Le Conseil municipal a voté hier le budget 2027 : 48 M$ pour la réfection des arénas, dont 6 M$ pour celui de Verdun. Les appels d'offres seront publiés sur le SEAO au printemps.`],
  ['linkedin', 'en', 'financial', `Quick one for the estimating team: final number going into the Gatineau community centre bid is $18.9M, bid bond already issued. Envelope closes Thursday 2 pm. Please no chatter about the figure until the public opening.`],
  ['linkedin', 'fr', 'phone', `Pour toute urgence sur le chantier de Dakar Plateau la nuit, appelez le gardien au 78 119 42 06 ou le conducteur de travaux d'astreinte. En cas de blessé, composez le 15.`],
  ['linkedin', 'fr', '', `En cas d'accident sur chantier : sécuriser, alerter (15 SAMU, 18 pompiers ou 112), secourir. Affichez ces trois numéros dans chaque base vie, c'est la base.`],
  ['linkedin', 'fr', 'internal_url', `Les comptes rendus de chantier sont maintenant tous sur l'intranet : https://intranet.batisseurs-sahel.sn/chantiers/cr-hebdo. Merci de ne plus les envoyer par WhatsApp.`],
  ['linkedin', 'fr', '', `Nos comptes rendus de réunion de chantier sont consultables par les riverains sur notre site https://www.quartier-bellevue-renouveau.fr/suivi-travaux. Transparence totale sur l'avancement.`],
  ['linkedin', 'fr', 'secret', `Config du nouvel enregistreur de la caméra de chantier, je la laisse ici pour Mamadou :
ip: 41.82.14.201
user: admin
password: Chantier!Mbour2026
Attention à bien changer le port par défaut.`],
  ['linkedin', 'fr', '', `PSA pour les collègues qui installent des caméras de chantier : changez IMMÉDIATEMENT le mot de passe par défaut (souvent admin / admin ou admin / 12345). On a vu des flux publics sur Shodan avec des plans affichés en arrière-plan.`],
  ['linkedin', 'fr', 'codename', `Bonne nouvelle : la maquette BIM de Nébula est passée en phase PRO. Merci aux équipes structure et fluides qui ont bouclé les synthèses en 3 semaines.`],
  ['linkedin', 'fr', '', `Belle découverte : le studio Nebula Design de Lyon fait des rendus 3D d'intérieur bluffants pour nos appartements témoins. Je recommande.`],
  ['linkedin', 'fr', 'financial', `Point promo interne : la charge foncière du lot C à Marrakech ressort à 2 900 DH/m² après négociation, le propriétaire a signé la promesse mais on ne l'annonce pas avant l'obtention de l'autorisation de lotir.`],
  ['linkedin', 'fr', '', `Étude de marché publique de l'ANCFCC : le prix moyen du terrain nu en zone villa à Marrakech a progressé de 7 % sur 2025. Les chiffres détaillés sont dans leur note trimestrielle.`],
  ['x', 'fr', 'secret', `Pour ceux qui bossent à la base vie de Yamoussoukro cette semaine : Wi-Fi "BaseVie-YAKRO", mot de passe yakro_chantier_2026 😉`],
  ['x', 'fr', '', `Le wifi de la base vie marche enfin !! Mot de passe demandé au chef de chantier, ça prend 2 minutes. Enfin les plans qui s'ouvrent sur la tablette 🙌`],
  ['linkedin', 'fr', '', `Retour d'expérience sécurité : mardi, chute d'un échafaudage roulant sur notre chantier de Longueuil. Le compagnon va bien (entorse). Causes : freins non bloqués, garde-corps incomplet. On a refait un quart d'heure sécurité sur tous nos sites. Parlons-en ouvertement.`],
  ['linkedin', 'fr', 'phone confidential_marker', `INTERNE – ne pas transférer
Incident chantier Ivry lot 4 : chute de hauteur d'un intérimaire (3 m), hospitalisé. Inspection du travail prévenue. Contact référent : Julien Marchetti, 06 71 24 58 93. Ne pas communiquer à la presse.`],
  ['linkedin', 'fr', '', `On nous demande souvent ce que veut dire "INTERNE" sur nos fiches d'incident. Simple : ces documents restent dans l'entreprise le temps de l'enquête, puis on publie un retour d'expérience anonymisé. Comme celui-ci.`],
  ['linkedin', 'en', 'financial', `Site update from the Laval condo project: presales at 64% already. Between us in sales, we're repricing the remaining 3-bedroom units to $689,000 from February 1 — buyers get the new price list at the launch event, not before.`],
  ['linkedin', 'en', '', `Our Laval condo project is now 64% sold! Remaining 3-bedroom units are listed from $649,000 on our sales website. Come visit the showroom on boulevard Le Corbusier.`],
  ['linkedin', 'fr', 'client_name', `Belle journée de visite avec les équipes de Globex sur leur futur siège de Casablanca Finance City. On a présenté trois variantes de façade, la décision tombe en janvier.`],
  ['linkedin', 'fr', '', `Les grands globes lumineux de l'expo Globe-Trotteurs au musée sont installés. Scénographie signée par notre agence, montage en 48 h. Merci aux électriciens !`],
  ['linkedin', 'fr', 'codename client_name', `Compte rendu rapide : réunion Project Kestrel avec Initech ce matin. Ils veulent avancer la livraison du data center de Laval de 4 mois. On chiffre l'impact d'ici vendredi.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel pour nos collègues anglophones) a fait son nid dans la grue à tour du chantier Bonaventure. Travaux en hauteur suspendus sur ce mât jusqu'à l'envol des petits, en accord avec le biologiste. 🐦`],
  ['x', 'en', '', `A kestrel has been hovering over our site in Pointe-Saint-Charles every morning this week. Best site supervisor we've had 😄`],
  ['linkedin', 'fr', 'codename', `Lancement officiel en interne d'Atlas Bleu : notre futur écoquartier de 40 hectares à Bouskoura. Les architectes retenus sont briefés la semaine prochaine. Rien ne sort avant la conférence de presse !`],
  ['linkedin', 'fr', '', `Randonnée dans le Haut Atlas ce week-end : ciel bleu, villages en pisé et terrasses de culture. Une leçon d'architecture vernaculaire à chaque virage.`],
  ['linkedin', 'fr', '', `Mon chat s'appelle Atlas et il a décidé que la maquette en carton du concours était son nouveau lit. Rendu demain 9 h. Je vais devoir refaire la toiture. 🐈`],
  ['linkedin', 'fr', 'secret', `Si quelqu'un veut tester l'API du logiciel de pointage de chantier avant la formation : token=pv7Rq2LmX9tKe4WzB8nHs3Fa, endpoint de prod, merci de ne pas créer de faux pointages 😂`],
  ['linkedin', 'fr', '', `Bonne pratique : dans la doc de notre logiciel de pointage, le token d'exemple est "VOTRE_TOKEN_ICI". Si vous voyez un vrai token dans un tuto, signalez-le.`],
  ['linkedin', 'en', 'secret internal_url', `Deploy notes for the plan-viewer (pasted from our runbook):
DATABASE_URL=postgres://planviewer:Gr4vel-Tr3nch-88@10.20.4.15:5432/plans
Restart with systemctl restart planviewer. Ping me if the migrations fail.`],
  ['linkedin', 'en', '', `Runbook tip: keep DATABASE_URL out of your repo. Our template uses postgres://USER:PASSWORD@HOST:5432/DB and the real value lives in the vault. Small habit, big difference.`],
  ['x', 'fr', 'card', `Quelqu'un a perdu une carte bancaire sur le chantier de Villeurbanne, je la mets ici pour la retrouver : Visa 4141 1817 8027 0922, nom illisible. Elle est au bureau du chef de chantier.`],
  ['x', 'fr', '', `Carte bancaire retrouvée dans la cabane de chantier de Villeurbanne. Le propriétaire peut passer la récupérer avec une pièce d'identité au bureau du chef de chantier.`],
  ['linkedin', 'fr', '', `Paiement des acomptes de réservation : nous n'acceptons jamais de carte bancaire par téléphone. Pour tester notre nouveau module en ligne, notre prestataire nous a fourni la carte de test 4242 4242 4242 4242, ne soyez pas surpris de la voir dans nos tutos.`],
  ['linkedin', 'fr', 'financial', `Retour du jury : notre équipe est classée première sur le concours de la cité administrative de Diamniadio, offre à 9,6 milliards FCFA. L'attribution n'est pas encore notifiée, donc on garde ça pour nous jusqu'à la signature de l'ordre de service.`],
  ['linkedin', 'fr', '', `Enfin notifiés ! Notre groupement a officiellement signé le marché de la cité administrative de Diamniadio. Montant publié : 9,6 milliards FCFA. Démarrage des travaux en février.`],
  ['linkedin', 'fr', 'phone', `Pour les fournisseurs qui livrent sur le chantier de Marcory : merci de prévenir la veille notre magasinier Yao au 07 07 48 32 19, sinon la livraison sera refusée au portail.`],
  ['linkedin', 'fr', 'phone', `Notre agence de Tanger déménage ! Nouvelle adresse : 45 avenue Mohammed VI. Le standard ne change pas : +212 5 39 32 18 74.`],
  ['linkedin', 'fr', '', `Notre agence de Tanger déménage au 45 avenue Mohammed VI. Ouverture le 2 janvier, même équipe, même numéro, plus de place pour vous recevoir !`],
  ['linkedin', 'fr', 'phone', `Centre de service client de nos copropriétés de Québec : 1 877 624-3390 (sans frais), du lundi au vendredi de 8 h à 17 h.`],
  ['x', 'fr', '', `Vous avez une question sur votre garantie de parfait achèvement ? Écrivez-nous via le formulaire de notre site, réponse sous 48 h ouvrées.`],
  ['linkedin', 'fr', 'email', `Merci d'adresser les réclamations de garantie directement à sav [at] habitat-plateau [dot] ci en précisant le numéro de lot.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Bonjour Mme Konaté, nous sommes désolés pour le retard de livraison de votre appartement. Notre équipe vous contacte aujourd'hui par téléphone pour fixer une date de remise des clés.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour M. Tremblay, désolée pour cette infiltration. Notre chargé de SAV Éric vous rappelle aujourd'hui ; sinon vous pouvez le joindre sur son cell au 418 931-2207.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre message ! Pour les questions sur la grille de prix, le bureau de vente vous répondra directement, la brochure complète est en ligne sur notre site.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'financial', `Merci pour votre intérêt ! Entre nous, le lot 12 que vous visez va passer à 264 000 € au prochain comité de prix (la nouvelle grille n'est pas encore publiée) : si vous signez avant le 20, vous gardez 249 000 €.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Merci pour votre intérêt ! Le lot 12 est affiché à 249 000 € sur la grille publique. Le bureau de vente est ouvert samedi pour en discuter.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Note aux conducteurs de travaux : l'audit de l'OPPBTP aura lieu la semaine du 12. Merci de vérifier les registres de vérification des échafaudages et les PPSPS avant.`],
  ['linkedin', 'fr', '', `Quelqu'un connaît un bon tuto pour créer un tampon "Confidentiel" dans Revit ? Je veux l'ajouter aux cartouches de nos planches de concours.`],
  ['linkedin', 'en', 'confidential_marker financial', `TLP:AMBER — Q1 pipeline review (tenders)
- Ottawa fire station: submitted $7.3M, opening Jan 21
- Sherbrooke library: go/no-go Friday, estimate $4.1M
- Kanata school: dropped
Don't circulate outside the estimating group.`],
  ['linkedin', 'en', '', `We've adopted the Traffic Light Protocol for our site security bulletins. Today's is TLP:CLEAR and you're free to share it: lock your tool containers, thefts are up 30% in the region.`],
  ['linkedin', 'fr', 'financial', `Marge chantier à fin novembre sur la résidence Les Cèdres : 6,8 % contre 9 % au budget, à cause des aciers. Ces chiffres sont pour le comité de direction de lundi, ne les sortez pas avant la clôture.`],
  ['linkedin', 'fr', '', `L'indice BT01 a augmenté de 4,2 % sur un an selon l'INSEE. Pour les marchés à prix révisables, pensez à bien appliquer la formule de révision prévue au CCAP.`],
  ['linkedin', 'fr', 'national_id', `Pour l'inscription du nouveau gars au chantier de Brossard, la paie m'a demandé son NAS : Jean-Philippe Gagnon, NAS 162 590 095. Je le colle ici en attendant que le formulaire marche.`],
  ['linkedin', 'fr', '', `Rappel aux employeurs : le NAS (numéro d'assurance sociale) ne doit jamais être demandé par courriel. L'exemple officiel 046 454 286 qu'on voit dans les guides ne correspond à personne.`],
  ['linkedin', 'fr', 'national_id', `Formulaire ASP Construction pour Olivier : NAS 450-780-416, carte de compétence en cours. Peux-tu le transmettre à la CCQ aujourd'hui ?`],
  ['x', 'fr', '', `Un client m'a envoyé son NAS par message privé pour "accélérer" son dossier de prêt. Non, non, non. Supprimé. Passez par la plateforme sécurisée de votre banque.`],
  ['linkedin', 'fr', '', `Dans notre formulaire de candidature, le champ NAS avait une erreur : il acceptait 257 484 155, qui ne passe pas la validation de Luhn. Corrigé ce matin, merci à la personne qui nous l'a signalé.`],
  ['linkedin', 'fr', 'iban', `Avis aux fournisseurs de notre chantier de Rufisque : nos nouvelles coordonnées bancaires pour les paiements sont SN05 SN41 4319 4825 6622 7735 3022. Merci de mettre à jour vos fiches tiers.`],
  ['linkedin', 'fr', 'iban', `Pour la caution de soumission, virement à effectuer sur le compte du groupement : CI34 CI28 0471 8116 4331 9998 8052, libellé "Caution AO 2026-14".`],
  ['linkedin', 'fr', 'iban', `Loyer de décembre pour l'appartement de Guéliz : merci de virer sur MA64 2303 9088 1145 1985 5893 8287 comme d'habitude, le reçu suit par courrier.`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Attention arnaque : un faux agent immobilier demande des acomptes de réservation sur MA37 3536 8192 7373 9262 5711 9281 en se faisant passer pour notre agence. Ce compte n'est pas le nôtre (et l'IBAN est même faux). Ne virez rien !`],
  ['linkedin', 'fr', '', `Formation compta pour nos jeunes conducteurs de travaux : un IBAN sénégalais compte 28 caractères et commence par SN suivi de deux chiffres de contrôle. Exemple masqué : SN•• •••• •••• •••• •••• ••12 3456.`],
  ['linkedin', 'fr', 'phone', `Les acquéreurs de la résidence Les Almadies qui n'ont pas reçu leur convocation à la remise des clés peuvent appeler Fatou au +221 76 305 88 14 (WhatsApp aussi).`],
  ['linkedin', 'fr', 'phone', `Besoin d'un électricien agréé à Abidjan ? Notre partenaire de confiance : Koffi, +225 05 44 61 27 90. Travail propre, délais tenus.`],
  ['linkedin', 'fr', '', `Abidjan passe aux numéros à 10 chiffres depuis 2021 : pensez à mettre à jour les fiches contacts de vos fournisseurs, on a encore des bons de commande avec les anciens numéros à 8 chiffres.`],
  ['linkedin', 'fr', 'phone', `Bureau de chantier de Kénitra joignable au 05 37 37 92 41. Pour le conducteur de travaux : 06 61 84 20 37.`],
  ['linkedin', 'fr', 'email phone', `Appel à candidatures pour nos bureaux de Québec : technicien(ne) en architecture. Contactez Marie-Ève Pelletier, marie-eve.pelletier@groupe-cap-diamant.qc.ca ou 581 307-4412.`],
  ['linkedin', 'fr', 'email', `Les plans d'exécution révisés sont dispo, demandez l'accès à plans (at) atelier-kora.sn, on vous ouvre le dossier dans la journée.`],
  ['linkedin', 'fr', '', `Nous avons déménagé notre site web : tout est désormais sur atelier-kora.sn, vous y retrouverez nos références et notre portfolio.`],
  ['linkedin', 'en', 'internal_url', `For the new site engineers: the RFI tracker is at https://rfi.corp.acme.com/projects/laval-dc and the drawing register at http://docs.acme-corp.net/register. Bookmark both.`],
  ['linkedin', 'en', '', `Our public project page is live at https://news.acme.com/projects — photos of the Laval site, timelapse and community info. Share it widely!`],
  ['linkedin', 'fr', 'internal_url', `Pour consulter les photos du chantier en direct : http://192.168.10.44:8080/cam3 (uniquement depuis le Wi-Fi du bureau).`],
  ['linkedin', 'fr', 'internal_url', `Le serveur de plans de l'agence est enfin accessible depuis la base vie : \\\\nas-agence.local\\projets\\2026\\Saly. N'oubliez pas de vous connecter au VPN.`],
  ['linkedin', 'fr', '', `Avis aux archis : le nouveau géoportail de la Ville de Québec (geoportail.quebec.ca) affiche les servitudes et zonages à jour. Gain de temps énorme pour les études de faisabilité.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 10 janvier 9h00
Communiqué : le groupement remporte la conception-réalisation du nouveau CHU de Bingerville. Photo de l'équipe jointe. Merci de ne rien publier avant.`],
  ['linkedin', 'fr', '', `L'embargo est levé : nous pouvons enfin annoncer que notre groupement réalisera le nouveau CHU de Bingerville ! 🎉 Merci à tous ceux qui ont porté cette candidature pendant 18 mois.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – Diffusion restreinte
Pré-programme reçu pour le futur campus de la zone franche de Tanger : 60 000 m² SDP, 3 phases. Première réunion de conception mardi.`],
  ['linkedin', 'fr', '', `Nos stagiaires demandent souvent s'ils peuvent parler de leurs projets sous NDA sur LinkedIn. Réponse : parlez de ce que vous avez appris, pas du projet. Et en cas de doute, demandez.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Pre-bid meeting notes, Montreal courthouse envelope repair. Access only via the project team list. Key risks: asbestos in the 1971 wing, limited crane access on rue Notre-Dame.`],
  ['linkedin', 'fr', '', `Le nouveau guide "Classification des documents de projet" de l'OAQ est sorti. Très clair sur ce qui peut ou non être partagé avec les entrepreneurs pendant l'appel d'offres. À lire.`],
  ['linkedin', 'fr', 'financial', `Mot du dirigeant (interne, avant l'AG) : le carnet de commandes atteint 412 M MAD, +18 %. On le présentera aux actionnaires le 28, d'ici là ce chiffre reste dans la maison.`],
  ['linkedin', 'fr', '', `Nos résultats annuels sont publiés : chiffre d'affaires de 387 M MAD, carnet de commandes de 412 M MAD. Merci à nos 640 collaborateurs pour cette année record.`],
  ['linkedin', 'fr', 'financial', `On a reçu l'accord de la banque ce matin : la valorisation retenue pour l'entrée du fonds dans notre société de promotion est de 3,2 milliards FCFA. Signature prévue fin janvier, donc motus jusque-là.`],
  ['linkedin', 'fr', '', `La Banque mondiale a publié son rapport sur le logement abordable en Afrique de l'Ouest : 3,2 millions de logements manquants au Sénégal et en Côte d'Ivoire. Lecture indispensable pour les promoteurs.`],
  ['x', 'fr', 'financial', `Budget de la phase 2 du Parc des Rivières validé hier soir en CA : 27,5 M$. Le communiqué sort lundi, je trépigne 🙃`],
  ['x', 'fr', '', `Mon salaire de jeune archi en 2010 : 38 000 $. Aujourd'hui les offres commencent à 55 000 $. Ça bouge, enfin.`],
  ['linkedin', 'fr', 'financial', `Astuce de négo sous-traitance : pour le lot plâtrerie du chantier de Nanterre, on a obtenu 412 000 € HT au lieu de 455 000 € en groupant deux chantiers. Le contrat n'est pas encore signé, donc je ne cite pas l'entreprise 😉`],
  ['linkedin', 'fr', '', `Astuce de négo sous-traitance : grouper les commandes sur deux chantiers peut faire gagner 5 à 10 % sur le lot plâtrerie. On l'a fait l'an dernier, ça marche.`],
  ['linkedin', 'fr', 'card', `Pour le paiement de l'abonnement au logiciel de métrés, utilise la carte de l'agence : 5128 0107 3941 2687, exp 09/28, le CVV est dans le coffre.`],
  ['linkedin', 'fr', '', `Sécurité des paiements : nos cartes d'agence sont désormais virtuelles, un numéro par fournisseur. Si un jour vous voyez passer "**** **** **** 2687" sur une facture inconnue, prévenez la compta.`],
  ['linkedin', 'en', 'card', `Ordered the drone spare parts on the company Amex 3749 193699 45489 — finance, please reconcile it with the site budget.`],
  ['linkedin', 'fr', '', `Numéro de commande du matériel : 4273 7941 1182 2350. Livraison prévue jeudi au dépôt de Blainville.`],
  ['linkedin', 'fr', 'national_id', `Attestation pour le tribunal : M. Yves Lemaire, NIR 1 84 07 75 112 034 33, a bien travaillé sur le chantier du 3 mars au 14 juin comme chef d'équipe coffreur.`],
  ['linkedin', 'fr', '', `Nos fiches de poste de chantier demandent "n° de sécurité sociale" : on a retiré le champ de l'affichage public et on ne le garde que dans le SIRH. Même le spécimen 2 88 05 13 055 042 32 qui traînait dans le modèle est supprimé.`],
  ['linkedin', 'fr', 'national_id', `Dossier locataire pour le T3 de Maârif : Mme Salma Idrissi, CIN EE 571203, garant son père. Je valide de mon côté.`],
  ['linkedin', 'fr', 'national_id phone', `Nouveau gardien pour le chantier de Hay Riad : Abdelhak Tazi, CIN JA 90412, tél. 06 70 15 33 82. Merci de l'ajouter à la liste d'accès.`],
  ['linkedin', 'fr', 'codename', `Petit teaser pour l'équipe : les premières images de synthèse d'Atlas Bleu sont arrivées et elles sont magnifiques. On les garde pour le comité de janvier.`],
  ['linkedin', 'fr', '', `Le restaurant L'Atlas Bleu à Essaouira a été entièrement rénové par un cabinet ami : zellige, tadelakt et une terrasse sur la mer. Allez-y les yeux fermés.`],
  ['linkedin', 'fr', 'client_name', `Remise de notre offre de maintenance multitechnique pour Société Générique ce matin, 14 sites en Île-de-France. Trois semaines de travail, l'équipe est sur les rotules.`],
  ['linkedin', 'fr', '', `Pour ma première société, j'avais mis "société générique" dans les statuts types en attendant de trouver un nom. Mon notaire en rit encore. Trouvez vite un nom !`],
  ['linkedin', 'fr', 'client_name codename', `Démarrage de la phase études du bâtiment de recherche d'Initech à Sherbrooke, qu'on appelle en interne Orion. Équipe de 14 personnes, architecture, structure et électromécanique.`],
  ['linkedin', 'en', '', `Initiative of the month: we donated our leftover drywall to Habitat for Humanity. 4 tonnes kept out of the landfill. Small actions add up.`],
  ['x', 'fr', '', `🧵 1/3 Ce qu'on a appris en 10 ans de chantiers à Dakar : la saison des pluies ne se négocie pas. Planifiez le gros œuvre entre novembre et juin, point.`],
  ['x', 'fr', '', `2/3 Les bétons : en climat chaud, coulez tôt le matin, protégez les dalles du soleil et arrosez. Un rapport d'essai à 28 jours raté coûte plus cher qu'une bâche.`],
  ['x', 'fr', 'financial', `3/3 Et pour finir sur une bonne nouvelle : notre offre pour le programme de 300 logements de Diamniadio est remise, 7,9 milliards FCFA. Résultat en février, on n'en dit pas plus d'ici là 😉`],
  ['x', 'fr', '', `Sondage architectes 📊 Quel est le plus gros frein sur vos chantiers en ce moment ?
🔹 Délais de permis
🔹 Prix des matériaux
🔹 Main-d'œuvre
🔹 Les changements de programme du client`],
  ['linkedin', 'fr', '', `Sondage : combien de temps attendez-vous en moyenne un permis de construire dans votre ville ? Chez nous à Laval c'est 7 mois pour du multilogement. Curieux de comparer avec Montréal, Québec et Gatineau.`],
  ['linkedin', 'fr', '', `Ragot ou pas, je n'en sais rien, mais on entend que le comité d'urbanisme de Longueuil veut limiter les hauteurs à 6 étages dans le secteur de la gare. Quelqu'un a lu le projet de règlement publié ?`],
  ['linkedin', 'fr', 'financial', `Permis : le fonctionnaire instructeur m'a glissé que notre dossier de Brossard sera accepté la semaine prochaine. Du coup on fige les prix de lancement à 1 150 $/pi² pour les penthouses, validé par la direction hier, annonce aux courtiers début février.`],
  ['linkedin', 'en', '', `Changelog v4.3 of our site-diary app:
- Photo captions now auto-blur badges and faces
- Offline mode for basements
- Fixed: weather widget showing Fahrenheit in Québec
Thanks to the site managers who sent feedback!`],
  ['linkedin', 'en', 'secret', `Changelog v4.4 of our site-diary app (internal build):
- New webhook to the safety channel: https://hooks.slack.com/services/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
- Crane telemetry import
Please test before Friday.`],
  ['linkedin', 'en', '', `Tip for devs building construction apps: your Slack incoming webhook URL is a secret. Store it like a password. In docs, write https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX instead.`],
  ['linkedin', 'fr', '', `Post-mortem de notre panne de l'outil de visite virtuelle (mardi, 2 h d'indisponibilité) : certificat TLS expiré sur le CDN. Action : alerte à J-30 et renouvellement automatique. Merci pour votre patience.`],
  ['linkedin', 'fr', 'internal_url secret', `Post-mortem interne outil de visite virtuelle :
- cause : certificat expiré sur vv-prod.acme-corp.net
- le compte de service svc_visite / Tour360!Prod a été réinitialisé
- prochaine étape : rotation automatique des secrets`],
  ['linkedin', 'fr', '', `Départ à la retraite de Gérard après 38 ans de chantiers. Il a vu passer les pointes Bic sur calque, AutoCAD R12 puis le BIM. Merci pour tout, et profite bien de ton voilier ⛵`],
  ['linkedin', 'fr', 'phone email', `Dernier jour chez nous après 6 belles années. Pour me suivre dans ma nouvelle aventure : nadia.cherkaoui.archi@gmail.com ou +212 6 62 41 90 58. Merci à toute l'équipe de Casa !`],
  ['linkedin', 'fr', '', `Dernier jour chez nous après 6 belles années. Vous pouvez me retrouver ici sur LinkedIn, je vous raconte bientôt la suite. Merci à toute l'équipe de Casa !`],
  ['linkedin', 'fr', 'financial', `Contrat de sous-traitance gros œuvre signé hier soir pour la tour de Plateau : 1,86 milliard FCFA, pénalités de retard à 1/1000 par jour. La direction l'annonce en interne lundi, pas avant.`],
  ['linkedin', 'fr', '', `Conseil aux jeunes conducteurs de travaux : dans un contrat de sous-traitance, relisez toujours la clause de pénalités de retard. Le standard est autour de 1/1000 du montant par jour, plafonné à 5 ou 10 %.`],
  ['linkedin', 'fr', '', `Rappel : la loi de 1975 impose la déclaration et l'agrément des sous-traitants par le maître d'ouvrage. Sans ça, pas de paiement direct. Une piqûre de rappel utile avant les gros chantiers 2027.`],
  ['linkedin', 'fr', 'secret', `Pour l'équipe de nuit au chantier de Saly : le code de l'alarme du bungalow bureau est 7 3 9 1, à désactiver en entrant et réactiver en partant. Le gardien a la clé du portail.`],
  ['linkedin', 'fr', '', `Photos du chantier de Saly : la charpente bois de la salle polyvalente est posée ! (On a flouté les badges et le clavier du portail, leçon apprise 😅)`],
  ['linkedin', 'fr', 'secret', `Photo de notre nouveau panneau de chantier 🙂 On voit en bas à droite la petite étiquette avec le code cadenas des clés : 5502. Je la retire demain.`],
  ['linkedin', 'fr', '', `Notre tableau d'affichage de chantier : permis, DICT, plan d'installation de chantier, consignes. Obligatoire et surtout utile pour les compagnons.`],
  ['linkedin', 'en', 'email', `If you're a subcontractor on the Ottawa site and you haven't got your safety orientation yet, email our coordinator directly: p.nguyen @ northbeam-construction.ca. She'll book you in.`],
  ['linkedin', 'en', '', `Subcontractors: safety orientations for the Ottawa site now happen every Monday at 7 am in the site trailer. No appointment needed, bring your CCQ card.`],
  ['linkedin', 'en', 'phone', `Anyone who found a grey laptop bag near the Kanata site gate, please text me at 613-555-0148? It has all my site notebooks.`],
  ['linkedin', 'en', '', `Emergency on site? Dial 911 first, then the site supervisor. Our posters now show both in large font at every gate.`],
  ['linkedin', 'mixed', 'financial', `Quick update pour l'équipe d'estimation: le bid pour le pont de Saint-Hyacinthe est à 22,7 M$, on dépose mercredi. Keep it tight, personne n'en parle avant l'ouverture publique des soumissions.`],
  ['linkedin', 'mixed', '', `Les soumissions pour le pont de Saint-Hyacinthe ont été ouvertes publiquement : lowest bid à 21,9 M$, nous sommes seconds à 22,7 M$. Good fight, team. Next!`],
  ['linkedin', 'mixed', 'codename', `Kickoff du Project Kestrel demain 8 h, salle Saint-Laurent. Bring your laptops, on fait la revue du schéma directeur avec les consultants.`],
  ['linkedin', 'mixed', '', `Site visit this morning, super belle lumière sur le béton brut du nouveau pavillon. Sometimes the job is just beautiful. 📸`],
  ['linkedin', 'fr', 'financial', `Prévision interne, pas encore présentée aux associés : on vise 14 ventes de lots à bâtir à Saly en 2027, à 28 000 FCFA le m² en moyenne. C'est ambitieux mais réaliste.`],
  ['linkedin', 'fr', '', `Le prix moyen du m² à Saly tourne autour de 25 000 FCFA selon les dernières annonces publiques. Un marché qui reste accessible pour les primo-accédants de la diaspora.`],
  ['linkedin', 'fr', 'financial', `Rapport d'analyse des offres (avant attribution) : nous sommes moins-disants à 548 M MAD devant le groupement turc à 571 M MAD. La commission se réunit le 22, on reste discrets.`],
  ['linkedin', 'fr', '', `Leçon de mon prof de métrés à l'ETS : "Un prix unitaire à 185 $/m³ pour du béton de fondation, c'est un exemple, pas une vérité." Vingt ans plus tard je le répète à mes stagiaires.`],
  ['linkedin', 'fr', '', `Formation estimation : exercice du jour, chiffrer une dalle de 200 m² à 180 €/m² posé, avec 8 % d'aléas. Résultat : 38 880 €. Les stagiaires ont adoré (ou pas).`],
  ['linkedin', 'fr', 'confidential_marker', `Classification : Diffusion restreinte
Plan d'installation de chantier v3 — CHU Bingerville. Accès limité au comité de pilotage.`],
  ['linkedin', 'fr', '', `Nouveau film à voir : "Confidentiel" au cinéma Beaubien, un thriller autour d'un chantier de barrage. Les scènes de béton sont étonnamment réalistes.`],
  ['x', 'en', 'confidential_marker financial', `CONFIDENTIAL — do not forward. Bid/no-bid for the Quebec City tramway stations decided: bid, with a 9% fee. Team briefing Monday.`],
  ['x', 'en', '', `Our office rule: if a drawing says CONFIDENTIAL in the title block, it stays off social media. Simple, and we haven't had a leak in 5 years.`],
  ['linkedin', 'fr', 'secret', `Pour accéder au dossier de consultation partagé avec l'équipe de maîtrise d'œuvre : lien envoyé par mail, mot de passe du dossier : Kaolack#DCE-2026. Merci de ne pas le partager aux entreprises.`],
  ['linkedin', 'fr', '', `Astuce pour vos DCE partagés : protégez le lien par un mot de passe et envoyez-le par un autre canal (SMS, appel). Jamais dans le même mail que le lien.`],
  ['linkedin', 'fr', 'phone', `Bureau de vente des Jardins de Bingerville ouvert 7j/7. Appelez-nous au 27 22 49 81 36 pour un rendez-vous.`],
  ['linkedin', 'fr', '', `Nos bureaux de vente sont ouverts 7j/7 à Bingerville et Cocody. Toutes les adresses sont sur notre page Google, venez nous voir !`],
  ['linkedin', 'fr', 'email', `Merci de bien vouloir envoyer vos offres pour le lot menuiseries extérieures avant le 20 à appels-offres@ivoire-batisseurs.ci.`],
  ['linkedin', 'fr', '', `Consultation lot menuiseries extérieures : les dossiers sont téléchargeables sur la plateforme de dématérialisation, dépôt des offres uniquement en ligne avant le 20 à midi.`],
  ['linkedin', 'fr', 'iban', `RIB de la SCI pour les appels de fonds des acquéreurs du programme Les Hauts de Pessac : FR76 2709 5866 9060 9740 7236 252. Merci au notaire de l'ajouter aux actes.`],
  ['linkedin', 'fr', 'iban', `Paiement de la retenue de garantie : le sous-traitant nous a communiqué son IBAN par écrit, le voici pour la compta : FR76 2634 2722 7883 1796 1307 567.`],
  ['linkedin', 'fr', 'iban', `Pour le dépôt de garantie du local commercial de Ouakam, virement sur SN76 SN96 8534 8801 1563 7516 6579, puis envoyez-nous la preuve.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'iban', `Frais de dossier de l'appel d'offres payables sur CI68 CI99 8890 6229 6220 3564 3617 avant retrait du DAO.`],
  ['linkedin', 'fr', 'iban', `Compte de l'agence de Rabat pour les acomptes des clients : MA64 0076 3482 9225 5548 2117 5408. Les espèces ne sont plus acceptées.`],
  ['linkedin', 'fr', '', `On nous demande pourquoi nos IBAN ne sont jamais dans nos publications : parce que les fraudeurs les copient pour monter de faux avis de changement de RIB. Ils figurent uniquement sur nos factures.`],
  ['linkedin', 'en', 'card', `Booking the crane operator's hotel in Sept-Îles with the project card, 4899 3242 5584 2767 exp 11/27 — can someone from finance confirm it's not over the limit?`],
  ['linkedin', 'en', 'card', `Travel desk: please use the Discover card 6011 4706 0412 3470 for the site team flights to Val-d'Or next week.`],
  ['linkedin', 'fr', 'card', `Pour régler l'abonnement à la plateforme d'appels d'offres, prends la Mastercard du bureau : 2266 9455 4104 9582, expiration 03/29.`],
  ['linkedin', 'fr', '', `Nouvelle politique de dépenses : les cartes bancaires de chantier sont plafonnées à 1 500 $ par transaction et les reçus doivent être photographiés dans l'app le jour même.`],
  ['linkedin', 'fr', 'national_id', `Fiche d'embauche du grutier de Trois-Rivières : Sylvain Bouchard, NAS 551 095 995, carte de compétence CCQ valide.`],
  ['linkedin', 'fr', 'national_id', `Dossier de demande de prêt de ma cliente pour l'achat du condo : NAS 271 653 354, revenu déclaré joint. Je te le laisse ici pour l'analyse, Sophie.`],
  ['linkedin', 'fr', 'national_id', `Pour la déclaration d'accident du travail : M. Thomas Girard, n° de sécu 1 78 11 69 381 207 70, blessure à la main lors du décoffrage.`],
  ['linkedin', 'fr', 'national_id', `Nouveau compagnon coffreur sur le chantier de Laval, NAS 758 199 079, début lundi. Peux-tu créer son accès au portail de pointage ?`],
  ['linkedin', 'fr', '', `Pour les dossiers d'habilitation sur les chantiers portuaires au Maroc, la copie de la CIN recto-verso est exigée. Format type "AB123456" pour les nouvelles cartes électroniques.`],
  ['x', 'fr', '', `Petit rappel Sénégal : le numéro d'urgence des sapeurs-pompiers est le 18, la police le 17. Affichez-les sur vos chantiers, même si tout le monde "les connaît".`],
  ['x', 'fr', 'phone', `Si vous voyez un engin de chantier bloqué sur la VDN, appelez notre chef de parc au 70 512 84 63, on envoie quelqu'un.`],
  ['linkedin', 'fr', 'phone', `Nos conducteurs de travaux joignables pendant les fêtes : Ibrahima (+221 33 869 21 40, bureau) et Coumba (+221 77 631 05 92).`],
  ['linkedin', 'fr', '', `Les bureaux sont fermés du 24 décembre au 2 janvier. Les urgences de chantier seront traitées par l'astreinte habituelle. Joyeuses fêtes à tous !`],
  ['linkedin', 'fr', 'phone', `Un client a laissé un message sur le répondeur de l'agence, pouvez-vous le rappeler ? M. Ouédraogo, 01 02 74 39 58 (Abidjan), au sujet du lot 7.`],
  ['linkedin', 'fr', 'phone', `Pour signaler un incident sur nos chantiers parisiens 24h/24 : 0 800 41 27 63 (service et appel gratuits).`],
  ['linkedin', 'fr', '', `Tip BIM : nommez vos familles Revit avec un préfixe de lot (GO_, CVC_, ELEC_) : la synthèse gagne un temps fou et les exports IFC restent lisibles.`],
  ['linkedin', 'fr', '', `3 leçons après la livraison de notre premier bâtiment en terre crue à Ouagadougou... pardon, à Kaffrine : le lot menuiseries doit venir tôt, les enduits se testent sur place, et le client doit toucher la matière avant de signer.`],
  ['linkedin', 'fr', 'codename', `Les premiers forages géotechniques de Nébula sont terminés. Sol meilleur que prévu, on devrait pouvoir rester sur des fondations superficielles. Bonne nouvelle pour le budget !`],
  ['linkedin', 'fr', 'client_name', `Revue de conception avec l'équipe immobilière de Globex ce matin : ils valident le plateau type mais veulent 20 % de salles de réunion en plus. Retour aux plans !`],
  ['linkedin', 'fr', 'client_name financial', `Offre finale pour Hôpital Sainte-Claire envoyée : 31,4 M€ HT pour le bâtiment de pédiatrie. Négociation prévue mardi, on n'en parle à personne avant.`],
  ['linkedin', 'fr', '', `Le chantier de la clinique Sainte-Claire-d'Assise, à Montréal, se termine. Bravo aux équipes de l'entrepreneur général pour ces 26 mois sans incident.`],
  ['linkedin', 'en', 'financial', `Internal heads-up for the sales team: the developer has approved a 4% increase on all remaining Phase 2 units effective Jan 15. Price sheets go to brokers on the 14th — do not quote the new prices before then.`],
  ['linkedin', 'en', '', `Phase 2 of our Griffintown project just launched! Units from $429,900, occupancy fall 2028. Price sheets and floor plans available at the sales office.`],
  ['linkedin', 'en', '', `My personal renovation budget for the kitchen: $38k, ended up at $51k. Architects are not immune to scope creep 🤷`],
  ['linkedin', 'en', 'financial', `Draft Q4 forecast for the estimating board (not shared with the partners yet): $61M in tenders submitted, expected hit rate 22%, so about $13M of new work.`],
  ['linkedin', 'en', '', `According to the CCQ's annual report, construction hours in Québec hit a new record in 2025. Good time to be in the trades.`],
  ['linkedin', 'fr', 'secret', `Accès à la maquette sur le serveur BIM collaboratif : utilisateur "bureau-etudes", mot de passe Dalle&Poutre2026. Merci de ne pas le changer, on est 8 dessus.`],
  ['linkedin', 'fr', '', `Nos mots de passe partagés passent désormais par un gestionnaire (Bitwarden). Plus aucun mot de passe dans les comptes rendus ni sur les post-it des bungalows !`],
  ['linkedin', 'fr', 'secret internal_url', `Pour les scripts d'export des métrés :
API_KEY = "e3b7a9f14c2d48f0b6a1c9d27e5f8034"
BASE_URL = "http://metres.intranet.groupe-baobab.sn/api/v2"
Bon courage !`],
  ['linkedin', 'fr', '', `Pour les scripts d'export des métrés, la doc officielle indique : API_KEY = "<votre clé ici>". Chacun génère la sienne dans son profil.`],
  ['linkedin', 'en', 'internal_url', `Heads-up: the BIM 360 mirror moved. New path is http://bim-mirror.corp:8443 — update your shortcuts.`],
  ['linkedin', 'en', 'internal_url', `If the plotter queue is stuck again, restart it from http://172.16.8.21/printers. Works every time.`],
  ['linkedin', 'en', '', `Our plotter finally died after 14 years of printing site plans. RIP, old friend. Replaced by a faster model and a lot less paper.`],
  ['x', 'fr', '', `La vue depuis la grue à tour ce matin sur le Vieux-Québec 😍 #chantier #quebec`],
  ['x', 'fr', 'secret', `Vue depuis la grue à tour ce matin 😍 (petite précision pour le nouveau grutier : le code du boîtier à clés de la cabine est 1964, ne le perds pas)`],
  ['linkedin', 'fr', 'confidential_marker financial', `Diffusion interne uniquement
Prix de vente prévisionnels, programme Bellevue (non publiés) : studio 129 000 $, 1 chambre 189 000 $, 2 chambres 264 000 $. Validation finale en comité le 9.`],
  ['linkedin', 'fr', '', `Pour notre programme Bellevue, les prix publiés : studio à partir de 129 000 $, 1 chambre à partir de 189 000 $. Taxes incluses. Visites sur rendez-vous.`],
  ['linkedin', 'fr', 'financial', `Retour de la consultation des entreprises pour le lot CVC : on a reçu 3 offres, on va retenir celle à 2,1 M€, mais on attend l'accord de la maîtrise d'ouvrage avant d'informer les candidats.`],
  ['linkedin', 'fr', '', `Le rapport d'activité 2025 de notre cabinet est en ligne : 23 projets livrés, 14,7 M€ de chiffre d'affaires, 58 collaborateurs. Merci à tous nos clients.`],
  ['linkedin', 'fr', 'phone', `Pour réserver une visite du chantier de Cocody avec les acquéreurs, contactez Adjoua au 27 21 35 90 64 (bureau) ou 01 72 48 16 33.`],
  ['linkedin', 'fr', '', `Visite de chantier organisée avec l'école d'architecture de Casablanca. 30 étudiants, casques et gilets fournis, et beaucoup de questions sur la précontrainte. Quel plaisir de transmettre.`],
  ['linkedin', 'fr', 'email', `Envoyez-moi vos photos de chantier pour le calendrier 2027 ! Direct à o.diallo(at)sahel-habitat.sn, les plus belles seront imprimées.`],
  ['linkedin', 'fr', '', `Concours photo de chantier 2027 : déposez vos photos sur notre page Facebook avec #ChantiersSahel. Les plus belles seront dans le calendrier.`],
  ['linkedin', 'fr', 'codename', `Sur le projet Orion, la dalle du 12e étage a été coulée hier soir. Encore 9 niveaux et on passe aux façades.`],
  ['linkedin', 'fr', '', `Sur le nouvel hôtel Orion de Rabat (ouvert au public depuis septembre), nous avons assuré la mission OPC. Très fiers du résultat, la presse locale en parle beaucoup.`],
  ['x', 'en', '', `Hot take: the most important tool on any construction site is a good coffee machine in the site trailer. Change my mind.`],
  ['linkedin', 'en', '', `Safety stand-down today after a near miss: an unsecured load of rebar swung close to two workers. No injuries. We reviewed rigging and tag-line rules with every crew.`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Incident summary — Kanata site, Dec 3: forklift tip-over in the laydown yard, operator uninjured. WSIB notified. Root cause review Thursday.`],
  ['linkedin', 'fr', '', `Nos sous-traitants nous demandent souvent nos délais de paiement : 45 jours fin de mois, conformément à la LME. Pas de surprise, c'est écrit dans chaque contrat.`],
  ['linkedin', 'fr', 'financial', `Entre nous (vraiment) : la direction a accepté de monter notre offre sur le terrain de Mermoz à 1,9 milliard FCFA, le vendeur n'a pas encore répondu. On saura d'ici vendredi.`],
  ['linkedin', 'fr', '', `Le terrain de Mermoz est vendu, l'acte a été signé chez le notaire et le prix de 1,9 milliard FCFA a été publié dans la presse économique. Place au projet !`],
]);
