import { rows } from './corpus-types';

/**
 * Held-out set "fresh6": written 2026-12-02 (18:05-18:17 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh5), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh6`. First scored 2026-12-02 18:57 UTC on the rules of 6c3dfad (after the
 * fixes from fresh4 and fresh5): confidentiality macro F1 0.926, 10.9 % of clean posts flagged (financial 0.741 the
 * weakest, recall 0.667). Its misses were then fixed, so later scores no longer estimate anything.
 *
 * Authors: a retail-bank back office in Nantes, claims handlers in Lyon, a pharma team in Basel, a store manager
 * in Lille, a logistics hub, a town-hall agent, consultants, a startup CTO, a hospital IT team deployed at a
 * client, a law firm, a utility's network operators, HR and recruiters, expatriate new joiners (Madrid, Milan,
 * Berlin, Warsaw, Lisbon, Amsterdam, Toronto, London, New York), call-centre agents in Casablanca and Dakar,
 * interns and executives. Forms: signatures, calendar invites, quoted customer e-mails, pasted logs, configs and
 * CLI output, pipe tables, job offers, event invitations, farewell posts, reposts with a comment, thread replies
 * (surface 'comment'), dialogues, "day in my life" posts; leaks in a P.S. or a parenthesis, figures in words
 * or as ranges, indirect non-public signs, codenames in hashtags. Positive IBANs (mod-97, French RIB keys),
 * cards (Luhn) and national ids (NIR, Belgian register, DNI/NIE, codice fiscale, AVS, SIN, BSN, Steuer-ID,
 * PESEL, Portuguese NIF; UK NI and US SSN by format) were computed and verified by script; look-alikes are
 * wrong-checksum, masked, or documented test/specimen values described as such. About 40 % clean: hard
 * look-alikes of every category and ordinary everyday posts.
 */
