import { rows } from './corpus-types';

/**
 * Held-out set "fresh5": written 2026-12-02 (17:46-18:05 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh4), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh5`. First scored 2026-12-02 18:06 UTC on the rules of 22a4ace (before the
 * fixes from fresh4 landed): confidentiality macro F1 0.879, 27.9 % of clean posts flagged.
 *
 * Authors the earlier sets probably left thin: a warehouse team lead, a clinical nurse deployed at a client
 * hospital, in-house legal, a trainee accountant, a data scientist, a sales engineer in Dakar, call-centre agents
 * in Casablanca, a product manager in Montréal, the CFO, recruiters, an office manager, a field technician,
 * ex-employees, an intern's parent. Forms: e-mail signatures, pasted logs and error messages, config snippets,
 * calendar invites, meeting minutes, tables written with pipes, polls, job offers, reposts with a comment,
 * replies, long posts with the leak in a late paragraph, very short X posts. Positive IBANs, cards and national
 * ids carry valid checksums (IBAN mod-97 with French RIB keys, Luhn, NIR, Belgian register, DNI/NIE, codice
 * fiscale, AVS, SIN, BSN, PESEL, Portuguese NIF, Steuer-ID), computed and verified by script; look-alikes carry
 * wrong ones, are masked, or are documented test/example values. About 45 % clean, mostly hard look-alikes:
 * the public meanings of the codenames (the constellation, NASA's capsule, a beer, a cat, the .NET server, the
 * bird, the Atlas mountains, an old blue atlas) and of the clients' names (CME Globex, Office Space, a museum,
 * a textbook exercise), published figures, public prices, SIREN/SIRET/VAT, EAN, tracking, flight and ticket
 * numbers, versions shaped like private IPs, UUIDs, hashes, placeholders, localhost in documentation.
 */
