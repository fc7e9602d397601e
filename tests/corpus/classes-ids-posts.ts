import { rows } from './corpus-types';

/**
 * Own posts for the classes fixed after the fresh held-out sets of 2026-12-02 (issue 11), written afresh
 * in other words than those sets: identity numbers of more countries (Ireland, the Nordics, Australia, India,
 * Poland, Germany, Brazil, Portugal, South Africa, the NHS, the French tax number, Quebec's health card) named
 * with their checks, identity cards named; national phone numbers of Senegal, Australia, the Maghreb, and of
 * Luxembourg, India, Tunisia, Denmark and Norway when named; IBANs with a doubled space; the digits after an
 * IBAN's head and test cards said to be test cards, which are no card; template addresses ("prénom.nom@",
 * "@yourcompany.com"); door, padlock and wifi codes said in prose, in French, English and other languages, a
 * token keyword then its value without ":", Azure secrets and signatures, documented example keys said to be
 * examples; each with look-alikes that must stay clean.
 */
export const CLASSES_IDS_POSTS = rows('classes-ids', [
  // national_id: more countries' numbers, named and passing their checks
  ['linkedin', 'fr', 'national_id', 'Pour le dossier de relocalisation à Cork, voici le PPSN de Ciarán : 6420981L, merci de le transmettre à la paie.'],
  ['x', 'en', 'national_id', 'Our new Limerick hire sent her PPS 1593574IA by mail, can payroll confirm it has been entered?'],
  ['linkedin', 'fr', 'national_id', 'Bienvenue à Elin ! Son personnummer pour la mutuelle : 920314-0588 (le reste suit par courrier).'],
  ['x', 'en', 'national_id', 'Quick one for the Stockholm onboarding: Johan’s personal identity number is 011127-4437.'],
  ['linkedin', 'en', 'national_id', 'Super fund form for our Brisbane contractor, tax file number 876 543 202, due Friday.'],
  ['x', 'fr', 'national_id', 'Pour la paie de Bangalore, l’Aadhaar de Priya : 7382 0465 1920, vérifié par les RH.'],
  ['linkedin', 'en', 'national_id', 'Oslo payroll asked for Kari’s fødselsnummer again: 17059110012. Sending it here so it is not lost.'],
  ['x', 'en', 'national_id', 'Helsinki onboarding: Mikko’s henkilötunnus is 210387-2748, please add it to the insurance file.'],
  ['linkedin', 'fr', 'national_id', 'Le CPR de notre nouveau collègue de Copenhague : 050688-1427, pour le contrat.'],
  ['linkedin', 'en', 'national_id', 'Onboarding our Kraków hire: PESEL 88071512349, HR please confirm.'],
  ['x', 'en', 'national_id', 'For the Munich payroll, Jonas sent his Steuer-ID 47158293605 by email.'],
  ['linkedin', 'mixed', 'national_id', 'O CPF da Ana para o contrato: 529.982.247-25, obrigado!'],
  ['x', 'en', 'national_id', 'GP registration done, my NHS number is 485 777 3457, finally.'],
  ['linkedin', 'mixed', 'national_id', 'Contrato de Lisboa: NIF 234 567 899 do prestador.'],
  ['x', 'en', 'national_id', 'Our Cape Town hire’s SA ID 8807155123086 is needed for payroll.'],
  ['linkedin', 'fr', 'national_id', 'Pour la location, voici la CNI de Julien : 180792301458, merci de la garder pour vous.'],
  ['x', 'fr', 'national_id', 'Mon numéro de CIN marocaine est BK482913, pour le badge.'],
  ['linkedin', 'fr', 'national_id', 'Pour la déclaration de Léa, son numéro fiscal : 30 21 475 869 321, merci le service paie.'],
  ['x', 'fr', 'national_id', 'Carte soleil de Julie : GAGJ 9562 1511 pour le dossier de remboursement.'],
  // look-alikes: the same shapes as counts and references, the names without a number
  ['linkedin', 'en', '', 'We crossed 876 543 202 API calls this quarter, thank you Brisbane team!'],
  ['x', 'en', '', 'Your personnummer is your key to everything in Sweden. Never post it, even for a quick question.'],
  ['linkedin', 'en', '', 'Aadhaar now covers more than 1.3 billion residents, an impressive piece of public infrastructure.'],
  ['x', 'en', '', 'Ticket 6420981L closed: the Cork printer works again.'],
  ['linkedin', 'fr', '', 'Dossier 920314-0588 clos : le salon de Stockholm est réservé, merci à la logistique !'],
  ['x', 'en', '', 'The NHS number format is 3-3-4 digits, never post it online.'],
  ['linkedin', 'fr', '', 'Le numéro fiscal figure en haut de votre avis d’impôt, 13 chiffres : ne le publiez jamais.'],
  ['x', 'fr', '', 'Le NAM de la RAMQ change en 2027 : 4 lettres et 8 chiffres, comme avant.'],
  ['linkedin', 'fr', '', 'La carte d’identité française coûte 25 € en cas de perte.'],
  ['x', 'fr', '', 'CNI renouvelée jusqu’en 2036, enfin !'],
  ['linkedin', 'en', '', 'Our CIN team shipped 240 features in 2026.'],
  ['x', 'en', '', 'Steuer-ID letters arrive within 6 weeks of registering in Munich, 47158 people got theirs last year.'],
  // phone: national formats of the countries the language or the draft suggests
  ['linkedin', 'fr', 'phone', 'Notre antenne de Thiès est joignable : demandez Fatou au 33 951 27 64, elle organise la visite.'],
  ['x', 'fr', 'phone', 'Pour le forum de Dakar, le numéro de Cheikh : 78 402 19 55. Il vous attend à l’entrée.'],
  ['linkedin', 'en', 'phone', 'Perth office moved, reception is now (08) 6210 4477.'],
  ['x', 'en', 'phone', 'Canberra team: ring me on 0423 519 806 if the shuttle is late.'],
  ['linkedin', 'fr', 'phone', 'Pour joindre Léa au Luxembourg cette semaine : 691 274 508.'],
  ['x', 'en', 'phone', 'Pune campus desk, ask for Ravi: 91234 56789.'],
  ['linkedin', 'fr', 'phone', 'Le hackathon de Sfax cherche des mentors : écrivez ou appelez Amel au 24 518 903.'],
  ['x', 'en', 'phone', 'Anyone from the Aarhus team free for a coffee? My number is 28 71 45 06.'],
  ['linkedin', 'fr', 'phone', 'Pour le forum emploi de Rabat, Salma répond au 0662 48 17 35 toute la semaine.'],
  ['x', 'fr', 'phone', 'Inscriptions au séminaire d’Oran : 0771-482915, demandez Karim.'],
  // look-alikes: counts grouped like those numbers
  ['linkedin', 'fr', '', 'Dakar en chiffres : 77 écoles, 634 enseignants formés, 18 régions couvertes.'],
  ['x', 'fr', '', 'Notre vidéo sur Luxembourg a été vue 621 184 337 fois ? Non : 621 184 fois, déjà pas mal !'],
  ['linkedin', 'en', '', 'Sydney store sales: 9274 units in week 33, 3310 in week 34.'],
  ['x', 'fr', '', 'Le salon a accueilli 621 184 337 visiteurs en ligne, record battu.'],
  ['linkedin', 'fr', '', 'Sfax en chiffres : 24 startups, 518 emplois créés, 903 jeunes formés.'],
  ['x', 'en', '', 'Aarhus office facts: 28 desks, 71 people, 45 plants and 6 very good coffee machines.'],
  // iban: a doubled space between groups
  ['linkedin', 'fr', 'iban', 'Pour le remboursement des frais du séminaire, virement sur FR58 3002  7176 4100 0204 8193 587, merci !'],
  ['x', 'en', 'iban', 'Our Antwerp partner changed banks: new account BE78  7310  0412  8836 from January.'],
  ['linkedin', 'en', 'iban', 'Payment to our Milan supplier: IT60 X054 2811 1010  0000 0123 456.'],
  // card look-alikes: an invalid IBAN's digits, public test cards said to be test cards
  ['x', 'en', '', 'Workshop exercise: NL82 INGB 0007 3159 62 has a wrong check digit, spot it before the validator does.'],
  ['linkedin', 'fr', '', 'Exercice de la formation : DE41 5001 0517 5407 3249 31 est-il un IBAN valide ? Réponse demain.'],
  ['x', 'en', '', 'Stripe test mode: use 4000 0566 5566 5556 with any future date to simulate a debit card.'],
  ['linkedin', 'fr', '', 'Pour tester le paiement en recette, la carte de test Visa 4111 1111 1111 1111 suffit (voir la documentation Adyen).'],
  ['x', 'en', '', 'Our QA checklist: 5200 8282 8282 8210 (Mastercard debit, sandbox) must be accepted.'],
  ['linkedin', 'en', '', 'Checkout QA tip: the 3-D Secure test card 4000 0000 0000 3063 always triggers the challenge screen.'],
  // a public test number given as a real card is still reported
  ['linkedin', 'en', 'card', 'The corporate card for the offsite is 4000 0566 5566 5556, please keep it in the team.'],
  // email: templates are not mailboxes, a real address next to the word "template" still is one
  ['linkedin', 'fr', '', 'Format des adresses chez nous : initiale.nom@votresociete.fr, les alias sont possibles sur demande.'],
  ['x', 'en', '', 'New joiners get an address like first.last@acme.com on day one, the alias form takes a week.'],
  ['linkedin', 'fr', '', 'Dans le formulaire, remplacez user@your-company.com par votre propre adresse avant d’envoyer.'],
  ['linkedin', 'fr', '', 'Les comptes de service suivent le format p.nom@acme.fr, le guide est sur l’intranet.'],
  ['x', 'fr', 'email', 'Écrivez-moi directement : lea.martin@acme.fr (format prénom.nom, comme tout le monde ici).'],
  ['linkedin', 'en', 'email', 'Questions about the signature template? Mail me at sam.okafor@acme.com.'],
  ['x', 'en', 'email', 'New in the Leeds team? Say hi to john@acme.com, he runs the onboarding.'],
  // secret: codes that open something and network passwords, said in prose; a token keyword then its value
  ['linkedin', 'fr', 'secret', 'Pour la réunion de jeudi au dépôt de Nantes : code du portail 5820#, le parking est à droite.'],
  ['x', 'en', 'secret', 'Bike room combination for the Leeds office is 3917, please lock your bike properly.'],
  ['linkedin', 'fr', 'secret', 'Au bureau de Rabat, le réseau invité c’est ACME-GUEST et la clé c’est Medina_2027 !'],
  ['x', 'mixed', 'secret', 'Stockholm offsite: wifi heter "Acme-Gast", lösenordet är Fika2027! Vi ses.'],
  ['linkedin', 'mixed', 'secret', 'Berlin team: das WLAN-Passwort ist Spree-4491, bitte nicht weitergeben.'],
  ['x', 'en', 'secret', 'For the Azure app registration, client secret Vx7~Lq2.Pz9_Rt4Mn8~Kw3Hb6Yc1Dj5Fs0Ga is in the wiki too.'],
  ['x', 'fr', 'secret', 'Le code du wifi de la salle Gorée c’est Baobab!2027, bonne réunion.'],
  ['linkedin', 'en', 'secret', 'New app registration for the Lyon team: xYz8Q~aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1yZ3a is the value, rotate monthly.'],
  ['x', 'en', 'secret', 'Blob share link for the Q3 export: https://acmestore.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&ss=b&sp=r&se=2027-01-01&sig=Zq8%2BLm2Xp9Rt4Vn8Bw3Hc6Yd1Hf5Js0GaKq7Lm2Xp9R%3D'],
  // look-alikes: the same words without a code, dates and counts after them, documented example keys said to be examples
  ['linkedin', 'fr', '', 'Le digicode de l’entrée change le 1er janvier, il vous sera envoyé par SMS.'],
  ['x', 'en', '', 'The gate code for 2027 will be mailed to badge holders in December.'],
  ['linkedin', 'fr', '', 'Le wifi du salon est saturé : 1500 connexions, le code couleur des badges aide à s’y retrouver.'],
  ['x', 'en', '', 'From the AWS docs, the example secret key is wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, never a real one in slides.'],
  ['linkedin', 'fr', '', 'Exemple de la documentation AWS : AKIAIOSFODNN7EXAMPLE, à remplacer par votre propre clé.'],
  ['x', 'en', '', 'Wifi tip: the network name is on your badge, and the code is at reception.'],
  ['linkedin', 'fr', '', 'Le code du cadenas ? Demandez-le à Paul, il change chaque semaine.'],
  ['x', 'fr', '', 'Le code couleur du wifi dans le plan de salle : vert = 5G, orange = saturé.'],
  // internal_url: private addresses written bare, a login on one, a private subnet in CIDR form (issue 11, f3a)
  ['linkedin', 'fr', 'internal_url', 'Pour les stagiaires : la base de recette se copie avec scp dump.sql root@192.168.40.12:/srv/backup, demandez-moi le reste.'],
  ['x', 'en', 'internal_url', 'Monitoring finally split off: the new Prometheus lives on 10.8.3.77:9090, old one gets retired Friday.'],
  ['linkedin', 'en', 'internal_url', 'Proud of the network team: the whole Lyon plant moved to 10.60.0.0/16 over one weekend without a single line down.'],
  ['x', 'fr', 'internal_url', 'Le VPN attribue maintenant des adresses en 100.72.14.0/22 aux postes nomades, fini les conflits avec les box.'],
  ['linkedin', 'en', 'internal_url', 'Quick hack for the demo: ssh -L 5432:localhost:5432 ops@172.20.4.9 and you can query the staging DB from your laptop.'],
  // look-alikes: the private blocks as a course gives them, versions, public addresses, scores and dates
  ['x', 'fr', '', 'Cours réseau de ce soir : les plages privées sont 10.0.0.0/8, 172.16.0.0/12 et 192.168.0.0/16, révisez le masque.'],
  ['linkedin', 'en', '', 'Firmware version 10.4.2.1 is out for our routers, release notes on the public site.'],
  ['x', 'en', '', 'Public DNS tip: 1.1.1.1 and 8.8.8.8 are both fine, 9.9.9.9 blocks malware domains.'],
  ['linkedin', 'fr', '', 'Résultat du tournoi interne : 10.5 de moyenne, finale le 10.12.2026, venez nombreux !'],
  ['x', 'en', '', 'Shoutout to @10x_engineer for the talk: 172 slides, 16 demos and 31 questions answered.'],
  // secret: passwords given to command-line tools as options, no "password" word in sight
  ['linkedin', 'fr', 'secret', 'Debug du jour : mysql -h db01 -u app -pVerdun1916x shop_prod et tout est reparti, merci Karim !'],
  ['x', 'en', 'secret', 'sshpass -p \'Quokka#2026\' ssh ops@bastion is how I batch the reboots, way faster than typing.'],
  ['linkedin', 'en', 'secret', 'Health check script that saved our night: curl -u monitor:Kx9-mLq2Tz https://status.example.org/api/ping'],
  ['x', 'en', 'secret', 'Nightly export is just PGPASSWORD=Hv8kLp2q4 pg_dump -h pg01 -U report sales > sales.sql, nothing fancy.'],
  ['linkedin', 'fr', 'secret', 'Pour vider le cache : redis-cli -h cache01 -a Mistral-77-prod FLUSHDB, à ne faire qu’en dernier recours.'],
  ['x', 'en', 'secret', 'Deploying with ./release.sh --passwd Blue7Falcon --env eu-west, see you on the other side.'],
  // look-alikes: the same commands with placeholders, variables or a prompt
  ['linkedin', 'en', '', 'Never write mysql -u root -p$DB_PASS in a script: read it from an option file instead.'],
  ['x', 'fr', '', 'Astuce : mysql -u root -p puis tapez votre mot de passe à l’invite, jamais dans la commande.'],
  ['linkedin', 'en', '', 'Docs say redis-cli -a <password> PING, but prefer the REDISCLI_AUTH variable from a vault.'],
  ['x', 'en', '', 'Basic auth in one line: curl -u user:pass https://api.example.com, replace both with yours.'],
  ['linkedin', 'en', '', 'Use --password-file instead of --password on the command line, your shell history will thank you.'],
  // financial: a headcount's change said next to a headcount word, not public yet; a deal's value while it is still conditional
  ['linkedin', 'fr', 'financial', 'Pas encore officiel : l’effectif de Nantes va passer de 80 à 135 d’ici l’été, gardez-le pour vous.'],
  ['x', 'en', 'financial', 'Not announced yet, but the Porto hub headcount goes from 45 to 110 next year. Start polishing those CVs 😉'],
  ['linkedin', 'en', 'financial client_name', 'Off to Lisbon for the Globex QBR. If the deal closes we are talking €2.8M over three years, would be our biggest win of 2026.'],
  ['x', 'fr', 'financial client_name', 'Si le renouvellement avec Globex se signe, on parle de 1,9 M€ d’extension. Croisez les doigts pour nous !'],
  ['linkedin', 'en', 'financial client_name', 'Lunch with the Initech procurement team went well: if we sign before Christmas it would be worth $850k a year.'],
  // look-alikes: a published headcount, years, conditional deals without an amount, a price
  ['x', 'en', '', 'Our headcount grew from 120 to 180 in 2024, as published in the annual report. Proud of this team.'],
  ['linkedin', 'fr', '', 'De 2019 à 2024, nos effectifs ont beaucoup évolué : merci à toutes celles et ceux qui ont construit la maison.'],
  ['x', 'en', '', 'If the renewal lands, I owe the whole account team a pizza night. Fingers crossed 🤞'],
  ['linkedin', 'en', '', 'Looking at a $30 ticket for the meetup next month, cheapest conference of the year.'],
  // confidential_marker: a classification word talked about or stuck on the fridge, not applied to the post
  ['x', 'en', '', '"Internal" is the laziest label in corporate life. Either it matters or it does not. Change my mind.'],
  ['linkedin', 'fr', '', '« Confidentiel » n’est qu’un tampon : la confiance se construit en partageant, pas en classifiant.'],
  ['x', 'fr', '', 'Mes enfants ont écrit « Ne pas partager » sur la boîte de gâteaux. La politique de classification a pris racine à la maison 😂'],
  ['linkedin', 'en', '', 'My son stuck a "Do not share" note on his Lego box. Security awareness starts young at home 😄'],
  ['x', 'en', '', '"Strictly confidential" was stamped on my daughter’s diary, apparently it applies to parents too 🙈'],
  // the same words as labels still are labels
  ['linkedin', 'en', 'confidential_marker', '"Confidential" — draft plan for the Leeds site closure attached, comments by Friday.'],
  ['x', 'en', 'confidential_marker', 'Internal use only: the family office team moves to the 3rd floor on March 2, new seating plan inside.'],
  ['linkedin', 'fr', 'confidential_marker', 'Ne pas partager : le télétravail passe à deux jours par semaine en avril, annonce au CSE mardi.'],
  // internal_url look-alikes: connection-string templates on the reader's own machine; a real one on a private host still counts
  ['x', 'en', '', 'Tutorial step 2: export MONGO_URL=mongodb://admin:<password>@localhost:27017/test and run the seed script.'],
  ['linkedin', 'fr', '', 'Pour démarrer en local : redis://user:changeme@127.0.0.1:6379, remplacez le mot de passe par le vôtre.'],
  ['x', 'en', 'secret internal_url', 'Staging is back: postgres://app:Wq7-Lm3z@10.2.3.4:5432/shop if anyone needs to poke at it.'],
  ['linkedin', 'en', '', 'Weekend project: my home lab now has its own VLAN instead of sharing 192.168.1.0/24 with the kids’ tablets.'],
]);
