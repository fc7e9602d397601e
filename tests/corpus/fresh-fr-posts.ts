import { rows } from './corpus-types';

/**
 * Held-out set "freshfr" (issue 11): written 2026-12-02 afternoon by a red-team author, BLIND: without
 * opening utils/checks, utils/policy, the tests of the checks or any other corpus file, so it measures how the
 * rules generalise to posts they were never tuned on.
 *
 * Mostly French (~70 %), the rest English or mixed, as written in France, Belgium, Switzerland, Québec,
 * Morocco, Tunisia and Senegal: national phone formats written every way people write them, FR/BE/CH/LU/MA/TN/SN
 * IBANs and French RIB, NIR, Belgian national register numbers, Swiss AVS and Canadian NAS (all positives carry
 * valid checksums, computed; the look-alikes carry wrong ones or are masked), French corporate confidentiality
 * markers (diffusion restreinte, C3, usage interne, sous embargo), financial leaks in French business register.
 * 226 posts (154 FR, 47 EN, 25 mixed); 93 (41 %) are clean, most of them hard look-alikes: public results,
 * company registry numbers (SIREN, BCE, IDE, NEQ, ICE), dates, versions, order numbers, placeholders, test and
 * invalid card/IBAN/NIR numbers, figurative "secret"/"embargo", codename and client words in their public meaning
 * (the Orion constellation, Kestrel the .NET server, a "cèdre de l'Atlas bleu", CME Globex, Initech in Office Space).
 */