export const FRESH5_POSTS = rows('fresh5', [
  // ---- warehouse (team lead, Saint-Priest) ----
  ['linkedin', 'fr', '', `Bilan de la peak season à l'entrepôt de Saint-Priest 📦
Record battu : 18 400 colis préparés le lundi du Cyber Monday, zéro accident, zéro retard transporteur.
Merci à mes 42 préparateurs, aux intérimaires qui ont tenu le rythme, et à Jo qui a réparé le convoyeur à 3h du matin avec un serre-flex.
On repart lundi, quai 4, 5h45. Les croissants sont pour moi.
#logistique #supplychain #fierté`],
  ['linkedin', 'fr', 'secret', `Bienvenue aux 6 intérimaires qui nous rejoignent lundi à Saint-Priest 👋
Quelques infos pratiques pour ne pas rester dehors à 5h45 :
• entrée par le portail B (côté rue de l'Industrie)
• code du portail : 7291#
• casier et EPI récupérés au vestiaire, taille à donner à Nadia
• wifi salle de pause : ACME-LOG-PAUSE, mdp Quai4!Palette
À lundi, et prenez des chaussures de sécu confortables, on marche 14 km par jour.`],
  ['x', 'fr', 'internal_url', `qqn sait pourquoi le WMS rame depuis 6h ? http://wms-stpriest.acme-corp.net:8080/picking met 40 sec à charger, 38 préparateurs les bras croisés 😤`],
  ['linkedin', 'fr', 'phone client_name', `Appel à l'aide 🚚 Une livraison de matériel pour l'Hôpital Sainte-Claire doit partir ce soir avant 21h et mon chauffeur est malade. Si un transporteur de la région lyonnaise a une semi dispo, appelez-moi directement : 06 48 27 15 93. Je paie le retour à vide.`],
  ['x', 'fr', '', `palette partie ce matin, suivi DHL 4720 1938 5561, arrivée prévue 2026-12-04. commande 2026-004512, si le client rappelle c'est réglé ✅`],
  ['x', 'fr', '', `le code EAN du nouveau carton (3 760123 456781) est enfin dans le WMS 🙌 plus besoin de scanner à la main, on gagne 20 min par vague`],
  ['x', 'fr', 'secret', `rappel pour ceux qui viennent samedi pour l'inventaire : le bip de l'entrepôt est chez Karim, sinon code alarme 1904 puis # et vous avez 30 s pour fermer la porte derrière vous`],
  ['linkedin', 'fr', 'card', `Pour les chefs d'équipe qui commandent des EPI en urgence sur le site du fournisseur : la carte achats du dépôt c'est la 5399 1457 8203 3162, plafond 1 500 €/mois. Gardez les factures, la compta les demande toutes.`],
  ['linkedin', 'fr', 'codename', `Nos préparateurs testent depuis lundi les nouvelles tablettes du projet Orion sur les quais 3 et 4. Premier retour de Fatou : « c'est plus rapide que le papier, mais il faut des gants tactiles ». Noté ! On fait le point avec l'équipe produit vendredi.`],

  // ---- clinical nurse working for Acme, deployed at client sites ----
  ['linkedin', 'fr', 'codename client_name', `Infirmière de formation, « clinical specialist » chez Acme depuis 2 ans, je viens de passer trois semaines en immersion dans le service de réanimation de l'Hôpital Sainte-Claire.
Objectif : comprendre comment les équipes de nuit transmettent vraiment les informations, avant le déploiement de Nébula au printemps.
Ce que j'ai appris : les transmissions se font à 80 % à l'oral, au chariot, en 4 minutes. Aucun logiciel ne remplacera ça, il faut juste qu'il ne gêne pas.
Merci aux équipes qui m'ont accueillie avec patience (et du café tiède).`],
  ['linkedin', 'fr', 'national_id', `Rappel amical à toutes les équipes que j'accompagne : on ne photographie PAS un écran de dossier patient pour l'envoyer sur WhatsApp, même « juste pour montrer le bug ».
La capture qu'on m'a transférée hier montrait en clair : « Mme L. Bernard – NIR 2 92 06 75 056 789 15 – chambre 214 ». Le bug, lui, était dans le coin en bas à droite.
Si vous avez un souci d'affichage, appelez le support, on vient voir sur place.`],
  ['linkedin', 'fr', '', `Week-end en Flandre avec les enfants. Coup de cœur pour le musée installé dans l'ancien Hôpital Sainte-Claire d'Ypres : salle des malades du XVe siècle, apothicairerie d'origine, registres des sœurs hospitalières. Ma fille (future infirmière, dit-elle) a posé des questions pendant deux heures.`],
  ['linkedin', 'fr', '', `Lu d'une traite ce week-end : « Les Nuits de l'Hôpital Sainte-Claire », roman sur trois infirmières de nuit dans un hôpital de province imaginaire des années 70. Tout sonne juste, les odeurs, la fatigue, l'humour noir. Je l'offre à toutes mes anciennes collègues.`],
  ['x', 'fr', 'client_name', `démo chez Hôpital Sainte-Claire demain 8h, si quelqu'un a un adaptateur HDMI vers USB-C à me prêter je le rends jeudi promis 🙏`],
  ['linkedin', 'mixed', 'confidential_marker codename', `Kick-off de l'année avec l'équipe produit. Ma slide préférée (header « Internal – do not share », tant pis) : « Nébula : moins de clics, plus de soin ». Short, sweet, and exactly the point.`],

  // ---- in-house legal ----
  ['linkedin', 'en', 'confidential_marker client_name', `18 months, 7 drafts, one very long night: our master agreement with Globex is signed. ✍️
People ask me what in-house legal actually does. Here's a real clause I'm proud of, header included:
"STRICTLY CONFIDENTIAL — DRAFT v7 — Acme / Globex MSA
12.3 Neither party shall be liable for delays caused by the other party's failure to provide timely access to its premises…"
Plain words, no "heretofore". That's the job.`],
  ['linkedin', 'en', '', `Unpopular opinion from in-house legal: stop stamping "CONFIDENTIAL" on every email footer.
When everything is confidential, nothing is. Courts look at how you actually treated the information, not at the banner.
Three things that work better:
1. label the few documents that really matter,
2. limit who gets them,
3. keep a record of who did.
Your "internal only" footer on the canteen menu isn't protecting anything.`],
  ['linkedin', 'en', 'financial client_name', `Proud moment: just closed the Initech renewal I've been drafting since March. €2.4M over three years, the biggest deal our team has ever papered. The press release is scheduled for January, so no champagne emojis from me until then 🤐 (ok, one 🥂)`],
  ['linkedin', 'en', '', `First job advice nobody gave me: read the NDA before you sign it. Not the whole thing, just three parts — what counts as confidential, how long it lasts, and what happens after you leave. Took me 10 minutes at my second job and saved me a lot of worry at my third.`],
  ['linkedin', 'fr', 'confidential_marker', `J'ai signé un NDA, donc je ne dirai pas pour qui, mais voilà le brief reçu ce matin, qui résume bien notre métier : « Sous NDA – Refonte du parcours patient pour 4 établissements, lancement visé T2, budget à confirmer ». On a 3 semaines pour répondre. On adore.`],
  ['linkedin', 'fr', 'email', `Vous êtes prestataire et vous attendez toujours notre retour sur votre projet de contrat ? Désolée, fin d'année chargée 🙈 Pour accélérer, envoyez la dernière version directement à l'équipe : juridique-contrats@acme.fr, en indiquant le nom de votre interlocuteur achats.`],
  ['linkedin', 'fr', '', `Formation sécurité ce matin. Le formateur nous a demandé : « Qui sait ce que veut dire C2 sur un document ? » Silence gêné. Pour info : C1 public, C2 interne, C3 confidentiel, C4 secret. Ça paraît bête, mais ça se retient mieux avec des couleurs.`],

  // ---- trainee accountant / finance ----
  ['linkedin', 'fr', 'financial', `Premier closing en tant qu'alternante en contrôle de gestion ✅
Ce que j'ai appris en 10 jours :
- un tableau croisé dynamique peut sauver une soirée
- « provision » ne veut pas dire ce que je croyais
- le café du 4e est meilleur que celui du 2e
Et petite fierté : voir le CA consolidé passer la barre des 48,7 M€ (+11 % sur un an) avant tout le monde. Personne ne le saura avant la publication de mars, mais moi je l'ai vu s'afficher 😄`],
  ['linkedin', 'fr', 'iban', `Astuce Excel pour les collègues de la compta fournisseurs 💡
Pour vérifier un IBAN avant de lancer un virement, j'utilise une formule MOD 97 sur la chaîne réarrangée. Testée ce matin sur notre fournisseur de palettes : FR76 3000 4028 1700 0458 1209 308 → VRAI, on peut payer.
Ça évite les rejets bancaires à 35 € pièce.`],
  ['linkedin', 'fr', '', `Pourquoi ma formule de contrôle IBAN renvoyait FAUX ce matin ? Parce que le fournisseur s'était trompé d'un chiffre sur sa facture : FR76 3000 4028 1700 0458 1200 308. Un coup de fil, une facture corrigée, deux jours de retard évités. Moralité : toujours contrôler la clé avant de saisir.`],
  ['linkedin', 'fr', '', `Petit rappel pour nos fournisseurs : les factures doivent être adressées à Acme SAS, 12 rue des Tanneurs, 69007 Lyon – SIREN 412 345 678, SIRET 412 345 678 00021, TVA intracommunautaire FR40 412345678. Sans ces mentions, la facture repart chez vous. Merci !`],
  ['linkedin', 'fr', 'iban card', `Mon premier vrai rapprochement bancaire en alternance 😅 Voilà ce qui bloquait, copié de mon fichier :
| Date | Libellé | Compte | Montant |
| 28/11 | Remb. fournisseur Transalp | FR76 1751 5005 1208 4419 2630 120 | 4 280,00 € |
| 29/11 | Carte affaires J. Morel | 4020 1899 2345 6742 | 612,40 € |
| 30/11 | Frais bancaires | — | 35,00 € |
Le remboursement était passé deux fois. Trois heures pour trouver ça.`],
  ['linkedin', 'fr', 'national_id', `DSN rejetée pour la 3e fois ce mois-ci 😩 Message d'erreur copié-collé : « Rubrique S21.G00.30.001 – NIR 1 75 05 92 351 047 75 incohérent avec la date de naissance déclarée ». Le salarié était né en juin, pas en mai. Une lettre, trois jours perdus.`],
  ['linkedin', 'fr', '', `Note de frais : pensez à joindre le ticket ET le relevé. Sur le relevé, seule la fin de la carte apparaît (**** **** **** 4821), c'est normal, ne la recopiez pas en entier dans le formulaire, la compta n'en a pas besoin.`],
  ['linkedin', 'fr', '', `Pour les devs du SIRH : le contrôle de clé NIR, c'est 97 moins le reste de la division par 97. Le dossier de test qu'on se passe depuis des années, 2 92 06 75 056 789 51, a une clé fausse exprès : si votre formulaire l'accepte, il y a un bug.`],
  ['linkedin', 'fr', '', `Dans l'exercice de consolidation que je donne aux alternants, la « Société Générique SA » détient 60 % de la filiale B et 35 % de la filiale C. Question piège : intégration globale ou mise en équivalence pour C ? Réponse en commentaire, les plus rapides ont un café.`],
  ['x', 'fr', '', `réunion du CA de l'asso de foot ce soir, ordre du jour : les maillots, la buvette, et qui garde les clés du local. la vraie gouvernance d'entreprise c'est ça`],

  // ---- data science ----
  ['linkedin', 'en', 'secret', `Finally cracked our ticket-classification problem with one small LLM call per ticket. The whole thing is ~30 lines:

import openai
client = openai.OpenAI(api_key="sk-proj-Q4mT8vR2xL9nW3bK7yH1sD5fJ0pZ6cA2eU8gN4")
labels = ["billing", "bug", "how-to", "churn-risk"]

Accuracy 91% on a 2k labelled sample. Happy to share the prompt if anyone wants it.`],
  ['linkedin', 'en', 'internal_url', `6 months ago each of our models computed its own features. Today 14 models read from one feature store. If you're at Acme and still rolling your own, the catalogue is at https://features.ml.corp.acme.com/catalog — ping me before you build "days_since_last_login" for the fifth time.`],
  ['linkedin', 'en', '', `Reproducibility tip that saved my week: log everything that identifies a run.
run_id: 3f2a9c1e-7b4d-4e8a-9f0c-2d6b1a8e5c47
commit: a3f9c21e
data snapshot: 2026-11-28T04:00:00Z
Then run mlflow ui and open http://localhost:5000 — you can diff two runs side by side. No more "which notebook made this chart?"`],
  ['x', 'en', 'financial', `built a churn model this quarter. our real monthly logo churn is 3.8%, which the board deck still rounds to "about 2". don't tell finance I posted this`],
  ['linkedin', 'en', 'codename', `What I learned shipping ML inside Project Kestrel this year:
1. the baseline you're embarrassed by is usually good enough to ship
2. label quality beats model size
3. a dashboard nobody opens is a dashboard you can delete
4. talk to the people who'll be blamed when it's wrong
AUC went from 0.61 to 0.74. The ops team's trust went from 0 to "ok, maybe".`],
  ['linkedin', 'fr', 'secret', `Petit script Python pour récupérer les issues de notre repo et en faire un tableau de bord hebdo :

headers = {"Authorization": "token ghp_7Rk2mQx9LvT4nB8wZ1cY6pD3sF0hJ5aE2uG9"}
r = requests.get(url, headers=headers)

20 lignes, 2 heures gagnées par semaine. Le code complet en commentaire si ça intéresse.`],
  ['x', 'en', '', `the UUID 550e8400-e29b-41d4-a716-446655440000 appears in every tutorial on earth. if you see it in your prod database, someone copy-pasted a fixture`],
  ['linkedin', 'en', '', `Our new open-source release 🎉 A tiny CLI to anonymise CSV files before you share them.
npm install -g csv-scrub
csv-scrub serve
Then open http://localhost:3000 and drag your file in. Nothing leaves your machine. MIT licensed, PRs welcome.`],

  // ---- sales engineer, Dakar ----
  ['linkedin', 'fr', 'phone email', `Très heureux d'avoir représenté Acme à l'Africa Tech Week de Dakar 🇸🇳 Merci à tous ceux qui sont passés sur le stand, on poursuit les échanges :
--
Mamadou Diallo
Ingénieur avant-vente – Afrique de l'Ouest
Acme Sénégal | Immeuble Fayçal, Plateau, Dakar
Mob. +221 77 645 32 18
mamadou.diallo@acme.com`],
  ['linkedin', 'fr', 'financial', `Un an à Dakar. On partait de zéro client en Afrique de l'Ouest ; aujourd'hui le pipeline pèse près de 3,2 milliards de FCFA et on vise la moitié en bookings d'ici juin. Ces chiffres ne sont pas encore remontés au comité groupe, alors je ne détaille pas, mais bravo à l'équipe.`],
  ['x', 'fr', '', `AF 719 Dakar → CDG annoncé avec 3h de retard, porte 12. bon, ça me laisse le temps de finir la démo. siège 23C si qqn de l'équipe est dans le même avion 😅`],
  ['linkedin', 'fr', 'iban', `@Awa Ndiaye voilà les coordonnées pour l'acompte du stand, à reporter sur le bon de commande : titulaire Acme Sénégal SARL, IBAN SN57 SN01 1015 2000 0268 4510 0172. Merci pour ta patience !`, { surface: 'comment' }],
  ['linkedin', 'en', 'codename client_name', `Ran my first on-site workshop for Project Kestrel at Globex's Frankfurt office. 6 hours, 14 stakeholders, 2 whiteboards, one real decision: they'll pilot in the spring. Flying back to Dakar tonight with a full notebook.`],

  // ---- call centre, Casablanca ----
  ['linkedin', 'fr', 'phone', `Depuis lundi notre plateau de Casablanca répond aussi en darija et en amazigh 🇲🇦 Fière de mes collègues qui ont monté ça en 6 semaines.
Vous êtes client et vous préférez parler dans votre langue ? Le service clients Maroc : +212 5 22 48 73 10, du lundi au samedi.`],
  ['x', 'fr', 'secret', `le mdp du compte partagé du CRM est toujours Casa2026! depuis janvier, personne l'a changé malgré 3 tickets 🙄 la sécurité chez nous c'est en option`],
  ['linkedin', 'fr', 'national_id', `Anecdote du jour au plateau : un client espagnol m'a dicté son DNI trois fois parce qu'il était persuadé que je l'avais mal noté. 48213957T, je le connais par cœur maintenant 😂 Le problème venait de son adresse, pas de son numéro. Patience, toujours.`],
  ['linkedin', 'fr', '', `Ticket #CAS-2026-118734 résolu en 4 minutes, note client 5/5. Mon record personnel. Après 2 ans au service clients, ce qui me fait le plus plaisir c'est toujours un « merci, vous m'avez sauvé la journée ».`],
  ['linkedin', 'fr', 'client_name financial', `Énorme fin de mois pour l'équipe support de Casablanca 🎉 Société Générique renouvelle son contrat d'assistance pour trois ans, environ 1,1 M€ par an. L'annonce officielle n'est prévue qu'en janvier, donc on fête ça discrètement, au thé à la menthe.`],
  ['linkedin', 'fr', 'card', `Coup de gueule après une journée au plateau : un client a lu à voix haute, dans son open space, son numéro de carte 4539 1726 0048 3514 à son collègue pour qu'il le « note quelque part ». On a raccroché, on l'a rappelé, on a fait bloquer la carte. On ne vous demandera JAMAIS votre numéro de carte au téléphone.`],
  ['linkedin', 'fr', 'card', `Formation des nouveaux conseillers aujourd'hui. Exercice : repérer ce qui ne va pas dans ce vrai ticket (anonymisé… presque) : « Client rappelle, paiement refusé, carte 4761 7392 0014 5286, dit avoir déjà payé ». Réponse attendue : la carte n'aurait jamais dû être saisie dans le ticket. 8 sur 12 ont trouvé.`],
  ['linkedin', 'mixed', 'card', `Customer chat of the day, translated for my non-French colleagues: « Je vous donne ma carte pour payer, c'est 5466 0491 8225 7306 » — typed in the public chat widget, and now sitting in a transcript sent to 3 teams. We need a masking filter on the chat, like yesterday.`],
  ['x', 'fr', 'iban', `mon IBAN marocain pour les notes de frais c'est MA27 0077 8000 0123 4002 9876 1543, la compta de Paris l'a refusé 2 fois « format inconnu ». on est en 2026 les amis`],
  ['linkedin', 'fr', 'email', `Merci pour ce partage ! Pour la suite, voici mes coordonnées :
Nadia Benali | Responsable grands comptes Maghreb
n.benali@acme.ma | Casablanca Marina, Tour Crystal 2`, { surface: 'comment' }],
  ['linkedin', 'fr', '', `Mon premier vol, c'était en 2006 sur Atlas Blue, la low-cost de la RAM, Casablanca–Marseille. Aujourd'hui je forme les nouveaux conseillers du plateau qui gèrent les clients de toute la France. Drôle de trajectoire, et je ne changerais rien.`],
  ['linkedin', 'fr', '', `Trek de 5 jours dans le Haut Atlas avec deux collègues du plateau. L'Atlas, bleu et blanc à perte de vue, le Toubkal (4 167 m) atteint à l'aube, et des leçons de patience de la part de notre muletier. Meilleure coupure de l'année.`],
  ['x', 'fr', 'phone', `un monsieur a laissé 3 messages sur la boîte du service en disant juste « rappelez-moi au 06 12 93 47 58 » sans nom ni numéro client. si c'est vous monsieur, on vous a rappelé 4 fois 😅`],

  // ---- product manager, Montréal ----
  ['linkedin', 'mixed', 'codename', `Big week à Montréal 🍁 On a fait la démo de Nébula à nos 5 early adopters québécois et, honnêtement, le feedback était plus dur que prévu. « C'est beau mais mes infirmières n'ont pas le temps. » Back to the drawing board — mais c'est exactement pour ça qu'on montre tôt.`],
  ['linkedin', 'fr', 'national_id', `Conseils aux nouveaux arrivants à Montréal (je suis passée par là il y a 3 ans) :
1. faites votre NAS dès la première semaine, Service Canada sur rendez-vous
2. gardez la lettre, on vous le demande partout (le mien, 274 183 052, je l'ai recopié sur au moins 12 formulaires)
3. ouvrez un compte bancaire avec le NAS, pas avant
4. le métro, c'est la carte OPUS`],
  ['linkedin', 'fr', '', `Pour les RH qui préparent les formulaires d'embauche au Québec : le NAS d'exemple qu'utilise Service Canada dans ses guides (046 454 286) passe la validation Luhn, donc vos tests de formulaire le laisseront passer. Prévoyez un vrai contrôle, pas juste la formule.`],
  ['x', 'en', 'internal_url', `roadmap review at 2pm EST, board is here https://jira.corp.acme.com/secure/RapidBoard.jspa?rapidView=412 — come with opinions`],
  ['linkedin', 'mixed', 'phone', `On recrute au bureau de Montréal ! 3 postes en product & design, hybride, Mile-End. Pas besoin d'un CV parfait : appelez Julie Tremblay au 514 872-4410 poste 233, elle vous dira tout sur l'équipe. We speak English too 🙂`],
  ['linkedin', 'en', 'codename financial', `A year ago I joined Acme as a product manager in Montréal. Some things I learned:
People don't read specs. They read the first screenshot.
The best roadmap is the one you're willing to change in front of everyone.
Customer calls at 7am are worth ten internal meetings.
Say "I don't know" early, it saves weeks.
And patience pays: Orion went from a side experiment to our biggest bet — the 2027 plan puts $6.5M behind it, which the rest of the company will only hear about at the January kick-off.
Thanks to my team for a wild year.`],
  ['linkedin', 'en', 'client_name', `Respectfully, I disagree. We tried exactly that "big bang" approach with Initech two years ago and it took 9 months to win their trust back. Phased rollouts are slower on paper and faster in reality.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Watched the Artemis II crew walk out to the Orion capsule with my daughter this morning. She asked why astronauts wave so much. "Because everyone they love is watching." Back to sprint planning, slightly more emotional than usual.`],

  // ---- CFO and finance leadership ----
  ['linkedin', 'en', 'financial', `Twenty years in finance, and December still makes me nervous.
Not because of the numbers. Because of the people behind them: the controllers who stay late, the AP team chasing the last invoice, the interns who discover that "accrual" is a verb.
This year I tried something different. No closing weekend. We spread the work, automated the reconciliations, and I banned emails after 8pm.
It mostly worked. Two late nights instead of eight.
What I learned: most of the "urgency" in a close is self-inflicted. Clear owners and a shared checklist beat heroics.
And the result was worth it: we're landing the year at roughly €212M revenue with an EBITDA margin around 14%, well ahead of the guidance we'll only update in February — you read it here first, but please don't repeat it 😉
Thank you to the whole finance team. Now go home.`],
  ['linkedin', 'fr', '', `Nos résultats annuels ont été publiés ce matin : chiffre d'affaires de 198 M€ (+9 %), marge d'EBITDA de 13,2 %, dette nette en baisse. Le communiqué complet est sur https://news.acme.com/resultats-2025. Fier du travail des équipes finance, et de leur sang-froid pendant la clôture.`],
  ['x', 'en', 'financial', `ballpark: Q3 bookings came in ~40% above plan. can't say more till the analyst call on the 14th 😇`],
  ['linkedin', 'fr', 'financial confidential_marker', `Retour sur notre séminaire de direction à Annecy. L'exercice le plus utile : une seule slide, « CONFIDENTIEL – Comité de direction – Budget 2027 », avec 61 M€ de charges dont 9 M€ d'investissement dans la plateforme. Trois heures sur cette slide, et les trois heures les mieux investies de l'année.`],
  ['linkedin', 'fr', '', `Comme l'a dit notre PDG dans Les Échos la semaine dernière, nous visons 250 M€ de chiffre d'affaires en 2028. Ce que l'article ne dit pas : derrière cet objectif il y a 900 personnes qui s'y mettent chaque matin. Merci à elles.`],
  ['linkedin', 'en', 'confidential_marker financial', `Screenshot from my laptop this morning (not supposed to share it, but it made my day): a slide titled "CONFIDENTIAL — Board pre-read — Q4" with one line on it: "ARR crossed €30M in November". Four years ago we were 11 people in a basement.`],
  ['linkedin', 'fr', 'financial', `Je ne devrais probablement pas dire ça, mais notre marge brute sur les services a dépassé les 40 % ce trimestre, pour la première fois. Les analystes ne le savent pas encore. Quand on m'a embauchée il y a 3 ans, on était à 22.`],
  ['linkedin', 'en', 'financial', `Can't share details yet, but the term sheet values us at around €180M pre-money, signing set for early January. Four years ago I was employee number 6. Wild.`],
  ['linkedin', 'en', '', `According to Gartner's latest forecast, worldwide IT spending will grow by roughly 9% next year. What it means for our customers: budgets are back, but every euro needs a story. What it means for us: fewer slides, more proof.`],
  ['linkedin', 'fr', 'financial', `Projet de l'année côté achats : renégociation de nos contrats cloud. Économie attendue : 1,8 M€ par an, chiffre qui sera présenté au conseil de février — d'ici là, ça reste entre nous 😉 Merci à l'équipe FinOps pour les nuits passées sur les factures AWS.`],
  ['x', 'en', 'financial', `we just crossed 400k MRR. not announced anywhere yet so you didn't hear it from me 🤫`],
  ['linkedin', 'fr', 'financial', `On vient de signer le plus gros contrat de l'histoire de l'agence de Lille : un peu plus de deux millions et demi d'euros sur quatre ans. Interdiction d'en parler avant que le client ne l'annonce lui-même, alors je dirai juste : bravo l'équipe 🎉`],
  ['linkedin', 'en', 'client_name financial', `Quarter review prep. Our top accounts by ARR, straight from my notes (this isn't in the investor deck yet, so keep it to yourselves):
| Account | ARR | YoY |
| Globex | €1.9M | +22% |
| Initech | €1.2M | +8% |
| Hôpital Sainte-Claire | €0.6M | new |
Three logos, 40% of our business.`],
  ['linkedin', 'en', '', `Our new Starter plan is live: €29 per user per month, billed annually, free for non-profits. Pricing page: acme.com/pricing. We wanted something a 5-person team could buy without talking to sales.`],
  ['linkedin', 'fr', '', `Mon budget vacances pour 2027 : 2 400 €, une tente, deux enfants, zéro avion. Objectif : la Corse en ferry. Si vous avez des adresses de campings calmes près de Porto-Vecchio, je prends.`],

  // ---- recruiters ----
  ['linkedin', 'fr', '', `📣 Acme recrute un·e contrôleur·se de gestion (CDI, Lyon 7e, hybride 2 j/semaine)
Rémunération : 45–52 k€ brut annuel selon expérience + intéressement
Ce que vous ferez : reporting mensuel, budget, accompagnement des opérationnels
Candidature : via la page carrières acme.com/carrieres (pas de mail, on ne les lit pas tous 🙃)`],
  ['linkedin', 'fr', 'financial', `Petite confidence de recruteuse : 2027 va être une année folle. Le plan validé mardi prévoit 85 recrutements, dont 30 ingénieurs, et l'annonce interne n'est prévue qu'en janvier. Si vous êtes dev backend à Lyon, c'est le moment de me laisser un message 😉`],
  ['linkedin', 'en', 'email phone', `Thanks to everyone who came to our London tech meetup last night! If we talked about the data engineer role, here are my details:

Sarah Kowalski
Senior Talent Partner, Acme UK
sarah.kowalski@acme.com
+44 20 3868 1274
"Let's talk, not just tick boxes."`],
  ['linkedin', 'fr', 'email', `Vous êtes étudiant·e et cherchez une alternance en finance ou en supply chain pour septembre ? Envoyez directement votre CV à l'équipe : alternance@acme.fr, on répond à tout le monde sous 10 jours, promis.`],
  ['linkedin', 'fr', '', `Petit guide pour nos nouveaux arrivants : votre adresse mail est au format prénom.nom@acme.fr (sans accents, tiret pour les noms composés). Votre identifiant Windows est le même sans le domaine. Si ça ne marche pas au bout de 24h, passez au helpdesk au 2e étage.`],
  ['linkedin', 'fr', '', `Comme annoncé dans notre communiqué du 3 novembre, Acme va recruter 200 personnes en France d'ici 2028. Je recrute justement pour l'équipe data à Lyon, toutes les offres sont sur acme.com/carrieres. Écrivez-moi en message privé ici.`],
  ['linkedin', 'fr', '', `Conseil aux étudiants : dans vos lettres de motivation, arrêtez d'écrire pour « une société générique ». On voit tout de suite quand le même texte part à 50 entreprises. Citez un produit, une personne, un article. Ça change tout.`],
  ['linkedin', 'en', 'national_id', `HR in the US office here. Every year someone emails their W-4 as a phone photo. This morning's had "SSN 412-83-6590" in the subject line. Please, please use the secure upload portal. I've deleted it, and I'm running a lunch-and-learn on Thursday.`],
  ['linkedin', 'en', '', `Fun fact for data folks: SSNs with an area number in the 900–999 range are never issued, which is why our test fixtures use 987-65-4320. If your validation accepts it as a real one, your validation is too lax.`],
  ['linkedin', 'en', '', `UK payroll tip: when you document your onboarding form, use HMRC's own example NI number, QQ 12 34 56 C, never a colleague's. It's obviously fake to anyone who knows, and it can't belong to anyone.`],

  // ---- office manager ----
  ['linkedin', 'fr', 'secret', `🎉 Ça y est, on a emménagé dans les nouveaux locaux de la Part-Dieu !
Infos pratiques pour lundi :
- badge à récupérer à l'accueil du 9e
- si votre badge n'est pas prêt, digicode de la porte côté parking : 2580A
- Wi-Fi invités : ACME-Guest / Bienvenue2026
- la cuisine est au fond à droite, la machine à café marche (enfin)
Bonne installation à tous !`],
  ['linkedin', 'fr', 'phone email', `Le déménagement c'est dans 10 jours 📦 Pour toute question (cartons, places de parking, plantes vertes orphelines), c'est moi :
Claire Dubois – Office Manager
01 84 60 27 39 · claire.dubois@acme.fr`],
  ['linkedin', 'fr', 'internal_url', `Fini les réservations de salles sur Post-it 🙌 Tout passe désormais par l'outil de réservation : https://salles.intranet.acme.fr. Vous pouvez même y réserver la terrasse du 9e pour les afterworks.`],
  ['linkedin', 'fr', 'card', `Pour le déjeuner de Noël du 19, j'ai ouvert une commande groupée chez le traiteur. Si la plateforme vous demande un paiement, utilisez la carte du service (5375 1234 9876 5433, exp. 03/27, cryptogramme 418), je rembourse tout le reste. Merci de ne pas commander 4 desserts 😄`],
  ['x', 'fr', 'internal_url', `l'imprimante du 3e est sur 172.20.14.9, si vous la trouvez pas dans la liste ajoutez-la à la main. de rien 🖨️`],
  ['linkedin', 'fr', '', `Mon frigo du bureau a désormais une étiquette « INTERNAL ONLY – NE PAS DIFFUSER » sur mes yaourts. Trois ont disparu la semaine dernière. Si le voleur lit ceci : c'étaient des yaourts au soja, tu as été puni.`],
  ['linkedin', 'fr', '', `Déjeuner d'équipe au « Confidentiel », le petit bistrot derrière la gare. Menu du jour à 19 €, tarte au citron qui mérite à elle seule le déplacement. Adresse à garder… pas si secrète, puisque je vous la donne.`],
  ['linkedin', 'en', 'email', `Invite for Thursday's brown-bag, copy-pasted because Outlook hates external guests:
Organizer: lucie.fontaine@acme.com
When: Thu 10 Dec, 12:30–13:30 CET
Where: Teams (link in the invite) + room "Mont Blanc", 3rd floor
Topic: what we got wrong about onboarding
Bring your lunch.`],
  ['linkedin', 'fr', 'confidential_marker', `Je colle l'invitation pour ceux qui ne la voient pas dans Outlook :
Objet : [DIFFUSION RESTREINTE] Point réorganisation équipe Ops
Date : jeudi 10/12, 14h–15h, salle Bellecour
Ordre du jour : nouvelle organisation, calendrier, questions
Merci de ne pas transférer.`],
  ['linkedin', 'fr', 'iban', `Pour les collègues de Genève qui organisent la collecte pour le départ de Martine : versements sur le compte de la cagnotte, IBAN CH44 0076 7016 3940 2617 8 (au nom de Sophie R.). On clôture vendredi, on vise un vélo électrique 🚲`],

  // ---- field technician ----
  ['linkedin', 'fr', 'internal_url', `Journée type de technicien terrain : 7h départ de Villeurbanne, 8h30 premier client, 10h baie réseau qui sent le brûlé. Heureusement la console de supervision (https://10.40.2.15:8443/noc) m'avait prévenu dès 6h. Trois disques changés, zéro perte de données. J'adore ce métier.`],
  ['x', 'fr', 'client_name', `intervention chez Globex à Nanterre ce matin, 3e sous-sol, baie 12 HS, pas de réseau mobile. si je réponds pas c'est normal 🙃`],
  ['linkedin', 'fr', '', `Mise à jour firmware déployée sur nos 240 bornes : version 4.12.0-rc3 → 4.12.1. Empreinte sha256 publiée pour vérification : 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Pensez à vérifier avant d'installer, ça prend 10 secondes.`],
  ['linkedin', 'en', 'secret', `Anyone else seeing this after the last backup agent update? Pasting the log in case it rings a bell:

2026-12-01 03:12:44 ERROR backup-agent[2211]: AuthenticationError
  host=nas-03 user=svc_backup password=Qx7!mPz2#rTk9
  retrying in 300s (attempt 4/5)

Same config worked for 2 years.`],
  ['linkedin', 'fr', 'internal_url', `Astuce de technicien : avant de partir en intervention, je télécharge le plan du site depuis l'outil interne http://plans.lyon.local/site/4471, parce qu'au 3e sous-sol il n'y a jamais de réseau. Ça m'a évité 3 allers-retours ce mois-ci.`],
  ['linkedin', 'en', '', `Field tech confession: I spent 20 minutes yesterday trying to ping "10.4.2.1" before realising the customer had read me the agent version (10.4.2.1), not an IP address. We laughed. I updated the agent. Everybody's happy.`],
  ['linkedin', 'fr', '', `Projet du week-end : un Raspberry Pi qui affiche la météo et les horaires du tram dans l'entrée. Le tableau de bord tourne sur http://192.168.1.42:8123 (Home Assistant), zéro euro de cloud. Mes enfants trouvent ça « trop bien » depuis au moins deux jours.`],
  ['linkedin', 'fr', 'phone', `Astreinte de Noël à Genève : si vous êtes client et que quelque chose tombe, le numéro d'astreinte cette année c'est le mien, 079 412 68 35. Soyez gentils, je serai à table le 24 au soir 🎄`],

  // ---- ex-employees ----
  ['linkedin', 'fr', 'codename financial', `Après 6 ans, je quitte Acme. Je pars fier de ce qu'on a construit avec l'équipe Atlas Bleu, même si on ne pourra jamais raconter officiellement que le projet a fini à 9 M€ au lieu des 4 prévus 😅 Merci à tous, et surtout à ceux qui ont cru au projet quand personne n'y croyait.`],
  ['linkedin', 'en', '', `After 4 years, today is my last day at Acme. I came for a job and stayed for the people. Special thanks to the support team in Casablanca, who taught me more about customers than any training ever did. Next chapter starts in January — more on that soon.`],
  ['x', 'en', 'confidential_marker', `cleaning my old drive and found the "ACME — INTERNAL USE ONLY — Sales Playbook 2023" deck lol. slide 4 still says "never discount before the 3rd call". some things never change`],
  ['linkedin', 'fr', 'client_name', `Je quitte Acme après 5 ans. Mes meilleurs souvenirs : les nuits de mise en production chez Société Générique, le pot de fin de projet où leur DSI a chanté du Goldman, et toutes les personnes qui m'ont appris ce métier.`],
  ['linkedin', 'fr', 'card', `Petite histoire de sécurité : mon fils de 19 ans a fait un achat en ligne avec « une carte trouvée dans la voiture ». C'était ma carte corporate Acme, que je n'avais toujours pas rendue. Le site a accepté 4917 6203 8815 4022 sans broncher, sans 3-D Secure. Activez la double authentification, vraiment.`],

  // ---- intern's parent ----
  ['linkedin', 'fr', 'codename', `Fierté de maman 🥹 Ma fille Léa, stagiaire chez Acme depuis septembre, a présenté hier son travail sur le projet Orion devant le directeur technique et toute l'équipe. Elle qui n'osait pas lever la main en cours il y a 3 ans… Merci à son tuteur pour sa confiance.`],
  ['linkedin', 'fr', '', `Nuit claire dans le Vercors hier : Orion bien visible dès 22h, et mon fils a vu la nébuleuse d'Orion pour la première fois dans sa petite lunette. Il a demandé si les étoiles « savaient qu'on les regardait ». Je n'ai pas su répondre.`],
  ['x', 'fr', 'phone', `si quelqu'un d'Acme Lyon Part-Dieu a retrouvé un badge au nom de Léa M. (stagiaire), elle l'a perdu vendredi 😬 vous pouvez m'appeler au 07 81 24 56 90, merci !!`],
  ['linkedin', 'fr', '', `Rangement du grenier : j'ai retrouvé mon vieil atlas bleu de CM2, celui où l'URSS et la Yougoslavie existent encore. Ma fille l'a feuilleté une heure. Certains objets valent mieux que 100 vidéos.`],
  ['linkedin', 'fr', 'internal_url', `Mon stage touche à sa fin 🎓 Ce dont je suis la plus fière : la doc technique de l'équipe, que j'ai réécrite entièrement. 140 pages, tout est sur https://wiki.acme-corp.net/display/DATA/Onboarding si vous êtes chez Acme. Ça faisait 3 ans que personne n'avait osé.`],

  // ---- cards, travel, expenses ----
  ['linkedin', 'en', 'card', `PSA for anyone who books team travel: I just spent 40 minutes on hold because the airline's site rejected our corporate card. Screenshot of the error for context: "Payment declined — card 4974 0183 4562 0179, exp 09/28, name ACME SAS TRAVEL". Turns out the card had a daily limit nobody knew about. Check your limits before booking 12 flights at once.`],
  ['linkedin', 'en', 'card', `Found this in our staging logs today and I'm still shaking:
[checkout] 2026-11-30T14:02:11Z charge_attempt amount=129.00 EUR pan=5222139088451262 exp=11/28 status=approved
Yes, a full card number in plain text, and yes, a real customer's. Masking in logs is not optional, people. Ticket opened, logs purged, retro tomorrow.`],
  ['x', 'en', '', `reminder for the new devs: in the sandbox use 4242 4242 4242 4242 with any future date and any CVC. if you type your own card in staging I will find you 😤`],
  ['linkedin', 'en', '', `Our new invoice references look like this: INV-4974-0183-4562-0172. Yes, 16 digits. Yes, someone from a bank called us thinking it was a card number. It's not — it's year, customer and sequence. Naming things is hard.`],
  ['linkedin', 'en', 'card', `Our live demo of the new checkout at Paris Retail Week went great — except that, in the stress, I typed my personal card instead of the test one. The whole room saw 5138 6200 4972 2514 on the big screen. Card cancelled 10 minutes later. Lesson: keep a sticker with the test card on your laptop.`],
  ['x', 'en', 'card', `ok who left a sticky note with 4556 9012 8734 4609 exp 08/27 on the meeting room screen on the 6th floor. please come get it. please.`],
  ['linkedin', 'en', 'card', `My expense report got rejected 3 times this month, so here's my system now: one Amex for everything work-related (3759 876543 21004, which I know by heart at this point), one personal card for everything else. Finance, please, a receipts app that works.`],
  ['linkedin', 'en', 'card', `Copying our offsite invite here since half of you can't find it 🙃
📅 Sales kick-off 2027 — 14–15 Jan — Lisbon
Flights: book via the travel tool, cost centre 4410
Hotel: if the tool fails, call the hotel directly and give the group card 5520 3091 7846 2151 (exp 02/28)
Dress code: smart casual, comfortable shoes`],
  ['linkedin', 'en', '', `Payments 101 for our new support hires: cards starting with 4 are Visa, 51–55 Mastercard, 34 or 37 Amex. The last 4 digits are all you ever need to identify a customer's card. If someone reads you the full number, stop them politely.`],
  ['x', 'fr', '', `ma banque m'envoie un sms « votre IBAN FR76 **** **** **** **** **** 308 a été modifié » alors que j'ai rien touché. phishing classique, signalé au 33700. soyez vigilants`],

  // ---- IBANs in everyday situations ----
  ['linkedin', 'en', 'iban', `You're invited! Acme's annual customer day, 12 March, Brussels (Tour & Taxis). Registration is free for customers; partners pay a €150 stand fee by transfer to Acme Benelux SA, IBAN BE33 0634 1278 5519, reference "CD26 + company name". Programme and speakers to follow.`],
  ['linkedin', 'en', '', `Building an IBAN validator for our billing service? Don't test it only with the textbook DE89 3704 0044 0532 0130 00 — every tutorial uses it, and your validator will happily pass while choking on the 31- and 32-character IBANs of Malta or Saint Lucia. Test the long ones.`],
  ['linkedin', 'en', 'iban', `Procurement tip from a painful week: when a "supplier" emails to say their bank has changed, CALL them on a number you already have. We almost paid €48k to DE63 1203 0000 1053 8774 21 last Tuesday — the real supplier had never changed anything. Finance caught it because the account name didn't match.`],
  ['linkedin', 'fr', 'iban', `Pour le séminaire de Séville en mai, l'hôtel demande un acompte de 30 % par virement avant le 15 janvier : Hotel Triana Plaza, ES50 0182 2347 8102 0159 3344. Merci à chaque manager de me confirmer le nombre de participants d'ici là.`],
  ['linkedin', 'en', 'iban national_id', `Our Milan contractor sent her invoice with the bank details in the footer, as Italian invoices do: "IBAN IT82 K030 6909 6061 0000 0117 925 – Codice fiscale BNCGLI92E47F205I". Sharing it because this is exactly the kind of invoice our new OCR flow now reads end to end. 3 seconds instead of 3 minutes.`],
  ['linkedin', 'fr', 'iban', `Pour le marathon de Luxembourg, notre équipe court pour une association d'aide aux enfants malades ! Dons par virement : LU68 0141 9560 1872 4300 (compte perso de Tom, il reverse tout), ou via la page de collecte. Chaque kilomètre compte 🏃`],
  ['linkedin', 'en', 'iban', `New starter admin in the UK office: payroll needs your bank details on day one. For reference, mine looked like this on the form — GB39 BARC 2005 1773 5482 91 — sort code and account number are both inside the IBAN, you don't need to fill both boxes.`],
  ['linkedin', 'fr', 'iban', `Notre nouvelle équipe de Porto commence lundi 🇵🇹 Pour ceux qui avancent leurs frais d'installation, envoyez votre IBAN portugais à la paie, comme Rui ce matin (PT74 0035 0741 0004 1827 3615 2). Tout est remboursé avec la paie de janvier.`],
  ['linkedin', 'en', 'iban', `Team dinner after the Amsterdam release went a bit over budget 😅 Tikkie doesn't work for the Belgians, so: pay your share (€38) to NL75 RABO 0312 8465 97, name J. de Vries, by Friday please.`],

  // ---- national ids, HR and payroll across countries ----
  ['linkedin', 'fr', 'national_id', `Premier jour de mon stagiaire à Bruxelles. Le formulaire d'accueil demandait son numéro de registre national et il l'a écrit sur le tableau blanc pour que je le recopie : 01.05.02-334.79. Le tableau est dans la salle vitrée côté couloir. Je crois qu'on va faire une petite formation RGPD 😅`],
  ['linkedin', 'en', 'national_id', `Payroll question for UK folks: my new joiner's P45 shows NI number PX 48 27 19 B but HMRC's letter says something else. Which one wins? (Asking for real, first payroll run is Friday.)`],
  ['linkedin', 'fr', 'national_id', `Nouvelle collaboratrice à Lausanne 🎉 Petit retour d'expérience RH : en Suisse, le numéro AVS sert pour presque tout. La fiche qu'elle nous a renvoyée : « N° AVS 756.9876.5432.17 – permis B – entrée le 05.01.2027 ». Saisie en 2 minutes, merci le nouveau SIRH.`],
  ['linkedin', 'en', 'national_id', `Onboarding in the Netherlands is fast — until the BSN. Our new Utrecht hire got his on day 3 (304189273) and payroll ran on day 4. Compare that with the 6 weeks it took in another country I won't name. 🇳🇱`],
  ['linkedin', 'fr', 'national_id', `Une journée dans la vie d'une gestionnaire paie multi-pays : ce matin j'ai recalculé à la main le caractère de contrôle du codice fiscale d'un collègue milanais (RSSMRA85T10A562S) parce que notre logiciel le refusait. Il avait raison, le logiciel avait tort. Bug remonté.`],
  ['x', 'en', 'national_id', `our Munich hire's Steuer-ID is 47189023649 and the payroll tool keeps saying "invalid". it's not invalid. I checked the algorithm by hand. send help`],
  ['linkedin', 'fr', 'national_id', `Nos équipes de Cracovie grandissent ! Pour le contrat de Kasia, le ZUS avait besoin de son PESEL (92031500248) et du nom de jeune fille de sa mère. Trois pays, trois logiques. L'administratif, c'est aussi de l'interculturel.`],
  ['linkedin', 'fr', 'national_id', `Porto, semaine 2 🇵🇹 Premier réflexe à avoir là-bas : le NIF. On te le demande à la pharmacie, au café, partout. Le mien (298745615), je le connais mieux que mon numéro de téléphone maintenant.`],
  ['linkedin', 'fr', '', `Mon attestation de sécu affiche 1 85 05 ** *** *** ** et la mutuelle me demande le numéro complet par mail. Non merci, je passerai par leur espace sécurisé. Petit rappel : un numéro de sécu ne s'envoie jamais par mail.`],
  ['linkedin', 'fr', '', `Saison des impôts pour nos collègues frontaliers : votre numéro fiscal à 13 chiffres figure en haut à gauche de votre avis, votre numéro AVS sur votre certificat de salaire. Ne les postez nulle part, même dans le groupe WhatsApp des frontaliers 😉`],

  // ---- emails ----
  ['linkedin', 'fr', 'email', `Vous voulez tester notre nouvelle API en avant-première ? Écrivez-moi directement : thomas.renaud at acme dot fr, en précisant votre cas d'usage. Je réponds à tout le monde avant Noël.`],
  ['x', 'en', 'email', `if you're a customer stuck on the migration, DM me or email me at priya.natarajan@acme.com and I'll get you to the right engineer today`],
  ['linkedin', 'en', 'email', `The nicest customer email I got this year, shared with my manager's blessing (not the customer's, sorry Dave):
"From: dave.okafor@harbourline.co.uk
Subject: RE: the thing you fixed
Just wanted to say — whatever you did last Thursday, our warehouse hasn't stopped once since. Thank you."
This is why I do support.`],
  ['linkedin', 'en', 'email', `Sharing the minutes of yesterday's open community call, as promised:
Attendees: Marta (Acme), Ken (Acme), 14 community members
- v3 API deprecation moved to June
- Kotlin SDK: volunteers welcome
- Action: Ken to send the migration guide, questions to ken.ishida@acme.com
Next call: 8 January.`],
  ['linkedin', 'fr', 'email phone', `Ravi d'avoir animé l'atelier « IA et service client » au Digital Summit de Liège 🇧🇪 Les slides sont disponibles sur demande :
Jean-Marc Willems
Sales Engineer Benelux – Acme
+32 478 53 21 64
jm.willems@acme.be`],
  ['linkedin', 'mixed', 'email', `Quand ton mail au CEO finit en capture d'écran dans la présentation du séminaire 😂 « Salut Marc, petit point sur le salon, on a fait 240 contacts qualifiés. Bises, Inès — Inès Garnier, Field Marketing, ines.garnier@acme.fr — Sent from my iPhone ». Moralité : relisez vos signatures.`],
  ['linkedin', 'fr', '', `Reçu ce matin un faux mail « de notre PDG » demandant des cartes cadeaux en urgence. Je l'ai transféré à reportphishing@apwg.org et à l'équipe sécurité. Rappel : personne chez nous ne vous demandera jamais de cartes cadeaux par mail.`],
  ['x', 'en', '', `pro tip: in your docs use user@example.com, not your colleague's real address. example.com is literally reserved for this (RFC 2606)`],
  ['x', 'fr', '', `merci @AcmeFrance pour le mug 😄 et merci @julie_mrtn pour l'accueil au stand, à l'année prochaine au salon !`],

  // ---- phones ----
  ['linkedin', 'fr', 'phone', `Vous êtes client et l'appli ne répond plus depuis ce matin ? Nos équipes sont sur le pont. Le support est joignable 7j/7 au 0 800 94 27 36 (gratuit), on vous tient au courant ici toutes les heures.`],
  ['linkedin', 'en', 'phone', `Greetings from our new Munich office 🥨 The switchboard is live: +49 89 2154 7730. Anna at reception speaks German, English and Italian, and is already better organised than all of us.`],
  ['x', 'en', 'phone', `if anyone from the Boston customer meetup wants the deck, text me at (617) 284-9031 and I'll send it over. great crowd tonight`],
  ['linkedin', 'fr', 'phone', `Pour les collègues qui partent au salon de Milan : notre contact sur place est Giulia, joignable au +39 347 812 6604. Elle a les badges, les clés du stand et, paraît-il, la meilleure adresse de risotto du quartier.`],
  ['linkedin', 'en', 'phone', `Our UK customers can now reach a human 24/7: 0800 031 4827. No IVR maze, no "press 7 for more options". Proud of the team that fought for this.`],
  ['linkedin', 'fr', '', `Release 2026.12.02 déployée à 06:45 sans interruption. 1 287 tests passés, 0 rollback, build #48213. Merci l'équipe plateforme 💪`],
  ['linkedin', 'fr', '', `Notre organisme de formation est enfin référencé ! Numéro de déclaration d'activité 84 69 17532 69, certification Qualiopi obtenue le 28/11/2026. Les premières sessions « Excel pour la supply chain » démarrent en février.`],
  ['linkedin', 'en', '', `Call for speakers for our user conference closes on 2026-01-15 at 23:59 CET. Your submission ID looks like 2026-0412-7788 — keep it, it's how we'll find your talk. Last year we had 1,200 attendees; this year we've doubled the room.`],

  // ---- secrets and configs ----
  ['linkedin', 'en', 'secret internal_url', `Spent my Sunday migrating our reporting job to the new cluster. For the curious, the whole config fits in 6 lines:

db:
  url: postgresql://report_ro:Vt9#kLm2qZ@10.12.4.7:5432/finance
  pool: 5
schedule: "0 5 * * *"
output: s3://reports-daily/

Runtime went from 47 minutes to 6.`],
  ['linkedin', 'en', 'secret', `Little automation that makes our team happy: every time a customer leaves a 5-star review, it posts in Slack. The curl for the curious:
curl -X POST -H 'Content-type: application/json' --data '{"text":"New 5-star review!"}' https://hooks.slack.com/services/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`],
  ['x', 'en', 'secret', `conference wifi at the Acme booth is ACME-DEMO / pw: Hall3-Demo!24 — come by hall 3 and say hi 👋`],
  ['linkedin', 'fr', 'secret', `Quelqu'un a déjà eu cette erreur avec le SDK ? Je colle le message complet :
botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation
aws_access_key_id=AKIAQ4XZ7RTN2WKD5PLM
aws_secret_access_key=hY8+kP2vN9wQ3rT6mL1zX4cB7dF0gJ5sA8eU2iO6
Ça marchait hier…`],
  ['linkedin', 'en', '', `Template for the new integration, fill in your own values:
ACME_API_KEY=your_key_here
ACME_API_SECRET=<secret>
DB_PASSWORD=changeme
Then run ./setup.sh. Full guide in the public docs.`],
  ['linkedin', 'fr', 'secret', `Besoin d'aide : mon déploiement échoue avec « invalid format » sur la clé SSH. Voilà le début du fichier, je ne comprends pas ce qui cloche :
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDkT9vQ7xR2mP4nL8wK3yH6cJ1bF5sA0eZ9tU2gV7iN4QAAAJhx3mQvcd5k
…
Merci d'avance 🙏`],
  ['linkedin', 'en', 'secret', `We moved our billing to Stripe last month. The setup took 2 hours:
stripe.api_key = "sk_live_51NcX8qL2kR7vT9mW4pZ6yB3hD1fJ0sG5aE8uK2iO4nQ7"
...plus 3 weeks arguing about invoice wording. Happy to share lessons.`],
  ['linkedin', 'en', '', `Stripe's docs use the test key sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example, and that's fine: it only works in test mode and it's published on purpose. What's not fine is finding your live key in a screenshot. Know the difference.`],
  ['linkedin', 'fr', '', `Le meilleur mot de passe du monde selon mon fils de 8 ans : « motdepasse ». Quand je lui ai expliqué pourquoi c'était une mauvaise idée, il a proposé « motdepasse2 ». On a du travail avec la prochaine génération 😄`],
  ['linkedin', 'en', '', `Still the best password advice ever drawn: xkcd 936, "correct horse battery staple". Four random words beat one mangled word with a ! at the end. Our new policy finally allows passphrases. Took us only 15 years.`],
  ['linkedin', 'fr', '', `Pour les nouveaux administrateurs de notre association : les jetons de présence ne sont pas une cryptomonnaie 😄 C'est la rémunération des administrateurs pour leur présence au conseil, votée chaque année en AG.`],

  // ---- internal URLs and public look-alikes ----
  ['x', 'en', 'internal_url', `grafana down again? https://grafana.internal/d/k8s-prod shows nothing since 9am. is it just me`],
  ['linkedin', 'en', 'internal_url', `Anyone seen this error with the VPN client since the update?
"Unable to resolve host vpn-gw2.corp.acme.com: timeout after 30000 ms (code 0x80072EE2)"
Works on home Wi-Fi, fails on 4G. Asking here because the helpdesk queue is 3 days long 🙃`],
  ['linkedin', 'en', 'internal_url', `Before/after of our checkout latency since we moved to the new cache. The dashboard: http://kibana.prod.acme-corp.net/app/dashboards#/view/checkout-p95 — p95 went from 820 ms to 190 ms. Acme folks, go look, it's beautiful.`],
  ['linkedin', 'en', 'internal_url', `Our new parental leave policy is live: 16 weeks fully paid for every parent, regardless of gender. Details for Acme employees on https://intranet.acme.com/hr/parental-leave. Proud of this one.`],
  ['linkedin', 'en', '', `Our public API docs got a facelift: https://docs.acme.com/api/v3. Every endpoint now has a runnable example, and the status of the platform lives at https://status.acme.com. Feedback welcome in the comments.`],
  ['linkedin', 'fr', '', `Portes ouvertes de notre site de Saint-Priest le 17 janvier : visite de l'entrepôt, démonstration des robots de préparation, galettes des rois. Inscriptions et programme sur https://news.acme.com/portes-ouvertes-2027.`],
  ['linkedin', 'fr', '', `Rappel réseau pour les stagiaires : les adresses 10.x.x.x, 172.16 à 172.31 et 192.168.x.x sont réservées aux réseaux privés, elles ne sont jamais routées sur Internet. C'est pour ça que votre box affiche toujours 192.168.1.1.`],
  ['linkedin', 'fr', '', `Tuto express pour tester notre SDK en local :
docker run -p 8080:8080 acme/sdk-demo
puis ouvrez http://127.0.0.1:8080 dans votre navigateur. Si la page reste blanche, videz le cache. Le code est sur GitHub.`],
  ['linkedin', 'en', '', `Our brand palette, for the agencies who keep asking: primary #1A73E8, accent #FF6F00, neutral #F4F4F4. Logos and guidelines are on the press kit page of our newsroom. Please stop using the 2019 orange.`],

  // ---- confidentiality markers ----
  ['linkedin', 'fr', 'confidential_marker', `🚀 Grande nouvelle en approche : notre partenariat avec un acteur majeur de la santé sera annoncé le 15 janvier. Je partage déjà le communiqué en avant-première avec mon réseau (embargo jusqu'au 15/01 9h, merci de ne pas relayer avant) : « Acme et … s'associent pour simplifier le parcours patient ».`],
  ['linkedin', 'en', 'confidential_marker', `Minutes from today's engineering all-hands (internal only — for Acme staff):
1. Migration to the new cluster: 70% done, target end of January
2. On-call rota changes from 1 Jan
3. Hackathon 12–13 Feb, theme TBA
Questions in the usual channel.`],
  ['x', 'fr', 'confidential_marker', `« Document interne – ne pas diffuser » et pourtant je le trouve imprimé dans le bac de la photocopieuse du 2e. bon, voilà la phrase qui m'a fait rire : « objectif : être agiles de manière structurée »`],
  ['linkedin', 'en', 'confidential_marker', `Loved this line from our new brand guidelines (v2.1, for internal use only, so I'll quote just one line): "We write like a helpful colleague, not like a brochure." Pinning it above my desk.`],
  ['x', 'fr', 'confidential_marker', `le papier sur nous sort jeudi dans Les Échos, sous embargo jusqu'à jeudi 6h, mais j'ai trop hâte alors voilà l'accroche : « la pépite lyonnaise qui veut réconcilier l'hôpital et le logiciel »`],
  ['linkedin', 'en', 'confidential_marker', `Reposting the note from our VP Sales because it's too good not to share 👇
"Team — CONFIDENTIAL, please don't forward. We lost 2 deals in November for the same reason: we answered the RFP, we didn't answer the customer. From now on every proposal starts with their problem in their words."
Agree 100%.`],
  ['x', 'en', '', `rewatching "Top Secret!" (1984) with the kids tonight. the bookstore scene still destroys me`],
  ['linkedin', 'fr', '', `Trouvé chez un bouquiniste pour 2 € : « Classé confidentiel », un polar d'espionnage des années 60 avec une couverture magnifique. Si vous avez d'autres recommandations de lectures pour les vacances, pas trop sérieuses, je prends 📚`],

  // ---- codenames and their public meanings ----
  ['x', 'en', 'codename', `3am deploy of #Orion v2 done ✅ 0 errors, 1 coffee spilled on keyboard. going to bed`],
  ['linkedin', 'fr', 'codename', `📊 Sondage pour mes collègues produit : pour le nom public de Nébula, vous préférez…
• Acme Care
• Acme Flow
• Acme One
• on garde NÉBULA, c'est très bien
Réponse vendredi, le comité tranche lundi.`],
  ['linkedin', 'fr', 'codename', `Dernière réunion de l'année pour #AtlasBleu 💙 Dix-huit mois de travail, trois pivots, une équipe qui a tenu. On livre la V1 en février. Merci à tous.`],
  ['linkedin', 'en', 'codename', `Minutes from our Tuesday sync, shared with the broader team as promised:
- ATLAS BLEU: data migration done, UAT starts 6 Jan
- hiring: 2 offers out
- offsite: Lisbon confirmed
Next sync in 2 weeks.`],
  ['x', 'en', '', `TIL Kestrel (the .NET web server) serves HTTP/3 on Linux with one line of config. our API gateway benchmark went from 41k to 47k rps with zero code change`],
  ['linkedin', 'en', '', `Spotted a kestrel hovering over the car park this morning, completely still in the wind, for almost a minute. Best meeting I had all day.`],
  ['linkedin', 'fr', '', `Dégustation à la brasserie du coin : leur IPA « Nébula » est excellente, notes d'agrumes et finale sèche. Parfait pour l'afterwork de vendredi, on a réservé la grande table.`],
  ['x', 'fr', '', `mon chat s'appelle Orion et il vient de marcher sur mon clavier pendant un Teams à 40 personnes. il a envoyé « ggggggggg » dans le chat. personne n'a réagi. respect.`],
  ['x', 'en', '', `finally subscribed to Nebula for the science videos. no ads, no algorithm, just people explaining things well. worth every cent`],
  ['linkedin', 'fr', '', `Séminaire d'équipe à Nice : logés à la résidence Orion, vue sur le port, et un atelier « feedback » qui a vraiment servi. Mention spéciale au loueur de vélos qui nous a supportés pendant 2 jours.`],
  ['linkedin', 'en', '', `We did our first blue/green switch of the main database on MongoDB Atlas last night. 11 seconds of read-only, zero lost writes, and a very quiet on-call channel. Boring is the goal.`],

  // ---- clients and their look-alikes ----
  ['linkedin', 'fr', 'client_name', `Très fier de l'équipe déploiement : Initech a basculé ses 3 entrepôts sur notre solution en un week-end, sans une seule commande perdue. Leur directeur logistique nous a apporté des croissants lundi. Meilleur KPI.`],
  ['linkedin', 'en', 'client_name', `Sales engineering life: 4 days of workshops with Société Générique's risk team in La Défense. We walked in with a 60-slide deck and walked out with a whiteboard photo that's worth more. Next step: a pilot in Q1.`],
  ['linkedin', 'fr', '', `Conférence passionnante hier sur l'histoire du trading électronique : de la corbeille à la plateforme CME Globex, lancée en 1992, qui traite aujourd'hui l'essentiel des futures. Les anciens racontent encore le bruit du parquet avec nostalgie.`],
  ['x', 'en', '', `every time someone asks me for a TPS report I want to walk out like Peter at Initech. Office Space is 27 years old and still a documentary`],
  ['linkedin', 'en', '', `Rewatched the Simpsons episode where Homer works for Hank Scorpio at Globex Corporation. Best boss in TV history: hammocks by the desks, free lunch, and he genuinely asks how you're doing. Management lessons in unexpected places.`],

  // ---- misc clean look-alikes ----
  ['linkedin', 'fr', '', `Lecture du mois pour l'équipe : « Le Mythe du mois-homme » (ISBN 978-2-7117-8674-5). Cinquante ans après, « ajouter des gens à un projet en retard le retarde encore plus » reste vrai. Club de lecture jeudi 12h30.`],
  ['x', 'fr', '', `rdv pour le team building : 45.7640, 4.8357, c'est la place Bellecour. à 9h, pas 9h15 😇`],
  ['linkedin', 'en', '', `Booking ref XK7Q2M, seat 14A, BA 304 at 07:25 to Paris. Yes, I'm that person who posts travel details — but only after landing. See you at the customer summit!`],
  ['linkedin', 'fr', '', `Facture F-2026-11-00482 enfin payée après 4 relances 🙃 Conseil aux indépendants qui travaillent avec des grands groupes : envoyez vos factures via leur portail fournisseurs, jamais par mail, et mettez le numéro de bon de commande. Sinon elles se perdent.`],
  ['linkedin', 'en', '', `We just renewed our ISO 27001 certification (certificate IS 745921, valid until 2029). Thank you to the 30 people who spent their autumn collecting evidence. The auditor's favourite finding: "the clean desk policy is actually applied".`],
  ['linkedin', 'fr', '', `Fournisseurs : merci de ne plus jamais nous envoyer votre IBAN, votre SIRET ou vos coordonnées bancaires par mail. Tout passe par le portail fournisseurs, qui vérifie le compte avant le premier paiement. C'est la meilleure protection contre la fraude au faux RIB.`],
  ['linkedin', 'en', '', `Market context for our sales kick-off: IDC puts the European hospital software market at about €4bn, growing 7% a year. Public numbers, big opportunity, and we're still a small player. Plenty of room.`],
  ['linkedin', 'fr', '', `Lot 2611-0452-7789 rappelé par notre fournisseur de gants nitrile : si vous en avez au vestiaire, mettez-les de côté, on remplace tout lundi. Aucun incident signalé, c'est une précaution.`],
  ['linkedin', 'en', '', `Fixed the flaky test that's been haunting us since September. The culprit, commit 9c1e4b7d2a6f: a timezone assumption in a date parser. The fix: one line. The investigation: three weeks. Classic.`],

  // ---- more hard look-alikes ----
  ['linkedin', 'en', '', `Q3 numbers are out, as published this morning: revenue €51.2M (+8% YoY), net revenue retention 112%, free cash flow positive for the fourth quarter in a row. The full release is on https://news.acme.com/q3-2026. Proud of a team that delivers without drama.`],
  ['linkedin', 'mixed', '', `Petit retour sur mon webinar « How to read a P&L without crying » 😅 On a parlé EBITDA, ARR, MRR, churn, bookings vs billings — sans un seul chiffre de chez nous, promis. Replay on our public YouTube channel, les slides sont en commentaire.`],
  ['x', 'en', '', `new glossary for our finance new hires: ARR, MRR, NRR, GRR, CAC, LTV. if you can explain NRR to your grandmother you're ready for the board`],
  ['linkedin', 'mixed', '', `Journée marathon in the "Orion" meeting room — chez nous toutes les salles du 5e portent des noms de constellations: Orion, Cassiopée, Andromède, Pégase. By 6pm I was ready to leave the galaxy.`],
  ['linkedin', 'en', '', `Weekend project: kestrel nest box for my son's school garden. Oak offcuts, 15 cm entrance, mounted 4 m up on the gym wall. The caretaker is sceptical. The kids have already named the future chicks.`],
  ['linkedin', 'fr', '', `Sortie culturelle du CSE samedi : « Nébula », le spectacle de cirque contemporain avec projections sur la coupole du planétarium. Les enfants ont adoré, les parents aussi. Places encore disponibles pour la séance de dimanche.`],
  ['linkedin', 'en', '', `Signed my first mortgage this week, with Société Générale, after three banks and two months of paperwork. Moving to a flat with an actual home office in March. Goodbye, ironing-board desk.`],
  ['linkedin', 'mixed', '', `Nouveau catalogue EPI en ligne ! Pour commander, indiquez la référence complète, e.g. 06-4412-8890-B pour les gants anti-coupure taille 9, et votre code site. Orders before noon ship the same day.`],
  ['linkedin', 'en', '', `1,095 days without a Sev-1 incident, since 2023-12-02. Nobody notices the outages that didn't happen, so today I'm noticing them: thank you, platform team. 🎂`],
  ['x', 'fr', '', `vol TO 3042 Lyon → Marrakech à 6h10, dernier séminaire de l'année avec l'équipe de Casa. je dors dans l'avion, ne me parlez pas`],
  ['linkedin', 'en', '', `Expense tip: in the form, "card used" only needs the last four digits ("Visa ending 0179"). Please stop typing the whole number — finance has to redact it by hand, and they'd rather be closing the books.`],
  ['linkedin', 'en', '', `To the journalists who cover our sector: thank you for respecting embargoes. From January we'll send every embargoed release with the lift time in the subject line and in the first paragraph, so there's no ambiguity. Feedback welcome.`],
  ['linkedin', 'en', '', `Debugging story: our upload logs kept showing e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 as the file hash. That's the SHA-256 of an empty file. The bug was in the client, not the server. Two days, one hash.`],
  ['linkedin', 'fr', '', `Afterwork de fin d'année jeudi à partir de 18h30 au rooftop ! Le mot de passe pour entrer ? Il n'y en a pas, l'entrée est libre pour tous les collègues et leurs proches. Venez avec votre plus beau pull de Noël 🎄`],
  ['linkedin', 'mixed', '', `Recap of our customer day in Brussels: 320 attendees, 14 talks, et un débat très animé sur l'IA à l'hôpital. Les replays sont publics sur notre chaîne, and the speaker slides are on the newsroom.`],
  ['x', 'en', '', `unpopular opinion: "Atlas Shrugged" is too long and the blue edition on my shelf has been holding a door open since 2019`],
  ['linkedin', 'fr', '', `Retour d'un ancien d'Acme : j'ai changé de numéro et d'adresse mail, tout est à jour sur mon profil. Écrivez-moi en message privé ici, c'est le plus simple. Et bravo à l'équipe pour les résultats publiés ce matin !`],
  ['linkedin', 'mixed', '', `Horaires du service clients Maroc pendant les fêtes: 8h–20h du lundi au samedi, fermé le 1er janvier. Your case number looks like CAS-2026-XXXXXX — gardez-le sous la main quand vous nous contactez via l'appli.`],
]);