export const FRESH6_POSTS = rows('fresh6', [
  // ---- retail bank back office (Nantes) ----
  [
    'linkedin',
    'fr',
    'iban',
    `Josiane part à la retraite vendredi après 38 ans au back-office 🥹 On organise une cagnotte surprise !

Pour ceux qui m'ont demandé (et qui n'ont pas accès à la cagnotte en ligne), vous pouvez faire un virement sur mon compte perso : FR76 1027 8060 7600 0204 7560 107, au nom de Mathieu Lefort. Je reverse tout.

Chut, elle ne se doute de rien. #retraite #backoffice #merci`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Ran our SEPA basics session for the new hires today. Slide 3 uses the textbook IBAN everyone in payments knows, GB29 NWBK 6016 1331 9268 19 — valid checksum, not a real account. That's the one to use in demos and test files, never a customer's. Great questions from the group, especially on R-transactions!`,
  ],
  [
    'linkedin',
    'fr',
    'client_name financial',
    `Très fier de l'équipe Corporate Banking de Nantes 💪

Après huit mois de travail, Société Générique nous confie la gestion de l'ensemble de ses flux de trésorerie — un mandat d'environ 2,3 M€ de revenus par an pour nous. L'annonce officielle est prévue pour fin janvier, donc d'ici là je compte sur vous pour garder ça pour vous 😉

Bravo à Inès, Karim et Paul.`,
  ],
  [
    'x',
    'fr',
    'card',
    `@AcmeAchats le séminaire de Pornic a été débité deux fois sur la carte corporate 5318 4207 6139 4853 (exp 09/27), vous pouvez regarder ? ça fait 3 mails sans réponse 🙃`,
  ],
  [
    'linkedin',
    'en',
    '',
    `PSA from your friendly payments QA: 4242 4242 4242 4242 is Stripe's test card. If it ever shows up in a production log, someone deployed with the wrong environment. Ask me how I know 😅 #qa #payments`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Une journée type d'analyste junior en back-office bancaire, puisque mes cousins pensent que je « compte des billets » :

7h50 – Tram 2, café dans le gobelet réutilisable
8h30 – Point rapprochements avec l'équipe
10h00 – Traitement des rejets de prélèvements de la nuit
12h15 – Déjeuner (le mardi, c'est quiche à la cantine)
14h00 – Atelier amélioration continue : on a gagné 20 minutes sur un contrôle manuel
17h30 – Running au bord de l'Erdre

Pas de billets, donc. Mais beaucoup de tableurs. #backoffice #junior`,
  ],

  // ---- insurance claims (Lyon) ----
  [
    'linkedin',
    'fr',
    'national_id',
    `Message reçu ce matin d'une assurée, que je partage parce qu'il résume tout :

« Bonjour, je vous renvoie pour la troisième fois mon numéro de sécurité sociale comme demandé : 2 92 03 69 385 042 27. J'espère que cette fois mon dossier de sinistre va avancer. »

Voilà pourquoi on pousse autant le portail sécurisé. Plus jamais ça par mail. #assurance #experienceclient`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Petit rappel RGPD pour les gestionnaires : sur les captures d'écran de formation, on masque le NIR. Exemple de ce qu'on doit voir : 1 85 ** ** *** *** **. Le sexe et l'année de naissance suffisent largement pour illustrer le propos. #rgpd #assurance`,
  ],
  [
    'x',
    'en',
    'financial',
    `can't say much but our Q3 combined ratio came in just under 92%, best in five years, and the market has no idea yet. board on thursday 👀 #insurance`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our H1 results are out: revenue up 6.4% to €812m and a combined ratio of 93.1%, driven by a calmer claims season and strong retention in motor. Full release and the analyst presentation on news.acme.com. Proud of the claims teams who made this possible. #results #insurance`,
  ],
  [
    'linkedin',
    'fr',
    'phone email',
    `Ravie d'annoncer que je rejoins l'équipe Relations Entreprises de Lyon ! Pour les courtiers et partenaires qui me suivent, voici mes nouvelles coordonnées :

Gaëlle Moreau
Chargée de relation entreprises – Acme Assurances
📞 +33 6 47 21 88 05
✉️ gaelle.moreau@acme.com

Au plaisir de vous retrouver sur le terrain 🙌`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Today is my last day at Acme after 11 years in claims. I started as a temp answering the phone in Villeurbanne and I leave as a team lead. Thank you to everyone who believed in me, especially Sylvie, who taught me that behind every file there is a family. Next chapter: a year off, then we'll see. 💙`,
  ],

  // ---- pharma (Basel / Lyon) ----
  [
    'linkedin',
    'en',
    'codename',
    `Huge milestone for the Nébula team today: first patient dosed in the phase I extension 🎉

Two years of work by an incredible group of chemists, toxicologists and clinicians. I'm so proud to be a small part of it. #pharma #clinicaltrials #teamwork`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Nuit d'observation au Pic du Midi avec ma fille de 10 ans pour son anniversaire 🌌 La nébuleuse d'Orion visible à l'œil nu, puis M42 au télescope de 60 cm. Elle veut devenir astrophysicienne maintenant. Je crois qu'on a créé un monstre. #astronomie`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Sharing last week's recap because the team deserves the shout-out. Proud of you all!

---
INTERNAL USE ONLY – Regulatory Affairs weekly
• CMC module for the EU filing submitted to QA review
• 18-month stability data due end of month
• Mock inspection planned 14–15 January, site B
---

#regulatoryaffairs #pharma`,
  ],
  [
    'x',
    'en',
    '',
    `lunch walk: watched a kestrel hover over the field behind the lab for a good two minutes before it dropped. better than any meeting today`,
  ],
  [
    'linkedin',
    'mixed',
    'national_id',
    `Onboarding tip pour les nouveaux arrivants à Bâle 🇨🇭: HR needs your AHV/AVS number on day one, sinon pas de salaire le premier mois. Mine took three weeks to arrive by post (756.9284.6173.57 — yes, I finally know it by heart). Ask for it before you move, vraiment.`,
  ],
  [
    'linkedin',
    'en',
    'codename financial',
    `Spent the day with market access on Orion. Our internal forecast puts peak sales somewhere between €1.2bn and €1.5bn — the analysts don't have that number yet, so you heard it here first (well, please forget you did). The science is the exciting part though. #biotech`,
  ],

  // ---- retail (store manager, Lille) ----
  [
    'linkedin',
    'fr',
    'financial',
    `RECORD BATTU 🎉 Samedi, le magasin de Lille-Euralille a fait 186 000 € de chiffre d'affaires en une seule journée, du jamais vu depuis l'ouverture.

Le chiffre n'est même pas encore remonté au siège, vous l'avez en avant-première. Merci à mes 42 collaborateurs, vous êtes incroyables.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Black Friday approche ! Du 24 au 30 novembre : -30 % sur tout le petit électroménager et -20 % sur les téléviseurs, prix affichés en magasin et sur notre site. Venez nous voir à Lille, l'équipe vous attend (et le café est offert). #blackfriday`,
  ],
  [
    'x',
    'en',
    'internal_url',
    `store managers: if the planogram tool is down for you too, the backup link is http://10.42.8.15:8080/planogram — works from any back-office PC`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Trouvé une carte bancaire au rayon jardin ce matin, 4761 7391 0028 4573, au nom de J. PERRIN. Si c'est la vôtre ou celle d'un proche, passez à l'accueil du magasin de Villeneuve-d'Ascq avec une pièce d'identité. Partagez svp 🙏`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Dix ans ! Notre magasin de Roubaix fête ses 10 ans ce week-end : animations pour les enfants, dégustation de produits régionaux et la fanfare du quartier samedi à 11h. Je suis arrivée ici comme vendeuse en 2016, je suis aujourd'hui directrice adjointe. Merci à cette équipe 💛`,
  ],

  // ---- logistics hub ----
  [
    'linkedin',
    'en',
    'phone',
    `Drivers, a practical one: if you're stuck at the Gennevilliers hub gate after 10pm, call the night dispatcher directly on +33 1 84 60 27 93 instead of the day line, which goes to voicemail. Please share with your subcontractors 🚛`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Question du jour d'un client au service relation : « mon numéro de suivi 1Z 999 AA1 01 2345 6784 ne marche pas sur votre site ». Réponse : c'est le format d'un numéro UPS, pas le nôtre 😅 Toujours vérifier le transporteur avant d'ouvrir une réclamation.`,
  ],
  [
    'x',
    'fr',
    'secret',
    `les intérimaires de nuit à Saint-Ouen : le digicode du quai 3 a changé, c'est 4B720 maintenant. l'ancien ne marche plus depuis ce matin`,
  ],
  [
    'linkedin',
    'en',
    'internal_url secret',
    `Friday night on-call story. The WMS went down at 23:40 and the first log line told us everything:

ERROR [pool-3] ConnectionRefused: could not connect to postgres://wms_app:Wh5!rT8qLp@db-wms-02.acme-corp.net:5432/wms (timeout 30s)

The replica had been patched and nobody updated the failover. Fixed by 01:10. Lessons learned: document your failovers. #oncall #logistics`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `On recrute ! 🚚 Caristes CACES 1, 3 et 5 pour notre plateforme de Moissy-Cramayel.
– CDI, 35h, horaires en 2x8
– Prime de nuit et 13e mois
– Formation interne au pilotage des nouveaux chariots

Postulez directement via l'onglet Carrières de notre site, réponse sous 72h. #recrutement #logistique`,
  ],
  [
    'x',
    'en',
    '',
    `AF1234 delayed again, gate moved from F32 to L45. third time this month on the Lyon route. at least the hub visit tomorrow is at 2pm`,
  ],

  // ---- public sector (town hall) ----
  [
    'linkedin',
    'fr',
    'national_id',
    `Petite victoire du jour : j'ai aidé une usagère de 82 ans à créer son compte FranceConnect. Astuce pour les collègues d'accueil : quand le formulaire bloque sur le numéro de sécu, tapez-le sans espace (le sien : 288013306311778) et ça passe. Elle est repartie avec le sourire. #servicepublic`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rappel en cette période de déclaration : votre numéro fiscal figure en haut de votre avis d'imposition. Aucun agent ne vous le demandera par téléphone ni par SMS. Si on vous le réclame, c'est une arnaque. Partagez autour de vous. #arnaque #impots`,
  ],
  [
    'linkedin',
    'en',
    '',
    `You're invited: Open Data Day at the town hall on Saturday 7 March, 10am–5pm. Hackathon on bike-lane data, a workshop for schools and a talk on accessibility. Free, registration on the city's open data portal. Bring your laptop and your ideas! #opendata #civictech`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Je partage le compte rendu du comité de pilotage d'hier, parce que je trouve que la démarche mérite d'être connue :

[DIFFUSION RESTREINTE – NE PAS DIFFUSER]
Décisions :
1) Fermeture de l'accueil de l'annexe Nord le mercredi après-midi à partir de février
2) Redéploiement de deux agents vers le guichet numérique
3) Audit de la billetterie de la piscine au T2

Une vraie concertation avec les équipes, ça change. #servicepublic`,
  ],
  [
    'x',
    'fr',
    'phone',
    `astuce pour les collègues : le numéro direct du service état civil de la mairie annexe c'est le 03 20 49 51 72, bien plus rapide que le standard qui vous fait attendre 20 min`,
  ],

  // ---- consulting ----
  [
    'linkedin',
    'en',
    'client_name financial',
    `Wrapped up a nine-month procurement transformation at Globex this week. Together we identified recurring savings of between €3m and €4m a year, figures their CFO hasn't even taken to the board yet, so let's just call them "significant" 😉

Huge thanks to the category managers who challenged every assumption. #consulting #procurement`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Rewatched the Simpsons episode "You Only Move Twice" with my kids last night. Hank Scorpio running the Globex Corporation is still the best boss in TV history: hammocks, free lunches and a genuine interest in his people's careers. Management lessons are everywhere. #leadership`,
  ],
  [
    'x',
    'fr',
    'client_name',
    `atelier de cadrage chez Initech demain 8h à la Défense, quelqu'un a une bonne boulangerie à recommander pour ramener les viennoiseries ?`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Office Space came out 27 years ago and every consultant I know still quotes Initech and its TPS reports at least once a week. Did you get the memo about the new cover sheets? #fridayfun`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `Five years ago a stranger on LinkedIn spent an hour on the phone with me and changed my career. Paying it forward: if you're a junior PM thinking about consulting, my inbox is open, tunde.okafor.pm@gmail.com. No sales pitch, just coffee and honest answers. #mentoring`,
  ],
  [
    'linkedin',
    'fr',
    'codename client_name',
    `Lancement officiel du programme Atlas Bleu chez Initech ce lundi 🚀 40 personnes mobilisées côté client, 12 chez nous, et une ambition : refondre toute la chaîne de facturation en 18 mois. Quelle énergie dans la salle !`,
  ],

  // ---- startup ----
  [
    'x',
    'en',
    'secret',
    `lol just noticed our staging .env was public on the demo repo for 3 hours
STRIPE_SECRET_KEY=sk_live_51Nq8ZtK2aLr9XvB0mYp3Wd7cFh6JsQe4UgT1oPnX
rotated it already but wow. check your .gitignore, kids`,
  ],
  [
    'linkedin',
    'en',
    'codename financial',
    `Can't share the details yet, but Project Kestrel closes next month and it should roughly double our ARR, to about $4.8M. The investor deck is still under wraps. Two years ago we were three people in a kitchen. 🙏 #startup #saas`,
  ],
  [
    'x',
    'en',
    '',
    `reminder that placeholders in docs should look like placeholders: sk_test_XXXXXXXXXXXXXXXX or <YOUR_API_KEY>, not something that looks real enough to trip every scanner`,
  ],
  [
    'linkedin',
    'en',
    '',
    `We're hiring a founding product designer! 🎨 Remote-friendly, Paris or Lyon, meaningful equity. You'll own the design system and talk to customers every week. Comment or DM me, I answer everyone.`,
  ],
  [
    'linkedin',
    'mixed',
    'secret',
    `Petit debug du vendredi, someone understands why this returns 403 ?

curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTc2NDY4NDgwMH0.Qm9uX2Vzc2FpX2RlX3NpZ25hdHVyZV9hY21lX3Yy" https://api.getkiwi.io/v2/invoices

J'ai tout essayé. Merci d'avance 🙏 #dev #api`,
  ],

  // ---- hospital IT team deployed at a client ----
  [
    'linkedin',
    'fr',
    'client_name internal_url',
    `Trois semaines de déploiement à l'Hôpital Sainte-Claire terminées ✅ Le nouveau portail des admissions tourne sur https://admissions.sainte-claire.local et les infirmières de nuit l'ont adopté dès le premier soir. Merci à la DSI de l'hôpital pour la confiance ! #santé #sih`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Il y a trois ans, ma fille naissait à l'Hôpital Sainte-Claire, six semaines trop tôt. Aujourd'hui elle a soufflé ses bougies et je repense à l'équipe de néonatalogie, à leur patience et à leur douceur. Merci, du fond du cœur. 💕`,
  ],
  [
    'x',
    'en',
    'secret',
    `vendor team on site this week: wifi is SC-Vendors, password Clair3!Wifi2026 — the helpdesk keeps getting calls about it, please stop calling them`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `A few people in hospital IT asked how we handle EPR downtime, so here's the top of our runbook:

Acme Health IT – Downtime Runbook v3 – CONFIDENTIAL: internal distribution only
1. Switch the EPR to read-only and announce on the bleep system
2. Print the current medication charts for every ward
3. Open the paper admissions register

Happy to compare notes with anyone! #healthit`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Pour les collègues soignants qui me posent la question : en cas de panne du dossier patient la nuit, l'astreinte informatique c'est le 06 12 84 37 59. Pas le standard, qui transfère mal après 22h. Enregistrez-le dans vos téléphones pro 📱`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our open-source FHIR validator is out! To try it: clone the repo, run docker compose up, then open http://localhost:8080 and drop in a bundle. Issues and PRs welcome, docs are in the README. #fhir #opensource #healthit`,
  ],

  // ---- law firm ----
  [
    'linkedin',
    'fr',
    'confidential_marker client_name',
    `Belle fin d'année pour le pôle contentieux. Pour illustrer notre méthode, un extrait de la note que j'ai rédigée la semaine dernière (document sous NDA, je retire les montants) :

« Globex c/ fournisseur – stratégie : privilégier une transaction avant l'audience de mars, le risque de requalification étant élevé. »

Le travail d'équipe paie. #avocats #contentieux`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Junior lawyers: an NDA doesn't make information secret by magic, and "confidential" stamped on every page dilutes the word. Read what you actually signed, know what's covered, and ask when in doubt. That's my one piece of advice for this Friday. #legal`,
  ],
  [
    'x',
    'fr',
    '',
    `au cabinet on a un code couleur pour les chemises : rouge = confidentiel. le stagiaire a cru que c'était le classement des dossiers par urgence de pause café`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Clients keep asking where to send retainers, so for the record, our client account is Acme Legal LLP, GB09 BARC 2032 5373 0944 15. Always call your lawyer to confirm before paying: fraudsters love "updated bank details" emails.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Revu « L.A. Confidential » hier soir. Trente ans après, le scénario reste une leçon d'écriture : chaque personnage a un secret et aucun n'est gratuit. Un film à montrer en formation à la négociation, honnêtement. #cinéma`,
  ],

  // ---- utility / network operations ----
  [
    'linkedin',
    'fr',
    'phone',
    `Coupure de courant dans le 13e arrondissement ce matin ⚡ Nos équipes sont sur place. Pour signaler un incident ou suivre le rétablissement, notre numéro dépannage 24h/24 : 09 72 67 50 13. Merci de votre patience.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `1.2 million smart meters installed in 2025, according to the annual report we published last month. Behind that number: 600 technicians, a lot of early mornings and a few dogs who did not appreciate the visit. 🐕 #energy`,
  ],
  [
    'x',
    'fr',
    'internal_url',
    `collègues de l'exploitation : le SCADA de secours c'est https://scada-bkp.corp.acme.com maintenant, pas l'ancien lien qui pointe dans le vide`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Le budget travaux 2027 du réseau Est a été arbitré hier soir : 48 millions d'euros, huit de plus que cette année. Ce n'est pas encore passé en conseil d'administration, mais je peux vous dire que l'équipe a bien dormi cette nuit 😴 #énergie`,
  ],

  // ---- HR, recruiters, mailboxes ----
  [
    'linkedin',
    'fr',
    'email',
    `🚀 On recrute 3 responsables d'exploitation (H/F) en CDI pour nos sites de Lyon, Lille et Marseille !

Votre profil : 5 ans d'expérience en pilotage d'équipes, goût du terrain, permis B.
Rémunération : 45-52 k€ selon profil + variable.

Envoyez votre CV à talents-ops@acme.com avec la référence OPS-2611. #recrutement #emploi`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Recruiting tip: many candidates ask me how to reach the hiring manager directly. At Acme all addresses follow the firstname.lastname@acme.com pattern, but honestly, applying through the careers page is faster: we review every application within a week.`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Vous êtes étudiant·e et cherchez une alternance en contrôle de gestion pour la rentrée ? Écrivez-moi directement : claire point vasseur at acme dot com. Je lis tout, promis (mais pas le week-end).`,
  ],
  [
    'x',
    'en',
    '',
    `tip for the docs: curl -X POST https://api.example.com/v1/users -d '{"email":"jane.doe@example.com"}' and nothing else. no real addresses in examples, ever`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Got a suspicious email at home claiming to be from your bank? In the UK, forward it to report@phishing.gov.uk, the NCSC's reporting service: they've taken down hundreds of thousands of scam sites. At work, use the "Report phishing" button instead. #cybersecurity`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `Best customer email of the year, from priya.raman@northwind-foods.co.uk after a 3am recovery:

"Your team saved our Christmas quarter. I don't know what you guys drink but I'm sending a crate."

This is why we do it. #customersuccess`,
  ],
  [
    'linkedin',
    'fr',
    'email phone',
    `Pour les partenaires qui n'ont pas reçu l'invitation (notre outil a fait des siennes), je la colle ici :

📅 Revue trimestrielle partenaires
Quand : jeudi 11 décembre, 10:00–11:30 (heure de Paris)
Organisateur : jerome.bastide@acme.com
Rejoindre par téléphone : +33 1 70 37 22 19

À jeudi !`,
  ],

  // ---- internal urls ----
  [
    'linkedin',
    'en',
    'internal_url',
    `Internal tools are finally all behind SSO 🎉 No more 14 passwords. Bookmark https://portal.corp.acme.com/apps and you're set. Kudos to the identity team who made this happen in a quarter.`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Pour les nouveaux arrivants qui me demandent où trouver les infos mutuelle et prévoyance : tout est sur https://intranet.acme.fr/rh/mutuelle, rubrique « Mes avantages ». Bienvenue à la promo de décembre 👋`,
  ],
  [
    'x',
    'en',
    '',
    `upgraded the oracle client to 10.2.0.4 to fix one bug and got three new ones. classic tuesday`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Weekend project: my Raspberry Pi running Home Assistant at 192.168.1.42 now switches off every light when the last phone leaves the house. My electricity bill thanks me, my teenagers less so. #smarthome #maker`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Proud of this one: the latency dashboard we built with the SRE team (https://grafana.ops.internal/d/checkout-latency) helped us cut p99 on checkout by 40% in six weeks. Observability is a team sport. #sre`,
  ],
  [
    'x',
    'fr',
    'internal_url',
    `qui a cassé le jenkins ?? http://192.168.40.12:8080/job/release-train/ est rouge depuis ce matin et la mise en prod c'est à 16h`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `New joiners on the payments team: before day one, make sure you can clone the main repo, git clone git@gitlab.corp.acme.com:payments/ledger.git. If it fails, it's your SSH key, not you. See you Monday! 👋`,
  ],
  [
    'linkedin',
    'fr',
    'internal_url',
    `Le ticket de la semaine, juste pour le titre : https://jira.acme-corp.net/browse/PAY-2231 « Le bouton Valider valide mais ne valide pas ». On a tous ri, puis on l'a corrigé. #dev`,
  ],
  [
    'x',
    'fr',
    'internal_url',
    `si l'imprimante du 3e vous dit « hors ligne », ajoutez-la à la main : 172.16.3.40, pilote PCL6. de rien`,
  ],
  [
    'linkedin',
    'en',
    'internal_url',
    `Quarter-end tip from finance ops: the export files are dropped on smb://fs-finance.corp/exports/Q4 every night at 2am, so no need to ask us for them by email anymore 😉`,
  ],

  // ---- confidentiality markers ----
  [
    'linkedin',
    'en',
    'confidential_marker',
    `So excited I can't wait any longer 🤩

EMBARGOED until 9 December, 07:00 CET
Acme to open a new R&D centre in Toulouse, focused on embedded software and aeronautics.

Coming home after ten years abroad, and now my company is coming too.`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Nouvelle organisation de la direction commerciale à partir du 1er janvier (version de travail, ne pas diffuser) :
– Grands comptes : Sophie Lambert
– PME et ETI : Julien Roux
– Partenaires : poste à pourvoir

Heureuse de continuer l'aventure avec Sophie !`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Team dinner at Le Confidentiel in the 2nd arrondissement last night: tiny room, six tables, the best duck I've had in years. Book ahead. #paris #teamdinner`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Lecture de vacances : « Kitchen Confidential » d'Anthony Bourdain. Rien à voir avec mon métier de contrôleur de gestion, et pourtant tout sur la pression, la fatigue et la fierté du travail d'équipe. Je le recommande à tous les managers.`,
  ],
  [
    'x',
    'en',
    'confidential_marker',
    `this deck says "for internal use only" on every slide but slide 4 is too good not to share: "we don't sell software, we sell Monday mornings that don't hurt" 🔥`,
  ],
  [
    'linkedin',
    'en',
    '',
    `New this month: our data classification training. Public, Internal, Confidential, Restricted: four labels, fifteen minutes, and you'll never again wonder whether a slide can go in a client deck. Completion before 31 January, please! #security`,
  ],
  [
    'linkedin',
    'mixed',
    'confidential_marker',
    `Sneak peek 👀

[Internal – do not share externally]
Nouvelle gamme printemps : trois coloris, sortie en mars, lin et coton bio.

Honestly the best collection we've done. Can't wait for you to see it in stores.`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker financial',
    `Fin d'une longue semaine budgétaire. Je partage la slide de synthèse parce que je suis fier du travail de l'équipe :

CONFIDENTIEL — Comité de direction — Budget 2027
Chiffre d'affaires cible : 212 M€ (+7 %)
EBITDA cible : 31 M€
Investissements : 14 M€

Merci à tous pour ces nuits blanches. #finance #budget`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Quoting the email that made my week, from our regional director:

"Strictly private & confidential — Team, I'm pleased to confirm that the Leeds depot will stay open and that all roles are secured until at least 2028."

Relief all round. 💙`,
  ],
  [
    'linkedin',
    'fr',
    'confidential_marker',
    `Je n'y tiens plus, voici le communiqué sur lequel on travaille depuis un mois (embargo jusqu'au 15 janvier 8h) :

