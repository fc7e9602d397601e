import { rows } from './corpus-types';

/**
 * Held-out set "fresh3" (issue 11): written 2026-12-02 (15:40-16:20 UTC) by a red-team author, BLIND: without
 * opening utils/checks, utils/policy, the tests of the checks or any other corpus post file, so it measures how
 * the rules generalise to posts they were never tuned on.
 *
 * About half French, half English, some mixed; LinkedIn posts of every length (a few long ones with the leak
 * buried mid-paragraph), X posts, replies and comments, by employees in sales, HR, finance, engineering,
 * support, marketing and the executive team: copy-pasted meeting notes, screenshots described in words, job
 * posts, event recaps, thank-you posts, customer stories, recruiting, talks, incident post-mortems.
 * All 11 confidentiality categories with at least 10 positives each (IBAN, card, NIR/DNI/RRN positives carry
 * valid checksums, computed; look-alikes carry wrong ones or are masked). About 45 % clean, mostly hard
 * look-alikes: public results, public URLs, press-released customers, placeholders, test data, invalid
 * checksums, order/ticket numbers, dates, versions, prices, figurative markers, Orion/Nebula/kestrel in their
 * public meaning, sport, recipes, fiction.
 */
export const FRESH3_POSTS = rows('fresh3', [
  // ---- sales ----
  ['linkedin', 'fr', 'client_name financial', `Quelle fin d'année 🚀 On vient de signer Société Générique pour 3 ans, 1,2 M€ de TCV. Le communiqué sortira en janvier, d'ici là je savoure avec l'équipe. Merci à tous !`],
  ['linkedin', 'en', 'client_name', `Huge thanks to the procurement team at Globex for a tough but fair negotiation this week. Looking forward to rolling out across their 14 plants in Q1 🙌 #sales #partnership`],
  ['x', 'fr', 'client_name', `RDV ce matin à l'Hôpital Ste-Claire pour la démo, le DSI a l'air chaud. Croisez les doigts 🤞`],
  ['linkedin', 'en', '', `Proud to see our case study with Decathlon go live today — they published it on their own blog too. Link in comments. #customerstory`],
  ['x', 'en', 'client_name', `Closed Initech today. Third time they said no, fourth time they signed. Persistence pays 💪`],
  ['linkedin', 'fr', 'financial', `Petit point perso : le pipe Q1 de l'équipe Grands Comptes est à 8,4 M€, du jamais vu. Les chiffres officiels sortiront avec les résultats annuels, mais je suis trop fier de vous pour attendre.`],
  ['linkedin', 'en', '', `Acme's Q3 results are out: revenue up 12% year on year to €212M, as announced this morning in our press release (news.acme.com). Great work everyone.`],
  ['x', 'mixed', 'phone', `Pour ceux qui cherchent un contact sales sur le salon VivaTech, call me directly: 06 71 42 88 19. On est stand H12 !`],
  ['linkedin', 'fr', '', `Le secret d'une bonne prospection ? Écouter deux fois plus que vous ne parlez. Pas de formule magique, juste de la curiosité. #vente #B2B`],
  ['linkedin', 'en', 'financial confidential_marker', `Sharing a slide from our internal sales kickoff (internal only, please don't reshare 🙏): we're targeting €48M in new bookings for FY27, with 60% coming from the mid-market. Let's go team!`],
  ['x', 'en', '', `Hit 300% of quota this quarter. Not bragging. OK, a little bragging. 😎`],
  ['linkedin', 'fr', 'email', `On recrute 2 SDR à Lyon ! Envoyez-moi votre CV directement à julie.marchand@acme.com, je réponds à tout le monde sous 48h.`],
  ['linkedin', 'en', '', `Please don't guess our addresses (firstname.lastname@example.com is not a thing here 😅): apply via the careers page https://careers.acme.com/jobs/4412`],
  ['x', 'fr', '', `Commande n° 2024-118-4471 reçue chez notre fournisseur de goodies, les mugs arrivent pour le salon 🎉`],
  ['linkedin', 'mixed', 'client_name codename', `Kick-off call with the Globex team today pour lancer Orion chez eux. Super énergie, merci à tous pour la préparation !`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Last night I finally saw the Orion Nebula through my new 8" Dobsonian. Three years in sales taught me patience; astronomy taught me more. 🔭✨`],
  ['x', 'en', '', `Our public customer list now includes Michelin and Orange (both announced at our user conference). Honoured to be trusted by them.`],
  ['linkedin', 'fr', 'financial', `Retour sur notre séminaire commercial à Biarritz 🌊

Trois jours intenses, des ateliers sur la négociation, un escape game mémorable et une soirée basque où notre directeur a dansé (la vidéo ne sortira pas d'ici 😂).

On a aussi fait le point sur l'année : on termine à 97 % de l'objectif, avec une marge brute de 71 % qui ne sera publiée qu'en mars, et un churn qui descend à 4,2 %. Pour 2027, budget marketing doublé à 3 M€.

Merci à l'équipe events, à Camille pour l'organisation, et au chef de l'hôtel pour le gâteau basque. À l'année prochaine !`],
  ['linkedin', 'en', '', `Pricing tip for founders: anchor high. Our Starter plan is €29/month, Pro €99, and Enterprise is "talk to us". Public on our website, steal the idea.`],
  ['x', 'en', 'phone', `@DanaK yes! Ping me on WhatsApp +44 7700 183 462 and I'll get you the deck before Friday.`],

  // ---- HR / recruiting ----
  ['linkedin', 'fr', '', `🚨 On recrute ! Développeur·se full-stack confirmé·e, CDI, Nantes, télétravail 3j/semaine, 48-55 k€. Postulez via notre page carrières (dans le formulaire, votre mail au format prenom.nom@exemple.fr). #recrutement`],
  ['linkedin', 'fr', 'email phone', `Bienvenue à nos 12 nouveaux alternants 🎓 ! Pour toute question sur l'onboarding, contactez Sophie aux RH : sophie.renaud@acme-corp.net ou au 01 84 60 22 15.`],
  ['linkedin', 'en', 'financial confidential_marker', `Not public yet so keep it between us, but we're planning to grow headcount from 340 to 520 by end of 2027. If you've ever wanted to join, now's the time to reach out to me. 🚀`],
  ['x', 'fr', 'national_id', `Galère administrative du jour : la mutuelle me demande mon numéro de sécu pour la 3e fois. 2 91 11 69 383 127 82, voilà, tout le monde l'a maintenant 🙄`],
  ['linkedin', 'en', '', `Our parental leave policy is now 16 weeks fully paid for every parent, and we published the whole policy on our website. Proud HR moment. 💛`],
  ['linkedin', 'fr', 'national_id', `Petite astuce pour les nouveaux arrivants : préparez votre carte vitale avant le 1er jour. Par exemple, le mien c'est 1 85 03 75 112 045 06, il faut le saisir dans le portail paie (sans les espaces).`],
  ['linkedin', 'fr', '', `Astuce onboarding : votre numéro de sécurité sociale a 15 chiffres (ex. 1 XX XX XX XXX XXX XX). Pas besoin de l'envoyer par mail, saisissez-le directement dans le portail paie.`],
  ['linkedin', 'en', 'secret', `Welcome to the London office, new joiners! 🎉 Tips: the kitchen is on 3, the good coffee machine is the one on the left, and the door code for the back entrance is 4817#. See you Monday!`],
  ['x', 'en', '', `Job posting tip: salary ranges in the ad = 3x more applicants in our experience. We now publish them on every role (e.g. €55-65k for senior support).`],
  ['linkedin', 'fr', 'confidential_marker', `Diffusion restreinte — ne pas partager hors Acme : voici les grandes lignes de la réorganisation RH présentée ce matin. Les équipes support et success vont fusionner au 1er février.`],
  ['linkedin', 'en', '', `"Confidential" is the most overused word in HR. Real trust comes from transparency, not stamps on documents. Discuss. 👇`],
  ['linkedin', 'fr', 'internal_url', `Rappel pour les managers : les entretiens annuels se font désormais dans le nouvel outil, lien ici https://talent.corp.acme.com/reviews/2026 — date limite le 15 décembre !`],
  ['x', 'fr', '', `Entretien annuel fait ✅ Feedback : « continue comme ça ». Je prends.`],
  ['linkedin', 'en', 'national_id', `Paperwork for my Madrid transfer is finally done. Funny detail: my DNI 22018814V got printed on the welcome badge. 😅 Hola Madrid!`],
  ['linkedin', 'mixed', '', `Team offsite in Lisbon 🇵🇹 — 42 people, 3 days, 0 laptops after 6pm. Best decision we made this year. Merci à tous !`],

  // ---- finance ----
  ['linkedin', 'fr', 'iban', `Aux fournisseurs qui m'écrivent : nos coordonnées bancaires ont changé, voici le nouveau RIB pour vos factures de décembre : FR76 9234 7882 9858 7741 4648 707. Merci de mettre à jour vos fichiers !`],
  ['linkedin', 'fr', '', `Rappel aux fournisseurs : nous ne changeons JAMAIS de coordonnées bancaires par mail. Si vous recevez un « nouveau RIB FR76 XXXX XXXX… », c'est une arnaque au président. Appelez votre contact habituel.`],
  ['x', 'en', 'iban', `Collecting for Marc's farewell gift 🎁 — send whatever you like to DE41 5336 7975 9874 7107 66 (my account), deadline Thursday!`],
  ['linkedin', 'en', '', `Closing the books in 4 working days instead of 9: our finance team's journey. Talk at the CFO Summit Paris, slides public on SlideShare. #finance #automation`],
  ['linkedin', 'fr', 'financial', `Je ne devrais peut-être pas le dire avant le conseil de jeudi, mais l'EBITDA 2026 devrait finir autour de 18 M€, bien au-dessus du plan. Fier de cette équipe finance ✨`],
  ['x', 'en', '', `IBAN check digits are mod 97. Fun fact: GB00 0000 0000 0000 0000 00 fails validation, so stop using it as test data in demos. 🤓`],
  ['linkedin', 'en', 'financial', `Board prep week. Pretty excited: we'll be proposing a Series C at a €750M pre-money valuation. Can't say more yet 🤐`],
  ['linkedin', 'fr', '', `Acme publie aujourd'hui ses résultats annuels : chiffre d'affaires de 812 M€ (+9 %), résultat net de 64 M€. Le document d'enregistrement universel est disponible sur notre site investisseurs.`],
  ['x', 'fr', 'iban', `Pour la cagnotte du pot de départ de Nadia : BE97 5130 8752 7970, même 5 € ça fait plaisir 💐`],
  ['linkedin', 'en', 'iban', `To our Spanish partners: invoices for the Barcelona event should be paid to ES92 1947 4686 4797 6065 5212 (Acme Iberia). Thanks for your patience during the switch!`],
  ['linkedin', 'fr', '', `Facture n° FA-2026-00871 réglée, le traiteur du séminaire est content, nous aussi. 🥐`],
  ['x', 'mixed', 'iban', `Remboursement du foot du jeudi, please send 8€ to NL32 ABNA 5949 2566 55. Thx la team ⚽`],
  ['linkedin', 'en', 'financial confidential_marker', `Embargoed until our Jan 15 earnings call, but I'm bursting: Q4 ARR crossed $96M. Thank you to every single person here.`],
  ['linkedin', 'fr', '', `Embargo sur les gâteaux du vendredi tant que la boulangerie d'en bas est fermée 😭🥐 #vieDeBureau`],
  ['linkedin', 'en', 'iban', `Paying UK freelancers this month? Our AP team says the new Acme UK account is GB69 NWBK 9800 3714 9191 33 — please update your vendor records.`],
  ['linkedin', 'fr', '', `Notre budget formation 2026 était de 2 400 € par salarié, et nous l'avons annoncé publiquement dans notre rapport RSE. Utilisez-le ! 📚`],

  // ---- engineering ----
  ['linkedin', 'en', 'secret', `Post-mortem of yesterday's outage, because transparency matters:
- 14:02 deploy of v4.18.2
- 14:05 error rate spikes, DB connection pool exhausted
- 14:11 rollback started
- 14:20 root cause: the new config pointed to postgres://svc_billing:Vx9!qLr2@db-prod-3:5432/billing with max_pool=5
- 14:31 recovered
Lessons learned: load tests on realistic pool sizes. 🧵`],
  ['x', 'en', 'secret', `why is my curl failing 😩 curl -H "Authorization: Bearer sk_live_51NqPz7HfA3kd92LmQxT0vWb" https://api.stripe.com/v1/charges`],
  ['x', 'en', '', `PSA: export STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxx is fine in docs. Never put the live one anywhere near a README.`],
  ['linkedin', 'fr', 'internal_url', `Fier de l'équipe plateforme : notre nouveau dashboard de monitoring est en ligne ! Les collègues peuvent déjà le voir sur https://grafana.acme-corp.net/d/latency-p99 👀`],
  ['linkedin', 'en', '', `We just open-sourced our feature-flag library! ⭐ https://github.com/acme/flagship — MIT licence, PRs welcome.`],
  ['x', 'en', 'internal_url', `staging is down again lol, anyone else getting 502 on https://staging.acme.io/login ?`],
  ['linkedin', 'fr', 'codename', `Six mois que je travaille sur Nébula, notre nouvelle brique de recommandation. Je ne peux pas tout dire mais les premiers résultats en interne sont bluffants. Hâte de vous en parler !`],
  ['linkedin', 'en', '', `Reading list this week: "Nebula" by Ann Leckie (Hugo AND Nebula Award winner), and a paper on vector databases. Nerd weekend ahead. 📚`],
  ['x', 'en', 'internal_url', `If the VPN is acting up, hit the jump box directly: ssh deploy@10.42.7.18 — works for me`],
  ['x', 'en', '', `Running Node 20.11.1 and TypeScript 5.4.5, build time down to 38s. Upgrade your toolchains, folks.`],
  ['linkedin', 'en', 'codename', `Talk recap from DevOps Days Amsterdam: I presented how Project Kestrel cut our deploy times by 70%. Slides coming once legal approves 😅`],
  ['linkedin', 'fr', '', `Ce week-end, sortie ornitho en baie de Somme : faucons crécerelles (kestrels pour les anglophones), busards et un balbuzard. La nature, meilleur antidote aux incidents de prod 🐦`],
  ['x', 'en', 'secret', `ok who left the GitHub token in the #random channel, it's ghp_7fK2pLq9XzR4mN8vB1cT6yW3sA0dE5hJ9gU2 — revoking it now but please`],
  ['linkedin', 'en', '', `Our status page is public for a reason: https://status.acme.com. 99.98% uptime over the last 90 days. Reliability is a feature.`],
  ['linkedin', 'fr', 'secret', `Petit tuto Docker pour nos stagiaires 👇
docker login registry.gitlab.com -u ci-bot -p glpat-4Hx9Rt2LmQ8vNw7ZkP3s
docker pull …
Le reste dans le wiki !`],
  ['x', 'en', '', `Reminder: 192.0.2.1, 198.51.100.0/24 and 203.0.113.0/24 are documentation ranges. Use them in your slides instead of your real hosts.`],
  ['linkedin', 'en', 'internal_url', `Screenshot from my monitor this morning (described, for accessibility): a Kibana tab open on http://kibana.internal.acme.io:5601/app/discover showing the error spike from 9:14 to 9:32. Great teamwork on the fix.`],
  ['linkedin', 'mixed', 'codename', `Demo day 🎤 Notre équipe a présenté Atlas Bleu, le nouvel outil interne de prévision des stocks. Feedback incroyable from the leadership team.`],
  ['x', 'fr', '', `La version 3.2.0 est dispo sur l'App Store et Google Play ! Mode sombre, export PDF, et 42 bugs corrigés 🐛`],
  ['linkedin', 'en', 'secret', `Conference talk tip: blur your terminal. At my talk yesterday someone spotted AWS_SECRET_ACCESS_KEY=h8Tq2ZpLx/9vKr3MwN7bYc1Fs+0gQeUj4DaR6oWi on slide 12. Yes it was real. Yes it's rotated now. 🙃`],
  ['x', 'en', 'codename', `Internally we call the new search rewrite "Falcon", and honestly it's the most fun I've had coding in years.`],
  ['linkedin', 'fr', '', `Faucon (Falcon 9) a encore réussi son atterrissage ce soir. Chaque fois ça me fascine. 🚀`],
  ['linkedin', 'en', 'internal_url', `Ran our first chaos day! We killed the primary at 192.168.40.12 and watched the failover to .13 take 8 seconds. Proud of the SRE team 🔥`],
  ['x', 'fr', '', `Le port 5432 c'est Postgres, le 6379 c'est Redis, le 27017 c'est Mongo. Révision pour l'entretien technique de demain 😅`],

  // ---- support ----
  ['linkedin', 'fr', 'phone', `Nos clients nous disent que la hotline est difficile à joindre : notez le numéro direct du support niveau 2, 04 78 92 31 56, on est là de 8h à 19h !`],
  ['x', 'en', 'email', `@frustrated_user sorry about that! Please email support@acme.com with your ticket number and I'll look into it personally.`],
  ['x', 'en', '', `@frustrated_user sorry about that! Please DM us your ticket number (looks like #TCK-884213) and we'll look into it.`],
  ['linkedin', 'en', 'card', `Customer story of the week 😂: a client read me their whole card number over chat "to be helpful" — 4779 6944 3042 6057. We deleted it right away, but please, never do that.`],
  ['linkedin', 'fr', '', `Rappel : notre support ne vous demandera jamais votre numéro de carte complet. Au mieux les 4 derniers chiffres (**** **** **** 4821). Soyez vigilants 🔒`],
  ['x', 'fr', 'phone', `Si vous êtes bloqués sur la migration ce soir, j'ai mon portable pro : +33 6 48 21 77 03. Je décroche jusqu'à minuit.`],
  ['linkedin', 'en', 'client_name', `Shoutout to the ops team at Sainte-Claire hospital who stayed on a call with us until 2am to get the migration over the line. Healthcare heroes ❤️`],
  ['linkedin', 'fr', '', `1500 tickets résolus ce mois-ci, 94 % de satisfaction, délai moyen de réponse 2h14. Les chiffres du support publiés sur notre page transparence. Bravo l'équipe !`],
  ['x', 'en', 'card', `testing the new checkout in prod with my own card lol 5119 7336 4464 6393 exp 08/28 — worked first time 🎉`],
  ['x', 'en', '', `Testing the checkout with Stripe's test card 4242 4242 4242 4242, any future date, any CVC. Works 🎉`],
  ['linkedin', 'en', 'email', `Our escalation path is simple: if your ticket has been open more than 48h, write to me at m.okafor@acme.com and I'll chase it.`],
  ['linkedin', 'fr', 'card', `Incident du jour côté support : un client nous a envoyé une capture d'écran de sa carte pour "prouver son identité". On voyait 5567 7615 7243 0123 et le cryptogramme. On a supprimé, on l'a rappelé, tout va bien. Mais sérieusement…`],
  ['x', 'en', '', `Our support line is on the website, same as always. Hours 9-6 CET, Mon-Fri. No more phone trees, a real human picks up. 🎧`],
  ['linkedin', 'mixed', 'phone email', `Nouvel arrivant dans l'équipe support Canada 🇨🇦 ! Reach me at +1 514 382 0947 or kevin.tremblay@acme-corp.net for anything francophone.`],
  ['x', 'fr', '', `Ticket #48213 résolu après 3 semaines. Le client a offert des chocolats. 🍫 Vive le support.`],

  // ---- marketing ----
  ['linkedin', 'en', 'confidential_marker', `Sneak peek 👀 of our new brand, UNDER NDA until the March launch so I'll just say: the colour is bold, and the logo has fewer letters. Can't wait!`],
  ['linkedin', 'fr', '', `Notre nouvelle campagne est EN LIGNE 🎉 Trois mois de travail, 12 vidéos, et un slogan dont on est fiers. Allez voir sur acme.com/campagne !`],
  ['x', 'en', '', `Top secret recipe for a great webinar: good coffee, a dry run, and a moderator who is not afraid to cut people off. 🎙️`],
  ['linkedin', 'fr', 'confidential_marker', `Pour les collègues : le kit presse de l'événement est en PJ, CONFIDENTIEL jusqu'au 9 décembre, merci de ne pas le transférer. 🙏`],
  ['linkedin', 'en', 'client_name', `Recording a podcast episode with the CTO of Société Generique next week on their cloud migration with us. Ideas for questions? 🎧`],
  ['linkedin', 'fr', '', `Merci à la Société Générale pour son invitation au forum fintech de Paris. Débat passionnant sur l'open banking ! #fintech`],
  ['x', 'en', '', `Globex Corporation from The Simpsons had the best villain CEO. Hank Scorpio would crush any marketing review. 📺`],
  ['linkedin', 'en', 'internal_url', `Campaign assets are ready! Teammates, grab the logos and banners here: https://brand.corp.acme.com/assets/winter-2026 ❄️`],
  ['linkedin', 'fr', '', `Les logos et bannières de la campagne d'hiver sont sur notre kit presse public : https://news.acme.com/presse/kit-hiver ❄️`],
  ['x', 'fr', 'codename', `On tourne la vidéo de lancement d'Orion demain. Le produit n'est pas encore annoncé donc je ne dis rien de plus 🤫`],
  ['linkedin', 'en', '', `Tonight's sky: Orion rising in the east around 9pm. If you're in the countryside this weekend, look up. 🌌 #astronomy`],
  ['linkedin', 'en', 'financial', `Marketing nerd moment: our CAC dropped from €1,840 to €1,120 this quarter, and our board deck (next week) will show a 14-month payback. Not public numbers, but I'm proud.`],
  ['linkedin', 'fr', '', `Étude publique Gartner 2026 : le marché de la cybersécurité pèse 215 Md$. Notre part ? On en parlera à notre journée investisseurs (résultats déjà publiés).`],
  ['x', 'en', '', `Our webinar replay is up: acme.com/webinars/privacy-by-design. 1,240 registrants, 612 live attendees. Thank you all!`],
  ['linkedin', 'mixed', 'confidential_marker codename', `Brainstorm du jour pour le naming du Project Kestrel (ne pas diffuser svp, c'est encore early) — we have 3 candidates and a lot of opinions 😂`],

  // ---- executives ----
  ['linkedin', 'en', 'financial', `Letter to the team, shared here because I believe in openness:

2026 has been a year of resilience. We shipped 4 major releases, opened our Singapore office and welcomed 112 new colleagues. We did it while markets were tough and budgets were tight everywhere.

Some of you asked about next year. We'll present the plan at the all-hands, but I can tell you the board has approved a €22M R&D budget for 2027, up 40%, and that we expect to reach break-even in Q3 — figures we'll share with the market in February.

Most of all, thank you. For the late nights, for the patience with customers, for each other.`],
  ['linkedin', 'fr', '', `Lettre à nos équipes 🙏

2026 a été une année de résilience. Nous avons livré 4 versions majeures, ouvert Singapour et accueilli 112 collègues. Comme annoncé lors de la publication de nos résultats semestriels, notre chiffre d'affaires a progressé de 11 %.

Merci à chacune et chacun. On se retrouve à la plénière de janvier !`],
  ['x', 'en', 'financial', `Strong November. We're now at a $1.3B run-rate internally; the market will find out in Feb. 🚀`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de nos notes de CODIR (document classé C3 – Secret, je sais, mais le passage est trop beau) : « La priorité 2027 est l'humain, pas la techno. » On y croit.`],
  ['linkedin', 'en', 'client_name financial', `Great dinner with the Initech leadership team. If the renewal lands we're looking at a $4.5M expansion, which would make them our largest account. Fingers crossed 🤞`],
  ['x', 'fr', '', `« Le secret, c'est qu'il n'y a pas de secret. » Mon premier patron, 2009. Toujours vrai.`],
  ['linkedin', 'en', 'codename', `Quick update from the exec offsite: we're doubling down on Atlas Bleu next year. More to come, but the team working on it should be very proud.`],
  ['linkedin', 'en', '', `Acme is now listed on Euronext Growth (ticker: ACME). Our prospectus and H1 results are on investors.acme.com. A big day for all 1,800 of us.`],
  ['linkedin', 'fr', 'phone', `Journalistes, si vous voulez une réaction sur l'annonce d'aujourd'hui, vous pouvez m'appeler directement au 07 58 13 64 92 plutôt que de passer par le standard. — Directrice communication`],
  ['linkedin', 'fr', 'financial', `On m'a demandé si la levée allait se faire : oui, on finalise avec deux fonds, 60 M€ en série B, signature prévue avant Noël. Je vous en dis plus quand c'est officiel 😉`],
  ['x', 'en', '', `In 2019 we were 6 people in a garage in Nantes. Today we're 1,800 in 9 countries. Don't let anyone tell you it can't be done. 🙏`],

  // ---- more finance / admin (ids) ----
  ['linkedin', 'fr', 'national_id iban', `Pour les nouveaux : voici à quoi ressemble une fiche de paie remplie correctement (la mienne, soyons fous 😅). Nom : Thomas B., n° SS 1 78 06 13 055 210 27, IBAN FR76 0964 5831 0543 1515 3845 075. Vérifiez bien ces deux lignes chaque mois !`],
  ['linkedin', 'fr', '', `Pour les nouveaux : vérifiez bien votre fiche de paie ! Le n° de sécu (1 78 06 13 055 210 99 sur l'exemple de la formation, faux évidemment) et l'IBAN doivent être les vôtres.`],
  ['x', 'fr', 'national_id', `Le formulaire de la préfecture a refusé mon numéro INSEE 288013306300989 trois fois avant de l'accepter. Service public 🫠`],
  ['linkedin', 'en', 'card', `Travel tip from finance: when booking the team trip I used the corporate Amex 3462 981619 87600 and the hotel charged it twice. Always check your statements, people!`],
  ['x', 'en', '', `Amex cards start with 34 or 37 and have 15 digits; Visa starts with 4. Learned that debugging a payment form at 2am. ☕`],
  ['linkedin', 'fr', 'card', `Note de frais du mois : 14 repas, 3 taxis, 1 train. Et le comptable qui me demande « c'est bien la carte 4113 6536 0328 2692 ? ». Oui. C'est bien elle. 😅`],
  ['linkedin', 'fr', '', `Note de frais validée en 4 minutes grâce à la nouvelle appli. Photo du ticket, catégorie, envoyé. La carte Visa pro se termine par 8812, le reste est masqué, parfait. 👌`],
  ['x', 'en', 'card', `bought the team pizza on the company card 2221 2657 2623 1283 and finance already pinged me. how do they know 😭`],
  ['linkedin', 'en', '', `Our order confirmation numbers look like ACM-4485-2291-0037-1164 and customers keep thinking it's a card number. UX lesson learned. 🙈`],
  ['linkedin', 'en', 'card', `Onboarding the new office manager today. Things I had to hand over: keys, the plant-watering schedule, and the office supplies card (5330 6538 4995 4504, expires 11/27). Good luck Priya!`],
  ['x', 'fr', 'card', `Mon collègue a scotché la carte bancaire du service sur l'écran "pour ne pas la perdre" 🙃 6011 4703 4968 5510, ça se voit en visio, on a dû la faire opposer.`],
  ['linkedin', 'en', 'national_id', `First week in Brussels ✅ Admin tip: your Belgian national number (mine is 86.04.12-153.60) is on your eID card, you'll need it for everything.`],
  ['linkedin', 'fr', 'national_id', `Dossier mutuelle de l'équipe en cours. Reste à saisir : Julie 2 72 04 44 109 301 19, Karim 1 99 07 31 555 012 22. Je m'y remets lundi !`],
  ['linkedin', 'en', '', `Fun fact for the data engineers: a French social security number is 13 digits plus a 2-digit key. Our test fixtures use 1 23 45 67 890 123 45, which fails the key check on purpose.`],
  ['x', 'fr', 'national_id', `Ma fille a rempli le formulaire de la cantine avec MON n° de sécu 2 83 09 67 482 076 02 et l'a posté dans le groupe WhatsApp de la classe. Trop fière 🙃`],
  ['linkedin', 'en', 'national_id', `Relocated from Spain to Paris for the new role! Still waiting on my French papers so HR registered me with my Spanish DNI 99995365J for now. Bonjour Paris 🥐`],
  ['linkedin', 'fr', 'iban', `Virement des primes de Noël : si votre IBAN a changé, envoyez-le à la paie avant le 10. Exemple reçu ce matin (avec accord du collègue 😉) : FR76 5848 6621 0581 1211 5006 434.`],
  ['x', 'en', 'iban', `To the Milan team, for the Secret Santa pot: IT60 X391 1096 8502 6012 7009 383, €20 each please 🎅`],
  ['linkedin', 'fr', '', `Rappel comptable : un IBAN français fait 27 caractères et commence par FR76. Celui de nos formations, FR76 1234 5678 9012 3456 7890 123, n'est pas valide, c'est voulu.`],
  ['x', 'mixed', 'iban', `Cotis' pour le cadeau de naissance de Léa : LU21 7431 8324 1268 2278, thanks everyone 👶`],

  // ---- more engineering / support / ops ----
  ['x', 'en', 'secret', `new guest wifi at the Paris office is up! network: ACME-Guest, password: Croissant2026! 🥐`],
  ['linkedin', 'fr', '', `Le mot de passe parfait n'existe pas, mais un gestionnaire de mots de passe s'en approche. Formation cyber obligatoire ce mois-ci pour tous les salariés 🔐`],
  ['linkedin', 'en', 'secret', `Copy-pasting my meeting notes from today's infra sync, in case it helps other teams:
• migrate logging to the new cluster by Dec 18
• Slack alert hook: https://hooks.slack.com/services/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
• rotate certs before holidays
Happy to chat about our setup!`],
  ['x', 'en', 'secret', `pro tip: test your redis cache with redis-cli -a Tr0ub4dor-prod-22 PING before blaming the app`],
  ['linkedin', 'fr', 'secret', `Incident de cette nuit résolu ✅ Pour l'anecdote, le service de paiement plantait parce que la clé JWT avait expiré. Nouvelle clé posée : JWT_SECRET=9f3b7c1e5a2d8f4b6c0e7a9d1f3b5c7e. Merci à l'astreinte !`],
  ['linkedin', 'en', '', `Password rotation done on all service accounts. 214 secrets rotated, zero downtime. Vault did the heavy lifting. #security #devops`],
  ['x', 'en', 'secret', `the SSH key I accidentally pasted earlier:
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk2nF7Lq9vR3xT8mP0sW1cY6bH4jK5aZ2uN0eG7dQvXg==
-----END OPENSSH PRIVATE KEY-----
...deleted the other tweet, key revoked, don't bother 🙃`],
  ['linkedin', 'en', 'internal_url', `Loved presenting our internal developer portal at the meetup! For Acme folks who missed it, the portal lives at https://backstage.corp.acme.com — go explore the service catalog.`],
  ['linkedin', 'fr', 'internal_url', `Nouvelle procédure de congés : tout passe par l'intranet, rubrique RH → https://intranet.acme-corp.net/conges. Plus de mails, plus de tableurs. 🎉`],
  ['x', 'en', 'internal_url', `preprod finally has the new checkout: https://preprod.shop.acme.com/cart — QA team please hammer it tonight 🔨`],
  ['linkedin', 'en', '', `Our API docs are public and versioned: https://developer.acme.com/v3/reference. Feedback welcome, especially on the auth section.`],
  ['x', 'fr', 'internal_url', `Quelqu'un a le lien Jira du sprint ? Ah trouvé : https://jira.acme-corp.net/secure/RapidBoard.jspa?rapidView=118 😅`],
  ['linkedin', 'en', 'internal_url', `Tiny win: our on-prem build farm (172.16.8.0/24, 12 runners) now finishes the full test suite in 9 minutes. Used to be 41. 🏎️`],
  ['x', 'en', '', `Latency p99 went from 480ms to 120ms after the cache rewrite. Graphs on our public engineering blog: blog.acme.com/engineering/cache`],
  ['linkedin', 'fr', 'phone', `Le standard de l'agence de Bordeaux a changé de numéro : désormais 05 56 44 18 73. Merci de mettre à jour vos signatures !`],
  ['linkedin', 'en', 'phone', `Any Acme customer in Switzerland stuck on the renewal portal, my direct line is +41 79 318 44 20, call anytime this week.`],
  ['x', 'fr', '', `Le 3615 ne répond plus depuis 2012, mais j'ai encore le jingle en tête 📟 #nostalgie`],
  ['x', 'en', 'phone', `@acme_help why is nobody answering 020 7183 4492?? been on hold 40 min — oh wait, I work here. Forwarding internally 😂`],
  ['linkedin', 'fr', '', `Un numéro de téléphone français, c'est 10 chiffres : 06 XX XX XX XX pour les mobiles. Dans nos formulaires, on accepte maintenant aussi le format +33. Petite victoire UX 📱`],
  ['linkedin', 'mixed', 'phone', `Salon Big Data & AI Paris 🎤 Venez nous voir stand C34 ! Si vous ne nous trouvez pas, call or text Léo at +33 7 81 26 55 40.`],
  ['x', 'en', '', `Score tonight: 3-2 after extra time, 27 shots, 64% possession. What a match ⚽ #UCL`],
  ['linkedin', 'fr', 'email', `Merci pour tous vos messages après ma conf à Devoxx ! Pour les slides, écrivez-moi à antoine.leroy@acme-corp.net et je vous les envoie.`],
  ['x', 'en', 'email', `Press inquiries about today's announcement → press@acme.com, I'll make sure they get to the right person.`],
  ['linkedin', 'en', 'email', `Recruiting for our Berlin office! DM me or send your CV to hiring.berlin@acme.de. We answer every application. 🇩🇪`],
  ['x', 'fr', 'email', `Pour le Secret Santa, inscrivez-vous avant vendredi en écrivant à noel-equipe@acme.com 🎄`],
  ['linkedin', 'en', '', `Email etiquette tip: write "name@company.com" in your slides, never your real address. Learned that after 400 spam emails. 📧`],
  ['linkedin', 'fr', 'email', `Petit message aux étudiants rencontrés au forum de l'INSA : mon mail c'est clara.nguyen@acme.com, n'hésitez pas pour les stages 2027 !`, { surface: 'comment' }],

  // ---- more codenames / clients / markers / financial ----
  ['x', 'en', 'codename', `Burned out but happy: Orion beta shipped to 30 design partners today. Not announcing anything officially, just proud of the team.`],
  ['linkedin', 'fr', '', `Sortie scolaire au planétarium avec les enfants : Orion, Cassiopée, la Grande Ourse… Et une nébuleuse d'Orion projetée en 8K. Magique ✨`],
  ['linkedin', 'en', 'codename', `Some of you asked what "Nebula" is on my profile: it's the internal codename of the platform I've been leading since March. Can't say much more yet!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Kestrel Capital just published their annual ESG report and it's a masterclass in clarity. Worth a read for any comms team.`],
  ['x', 'fr', 'codename', `Réunion de 3h sur le périmètre du projet Hermès (nom de code interne, rien à voir avec les sacs 😂). Je suis lessivé.`],
  ['linkedin', 'fr', 'client_name', `Fin de la phase pilote chez Globex : 6 sites équipés, et leur directeur des opérations veut étendre à toute l'Europe. Le contrat n'est pas signé mais ça sent très bon 🤞`],
  ['linkedin', 'en', 'client_name confidential_marker', `Strictly confidential, but I can't keep it in: Hopital Sainte Claire chose us over two big competitors. Announcement in January!`],
  ['x', 'fr', 'client_name', `Deuxième réunion avec la Sté Générique cette semaine. Ils veulent un POC avant février. On y va 💪`],
  ['linkedin', 'en', '', `The Orion spacecraft splashed down safely in the Pacific today. As an engineer, watching Artemis gives me chills every single time. 🚀`],
  ['linkedin', 'fr', 'confidential_marker financial', `[Usage interne uniquement] Récap du comité de pilotage : marge opérationnelle à 9,8 % à fin octobre, cible 12 % non atteinte. Plan d'économies de 4 M€ en préparation. Merci de ne pas diffuser hors de l'équipe.`],
  ['linkedin', 'en', 'confidential_marker', `Can't share the details — it's under embargo until Tuesday 9am CET — but our biggest announcement of the year is coming. Set your alarms ⏰`],
  ['linkedin', 'en', '', `Embargo lifted! 🎉 As of 9am CET today, we're officially partnering with the City of Lyon on open data. Press release on news.acme.com.`],
  ['x', 'en', '', `"For internal use only" is what my kids wrote on the fridge snacks. Respect the classification 😂`],
  ['linkedin', 'fr', 'confidential_marker', `Je partage ici la roadmap produit présentée en interne (document marqué « Confidentiel – Ne pas diffuser », mais je trouve qu'elle mérite d'être vue) 👇 Trois axes : IA, mobilité, accessibilité.`],
  ['linkedin', 'en', 'financial', `We lost 3 enterprise accounts this quarter and churn is up to 7.1% — the board hasn't seen the number yet so I'm thinking out loud here: how do other SaaS leaders handle retention in a downturn?`],
  ['linkedin', 'fr', '', `Rapport annuel publié : 812 M€ de CA, 1 800 salariés, 9 pays. Le document complet est sur notre site investisseurs, page 42 pour la partie RSE.`],
  ['x', 'en', 'financial', `Just saw next year's headcount plan in the budget draft: +85 engineers, flat sales. Interesting times. (Not announced yet.)`],
  ['linkedin', 'fr', '', `Recette de la tarte Tatin de ma grand-mère (top secret, mais c'est Noël 🎄) : 6 pommes, 150 g de sucre, 100 g de beurre, une pâte brisée, 45 min à 180 °C.`],
  ['linkedin', 'en', '', `Reading "The Kestrel" by Lloyd Alexander to my son this week. Fantasy classics age well. 📖`],
  ['x', 'en', '', `Ran the Paris half marathon in 1:42:18 this morning. Bib number 18842. New PB 🏃`],
  ['linkedin', 'fr', '', `Nous sommes fiers d'annoncer notre partenariat avec la SNCF, officialisé ce matin par communiqué conjoint. Merci à nos équipes et aux leurs ! 🚄`],
  ['linkedin', 'mixed', '', `Meeting notes from our open community call (public, recorded on YouTube) : roadmap v5, plugin API, et la date de la prochaine release, le 14 janvier. See you there!`],
  ['x', 'en', '', `Our SIRET is 552 100 554 00025 and yes, that's on every invoice and on the website. Stop asking whether it's secret 😅`],
  ['linkedin', 'en', '', `My mentor's advice: "Treat every Slack message as if it will be screenshotted." Best career advice I've ever had. Posting it for all the interns starting Monday.`],
  // ---- late additions (FR/mixed) ----
  ['linkedin', 'fr', 'card', `Retour de déplacement à Milan 🇮🇹 : l'hôtel a gardé une photocopie de ma carte pro, 4973 6404 2740 4437, « pour la caution ». J'ai fait opposition dès le retour. Méfiez-vous !`],
  ['x', 'fr', 'card', `Le TPE du foodtruck a imprimé le numéro complet de ma carte sur le ticket 😱 4412 8304 0685 5167. C'est légal ça ?`],
  ['x', 'fr', '', `Le TPE du foodtruck a imprimé le numéro complet de ma carte sur le ticket 😱 enfin presque : 4412 8304 0685 5168, j'ai vérifié, une faute de frappe de la machine. C'est légal ça ?`],
  ['linkedin', 'fr', 'national_id', `Pour l'inscription à la mutuelle d'entreprise, j'ai dû renvoyer trois fois le formulaire. Au cas où ça aide quelqu'un des RH qui me lit : c'est bien 1 95 12 59 350 088 87 et pas 88, l'erreur vient de chez eux 😤`],
  ['linkedin', 'fr', '', `Nos horaires d'ouverture pendant les fêtes : fermeture du 24 au 26 décembre, puis du 31 au 2 janvier. Réouverture le 3 à 9h. Bonnes fêtes à tous 🎄`],
  ['x', 'fr', '', `Le code promo NOEL2026 vous donne 20 % sur l'abonnement annuel jusqu'au 31/12. Il est public, partagez-le 🎁`],
  ['linkedin', 'mixed', '', `Hackathon interne terminé 🏁 48h, 23 équipes, 1 gagnant : une appli qui traduit les réunions en emojis. Best project name: "Ctrl+Alt+Defeat". Bravo à tous !`],
  ['linkedin', 'fr', '', `Merci à Globe Trotter Voyages pour l'organisation de notre séminaire à Porto, impeccable du début à la fin ✈️`],
  ['x', 'fr', '', `Ce soir au stade : Nantes 2, Lens 1. Le 12e homme était en forme 💛💚`],
]);