export const FRESH_FR_POSTS = rows('freshfr', [
  ['linkedin', 'fr', '', `Fierté du jour 🎉 Nos résultats annuels 2025 sont publiés ce matin : chiffre d’affaires de 412 M€ (+8 %), marge opérationnelle de 11,3 %, et 240 recrutements sur l’année.

Le communiqué complet est ici 👉 https://news.acme.com/resultats-2025

Merci à toutes les équipes ! #résultats #fierté`],
  ['linkedin', 'mixed', 'phone', `Je cherche un·e alternant·e pour rejoindre ma team data à Lyon dès janvier 🚀 Python, SQL, curiosity is a must. Écrivez-moi en MP or call me directly at 06 71 42 88 15, je réponds le soir 😊 #alternance #data`],
  ['x', 'fr', '', `Orion bien visible ce soir depuis le Vercors 🔭 la nébuleuse M42 à la jumelle, un régal. #astronomie #nuitdesétoiles`],
  ['linkedin', 'fr', 'codename', `6 mois de travail, 3 équipes, 1 objectif : Orion, notre nouvelle plateforme de paiement interne, passe en production le 12 mars. Je n’ai jamais autant appris en si peu de temps. Merci la squad 💙`],
  ['linkedin', 'fr', '', `Le secret d’une équipe qui dure ? Pas de secret justement : de la confiance, des rituels simples et le droit à l’erreur. Après 12 ans de management, c’est la seule recette que je connaisse. #management #leadership`],
  ['x', 'fr', 'phone', `Inscriptions pour le tournoi de foot inter-entreprises du 14/12 ⚽ → Karim au 07.58.21.96.40 avant vendredi !`],
  ['linkedin', 'fr', 'confidential_marker financial', `Petit teaser pour mes contacts : notre CA du 4e trimestre dépasse les 120 M€ 😍 Sous embargo jusqu’au 20 janvier, donc chut, mais je suis trop fier de l’équipe commerciale.`],
  ['linkedin', 'en', '', `New release 4.12.0 of our open source SDK 🎁 Node 20.11 support, bug fixes (#1182, #1190) and brand new docs.
➡️ https://github.com/acme/porte-sdk/releases/tag/v4.12.0`],
  ['linkedin', 'fr', 'email phone', `📣 Contact presse pour le salon VivaTech :
Claire Dumont
claire.dumont@acme.com
01 44 56 78 90
N’hésitez pas à la solliciter pour des interviews de nos experts !`],
  ['x', 'fr', '', `Commande n° 2026-1148-7792 toujours pas livrée après 3 semaines… le colis tourne entre Roissy et Wissous 🙃`],
  ['linkedin', 'fr', '', `Tuto onboarding : dans le formulaire, renseignez votre mobile au format 06 XX XX XX XX et votre adresse pro sous la forme prenom.nom@example.com. Le reste se remplit tout seul ✨`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du pot de départ de Michel (34 ans de maison 🥲), vous pouvez faire un virement sur mon compte : FR76 2061 1197 7287 5950 9991 874. Merci d’indiquer « Michel » en libellé !`],
  ['linkedin', 'fr', 'secret', `Bienvenue à tous les visiteurs sur notre stand C12 au salon Big Data & AI Paris 👋
Le wifi invités : réseau « ACME-EVENT », mot de passe : Bienvenue2026!
On vous attend pour la démo à 15h.`],
  ['linkedin', 'fr', '', `Merci à la Société Générale pour l’invitation à sa conférence fintech de mardi. Beaucoup d’échanges passionnants sur l’open banking et la DSP3. #fintech #banque`],
  ['x', 'fr', '', `+33 % de candidatures sur notre programme d’alternance cette année 🔥 Merci à tous ceux qui ont partagé l’annonce !`],
  ['linkedin', 'fr', 'client_name', `Ravis de démarrer notre collaboration avec Société Générique 🎉 Première mission lundi pour refondre leur parcours de souscription. Hâte de vous en dire plus !`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux arrivants de décembre : tout le parcours d’onboarding est décrit ici → https://wiki.acme-corp.net/display/RH/Onboarding-2026 (badges, matériel, formations obligatoires). Bienvenue à bord ! 🙌`],
  ['linkedin', 'fr', '', `Week-end ressourçant à Sainte-Claire, dans Bellechasse 🍁 Feuilles orange, café de la boulangerie du village et zéro notification. Retour au bureau de Montréal demain !`],
  ['linkedin', 'fr', 'phone', `Notre bureau de Bruxelles déménage 📦 À partir du 5 janvier, retrouvez-nous avenue Louise. Pour toute question pratique, Sophie reste joignable au 0470/31.22.85.`],
  ['linkedin', 'en', '', `Great talk yesterday at the Confidential Computing Summit on enclaves and attestation. Slides are public on the conference site, highly recommend them if you work on data protection. #security`],
  ['linkedin', 'mixed', 'codename', `Big week for the team : #Nébula passe en bêta privée chez nos premiers pilotes. Stay tuned, je vous raconte tout dès qu’on peut 😉`],
  ['x', 'fr', 'confidential_marker', `Ne pas diffuser svp 🤫 mais la réorg de la direction produit est validée, annonce aux équipes jeudi. Je suis super content pour mon manager !`],
  ['linkedin', 'fr', '', `Un faucon crécerelle (kestrel en anglais) a fait son nid sur le toit de notre bureau de Lyon 🐦 L’équipe RSE a installé une caméra, on suit les poussins en direct à la pause café.`],
  ['linkedin', 'fr', 'iban', `Pour celles et ceux qui ont participé au resto d’équipe de vendredi, voici mon RIB pour le remboursement : 11582 09494 76541790244 83 (banque, guichet, compte, clé). 42 € chacun, merci 🙏`],
  ['linkedin', 'fr', '', `Acme France SAS – RCS Paris 552 081 317 – recrute ! 15 postes ouverts en CDI à Paris, Lille et Nantes. Toutes les offres sur https://acme.com/carrieres`],
  ['linkedin', 'fr', 'secret internal_url', `Retour d’expérience sur notre migration PostgreSQL 15 → 16 🐘 Petite astuce : vérifiez vos chaînes de connexion, la nôtre ressemblait à ça et plus rien ne passait :
postgres://crm_app:Xk29!pLqR7@db-prod-02.acme-corp.net:5432/crm
Il manquait juste sslmode=require. Trois heures perdues pour ça 😅`],
  ['linkedin', 'fr', 'phone', `Nouveau bureau à Genève ouvert depuis lundi 🇨🇭 Pour prendre rendez-vous avec notre équipe conseil, contactez Luca au +41 79 412 56 83.`],
  ['x', 'fr', '', `Top secret : la recette des cookies de Martine à la cafét’ 🍪 Elle refuse de la donner même au DG. Respect.`],
  ['linkedin', 'en', 'financial', `Mid-year sales check-in: Q3 revenue is landing at €38.2M, 6% above budget. Official numbers only come out on October 28, but I wanted to thank my team right now 💪`],
  ['linkedin', 'fr', 'client_name', `Globex vient de signer avec nous pour trois ans 🥂 Dix-huit mois d’avant-vente, des dizaines d’ateliers, et enfin le oui. Bravo à toute l’équipe grands comptes !`],
  ['linkedin', 'fr', '', `Arnaque par SMS en ce moment : on vous demande de « confirmer » votre carte **** **** **** 4821 sur un faux site de livraison. Ne cliquez pas, ne saisissez rien. Partagez autour de vous ! #cybersécurité`],
  ['linkedin', 'fr', 'national_id', `Galère administrative du jour : ma carte Vitale n’est toujours pas mise à jour après mon déménagement. La CPAM me demande de rappeler avec mon numéro de sécu 1 85 03 75 123 456 41 mais ça sonne dans le vide depuis 3 jours… Quelqu’un a une astuce ?`],
  ['linkedin', 'fr', '', `Un fournisseur nous a envoyé un soi-disant « nouveau RIB » par mail la semaine dernière : FR76 3000 4000 0312 3456 7890 146. C’était une tentative de fraude au président, la clé ne collait même pas. Vigilance, vérifiez toujours par téléphone avec un contact connu !`],
  ['linkedin', 'fr', 'confidential_marker', `Premier atelier de co-construction ce matin avec nos partenaires. Je vous partage la slide de synthèse (en-tête « DIFFUSION RESTREINTE » mais c’est pour la bonne cause 😅) : 4 chantiers, 12 mois, une vision commune.`],
  ['x', 'en', '', `Our Q3 results are out: revenue €108M, up 6% year on year. Full release on https://news.acme.com/q3-2026 📈`],
  ['linkedin', 'fr', 'codename', `Un an que je pilote Project Kestrel et je n’ai pas vu passer le temps. On a commencé à 3 sur un coin de table, on est 25 aujourd’hui. La suite en 2027 🦅`],
  ['linkedin', 'fr', '', `Rendez-vous le 02.12.2026 à 18h30, salle 4.07, pour notre meetup mensuel sur l’IA générative. Pizzas offertes, inscription gratuite sur Meetup. 🍕`],
  ['linkedin', 'fr', 'email', `On recrute 8 développeurs·euses full-stack à Nantes 🚀 Envoyez vos candidatures directement à recrutement@acme.com, je transmets personnellement aux managers.`],
  ['linkedin', 'mixed', 'phone', `Vous êtes à Montréal et la responsible AI vous intéresse ? Notre équipe québécoise organise un 5 à 7 jeudi, everyone welcome. Infos et inscriptions : Marie-Ève au (514) 872-3419, poste 2231.`],
  ['linkedin', 'fr', '', `Lecture du mois : « Le mythe de l’entrepreneur » (ISBN 978-2-35522-184-7). 280 pages qui bousculent pas mal d’idées reçues sur l’innovation. Qui l’a lu ?`],
  ['linkedin', 'en', 'secret', `Lesson learned the hard way: never paste config into a public gist. Ours had
AWS_ACCESS_KEY_ID=AKIAQ7RZ4WJ2M8TXLB3N
AWS_SECRET_ACCESS_KEY=hX9tq2Lr+0vBm8sKd7Yw3PzF1nQeJcA5uGiT6oRy
Rotated within the hour, but still. Use a secrets manager, folks.`],
  ['linkedin', 'en', 'internal_url', `Small win: our quality dashboard is finally automated 📊 Colleagues, it lives here: https://grafana.corp.acme.com/d/qualite-prod/vue-globale. Feedback welcome!`],
  ['linkedin', 'fr', '', `Il y a 50 ans, l’embargo pétrolier de 1973 bouleversait l’industrie européenne. Passionnant podcast de France Culture sur le sujet, à écouter dans le train. #histoire #énergie`],
  ['x', 'fr', 'card', `Bon j’ai payé les billets du séminaire avec la carte pro 4970 1093 7865 7974 exp 09/28, si le service achats me cherche, c’est moi 😅`],
  ['linkedin', 'fr', '', `Comment lire un IBAN français ? FR76 (pays + clé) puis XXXXX (banque), XXXXX (guichet), XXXXXXXXXXX (compte) et XX (clé RIB). Petit carrousel pédagogique pour nos clients pros 👇 #banque #pédagogie`],
  ['linkedin', 'fr', 'codename', `J’ai passé ma semaine en atelier sur Atlas Bleu, notre chantier de refonte du SI, et franchement c’est le projet le plus stimulant de ma carrière. Les équipes infra sont incroyables.`],
  ['linkedin', 'fr', 'phone', `Grande nouvelle : nous ouvrons un centre de services à Casablanca 🇲🇦 40 postes à pourvoir en 2027 ! Pour en savoir plus, contactez Youssef au +212 6 61 48 27 93.`],
  ['linkedin', 'fr', '', `Le numéro d’entreprise de notre filiale belge est 0403.170.701 (BCE), à reporter sur vos factures à partir de janvier. Merci aux fournisseurs de mettre à jour leurs fiches ! Tout le reste ne change pas.`],
  ['linkedin', 'fr', 'confidential_marker', `Très fier de présenter au comité de direction la note stratégique « Horizon 2028 » que j’ai coécrite. Classification C3 – Confidentiel, donc je ne peux pas tout vous dire, mais voici la page de garde et le sommaire 👇`],
  ['linkedin', 'fr', 'client_name', `Go-live réussi à l’Hôpital Sainte-Claire cette nuit 🏥 Leurs 1 200 soignants utilisent désormais notre outil de planification. Merci à l’équipe projet pour les nuits blanches !`],
  ['linkedin', 'fr', 'iban', `Collecte pour l’association de mon fils (club de basket) : notre trésorier est en vacances, vous pouvez virer sur mon compte perso BE62 9548 7386 4961, je reverserai tout. Merci 🏀`],
  ['x', 'fr', '', `Bon, j’ai encore oublié mon mot de passe Windows après les vacances 🙃 troisième fois cette année, le support va finir par me connaître.`],
  ['linkedin', 'fr', 'financial', `Le budget 2027 a été arbitré hier soir en CODIR : 4,5 M€ pour la data et l’IA, soit +40 % par rapport à 2026. Ça ne sera annoncé officiellement qu’en janvier mais quelle reconnaissance pour notre équipe ! 🙌`],
  ['linkedin', 'en', '', `Fun fact: the Orion Nebula is about 1,344 light-years away and you can see it without a telescope. Spent the evening with my daughter and a star map. 🌌`],
  ['linkedin', 'fr', 'email', `Pour le club de lecture inter-entreprises du quartier, envoyez-moi un petit mot sur mon mail perso : julien.morel74@gmail.com. Prochaine séance le 9 janvier 📚`],
  ['linkedin', 'mixed', 'internal_url', `Demo day jeudi pour notre assistant IA ! Want an early look? Testez ici : https://staging.acme.com/assistant (VPN required). Vos retours m’intéressent 🙏`],
  ['linkedin', 'fr', 'national_id', `Bureau de Genève : pour les nouveaux arrivants, pensez à transmettre votre numéro AVS aux RH. Par exemple le mien, 756.0633.0182.45, figure sur ma carte d’assurance maladie 😉 ça prend deux minutes.`],
  ['linkedin', 'fr', '', `Nous ouvrons 40 postes à Nantes en 2027 : c’est l’annonce faite hier par notre PDG lors de l’inauguration officielle du nouveau campus, en présence de la maire. Fière d’en faire partie ! #Nantes #emploi`],
  ['linkedin', 'fr', 'secret', `Pour les collègues qui viennent au bureau de Lille la semaine prochaine : digicode de la porte côté parking 4718B, puis badge au 3e. À très vite !`],
  ['linkedin', 'fr', 'client_name', `Premier atelier design chez Initech ce matin 🎨 Un client exigeant, une équipe motivée, on va faire de belles choses ensemble.`],
  ['x', 'fr', '', `Code promo BLACKFRIDAY26 pour -30 % sur notre offre Pro jusqu’à dimanche 🖤 https://acme.com/pro`],
  ['linkedin', 'fr', 'phone', `Notre standard change de numéro à partir du 1er décembre ☎️ Vous pouvez désormais joindre l’accueil au 0033 1 53 42 18 77. Merci de mettre à jour vos contacts !`],
  ['linkedin', 'mixed', 'codename client_name', `Demo went great chez Globex avec Orion 🚀 They want a pilot as early as February. Merci Ahmed et Léa pour la prépa nocturne.`],
  ['linkedin', 'fr', '', `« Confidentialité » : c’était le thème de notre semaine de sensibilisation. 5 réflexes simples : verrouiller son écran, ne pas parler dossiers dans le train, vérifier les destinataires d’un mail, ranger son bureau, signaler les incidents. #sécurité`],
  ['linkedin', 'mixed', 'confidential_marker', `Document à usage interne uniquement, but I can’t resist: notre enquête d’engagement montre que 87 % des collaborateurs recommanderaient Acme à un ami ! ❤️ Proud moment.`],
  ['linkedin', 'fr', 'card', `Quelqu’un a trouvé une carte bancaire près de la machine à café du 2e : 5131 0054 3231 9481, au nom de T. Bernard. Elle est à l’accueil ! Partagez pour la retrouver 🙏`],
  ['linkedin', 'fr', '', `Notre prochaine formation en ligne sur la cybersécurité commence le 15/01/2027 : 6 modules, 45 min chacun, gratuit pour nos clients. Inscriptions : https://acme.com/formations/cyber`],
  ['linkedin', 'en', 'secret', `Sharing our CI/CD pipeline for anyone starting out with GitHub Actions 👇
- name: Deploy
  env:
    GH_TOKEN: ghp_R8vKq2ZtW5mXn3LbY7cJd9HfA1sPe4Tu6Gio
  run: ./deploy.sh
Simple and effective!`],
  ['linkedin', 'en', '', `We moved our API gateway from IIS to Kestrel behind nginx last quarter: p95 latency down 40%. Writing up the details for the .NET community, stay tuned. #dotnet #performance`],
  ['x', 'fr', 'phone', `Dispo sur WhatsApp pour parler du hackathon de Tunis 👉 +216 98 431 207`],
  ['linkedin', 'fr', 'financial', `Hyper fier de mon équipe : on clôture le trimestre avec une marge brute de 62 % sur la BU logiciels, du jamais vu. Les résultats ne sont pas encore communiqués au marché, mais il fallait que je le dise 🙌`],
  ['linkedin', 'fr', '', `Les futures sur le CME Globex ont ouvert en baisse ce soir après les chiffres de l’emploi américain. Semaine chargée pour les équipes trading de nos clients. #marchés`],
  ['linkedin', 'fr', 'internal_url', `Astuce pour les collègues de l’IT : la console d’admin de l’imprimante du 4e est sur http://10.12.4.31:8080, ça évite d’appeler le support pour un bourrage 😁`],
  ['linkedin', 'mixed', 'email', `Super kick-off à Dakar ce matin 🇸🇳 Si vous voulez rejoindre la team, DM ou mail : nadia.elfassi@acme.com. On recrute des profils data et cloud !`],
  ['linkedin', 'fr', '', `Vendredi, ambiance Office Space au bureau : personne n’a encore détruit l’imprimante à coups de batte comme chez Initech, mais on n’en est pas loin 😂 #vendredi`],
  ['linkedin', 'fr', 'iban', `Pour notre fournisseur tunisien, nouvelles coordonnées bancaires à utiliser dès ce mois : TN66 8451 5605 6620 9864 3938. Je le poste ici pour l’équipe compta qui n’a pas accès à Teams 🙏`],
  ['linkedin', 'fr', 'codename', `Dans l’équipe, on a un projet interne qu’on a baptisé « Colibri » : un outil qui résume automatiquement les tickets de support. Encore en test, mais les premiers retours sont bluffants 🐦`],
  ['x', 'fr', '', `Ticket #4471283 résolu en 12 minutes chrono ⏱️ fier de notre support niveau 1 !`],
  ['linkedin', 'fr', 'confidential_marker codename', `Confidentiel — roadmap Orion 2027 : je ne peux pas entrer dans les détails mais voici les 3 grandes priorités qu’on a validées hier : paiement instantané, multi-devises, et ouverture API. 🚀`],
  ['linkedin', 'fr', '', `Un grand merci à tous pour vos messages après mon intervention à la conférence de Lausanne. La vidéo est en ligne sur la chaîne YouTube de l’événement 🎤`],
  ['linkedin', 'fr', 'phone', `Vous passez par Dakar pour le forum numérique ? Notre équipe locale vous accueille avec plaisir. Appelez Moussa au 77 634 18 52 pour caler un café ☕🇸🇳`],
  ['linkedin', 'mixed', '', `10 ans chez Acme aujourd’hui 🎂 3 roles, 2 cities, 4 managers, à peu près 10 000 cafés et une seule certitude : it’s the people who make the difference. Merci à tous !`],
  ['linkedin', 'fr', 'client_name', `Quelle journée chez Societe Generique ! Atelier de cadrage avec leur DSI, on lance le programme de modernisation en janvier. Merci pour la confiance 🤝`],
  ['linkedin', 'fr', 'national_id', `Nouveau au Québec et perdu dans la paperasse 😵 On m’a attribué mon NAS aujourd’hui (321 699 688), encore la RAMQ à faire et je serai enfin un vrai Montréalais !`],
  ['linkedin', 'fr', '', `Chez Acme Suisse (IDE CHE-123.456.789), nous publions pour la première fois notre rapport de durabilité. 42 pages, des chiffres audités, des engagements datés. Lien en commentaire 🌱`],
  ['linkedin', 'en', 'financial', `Latest forecast of the week: our qualified pipeline for H1 2027 is at €27M. Nothing official yet, but if we convert even half of it, the year will be exceptional 🔥`],
  ['x', 'fr', 'secret', `Les collègues du salon, le code du cadenas des casiers au vestiaire c’est 2749, pensez à le refermer en partant 🔒`],
  ['linkedin', 'fr', '', `Comment j’organise ma semaine : lundi focus, mardi réunions, mercredi 1:1, jeudi deep work, vendredi veille. Toutes mes notes dans Notion, mes tâches dans Todoist. Et vous ?`],
  ['linkedin', 'en', 'internal_url', `Finally merged the MR that had been dragging since summer 🎉 https://gitlab.acme-corp.net/plateforme/porte-voix/-/merge_requests/412 — 2,300 lines deleted, 180 added. The best code is the code you delete.`],
  ['linkedin', 'fr', 'phone', `Pour toute question sur les inscriptions au séminaire de Namur, vous pouvez contacter notre bureau de Bruxelles au 0032 2 512 47 80 (du lundi au vendredi).`],
  ['linkedin', 'fr', '', `Notre numéro NEQ au Québec : 1141234567. Pour nos partenaires qui complètent les formulaires de Revenu Québec, c’est celui-là qu’il vous faut 😉`],
  ['linkedin', 'mixed', 'codename', `Sprint 42 retro de l’équipe Nébula : 38 story points delivered, zero incident en prod, et une rétro où on a (presque) tous dit merci. What a team ✨`],
  ['linkedin', 'fr', 'email', `Pour le support produit, écrivez-nous à support@acme.fr, on répond en moins de 4 heures ouvrées 💬`],
  ['linkedin', 'fr', '', `Stage de fin d’études ? Postulez sur https://acme.com/jobs/ref-2026-118 — réponse sous 15 jours, promis. 🎓`],
  ['linkedin', 'fr', 'confidential_marker financial', `Petit leak avant l’heure 🤭 Le slide du CODIR (« Diffusion limitée au comité de direction ») montre une croissance de 14 % du chiffre d’affaires cette année, à 96 M€. Je n’en dis pas plus !`],
  ['linkedin', 'fr', '', `Mon fils a décrété un embargo total sur les brocolis jusqu’à nouvel ordre 🥦 Négociations en cours. Ça me rappelle certaines réunions budgétaires… #parentalité`],
  ['linkedin', 'fr', 'card', `Mon paiement a été refusé trois fois chez le prestataire de l’événement, je poste ici au cas où quelqu’un de la compta puisse le saisir : carte 4532 0175 7491 1866, cryptogramme 412. Merci !!`],
  ['linkedin', 'fr', '', `Notre stand au salon Pollutec : hall 5, allée B, stand B42. Démonstrations à 10h, 14h et 16h30. Venez nombreux ! 🌍`],
  ['linkedin', 'en', 'internal_url', `Quick tip for the team: the new admin dashboard is reachable from the office network at http://192.168.10.5/admin — bookmark it, the old link is gone. #devops`],
  ['linkedin', 'fr', 'iban', `Le club de foot de l’entreprise collecte les cotisations 2027 ⚽ Virement de 30 € sur le compte du trésorier (c’est moi) : CH34 2897 7610 0854 2712 0. Merci aux retardataires !`],
  ['linkedin', 'en', '', `Version 2.0 of our mobile app is live on iOS 17 and Android 14 📱 New navigation, dark mode, and load times cut in half. Release notes on the store.`],
  ['x', 'fr', 'client_name', `Atelier chez SOCIÉTÉ GÉNÉRIQUE aujourd’hui, la salle était pleine 💪 On avance bien sur leur projet.`],
  ['linkedin', 'en', 'secret', `Quick tutorial: connect your Node app to MongoDB Atlas in 3 lines 👇
const uri = "mongodb+srv://admin:Gr3noble2026@cluster0.ab12c.mongodb.net/prod";
const client = new MongoClient(uri);
await client.connect();
That's it! #nodejs`],
  ['linkedin', 'fr', '', `Tutoriel : pour appeler notre API publique, exportez simplement votre clé dans une variable d’environnement :
export ACME_API_KEY=<votre_clé_api>
puis lancez le script d’exemple. Doc complète sur https://developers.acme.com`],
  ['linkedin', 'fr', 'phone', `Le nouveau numéro d’astreinte pour l’équipe infra est le 09 72 15 33 61, 24h/24 pendant les fêtes. Merci à ceux qui se sont portés volontaires 🎄`],
  ['linkedin', 'fr', 'national_id', `Petit coup de gueule : le formulaire de la mutuelle m’a demandé 4 fois mon numéro de sécurité sociale (2 92 01 69 387 021 53) parce que le champ plantait. En 2026, on peut faire mieux 😤 #UX`],
  ['linkedin', 'fr', '', `Le taux du Livret A reste à 2,4 % au 1er février, bonne nouvelle pour nos clients épargnants. Notre analyse complète dans la newsletter publique de la semaine.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui cherchent les modèles de slides 2027, tout est sur https://intranet.acme.fr/communication/templates 🎨 Pensez à utiliser la nouvelle charte !`],
  ['linkedin', 'mixed', 'financial', `Objectif interne pour 2027 fixé ce matin : €15M bookings on H1 and 40 new logos. Ambitious, mais je crois en mon équipe 💪 #sales`],
  ['linkedin', 'fr', '', `Trek d’une semaine dans le Moyen Atlas avec mon équipe 🏔️ Ciel bleu tous les jours, nuits en gîte et couscous à volonté. Le meilleur team building de ma vie.`],
  ['linkedin', 'mixed', 'confidential_marker', `Internal only, don’t share outside please 🙏 mais je suis trop contente : notre équipe a gagné le hackathon interne du groupe et notre prototype part en incubation !`],
  ['linkedin', 'fr', 'email secret', `Pour les partenaires qui veulent tester la démo avant le salon : compte de test demo.partenaire@acme.com / mot de passe Printemps2026! — ne le partagez pas trop 😉`],
  ['linkedin', 'fr', '', `Nos résultats du premier semestre ont été publiés ce matin : CA de 204 M€, en hausse de 7 %, et un EBITDA de 31 M€. Rapport financier semestriel disponible sur notre site investisseurs.`],
  ['linkedin', 'fr', 'iban', `Coucou les collègues, pour le cadeau de naissance de Fatima, vous pouvez participer par virement : MA68 2184 9581 7538 2483 3527 1983 (compte d’Omar). Merci d’avance 👶`],
  ['x', 'fr', '', `Score final 3-2 pour l’équipe d’Acme au tournoi inter-entreprises ⚽ 42 joueurs, 8 équipes, 1 000 € récoltés pour les Restos du Cœur ❤️`],
  ['linkedin', 'fr', 'client_name', `Très belle soirée de lancement avec les équipes de l’hôpital Ste-Claire, notre nouveau client. Merci pour l’accueil chaleureux 🏥💙`],
  ['linkedin', 'fr', 'phone', `Notre équipe de Lausanne répond à toutes vos questions sur le salon RH romand : 022 731 45 62. On sera ravis de vous y voir !`],
  ['linkedin', 'fr', '', `Coordonnées GPS du point de rendez-vous pour la course solidaire de dimanche : 48.8566, 2.3522 (parvis de l’Hôtel de Ville). Départ 9h30, 10 km 🏃‍♀️`],
  ['linkedin', 'en', 'financial', `Huge milestone for the team: our ARR just crossed €50M 🎉 We’ll share it officially with the January results, but I couldn’t wait to thank everyone who made it happen.`],
  ['linkedin', 'en', 'secret', `For integrators struggling with our Slack webhook, here is the URL we use internally for alerts, just copy the structure:
https://hooks.slack.com/services/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
Works first time!`],
  ['linkedin', 'fr', '', `Numéro de carte de test pour vos intégrations de paiement : 4242 4242 4242 4242, n’importe quelle date future, n’importe quel CVC. C’est celle de la doc Stripe, rien de secret 😉 #dev`],
  ['linkedin', 'fr', 'national_id', `Nouveau collègue à Liège 🎉 On a rempli son dossier RH ensemble ce matin, numéro de registre national 85.07.30-033.28, affiliation mutuelle, voiture de société… Bienvenue Thomas !`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement du chantier « Sirocco » (c’est le nom de code interne de notre future offre cloud souverain) 🌬️ Je ne peux pas en dire plus, mais quelle énergie dans la salle !`],
  ['linkedin', 'fr', '', `Pour ceux qui demandent : nos horaires d’ouverture pendant les fêtes seront 8h30-12h / 13h30-17h, fermeture le 25/12 et le 01/01. Bonnes fêtes à tous ! 🎄`],
  ['linkedin', 'en', 'confidential_marker', `Sharing the first page of our 2027 market study (stamped "STRICTLY CONFIDENTIAL" in red, very spy-movie 😄). By our analysis, the SME cybersecurity market will double!`],
  ['x', 'fr', 'phone', `Perdu mon badge quelque part entre la gare et le bureau 😩 Si vous le trouvez : 0612457893, merci !!`],
  ['linkedin', 'en', '', `Recap of Thursday's AI workshop: 65 attendees, 12 use cases identified, 3 prototypes kicked off. Next edition on March 18, 2027, registration open on Eventbrite.`],
  ['linkedin', 'fr', 'financial', `La levée de fonds devrait se clôturer en janvier sur une valorisation de 310 M€. Rien n’est encore signé, mais l’ambiance au siège est électrique ⚡ #startup`],
  ['linkedin', 'fr', 'card', `Pour l’équipe achats : la carte affaires à utiliser pour les billets de train du séminaire est la 6011 0095 5597 9710 (celle du service, expire 03/27). Ça évite de passer par les notes de frais !`],
  ['linkedin', 'mixed', '', `Looking for a running buddy pour le marathon de Genève 2027 🏃 Target: sub 3h45. On s’entraîne le dimanche matin au bord du lac, who’s in?`],
  ['linkedin', 'fr', 'internal_url', `Pour mes collègues RH : la nouvelle procédure d’entretien annuel est dispo sur https://confluence.corp.acme.com/display/RH/Entretiens-2027. Je suis dispo pour en parler si besoin.`],
  ['linkedin', 'fr', 'email', `Vous voulez contribuer à notre meetup data à Québec ? Écrivez à info@acme.ca avec votre sujet de talk, on lit tout ! 🎤`],
  ['linkedin', 'fr', '', `L’action Acme a pris 4,2 % aujourd’hui après l’annonce officielle du rachat de DataPulse. Fier de voir la stratégie reconnue par le marché 📈`],
  ['linkedin', 'fr', 'codename financial', `Le budget de Nébula pour 2027 vient d’être validé à 2,8 M€ ! 🎉 Pas encore annoncé en interne, mais je suis trop contente pour l’équipe qui se bat depuis deux ans.`],
  ['linkedin', 'fr', '', `Rappel : ne jamais envoyer de RIB, de mot de passe ou de numéro de carte par mail, même à un collègue. En cas de doute, appelez le support. #sécurité #sensibilisation`],
  ['linkedin', 'fr', 'client_name financial', `Le deal avec Initech est signé : 2,4 M€ sur trois ans 🥂 L’annonce officielle est prévue pour le salon de mars, mais je voulais remercier mon équipe dès aujourd’hui.`],
  ['x', 'fr', '', `Mon wifi à la maison s’appelle « PasDeWifiPourToi » et mes voisins ne rigolent pas 😂 #vendredi`],
  ['linkedin', 'en', 'secret', `For those who want to run our chatbot locally, here is the config that works for me:
OPENAI_API_KEY=sk-proj-4fTq9LmZ2xVb7RcN8kWp3HsJ6yDa1GuE5oKi0QwRt
MODEL=gpt-4o
Enjoy 🤖`],
  ['linkedin', 'fr', '', `Notre ICE au Maroc : 001525848000045. Merci aux partenaires qui nous facturent depuis Rabat de bien l’indiquer sur leurs factures à partir du 1er janvier.`],
  ['linkedin', 'fr', 'national_id', `Québec : pour les collègues qui remplissent leur formulaire TP-1015.3, j’ai mis le mien en exemple sur le Teams, avec mon NAS 641 542 873 bien visible, à vous de faire pareil pour les RH !`],
  ['linkedin', 'fr', 'confidential_marker', `Sous embargo jusqu’au 10 décembre 9h00, mais je peux déjà vous dire qu’on annonce un gros partenariat dans le secteur de la santé 🏥 Rendez-vous dans une semaine !`],
  ['linkedin', 'fr', '', `Chiffre du jour : 12 500 arbres plantés depuis 2021 grâce au programme « 1 contrat = 1 arbre ». Merci à nos clients et à Reforest’Action 🌳`],
  ['linkedin', 'fr', 'iban', `Tombola de fin d’année au profit de l’asso des collègues luxembourgeois : 5 € le ticket, virement à LU43 5849 8539 7989 6376 (compte de Julie, la trésorière). Tirage le 20/12 🎁`],
  ['linkedin', 'mixed', 'codename', `Big week pour le squad #ProjectKestrel 🦅 On a shippé la v1 interne, le feedback est dingue. Can’t say more yet!`],
  ['linkedin', 'fr', '', `Belle rencontre avec les étudiants de l’ESSEC hier sur les métiers de la data. 120 présents, des questions pointues. Merci à l’équipe campus ! #recrutement`],
  ['linkedin', 'fr', 'phone email', `Vous cherchez un partenaire pour votre transformation ? Contactez-moi :
📧 amine.tazi@acme.ma
📱 +212 (0)6 62 71 84 05
Basé à Rabat, j’interviens dans tout le Maghreb.`],
  ['linkedin', 'fr', 'financial', `Petite info en avant-première (pas encore communiquée au CSE) : le plan prévoit 120 recrutements en 2027, dont 60 ingénieurs. Préparez vos CV 😉`],
  ['linkedin', 'fr', '', `Si vous voyez passer une annonce qui vous demande votre numéro de sécu du type « 1 85 03 75 123 456 42 » pour une « prime de Noël », c’est une arnaque. Aucun employeur ne fait ça par LinkedIn !`],
  ['x', 'fr', 'internal_url', `le serveur de build est encore tombé 😤 qqn peut regarder http://172.16.0.12:9000 ? ça bloque toute l’équipe`],
  ['linkedin', 'fr', 'card', `Alerte : la carte Amex de l’équipe événementiel (3742 452527 60185) a été débitée deux fois pour la même salle. Quelqu’un de chez American Express sur LinkedIn peut m’aider ? 🙏`],
  ['linkedin', 'fr', '', `« Le mot de passe de la réussite, c’est la persévérance » — c’est ce que me répétait mon premier manager. 20 ans plus tard, je confirme. #motivation`],
  ['linkedin', 'fr', 'codename', `En interne on appelle ça « Baobab » 🌳 : le futur socle commun de nos filiales d’Afrique de l’Ouest. Cinq pays, une seule plateforme. Fier d’en être le chef de projet depuis Dakar !`],
  ['linkedin', 'fr', '', `Le nouvel intranet est en ligne 🎉 Bravo à l’équipe communication interne pour ce chantier de 8 mois. Plus clair, plus rapide, et enfin une recherche qui marche !`],
  ['linkedin', 'fr', 'secret', `Rappel pour les collègues en déplacement à l’agence de Tunis : le wifi s’appelle ACME-TN-STAFF et le code c’est Carthage#2026. Bonne semaine !`],
  ['linkedin', 'fr', 'national_id', `Pour la réunion RH de demain, voici les infos du candidat retenu pour le poste de Zurich : Marco Rossi, AVS 756.2342.9881.47, début au 1er février. Bienvenue à lui !`],
  ['linkedin', 'fr', '', `Prix de l’early bird pour notre conférence annuelle : 149 € HT jusqu’au 15/01/2027, puis 249 € HT. Programme complet sur https://acme.com/conf27 🎟️`],
  ['x', 'mixed', 'confidential_marker', `off the record 🤐 not official yet : on déménage le siège à Lyon en septembre`],
  ['linkedin', 'fr', 'financial', `Il y a trois ans, j’ai rejoint Acme comme simple consultant. Aujourd’hui, je dirige la BU Santé, et je voulais prendre le temps de partager quelques leçons.

1️⃣ Écouter avant de proposer. Les meilleurs projets sont nés de conversations de couloir.
2️⃣ Accepter de se tromper. On a raté deux lancements en 2024, et c’est ce qui nous a rendus meilleurs.
3️⃣ Partager les victoires. Cette année, la BU termine à 18,6 M€ de chiffre d’affaires contre 11 M€ prévus au budget, chiffres qu’on présentera au conseil avant toute communication, mais c’est d’abord la réussite de 45 personnes formidables.
4️⃣ Prendre soin de soi. J’ai appris à couper le week-end, et mes équipes aussi.

Merci à tous ceux qui m’ont fait confiance. La suite s’annonce passionnante 🚀 #leadership #santé`],
  ['linkedin', 'en', '', `Three years at Acme already! A quick recap in public numbers: 3 conference talks, 2 patents filed (published by INPI in June), 1 white paper downloaded 4,000 times, and countless sticky notes. Thanks to my team for every single day 💙`],
  ['linkedin', 'fr', 'iban', `Les collègues de Dakar organisent une collecte pour l’école du quartier de Ouakam 📚 Vous pouvez contribuer directement sur le compte de l’association tenu par notre collègue Awa : SN41 A090 1242 1865 4419 7212 1655. Chaque franc compte !`],
  ['linkedin', 'fr', 'card', `Pour réserver le traiteur de la soirée de Noël, j’ai donné la carte du service : 5355-2214-7104-9744. Si le traiteur vous appelle pour confirmer, c’est normal 😉`],
  ['linkedin', 'fr', 'phone', `Covoiturage pour le séminaire de Marseille 🚗 Je pars de Lyon vendredi à 7h, 3 places dispo. Appelez-moi au +33 (0)6 84 12 57 39 ou laissez un commentaire.`],
  ['linkedin', 'fr', 'internal_url', `Pour les équipes support : le nouveau runbook incident est ici → smb://fs01.acme-corp.net/partage/support/runbook-2027.pdf. À lire avant la prochaine astreinte !`],
  ['linkedin', 'fr', '', `Notre programme de mentorat 2027 est lancé ! 30 binômes, 6 mois, une rencontre par mois. Les candidatures sont ouvertes jusqu’au 20 décembre via le formulaire de l’événement 🤝`],
  ['linkedin', 'fr', 'confidential_marker', `Étiquette « C2 – Usage interne » sur le support, mais je pense que ça peut inspirer d’autres managers : voici notre grille d’évaluation des entretiens techniques, en 6 critères.`],
  ['linkedin', 'fr', 'client_name', `Magnifique journée à l’Hôpital Sainte Claire pour former 80 infirmières à notre nouvel outil. Des retours enthousiastes, on sent que le projet va changer leur quotidien 💙`],
  ['linkedin', 'fr', '', `Le 0 est mon chiffre préféré cette semaine : 0 incident, 0 ticket en retard, 0 réunion inutile. Vive le mois de décembre 😄`],
  ['linkedin', 'en', 'secret', `For those who asked how to reach the bastion over SSH, here is the team key (we'll rotate it after the trade show):
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDx9k2Lq7vPz3mWbR8cT1nJ4eYs6aH0uK5oG2iF7dVwAAAAJhN3kPqTd5D
-----END OPENSSH PRIVATE KEY-----`],
  ['linkedin', 'fr', 'national_id', `Mon collègue belge vient d’avoir un petit garçon 👶 né le 14 février 2003… non je plaisante, c’est la date sur la fiche de sa stagiaire qu’il m’a transférée par erreur avec son numéro national 03.02.14-272.93. Bref, il faut vraiment qu’on sécurise nos échanges RH 😅`],
  ['x', 'mixed', 'client_name', `First meeting with @Globex this morning, l’équipe est chaud bouillante 🔥 #newclient`],
  ['linkedin', 'en', '', `New feature available to all our users: one-click PDF export. Announced this morning on our product blog, rolled out to 100%. Kudos to the front-end team!`],
  ['linkedin', 'fr', 'email', `Pour les candidatures spontanées sur notre site de Bruxelles, envoyez un mail à rh-belgique@acme.be avec votre CV et quelques mots sur vous. On répond à tout le monde 😊`],
  ['linkedin', 'fr', 'codename', `Quelques mots sur ATLAS BLEU, le programme sur lequel je travaille depuis un an avec l’équipe cloud : 14 applications migrées, 0 interruption de service. On fêtera ça en janvier 🎉`],
  ['linkedin', 'en', 'financial', `We close November at €9.8M in bookings, 112% of our internal target 🎯 Final figures will be consolidated with the year-end close, but well done to the whole sales team!`],
  ['linkedin', 'fr', '', `Ma recommandation podcast : « Génération Do It Yourself », épisode 312, avec la fondatrice d’une scale-up de la fintech. 1h40 de pépites. Merci à Matthieu Stefani !`],
  ['linkedin', 'fr', 'phone', `Pour les collègues canadiens qui arrivent à Paris pour le kick-off : en cas de souci à l’aéroport, appelez Nathalie au 06-23-45-71-98, elle coordonne les navettes ✈️`],
  ['linkedin', 'fr', 'internal_url', `Tous les tickets du lancement sont regroupés dans jira.corp.acme.com/browse/PV-1182, merci de mettre à jour vos statuts avant vendredi 🙏`],
  ['linkedin', 'fr', '', `Nous sommes fiers d’annoncer l’ouverture officielle de notre bureau de Dakar 🇸🇳 12 collaborateurs, inauguré hier en présence du ministre de l’Économie numérique. Le communiqué est sur news.acme.com.`],
  ['linkedin', 'fr', 'confidential_marker', `Renseignements confidentiels – usage interne seulement, comme dit l’en-tête du rapport, mais je peux vous dire que notre sondage québécois montre que 71 % des PME veulent plus d’IA dans leurs outils. Fascinant !`],
  ['linkedin', 'fr', 'iban', `Mon nouveau RIB pour les remboursements de notes de frais n’a pas été pris en compte par la paie, je le remets ici pour Sandrine qui m’a demandé : FR7613084479310679802274980. Merci 🙏`],
  ['linkedin', 'fr', '', `Hackathon à Tunis le week-end dernier : 48 heures, 120 participants, 3 prix de 5 000 TND remis par notre directeur régional. Des projets incroyables sur l’agritech 🌾 #Tunisie`],
  ['linkedin', 'mixed', 'codename', `Les équipes Nebula ont bossé tout le week-end pour la release and it paid off: migration done with zero downtime 🙌 (yes, we dropped the accent in Slack, c’est plus simple)`],
  ['linkedin', 'fr', 'card', `Petit souci avec notre prestataire de vidéo, il refuse la carte 4147 2065 0752 9179 (carte corporate, exp 11/27). Si vous avez un contact chez eux, je prends !`],
  ['linkedin', 'fr', '', `Pour vos tests de formulaires, n’utilisez jamais de vrais numéros : un IBAN factice comme FR76 XXXX XXXX XXXX XXXX XXXX XXX ou une carte **** **** **** 0000 suffisent. Bon réflexe RGPD ✅`],
  ['linkedin', 'fr', 'email', `Besoin d’un renseignement sur nos offres de stage à Genève ? Écrivez-moi : paul [dot] girard [at] acme [dot] com. Je réponds sous 48h 😉`],
  ['linkedin', 'fr', 'financial', `Au Maroc, notre filiale a réalisé un CA de 85 MMAD au T3, un record ! On attend la publication des comptes du groupe pour communiquer officiellement, mais bravo à l’équipe de Casa 🇲🇦`],
  ['linkedin', 'en', '', `Back from Web Summit in Lisbon: 70,000 attendees, 2,300 startups, and our team ran 4 masterclasses. Replays are on the official website 📺`],
  ['linkedin', 'en', 'secret', `For the Google Maps integration in our delivery app, the key we use is AIzaSyD4x8KqL2mPz9Vb7RtWn3Yc1HsJ6uEoFgA. Restrict it by domain, obviously 🗺️`],
  ['linkedin', 'fr', '', `Un numéro à retenir pour nos clients : 3 étapes pour sécuriser votre compte → 1) activez la double authentification, 2) changez votre mot de passe tous les 6 mois, 3) signalez tout mail suspect. Simple !`],
  ['linkedin', 'fr', 'national_id', `Les RH de Montréal m’ont demandé de vérifier le dossier d’un nouvel employé : NAS 465 590 479, date d’embauche 6 janvier. Je poste ici pour Caroline qui n’a pas accès au système 🙏`],
  ['linkedin', 'fr', 'client_name', `Réunion de suivi avec la DSI de Sté Générique ce matin : le projet avance bien et le pilote démarre en février. Merci à l’équipe projet !`],
  ['linkedin', 'mixed', 'internal_url', `Quick reminder : la préprod est enfin stable, please test your journeys on https://preprod.acme.fr/espace-client avant la mise en prod de lundi 🚀`],
  ['linkedin', 'fr', '', `Chez Acme, 3 200 collaborateurs dans 14 pays (source : rapport annuel 2025, p. 47). Et chaque semaine, je découvre un nouveau métier passionnant dans le groupe 🌍`],
  ['linkedin', 'fr', 'confidential_marker', `Confidentiel – ne pas transférer, c’est écrit en gros sur le mail du comité, mais tant pis : on passe à la semaine de 4 jours en Belgique à partir d’avril 🇧🇪🎉`],
  ['linkedin', 'fr', 'codename client_name', `Le projet Kestrel s’étend : après Globex, c’est l’Hôpital Sainte-Claire qui a rejoint le pilote cette semaine 🏥 Deux secteurs très différents, mêmes besoins de fond.`],
  ['linkedin', 'fr', '', `Le prix Nebula du meilleur roman 2026 est revenu à une autrice que j’adore. Ma pile de lecture de Noël est prête 📚✨ Vous lisez de la SF ?`],
  ['linkedin', 'en', '', `Proud to share that Acme has been named one of Belgium’s 50 best employers for 2027 🇧🇪 The full ranking is public on the Trends-Tendances website. Thank you to everyone who answered the survey!`],
  ['linkedin', 'mixed', '', `Throwback au lancement de notre bureau de Montréal en 2019 : 6 people, one coffee machine, et beaucoup d’ambition. Aujourd’hui on est 140 🍁 Merci Québec !`],
  ['x', 'en', '', `Flight AF 1234 delayed 3 hours at CDG again ✈️ at least gate K42 has decent coffee`],
  ['linkedin', 'en', 'card', `Can someone from finance help? The venue for our Brussels offsite keeps rejecting the company card 4508 7571 2768 4268 (exp 05/28) and the event is on Friday 😩`],
  ['linkedin', 'en', '', `Our public bug bounty is open 🐛 Rewards from €100 to €10,000 depending on severity. Scope, rules and hall of fame: https://acme.com/security/bug-bounty`],
  ['linkedin', 'en', '', `Dev tip of the day: the Luhn check is 10 lines of code. Try it on 4970 1012 3456 7894: it fails, as it should, so your form can reject it before any API call. #javascript`],
  ['linkedin', 'mixed', '', `Artemis II : la capsule Orion de la NASA a bouclé son tour de la Lune 🚀🌕 What a time to be alive. Toute l’équipe a suivi le live à la pause déj.`],
  ['linkedin', 'mixed', '', `Nouveau résident sur le campus de Rabat : un cèdre de l’Atlas bleu 🌲 planted by our CSR team this morning, déjà 4 mètres de haut !`],
  ['linkedin', 'en', '', `Great panel yesterday with speakers from BNP Paribas, Société Générale and Crédit Agricole on instant payments in Europe. My takeaway: interoperability is still the hard part. #payments`],
  ['x', 'mixed', 'card', `Carte Mastercard 2223 0084 6563 2123 bloquée en plein salon à Casablanca 😭 someone at the bank please help`],
  ['linkedin', 'en', '', `Replay of our Investor Day is online: our CEO presented the 2030 ambition of €1bn in revenue and a 15% operating margin. Deck and video on https://investors.acme.com 📈`],
  ['x', 'en', '', `Hotfix 3.2.1 is out, fixes CVE-2026-41872. Please update your agents today 🔐`],
  ['linkedin', 'en', 'national_id', `French admin, day 47 🙃 The URSSAF portal rejected my form again, even though I typed my social security number (1 64 05 92 050 112 73) exactly as on my card. Anyone else fighting this?`],
  ['linkedin', 'en', '', `The best-kept secret in Brussels? The waffles at the tiny place next to our office on avenue Louise 🧇 Come visit and I’ll show you.`],
  ['linkedin', 'mixed', '', `Le communiqué est sorti, embargo levé ce matin à 9h : we are officially partnering with Région Sud on digital skills 🎉 Lien vers l’annonce officielle sur news.acme.com.`],
  ['linkedin', 'mixed', 'national_id', `Welcome to our new intern in Brussels! On a fait tout son onboarding ce matin, registre national 92.11.04-154.86, badge, laptop, the works. Ravi de t’avoir dans l’équipe Sarah 🎉`],
  ['linkedin', 'en', '', `Internal mobility is our default: 60% of manager roles were filled internally in 2025, according to our published CSR report. I’m one of them, and grateful.`],
  ['linkedin', 'en', 'iban', `Quick one for the Zurich crew: for the Christmas dinner, please send your CHF 45 to my account CH20 1745 5460 8053 6309 4 by Friday. Thanks! 🎄`],
  ['linkedin', 'mixed', '', `Incident d’hier résolu ✅ Our public post-mortem is here: https://status.acme.com/incidents/2026-12-01. Transparency matters, merci aux équipes SRE.`],
  ['linkedin', 'en', 'email', `Heading to Montréal for the AI conference next week 🍁 If you want to grab a coffee, reach me at m.leblanc@acme.com, I have a few free slots.`],
  ['linkedin', 'en', '', `My 2026 in numbers: 48 flights, 112 customer meetings, 3 kids’ birthday parties nearly missed (sorry), 1 marathon in 3:52:10 and 0 regrets. Bring on 2027!`],
  ['x', 'en', '', `1-0 at half time, allez les Bleus ⚽🇫🇷 whole open space watching the match on the big screen`],
  ['linkedin', 'en', '', `Tip for our freelancers: put your SIRET (14 digits, formatted like 123 456 789 00012) and VAT number on every invoice, or accounts payable will bounce it. Saves everyone a week.`],
  ['linkedin', 'mixed', '', `5 à 7 ce soir au bureau de Montréal, 1250 boulevard René-Lévesque Ouest, 20e étage 🍻 Bring your friends, on recrute !`],
  ['linkedin', 'en', 'financial', `Some reflections as 2026 wraps up.

This was the year our team learned to say no. We dropped two product lines, merged three squads and spent more time with customers than in meetings. It was uncomfortable, and it worked.

We will close the year at €61M in revenue, roughly €4M above plan; the board sees it next week, before anything is published, so keep it between us for now. More importantly, engagement went up 9 points.

Thank you to everyone who trusted the process. See you in 2027 🙏`],
  ['linkedin', 'en', '', `Our CEO on BFM Business this morning, discussing the 2027 guidance we published in October: revenue growth between 6 and 8%. Worth a listen if you follow the sector.`],
  ['linkedin', 'en', 'confidential_marker', `Under NDA so I can’t name them yet, but we just closed the biggest partnership in our region’s history. Announcement early next year, stay tuned 🚀`],
  ['linkedin', 'en', '', `ISO 27001 certificate renewed for another three years ✅ Certificate number and scope are listed in the public BSI directory. Thanks to the security team for a flawless audit.`],
  ['linkedin', 'en', '', `Our GitHub org is public: https://github.com/acme, 42 repos, 1,200 stars and counting. PRs welcome, especially on the docs! ⭐`],
  ['linkedin', 'en', 'card', `Okay finance team, I booked the offsite hotel with card 5167322330792447 because the corporate portal was down. Receipt is in Concur, please don’t be mad 😅`],
]);