« Acme lance sa fondation pour l'inclusion numérique, dotée pour cinq ans et présidée par notre ancienne DRH. »

Quelle fierté 🥹`,
  ],
  [
    'x',
    'fr',
    '',
    `top secret : la recette des crêpes de la cantine du vendredi. j'ai enquêté. c'est de la bière. voilà, le scandale est dévoilé`,
  ],
  [
    'linkedin',
    'en',
    'confidential_marker',
    `Sharing an early version of our sustainability scorecard for feedback from peers in the industry (Draft – not for distribution, numbers still being audited):

Scope 1+2 emissions: -18% vs 2022
Renewable electricity share: 64%
Fleet electrification: 22%

What metrics would you add?`,
  ],

  // ---- codenames ----
  [
    'x',
    'fr',
    'codename',
    `#Orion en prod ce soir 🚀 18 mois, 3 reports et une équipe en or. fiers de vous`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `Two years on atlas bleu and I still learn something every week. Today: how much a migration plan depends on the person who knows where the old scripts live. Thank you, Bernard, for your notebooks. #legacy #migration`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Retrouvé au grenier mon vieil atlas bleu de géographie du collège, édition 1994. L'URSS y est encore, la Tchécoslovaquie aussi. Mon fils de 12 ans n'en revient pas. #souvenirs`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Performance tip for ASP.NET Core folks: tune Kestrel's limits (MaxConcurrentConnections, request body size) before adding more pods. We halved our container count on one API by reading the docs properly. #dotnet #performance`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Cinq jours de randonnée dans le Haut Atlas avec mes collègues de l'équipe achats, du Toubkal aux villages berbères. Pas de réseau, pas de mails, que des sourires et des tajines. Revenue avec une autre idée de ce qu'est une équipe. #maroc #trek`,
  ],
  [
    'x',
    'en',
    '',
    `watched the Orion capsule splashdown replay with the kids tonight. my 7yo now wants to be "the person who packs the parachutes". solid career choice`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Notre chat Orion a été officiellement nommé « responsable du moral » de l'équipe en télétravail. Il assiste à toutes les visios, surtout celles où il n'est pas invité. 🐈 #teletravail`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `Retour d'expérience sur la migration ORION, un an après : 14 applications déplacées, zéro incident majeur, et une équipe qui a appris à se parler entre exploitation et dev. Je présente tout ça au meetup DevOps de Nantes jeudi, venez !`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `Kicked off #ProjectKestrel with the Montréal team this week. Three time zones, one whiteboard and a lot of poutine. Really excited about what we're building together. #teamwork #crossborder`,
  ],
  [
    'x',
    'en',
    '',
    `Nebula subscription is the best 30 bucks a year I spend. their documentaries on infrastructure are criminally underrated`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Afterwork de l'équipe à la brasserie du Vieux-Lille : leur IPA « Nébula » est sortie ce mois-ci, houblon local et une touche d'agrumes. Trois collègues convertis. 🍺 #afterwork`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `After six years, it's time to say goodbye to Acme. Special thanks to the Nébula crew: we shipped something I'm not allowed to describe yet, but you know what you did, and it was brilliant. See you around, legends. 👋`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `Rejoignez l'équipe Nebula ! On cherche deux data engineers pour industrialiser nos pipelines de la plateforme (Spark, dbt, Airflow). CDI à Lyon, télétravail 3 jours par semaine. Candidatures via la page Carrières. #data #recrutement`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `Great offsite with the design and engineering leads. Three days, one question: what does "done" mean for our clients? Came back with a shared definition and a lot of Post-its. #AtlasBleu #teamwork #offsite`,
  ],
  [
    'linkedin',
    'fr',
    'codename',
    `— Alors, tu bosses sur quoi en ce moment ?
— Orion, toujours.
— Encore ? Ça fait deux ans !
— Oui, et on livre la dernière brique en mars.

Conversation authentique avec ma mère ce dimanche. Elle pense qu'Orion est un collègue. #vieDeProjet`,
  ],
  [
    'linkedin',
    'en',
    'codename',
    `Calendar invite of the week, the one everybody wants to be in:

Project Kestrel – go/no-go
Tue 16 Dec, 15:00–16:00, Room Sequoia

Fingers crossed 🤞`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Séminaire annuel à l'Hôtel Orion de Biarritz : vue sur l'océan, ateliers le matin, surf l'après-midi. Mention spéciale à l'équipe RH qui a tout organisé en trois semaines. 🌊`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Proud aunt moment: my niece Orion, 9, won the regional chess championship this weekend. She studies openings the way I study spreadsheets. #proud #chess`,
  ],

  // ---- client names ----
  [
    'linkedin',
    'fr',
    'client_name',
    `Merci à l'équipe RH de Société Générique pour l'accueil dans leurs locaux ce matin. Atelier passionnant sur la refonte de leur SI paie, beaucoup d'idées sur l'expérience collaborateur. On revient dans deux semaines avec les maquettes !`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Exercice 4 du cours de compta que je donne aux alternants : « Une société générique SA émet 10 000 obligations de 100 € au taux de 3 %. Passez les écritures. » Tous les ans, quelqu'un me demande si c'est une vraie banque. Non 😄 #formation`,
  ],
  [
    'x',
    'en',
    'client_name',
    `#Globex go-live done ✅ 3am pizza with the client team, everyone still smiling. now sleep`,
  ],
  [
    'linkedin',
    'fr',
    'client_name',
    `Bilan de mon premier mois de cheffe de projet : beaucoup de réunions, un peu de stress, énormément d'apprentissages. Merci à mon manager, Jérôme, pour sa patience.

P.S. : spéciale dédicace à l'équipe du bloc opératoire de l'Hôpital Sainte-Claire, qui teste nos écrans de planification depuis lundi avec une bienveillance folle.`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Quiet week, big news: we won the Initech managed-services RFP against two global players. Small team, sharp proposal, and a lot of late-night pricing work. Onboarding starts in January! #win #managedservices`,
  ],
  [
    'linkedin',
    'en',
    'client_name',
    `Account review prep, the glamorous side of sales 😅

| Account | Stage | Owner |
| GLOBEX | Renewal | Amira |
| Northwind | Upsell | Tom |
| Contoso Retail | New | me |

Three accounts, three very different stories. #sales`,
  ],
  [
    'x',
    'fr',
    'client_name',
    `réunion de lancement chez Societe Generique ce matin, 25 personnes dans une salle prévue pour 12. on a fini debout mais motivés`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Une société de génériques qui rachète une biotech, c'est devenu banal. Mais comment intègre-t-on deux cultures aussi différentes ? Super table ronde hier à la BPI sur ce sujet, merci aux intervenants. #pharma #M&A`,
  ],

  // ---- financial ----
  [
    'x',
    'fr',
    'financial',
    `pipeline à 27 M€ pour le T1, jamais vu ça dans l'équipe. off the record évidemment, le comex ne l'a pas encore vu 🤐`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Big year ahead for engineering: our headcount plan for 2027 is +120 people across Lyon and Lisbon. It hasn't been announced internally yet, so my boss would kill me if he saw this, but I'm too excited. Start polishing those CVs 😉`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Comme l'a annoncé notre PDG dans Les Échos hier, nous avons franchi 1,4 milliard d'euros de chiffre d'affaires en 2025. Derrière ce chiffre, 9 000 collègues que je veux remercier. L'interview complète est en lien sur news.acme.com. #fierté`,
  ],
  [
    'linkedin',
    'en',
    '',
    `People ask what our pricing is. It's public: $49 per user per month on Pro, $89 on Business, listed on our pricing page, with a 20% discount for nonprofits. No hidden fees. #saas #transparency`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Small win, big smile: our monthly logo churn dropped from 3.1% to 1.9% this quarter. It isn't in the investor update yet, but I couldn't wait to thank the customer success team. #customersuccess`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Quatre ans après avoir rejoint la start-up à cinq, j'apprends qu'on sera valorisés à un peu plus de cent vingt millions d'euros à la prochaine levée. Les fondateurs n'ont encore rien annoncé, alors je me contenterai de dire : merci l'équipe. 🙏`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Premier bilan sur le nouveau contrat de maintenance ferroviaire : marge brute autour de 41 %, bien au-dessus de ce qu'on visait. Chiffres provisoires avant l'audit de janvier, mais l'équipe peut être fière. #industrie`,
  ],
  [
    'linkedin',
    'en',
    'financial',
    `Closing the year with a seven-figure deal: roughly €1.8m over three years with a major logistics player. Signature is next Tuesday, so fingers crossed nothing moves before then! Thank you to the bid team. #sales #win`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Interesting read: the European Commission's latest forecast puts eurozone GDP growth at 1.3% next year. For anyone in planning, that's the baseline to challenge in your budget assumptions this month. #economics`,
  ],
  [
    'linkedin',
    'fr',
    'financial',
    `Je ne devrais pas l'écrire ici, mais les chiffres du T4 seront entre 3 et 4 points au-dessus du consensus. Les analystes ne l'ont pas encore, donc je me contente de sourire en réunion. 😇`,
  ],

  // ---- secrets ----
  [
    'x',
    'en',
    'secret',
    `anyone else getting 401 from the npm registry today? my .npmrc has //registry.npmjs.org/:_authToken=npm_4fK9qLx2Vb7TzR1mWc8YpN3dHs6JgE0uA5oQ and it still fails`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `Spent two hours on this and it was a typo in the profile name 🤦 Sharing in case it helps someone:

[default]
aws_access_key_id = AKIA4XQZ7RM2JTKP9W3N
aws_secret_access_key = Tq8vR2mXk9PzL4wN7bY1cHs5Jd3Fg6Ue0aVo2iQe
region = eu-west-3

Always check ~/.aws/config AND credentials. #aws #devops`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Tip for the cloud security workshop: the AWS docs use AKIAIOSFODNN7EXAMPLE as their example access key ID. Scanners should flag the shape but you'll recognise it as documentation. Use it in your slides and labs, never a real one. #awssecurity`,
  ],
  [
    'x',
    'fr',
    'secret',
    `le CI refuse mon push depuis ce matin, j'ai pourtant mis le token dans les secrets : ghp_R7mK2xQ9vL4pN8wT1bZ6cY3hJ5dF0gS2aE7u. quelqu'un voit le souci ?`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Les derniers au bureau de Nantes ce soir (fête de fin d'année oblige 🎄) : code alarme 7391 puis la touche OFF, et on vérifie bien que la porte du parking est fermée. Merci !`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `Little automation I'm proud of: every merged PR now posts to our team channel. Just a curl to https://hooks.slack.com/services/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 from the pipeline. Ten minutes of work, huge visibility gain. #automation`,
  ],
  [
    'linkedin',
    'en',
    'secret',
    `Today I learned the hard way that ssh-copy-id won't save you from a key with wrong permissions. For context, this is what the deploy key looked like:

-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACB4kLqR9vPz2mX7wN3cT8hY1dJ6fU0eA5sQ2bK4gL9rHwAAAJgq1v3yKtb9
-----END OPENSSH PRIVATE KEY-----

chmod 600, always. #linux`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Vous partagez encore vos mots de passe par mail ? Chez nous, le gestionnaire de mots de passe est obligatoire depuis septembre, et dans les captures d'écran on ne voit plus que « Mot de passe : •••••••• ». Ce n'était pas compliqué. #cybersécurité`,
  ],
  [
    'x',
    'en',
    'secret',
    `why is my maps embed blank in prod?? api key is AIzaSyD4kP8xQ2mL7vN1rT9wB3cF6hJ0eY5uZ_s and the referrer is whitelisted. google please`,
  ],
  [
    'linkedin',
    'mixed',
    'secret',
    `Rappel à toute l'équipe marketing : le compte partagé Canva, c'est toujours marketing-fr, mot de passe Acme2026!Design. Please don't change it again without telling everyone, on a perdu une matinée la dernière fois 🙃`,
  ],
  [
    'linkedin',
    'fr',
    'secret',
    `Petit script Python du vendredi pour afficher la météo des chantiers sur l'écran de l'atelier. La clé de l'API, pour ceux qui veulent le reprendre : 9f3b7c1e4a8d2f60b5e9c7a1d3f8e2b4. Le code est sur mon GitHub perso ! #python`,
  ],
  [
    'x',
    'en',
    '',
    `docs say password: <your-password-here> and a new joiner asked me where on the intranet he could find "your-password-here". honestly, fair`,
  ],

  // ---- phones around the world ----
  [
    'linkedin',
    'en',
    'email phone',
    `Delighted to start as Head of Procurement UK & Ireland! Suppliers, here's how to reach me:

Daniel Whitford
Head of Procurement – Acme UK
d.whitford@acme.com
+44 20 3318 4472`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Invitation 🇧🇪 : petit-déjeuner clients au bureau de Bruxelles le mardi 9 décembre à 8h30, place Flagey. Places limitées, confirmez auprès de notre accueil au +32 2 512 47 83. Au programme : café, couques et retours d'expérience.`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Just landed in New York for our first US client week 🗽 If you're in Manhattan and want to talk supply chain over coffee, call or text me at (646) 873-2291. I'm here until Friday.`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Nouvelle adresse pour l'équipe de Montréal : on déménage au 1250 boulevard René-Lévesque ! Même équipe, même café, nouveau numéro : 514 288-4410. Passez nous voir 🍁`,
  ],
  [
    'x',
    'fr',
    'phone',
    `les collègues de Casa, le superviseur de nuit change cette semaine, pour les escalades c'est le +212 6 61 23 48 90 jusqu'à dimanche`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Fière de notre équipe commerciale de Dakar 🇸🇳 qui a signé trois nouveaux partenaires ce mois-ci. Vous êtes une PME sénégalaise et voulez en savoir plus ? Appelez Awa au +221 77 438 21 60, elle vous rappelle dans la journée.`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Berlin friends! We're hosting a small meetup on warehouse robotics at our Kreuzberg office on 15 January. No slides, just demos and beer. Ring the office at +49 30 2096 1843 to get on the list. 🤖`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Our Madrid office finally has its own line! For Spanish customers, support is now available in Spanish from 9 to 18 at +34 912 57 38 04. Gracias to the team for making this happen. 🇪🇸`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Vous êtes client et votre installation ne démarre pas après la mise à jour ? Pas de panique : notre hotline gratuite 0 800 47 22 63 est ouverte 7j/7 de 8h à 20h jusqu'à fin janvier. Partagez à vos proches concernés 🙏`,
  ],
  [
    'linkedin',
    'en',
    'phone',
    `Milan office opening party next Thursday 🇮🇹 Aperitivo from 6pm in via Tortona. Registrations through Giulia at +39 02 8734 1190 (she says she answers faster than email, which I can confirm).`,
  ],
  [
    'linkedin',
    'fr',
    'phone',
    `Pour joindre l'accueil de l'agence de Rennes en cas de retard au rendez-vous, c'est le zéro deux, quatre-vingt-dix-neuf, trente-huit, douze, quarante-six. Oui je l'écris en toutes lettres, ma grand-mère m'a demandé. 👵`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Mentions légales de notre nouvelle filiale, pour ceux qui remplissent leurs référentiels fournisseurs : Acme Services SAS, SIRET 841 527 396 00018, TVA intracommunautaire sur simple demande. Bienvenue à la nouvelle équipe ! #achats`,
  ],
  [
    'x',
    'fr',
    '',
    `commande n° 4 512 883 907 passée le 12/03/2026, livrée le 14/03. merci le service client, rien à redire pour une fois`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Ticket INC0048213 closed after 41 days. A printer driver, of course. If your service desk still measures success by tickets closed per hour, ask them about this one. #itsm`,
  ],

  // ---- emails, more ----
  [
    'x',
    'en',
    'email',
    `if the status page is wrong again, don't tweet at us, email ops-oncall@acme.com and a human will answer within 15 min`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Dernier jour chez Acme après 9 ans 🥲 Merci pour tout, les fous rires, les inventaires de nuit, les pots de départ des autres. Restons en contact, mon adresse perso : juliette.marchal85@orange.fr. À très vite !`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `You're invited! 🥂 Our Paris office turns 20 on 12 December and we'd love to celebrate with the clients and partners who built it with us. Cocktails from 7pm, rue de la Pépinière. RSVP to rsvp-paris@acme.com before 5 December.`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Collègues de l'usine de Cholet : les bulletins de décembre arriveront avec deux jours de retard à cause du changement de logiciel. Pour toute question, écrivez à support-paie@acme.com plutôt que d'appeler le standard, on traitera plus vite 🙏`,
  ],
  [
    'linkedin',
    'fr',
    'email',
    `Scène vécue ce matin en réunion :
— Et les bons de commande, on les envoie à qui maintenant ?
— À samir.benali@acme.com, c'est lui qui centralise depuis lundi.
— Et s'il est en congé ?
— Il n'est jamais en congé.

Samir, si tu lis ceci : prends des vacances. 😄`,
  ],
  [
    'linkedin',
    'en',
    'email',
    `Journalists covering the energy transition: our spokesperson for the grid modernisation programme is Kim Nguyen, reachable at k.nguyen[at]acme[dot]com. Happy to arrange site visits in January.`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Template for cold outreach that actually works: "Hi {first name}, I saw your talk on X, one question about Y. Reply to you@yourcompany.com if easier." Short, specific, human. Steal it. #sales`,
  ],

  // ---- ibans, more ----
  [
    'linkedin',
    'fr',
    'iban',
    `Alerte arnaque au changement de RIB 🚨 Un faux « fournisseur » nous a demandé cette semaine de virer ses factures sur ES79 2085 4713 5103 3051 7289 au lieu du compte habituel. Heureusement, le contre-appel a tout arrêté. Collègues de la compta fournisseurs : toujours rappeler sur un numéro connu !`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Le club de foot de mon fils cherche des sponsors pour renouveler les maillots des U11 ⚽ Si votre entreprise veut donner un coup de pouce, voici le RIB de l'association : FR27 2004 1010 0505 2738 4L02 140. Chaque don compte !`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `My first salary in Germany finally landed! HR had my IBAN wrong for two months (they had DE97 3704 0044 0817 2645 93, it's DE97 3704 0044 0817 2645 39, swapped digits). Lesson: check your onboarding forms twice. 🇩🇪`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Naissance de Léo chez notre collègue Amandine à Genève 👶 Pour participer au cadeau commun, virement sur le compte de Marc (CH65 0024 3243 0153 0817 0) avant vendredi. Merci pour elle !`,
  ],
  [
    'x',
    'fr',
    'iban',
    `Pour la sortie d'équipe à Essaouira, 650 dirhams par personne sur MA37 0077 8000 0123 4000 6384 2107 (compte de Youssef) avant le 10. merci les amis`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Formation « Excel pour les RH » du 20 janvier à Bruxelles : quelques places encore libres. Participation aux frais 25 € à verser sur BE69 3630 5841 7278 (communication : nom + Excel). On fournit les croissants 🥐`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Remboursements des frais du séminaire de Lisbonne, tableau récapitulatif pour les retardataires :

| Nom | Montant | IBAN |
| M. Caron | 182,40 € | FR76 1820 6000 4265 0321 7400 923 |
| L. Benoît | 96,00 € | en attente |

Merci de vérifier vos lignes avant vendredi.`,
  ],
  [
    'linkedin',
    'en',
    'iban',
    `Lovely message from a client this morning: "Please refund the duplicate payment to our account, FR76 3000 4018 2300 0123 4567 854, and thank your team for spotting it before we did." Honesty pays 😊 #finance #customerservice`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Je quitte Acme pour me lancer en freelance ! Premiers clients signés 🎉 Pour les anciens collègues qui me doivent encore le resto de mon pot de départ, c'est BE39 0689 3274 1519 😂 Merci pour ces années.`,
  ],
  [
    'x',
    'en',
    'iban',
    `luxembourg team: for the christmas raffle tickets, €5 each, send to LU720035618203947000 (mine) and I'll keep the list`,
  ],
  [
    'linkedin',
    'fr',
    'iban',
    `Inscriptions au tournoi de pétanque inter-services ouvertes 🎯 15 € par doublette, à virer sur le compte du CSE : fr7612506200618654312001261, en précisant le nom de l'équipe. Buvette sur place !`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Erreur classique en compta fournisseurs : on m'a transmis ce matin FR76 3000 4018 2300 0123 4567 845, la clé ne tombe pas juste, le contrôle mod 97 l'a rejeté tout de suite. Moralité : ne jamais ressaisir un IBAN à la main. #comptabilité`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Pro tip when sharing a payment confirmation: mask everything but the last digits, like FR76 **** **** **** **** ***7 107. Your colleagues can still match it, fraudsters can't use it. #fraudprevention`,
  ],

  // ---- cards, more ----
  [
    'linkedin',
    'fr',
    'card',
    `Le traiteur du séminaire de février demande un acompte par carte, je vous mets ce qu'il faut pour que l'un de vous le règle demain pendant mon congé : 4539 8720 1563 8418, expiration 03/28, cryptogramme au dos 412. Merci les collègues !`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Debugging payments on a Friday afternoon, here's the line that made us laugh:

2026-11-27 16:42:10 WARN PaymentDeclined card=5520173846209133 amount=129.00 reason=insufficient_funds

The card was our own test employee's, and the reason was accurate. 😂 #payments`,
  ],
  [
    'x',
    'fr',
    'card',
    `c'est quoi ce plafond à 5 000 € sur l'amex corporate 3791 638025 47165 ? impossible de payer le salon de Munich, quelqu'un des achats peut m'aider`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Went through the same thing last year. Call the card team, not the general line, and read them the full number (mine was 2223 8410 5672 9316), they'll unblock it in five minutes.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    'card',
    `Customer email of the day, quoted with love and zero judgement: "Hi, I can't log in so here's my card to renew the subscription: 4978 5012 6384 5205, exp 11/27. Thanks!" We called her right away and cancelled the card with her. Please, never do this. 🙈`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Récap des cartes affaires pour la mission à Singapour (à remettre à la compta au retour) :

| Collaborateur | Carte | Plafond |
| A. Dumas | 5127 0394 8162 0370 | 8 000 € |
| T. Hoarau | en cours | – |`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `I made the rookie mistake of using my personal Amex for the team offsite, 3452 871946 03822, and now the expense tool wants a photo of every receipt. Three days of my life. Do not be me. #expenses`,
  ],
  [
    'x',
    'en',
    'card',
    `expense tool rejected 4012889304172657 again as "unknown issuer". it's literally the company visa. help`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Fraude évitée de justesse : quelqu'un a tenté de payer 3 ordinateurs avec la carte 4927-1830-6452-1780 sur notre site. Le titulaire nous a confirmé que ce n'était pas lui. Bravo à l'équipe anti-fraude pour la réactivité ! #ecommerce`,
  ],
  [
    'linkedin',
    'en',
    'card',
    `Booking the venue for the customer summit: the hotel wants the guarantee card in the form, so I'm sending it here to the events group since email is down: 5454 0193 7286 0114, exp 05/29. Thanks Claire for handling it!`,
  ],
  [
    'x',
    'fr',
    'card',
    `la borne du parking refuse ma carte pro 4376 1209 5846 7320 depuis lundi, apparemment c'est tout le monde. la facilities team est au courant ?`,
  ],
  [
    'linkedin',
    'fr',
    'card',
    `Anecdote de stagiaire : pour mon premier achat fournisseur, j'ai dicté la carte de la boîte (5168 3294 0175 3686) au téléphone au mauvais fournisseur. Tout s'est bien terminé, mais j'ai appris ce jour-là ce qu'était un bon de commande. 😅`,
  ],
  [
    'linkedin',
    'en',
    '',
    `For everyone writing checkout tests: 4111 1111 1111 1111 and 5555 5555 5555 4444 are the classic test cards from the payment providers' docs. Use those, with any future expiry date, and never real cards in fixtures. #testing`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Petite démo du contrôle de Luhn en formation ce matin : 4539 8720 1563 8419 est rejeté par le formulaire avant même d'interroger la banque, le dernier chiffre ne correspond pas. Les stagiaires ont adoré. #paiement`,
  ],
  [
    'x',
    'en',
    '',
    `receipt says VISA **** **** **** 1780 and my brain still panics that i left my card at the restaurant`,
  ],

  // ---- national ids, more ----
  [
    'linkedin',
    'fr',
    'national_id',
    `Reconversion à 40 ans : premier bulletin de salaire dans mon nouveau métier 🥲 Et avec mon numéro de sécu enfin bien orthographié (1 85 05 75 108 123 80), après trois mois de numéro provisoire. Les petites victoires comptent.`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Moving to Brussels for work? Admin checklist from someone who just did it: commune registration, eID card, and keep your national register number handy, you'll need it everywhere. Mine's 85.07.30-033.28 and I've typed it about forty times this month.`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Yes, that's normal, HR in Madrid asks for the DNI for every contract. Mine is 48291735S and I gave it on the first call, no problem at all.`,
    { surface: 'comment' },
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `¡Por fin! After four months of appointments, my NIE X4315209H is official and I can sign my Madrid lease. Thank you to our mobility team for the paperwork marathon. 🇪🇸`,
  ],
  [
    'linkedin',
    'mixed',
    'national_id',
    `Primo giorno a Milano ✨ Onboarding super smooth, le RH avaient tout préparé sauf une chose : my codice fiscale, BNCGLI90A41F205H, was typed with an O instead of a zero. Fixed in ten minutes. Grazie team!`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `First week in our London office done 🇬🇧 The payroll team were brilliant, though I had to read my National Insurance number out three times (JT 48 21 93 B, why is it so hard to say over the phone?). Onwards!`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `New York onboarding rant: the W-4 form asked for my SSN, the benefits portal asked again, and the badge office asked a third time. Yes, it's 523-81-4096, can we please store it once? 😩 #newjob`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Amsterdam, here I am! Got my BSN (248163504) at the gemeente on day two, which apparently is a record. Now hunting for a bike. Recommendations welcome 🚲`,
  ],
  [
    'linkedin',
    'mixed',
    'national_id',
    `Erste Woche in Berlin! HR needed my Steuer-ID before the first payroll, et évidemment elle était dans un carton : 46 928 031 528. Found it, sent it, salary on time. 🇩🇪`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Warsaw team, welcome Kasia! She joined our shared services centre today, and already fixed a payroll bug on her own PESEL (88120314575 was being read as a 2088 birthdate 😂). Great start!`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Installée à Lisbonne depuis un mois pour le hub finance 🇵🇹 Conseil aux futurs expatriés : demandez votre NIF avant tout le reste. Le mien (236571486) m'a servi pour le bail, la banque, le téléphone et même la salle de sport.`,
  ],
  [
    'linkedin',
    'en',
    'national_id',
    `Toronto onboarding tip: you can start working while your SIN card is in the mail, just give HR the number from the Service Canada letter (mine, 413 572 686, came the same day). Welcome to the team, new joiners! 🍁`,
  ],
  [
    'linkedin',
    'fr',
    'national_id',
    `Accueil de la nouvelle promo de stagiaires lundi 🎓 Pour l'équipe paie, le fichier d'entrée :

| Nom | N° sécu | Service |
| Yasmine K. | 2 04 10 99 352 011 06 | Achats |
| Hugo L. | en attente | IT |

Merci de compléter les lignes manquantes avant vendredi.`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Dans nos tests unitaires de saisie, on utilise des numéros de sécu volontairement faux, avec une clé erronée comme 2 55 08 14 168 025 12, pour vérifier que le contrôle les rejette. Jamais de vrais NIR dans les jeux de test. #qualité`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Fun fact for the data-protection crowd: the most misused Social Security number in history is 078-05-1120, printed on a sample card inside a wallet sold by Woolworth in 1938. Thousands of people used it as their own. Specimens travel far! #privacy`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Formation saisie RH pour l'équipe italienne : on utilise le codice fiscale d'exemple des manuels, RSSMRA85T10A562S (le fameux Mario Rossi), pour la démo. Fictif, bien sûr. Grazie a tutti per la partecipazione!`,
  ],
  [
    'linkedin',
    'en',
    '',
    `UK payroll folks: when you document forms, use HMRC's specimen National Insurance number QQ 12 34 56 C. It's never issued to anyone, so it's safe in guides and screenshots. #payroll`,
  ],

  // ---- everyday clean posts ----
  [
    'linkedin',
    'fr',
    '',
    `Hier soir, remise des prix du challenge solidaire interne : 1 240 km parcourus à vélo par les équipes en un mois, transformés en dons pour les Restos du Cœur. Bravo aux 87 participants, et mention spéciale à l'équipe logistique qui a roulé sous la pluie 🚴`,
  ],
  [
    'linkedin',
    'en',
    '',
    `I got promoted to senior engineer today. Five years ago I was a bootcamp graduate who cried after every code review. To anyone in year one: it gets easier, and kind reviewers make all the difference. Thank you, Lena and Marc. 🙏`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Le télétravail à 100 %, j'ai essayé pendant deux ans. Aujourd'hui je reviens trois jours par semaine au bureau, et pas parce qu'on me l'impose : les discussions de couloir me manquaient. Et vous, quel équilibre avez-vous trouvé ?`,
  ],
  [
    'x',
    'en',
    '',
    `hot take: the best meeting is the one that becomes a 3-line message. the second best has an agenda`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Great panel at VivaTech on women in deep tech. One quote I wrote down: "Sponsorship is mentorship with skin in the game." Thinking about who I can sponsor this year. #womenintech #vivatech`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Notre équipe a planté 300 arbres ce samedi près de Fontainebleau avec une association locale 🌳 Des ampoules aux mains, de la boue jusqu'aux genoux et beaucoup de rires. On recommence au printemps !`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Apprenticeships work. Meet Lucas, 19, who joined our maintenance team in September and just completed his first solo intervention on a conveyor line. The future of industry is in good hands. #apprenticeship`,
  ],
  [
    'x',
    'fr',
    '',
    `semi-marathon de Lyon bouclé en 1h52 avec 14 collègues, dont 9 qui n'avaient jamais couru plus de 10 km. le sport d'entreprise, ça marche`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Back from our hackathon in Lisbon 🇵🇹 48 hours, 11 équipes, one winner: an app that helps warehouse pickers plan their route with AR. Bravo à tous, the energy was incredible. On recommence l'an prochain !`,
  ],
  [
    'linkedin',
    'en',
    '',
    `A customer once told me: "I don't need you to be perfect, I need you to call me before I find out." Twelve years in account management later, it's still the best advice I've ever received. #customerexperience`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Conseil lecture pour les managers débutants : « Radical Candor » de Kim Scott. Dire les choses avec bienveillance mais sans détour. Je l'ai offert à mes trois chefs d'équipe ce Noël. 📚`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Our contact centre in Casablanca just hit 94% first-contact resolution for the third month in a row, according to the satisfaction report we share publicly every quarter. Proud of these agents, every single one of them. 🇲🇦`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Journée portes ouvertes de notre site de production de Cholet samedi 6 décembre, de 10h à 17h : visite des ateliers, démonstrations et rencontre avec les équipes. Entrée libre, inscription conseillée sur notre site. Venez en famille !`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Reposting our CEO's message on the new parental leave policy: 16 weeks fully paid for every parent, in every country, from 1 January. Published this morning on news.acme.com. As a dad of two, I wish this had existed earlier. 💙`,
  ],
  // ---- more clean posts, some mixed ----
  [
    'linkedin',
    'mixed',
    '',
    `Daily stand-up dans la salle Orion au 4e ce matin, because the Wi-Fi in Andromède is still broken. Les noms de salles d'astronomie, c'est joli, mais on s'y perd. Who names these rooms? 😄`,
  ],
  [
    'x',
    'mixed',
    '',
    `notre rapport RSE 2025 est en ligne sur news.acme.com 🌱 first year with audited scope 3, très fier de l'équipe`,
  ],
  [
    'linkedin',
    'en',
    '',
    `Halloween at the office: I went as Milton from Initech, red Swingline stapler included. Nobody under 30 got the reference. I have never felt older. 🎃 #officelife`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Atelier « Premiers pas en React » pour nos alternants ce jeudi. Le plan : npx create-react-app demo, then npm start, et vous ouvrez http://localhost:3000 dans votre navigateur. Simple, mais quelle joie quand la page s'affiche ! #formation #react`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Rendez-vous le mardi 03/02/2026 à 14h30, salle B2 de la CCI de Nantes, pour notre matinée « Cybersécurité des PME ». Trois intervenants, 45 minutes de questions, et un café digne de ce nom. Inscription gratuite sur le site de la CCI.`,
  ],
  [
    'x',
    'en',
    '',
    `follow @AcmeCareers for our openings, that's where recruiters post first. no need to slide into my DMs with a CV, although I appreciate the hustle`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Nouvelle offre fibre à 29,99 € par mois sans engagement, disponible dès aujourd'hui dans toutes nos boutiques et sur notre site. Un an de travail pour simplifier une grille tarifaire qui comptait 14 options. Bravo à l'équipe marketing ! #télécoms`,
  ],
  [
    'x',
    'fr',
    '',
    `quelqu'un a écrit « NE PAS DIFFUSER » sur son tupperware de lasagnes dans le frigo partagé. message reçu, respect absolu`,
  ],
  [
    'linkedin',
    'en',
    '',
    `SEPA Instant transfers are now free at most European banks, and the verification-of-payee check is live. For treasury teams it changes the cut-off game completely. Anyone already adapting their payment runs? #treasury #payments`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Ciel d'hiver parfait hier soir au-dessus du Vercors : Orion, Sirius, les Pléiades. Took my first astrophoto with a phone on a tripod, pas parfaite mais je suis fière. #astrophotography`,
  ],
  [
    'linkedin',
    'en',
    '',
    `In my interview with Usine Nouvelle last week I said we plan to hire around 200 people across our French plants in 2026. It's published now, so I can finally shout it here: we're hiring, and not just engineers! #recruitment #industry`,
  ],
  [
    'x',
    'en',
    '',
    `status.acme.com says all green, my laptop says otherwise. restarting for the third time today`,
  ],
  [
    'linkedin',
    'fr',
    '',
    `Cinq ans aujourd'hui que j'ai rejoint le service client. Ce que j'ai appris : les clients en colère ont souvent raison sur le fond, même quand ils ont tort sur la forme. Merci à mes collègues pour leur patience et leur humour, même les lundis. ☕`,
  ],
  [
    'linkedin',
    'mixed',
    '',
    `Quick poll pour les équipes hybrides 📊 What's your best ritual to keep a distributed team connected?
– café virtuel le lundi
– demo day every other Friday
– séminaire annuel en présentiel
– something else, dites-moi en commentaire !`,
  ],
]);
