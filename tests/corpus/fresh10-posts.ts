import { rows } from './corpus-types';

/**
 * Held-out set "fresh10": written 2026-12-03 (08:18-08:27 UTC) by a red-team author, BLIND: without opening
 * utils/, scripts/, bench/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the header style of fresh9), so it measures how the rules generalise to posts they were never tuned on.
 * `npx tsx scripts/score-checks.ts --only fresh10`. First scored 2026-12-03 08:27 UTC on the rules of fde8dc2 (after the fixes from
 * fresh7 to fresh9): confidentiality macro F1 0.975, 2.8 % of clean posts flagged (3 of 107); every category at 0.909 or
 * above (codename the weakest, two public senses; financial 0.929, recall 0.867). Its misses were then fixed, so later
 * scores no longer estimate anything.
 *
 * Authors: a theme park in Île-de-France (operations, seasonal staff), an offshore wind-farm operator in the North
 * Sea, a maple syrup cooperative in Québec, a luxury watchmaker in the Jura, an online bank in Lisbon, a logistics
 * start-up in Lagos, a chain of veterinary clinics around Lyon, a public broadcaster's newsroom, a tyre manufacturer
 * in Clermont-Ferrand, an airline catering company (Roissy, Nice), a space start-up in Toulouse, a real-estate
 * developer in Bordeaux, a Belgian chocolate maker, a recruitment agency in Geneva, a university hospital's research
 * unit and a streaming platform's data team; plus cross-industry HR and payroll slips.
 * Forms: signatures, pasted logs, configs, .env files and CLI output, tables, job offers, event invites, farewell
 * posts, quoted e-mails, replies (surface 'comment'), dialogues, X threads; leaks hidden in P.S., parentheses and quotes.
 * Identifiers: every positive IBAN (mod-97), card (Luhn) and national id (NIR, Belgian register, DNI/NIE, codice
 * fiscale, AVS, SIN, BSN, Steuer-ID, PESEL, Portuguese NIF; UK NI and US SSN by format) was computed and checked by
 * a script; look-alikes are documented specimens and test values described as such, masked values, wrong checksums,
 * serial, tracking, ticket, SIRET and permit numbers.
 * About 43 % clean: hard look-alikes of every category (public Orion/Nebula/kestrel, CME Globex, Office Space's
 * Initech, Société Générale, published results, salary ranges in job offers, labels discussed in general, placeholder
 * addresses and connection strings, published test keys, localhost and home routers) and ordinary posts.
 */
export const FRESH10_POSTS = rows('fresh10', [
  // — A theme park in Île-de-France (operations, seasonal staff, lost property)
  ['linkedin', 'fr', '', `Premier soir de la saison « Lumières d'hiver » au parc : 1 200 lanternes installées en trois semaines par l'équipe déco, 14 km de guirlandes et pas une seule panne. Merci à toutes et tous, et surtout à Malik qui a passé ses nuits dans la nacelle. 🎄`],
  ['linkedin', 'fr', 'financial', `Point rapide à l'équipe exploitation : le week-end de lancement fait 48 200 entrées et un panier moyen de 61,40 € (+9 % sur 2025). Ces chiffres ne sortent pas avant la présentation au comité de direction de lundi, donc on les garde pour nous d'ici là. Bravo à tous !`],
  ['x', 'fr', 'phone', `Objets trouvés : une peluche lapin bleu a été retrouvée près du carrousel samedi. Les parents peuvent appeler le service visiteurs au 01 60 45 72 18 (9h-18h) 🐰`],
  ['linkedin', 'fr', 'internal_url', `Saisonniers de l'hiver : vos plannings d'attraction sont en ligne sur https://planning.intranet.parc-legendes.fr/hiver-2026 — connectez-vous avec votre matricule. Des questions ? Passez au PC opérations.`],
  ['linkedin', 'fr', 'codename', `Troisième nuit de tests sur le projet Orion, la future attraction couverte. Je ne peux rien montrer, mais les premiers retours des testeurs internes sont fous. Rendez-vous au printemps 🤫`],
  ['x', 'en', '', `Clear sky over the park after closing: Orion's belt right above the castle. Best part of the night shift.`],
  ['linkedin', 'fr', '', `On recrute 40 saisonnier·e·s pour les vacances de Noël : accueil, restauration, opérateurs d'attractions. Contrat de 3 semaines, 11,88 €/h + prime de fin de saison, logement possible à 10 minutes du parc. Candidatures via notre page carrières.`],
  ['linkedin', 'fr', 'financial', `Le taux d'occupation des hôtels du parc a atteint 91 % en novembre et le RevPAR 148 €. Ces chiffres ne seront annoncés qu'avec le bilan de la saison, mais je tenais à remercier les équipes d'hébergement dès aujourd'hui.`],
  ['linkedin', 'fr', 'email phone', `Après 9 ans au parc, je tourne la page. Merci pour les feux d'artifice, les nuits de maintenance et les fous rires. Restons en contact : marion.lefebvre.pro@gmail.com / 06 72 18 45 90.`],
  ['x', 'fr', 'iban', `Virement pour la cotisation de l'amicale du parc : LU11 0013 0628 4831 7665 (oui, la banque de Jérôme est au Luxembourg).`],
  ['linkedin', 'fr', '', `Pour le concours photo interne, votre numéro de participant est votre matricule suivi de l'année, par exemple 0045872026. Résultats le 20 décembre, le jury est impitoyable.`],

  // — An offshore wind-farm operator in the North Sea (O&M, marine crews)
  ['linkedin', 'en', '', `Milestone today: the last of 64 monopiles is in at our North Sea site. 2.3 km of cable pulled this week despite 4 m swells. Proud of the marine crew and the jack-up team.`],
  ['linkedin', 'en', 'financial', `Small win for the O&M team: turbine availability hit 97.8% in November and the capacity factor came in at 52%, which puts the site roughly €11m ahead of budget for the year. Those numbers stay between us until the annual report in March, but I wanted the crew to hear it first.`],
  ['x', 'en', 'secret', `anyone else getting 403s from the SCADA export? still failing after the vendor update:\ncurl -H "Authorization: Bearer 75adaafca56e7bbdc64e4d8a3a8e8487a4389ecc" https://api.windsight.io/v2/turbines/WTG-41/export`],
  ['linkedin', 'en', 'internal_url', `For the new technicians starting Monday: the permit-to-work checklist lives at http://ptw.northsea.corp/forms/hv-switching and the crane logbooks on smb://fs01.ops.lan/cranes. Read both before your first transfer.`],
  ['linkedin', 'en', 'iban', `Accounts team: the Cuxhaven hotel for the blade-repair crew wants the deposit by wire this time. Hotel Nordsee GmbH, DE51 0462 4663 3473 2299 42, reference WF-CREW-12. Thanks!`],
  ['x', 'en', '', `The serial plate on WTG-17 reads 4102 7761 3390 2281 and yes I photographed it for the warranty claim. Blade 2 leading-edge erosion is worse than the drone shots suggested.`],
  ['linkedin', 'mixed', 'phone', `Offshore safety week 🇳🇱🇬🇧 — reminder: de noodlijn van het havenkantoor in Eemshaven is +31 596 63 42 80, always before calling the coastguard. Print it and stick it in the CTV wheelhouse.`],
  ['linkedin', 'en', 'iban', `North Sea crew transfer vessel charter: the operator's new account for the January invoice is NL16 ABNA 3795 6662 41. Procurement, please double-check before paying, they called us to confirm the change.`],
  ['x', 'en', '', `1/ Thread on what running a 600 MW offshore wind farm looks like day to day. Spoiler: mostly weather forecasts and spare-part logistics.`],
  ['x', 'en', 'financial', `2/ Example: this year unplanned downtime cost us ~€4.2m in lost generation, which nobody outside the company knows yet (annual report is in March). Weather windows are everything.`],
  ['x', 'fr', 'financial', `Le board a validé hier soir l'enveloppe de 180 M€ pour la phase 2 du parc éolien. L'annonce officielle, c'est pour le 14 janvier. Je ne dis rien de plus 🤐`],
  ['x', 'fr', 'phone', `Numéro vert pour les riverains du chantier éolien au large de Dunkerque : 0 800 94 12 30, gratuit, 7j/7.`],
  ['linkedin', 'en', 'phone', `Passing on the message from the harbour master:\n\n> "Any vessel operating in the Borkum approach must report to Ems Traffic on VHF 18 or by phone on +49 4921 802 110 before entering."\n\nCTV skippers, please take note.`],
  ['linkedin', 'en', '', `Coordinates of our new met mast: 54.0132 N, 6.5881 E. 120 m of steel in the middle of the North Sea, and a very confused seagull on top.`],
  ['linkedin', 'en', '', `Last day at the wind farm after six years. I leave with two tattoos, one hearing test and a hundred friends. Next chapter: teaching maritime safety in Aberdeen.`],
  ['x', 'en', '', `Join our webinar on offshore wind permitting in the EU, 9 Dec, 14:00 CET. Registration link in bio. Speakers from three TSOs.`],

  // — A maple syrup cooperative in Québec (members, grading, payroll)
  ['linkedin', 'fr', '', `La saison des sucres est encore loin, mais à la coop on prépare déjà : inspection de 3 200 km de tubulure chez nos membres, formation sur les nouveaux évaporateurs, et une journée portes ouvertes à Plessisville le 14 mars. Au plaisir de vous y voir ! 🍁`],
  ['linkedin', 'fr', 'financial', `Entre nous, les membres du CA : la récolte 2026 devrait finir entre 58 et 61 millions de livres, et le prix moyen négocié avec les acheteurs tourne autour de 3,35 $ la livre. Rien d'officiel avant l'assemblée générale de février.`],
  ['linkedin', 'fr', 'email phone', `Vous êtes producteur et vous n'avez pas reçu votre relevé de classement du sirop ? Écrivez à Josée Tremblay, josee.tremblay@coop-erabliere.qc.ca, ou appelez le 819 362-4471 poste 203.`],
  ['x', 'fr', '', `Matin de décembre à Plessisville : -22 °C, le café gèle dans la tasse. Vivement la coulée d'avril.`],
  ['linkedin', 'fr', 'national_id', `Nouvelle aux ressources humaines de la coop, j'ai besoin d'aide : un membre m'envoie son NAS par Messenger pour son T4A, 046 706 438, je l'entre où dans le système ? 😅 #premièresemaine`],
  ['linkedin', 'fr', '', `Rappel pour nos nouvelles recrues à la paie : le NAS 046 454 286 qu'on voit dans les guides de l'ARC est un numéro fictif d'exemple. Ne l'utilisez jamais pour tester le logiciel de paie, prenez ceux du jeu d'essai.`],
  ['x', 'en', '', `Maple taffy on snow at the office party. The accounting team won the sugaring-off contest again, suspicious.`],
  ['linkedin', 'fr', 'financial confidential_marker', `Tableau de bord interne — NE PAS DIFFUSER avant l'AG :\n\n| Indicateur | 2025 | 2026 |\n| Membres | 1 240 | 1 312 |\n| Prix moyen $/lb | 3,02 | 3,35 |\n| Ventes export | 41 % | 46 % |\n\nMerci à tous les producteurs pour cette année record.`],
  ['linkedin', 'en', '', `Québec produced a record crop in 2025 according to the producers' federation's public figures. Our co-op's share? You'll read it in our annual report like everyone else 😉`],

  // — A luxury watchmaker in the Jura (workshop, boutiques, suppliers)
  ['linkedin', 'fr', '', `Vingt-deux ans à l'atelier et je découvre encore : aujourd'hui, réglage d'un tourbillon avec un spiral de 0,03 mm. La patience est un muscle. ⌚`],
  ['linkedin', 'fr', 'financial confidential_marker', `DIFFUSION RESTREINTE — comité produit du 1er décembre : carnet de commandes 2027 à 14 800 pièces (contre 11 200 l'an dernier), prix moyen en hausse de 7 %. Annonce au salon de Genève uniquement.\n\nJe partage à l'équipe de l'atelier parce que vous le méritez.`],
  ['linkedin', 'fr', 'national_id', `Changement de caisse de pension : si quelqu'un des RH lit ceci, mon numéro AVS est 756.9691.1972.44, le formulaire en ligne refuse de le valider depuis trois jours. Merci !`],
  ['linkedin', 'fr', '', `Petite astuce pour nos apprentis qui remplissent leur dossier : le numéro AVS 756.1234.5678.97 du modèle officiel n'est qu'un exemple de format. Mettez le vôtre, celui qui figure sur votre carte d'assurance maladie.`],
  ['x', 'fr', 'codename', `Nébula passe en présérie lundi. Trois ans de développement sur ce calibre, je n'y crois pas. Chut.`],
  ['linkedin', 'en', 'iban', `Our Geneva boutique's strap supplier asked me to pass their bank details to purchasing because the PDF keeps bouncing: CH64 0076 2063 5752 8866 1, Atelier Bracelets Leroux SA. Please update the vendor record.`],
  ['linkedin', 'fr', '', `Le mouvement qui a traversé la Manche : 11 h de vol, 3 contrôles douaniers, et il arrive à notre boutique de Londres à 0,2 s/jour près. Les certificats de chronométrie font leur travail.`],
  ['linkedin', 'fr', 'confidential_marker financial', `Je partage ce mail reçu hier parce qu'il m'a fait chaud au cœur :\n\n> Objet : [CONFIDENTIEL] Résultats atelier T3\n> Bravo à l'équipe de Morteau : rendement de 92 % sur la ligne cadrans, coût unitaire en baisse de 11 %. Ces chiffres seront présentés au conseil le 16.\n\nFiers de vous.`],
  ['linkedin', 'fr', '', `Un mail reçu d'un client, anonymisé :\n\n> « Bonjour, votre montre a été réparée en 9 jours, c'est plus rapide que ma voiture. Cordialement, M. D. »\n\nC'est pour ces messages qu'on se lève le matin.`],
  ['linkedin', 'mixed', 'financial', `Quick one pour l'équipe commerciale : the Q4 order intake for the Jura atelier is at 3,900 pieces, soit +18 % vs plan. Not public before the Watches & Wonders announcement, so gardez ça pour vous.`],
  ['linkedin', 'en', 'email', `Our Jura workshop welcomes school groups twice a month. Teachers can book a visit at visites@horlogerie-vallee.ch, we provide the loupes.`],
  ['linkedin', 'fr', 'phone', `@Sandrine le plus simple c'est d'appeler la permanence technique de l'atelier au 03 81 67 24 09, ils répondent même le samedi.`, { surface: 'comment' }],

  // — An online bank in Lisbon (payments, growth, risk, onboarding)
  ['linkedin', 'en', '', `One year since we launched instant SEPA payouts in Portugal. A huge thanks to the payments squad in Lisbon. Next up: better accessibility for screen-reader users in the app.`],
  ['linkedin', 'en', 'financial', `Proud of the growth squad. Internal dashboard says we crossed 412k funded accounts this week, deposits at €1.9bn and CAC down to €38. Keep it in the building until the Q4 investor update on 28 January please.`],
  ['x', 'en', 'card', `Support tip gone wrong: a customer DMed us their full card number to "prove" it was theirs — 4970 7532 2413 3316. Please, never send this to anyone. Not even us.`],
  ['linkedin', 'en', '', `QA reminder for new joiners: use the scheme test cards from the processor's sandbox docs (e.g. 4242 4242 4242 4242, any future expiry, any CVC), never a real card, not even your own.`],
  ['linkedin', 'en', 'iban', `Our Christmas match-funding for the food bank is open! Donate directly to their account, PT26 0033 0000 7853 7787 6051 7, and the bank matches every euro up to €20k.`],
  ['linkedin', 'en', 'national_id', `Onboarding in Lisbon? HR asks for your NIF. Tip from someone who made the mistake: I sent mine (250475243) in the team channel instead of the HR form. Don't be me.`],
  ['linkedin', 'en', '', `Portuguese NIFs have a check digit, so our forms reject typos. On receipts you'll often see 999999990, the generic "consumidor final" number, which is why our tests treat it as a placeholder rather than a person.`],
  ['x', 'en', 'secret', `ok who pushed this to a public gist 😬 STRIPE_SECRET_KEY=sk_live_mya9gy4ed1wPw7X8bbGEuRtC — rotating now, but come on`],
  ['linkedin', 'mixed', 'internal_url', `Equipa de risco: o novo painel de fraude está em https://fraud-console.corp.acme.com/alerts?team=lisbon — please bookmark it, the old Grafana will be switched off on Friday.`],
  ['linkedin', 'mixed', 'internal_url', `Nouvelle doc d'onboarding for the Lisbon squad : https://docs.intranet.lisbank.pt/onboarding — lisez la partie sécurité first.`],
  ['linkedin', 'en', 'confidential_marker', `Thrilled to share that I'll be speaking at the Lisbon Fintech Summit. The programme is under embargo until 9 December, so I can't name the panel yet!`],
  ['linkedin', 'en', '', `According to our published half-year report, the bank now serves 380k customers with €1.6bn in deposits. Proud to be part of the team behind those numbers.`],
  ['linkedin', 'en', '', `Congrats on the launch! The instant payouts work was a joy to watch from the risk side.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Our logs now redact anything that looks like a card number: card=4970********3316 status=declined reason=insufficient_funds. Masking at the edge, not in the warehouse.`],
  ['linkedin', 'en', '', `For our payments API docs we use the textbook example IBAN GB82 WEST 1234 5698 7654 32. It validates, but it's the standard specimen from the registry docs, not anyone's account.`],

  // — A logistics startup in Lagos (riders, hubs, investors)
  ['linkedin', 'en', '', `Week 48 in Lagos: 23 riders onboarded, our Yaba hub finally has a generator that doesn't sound like a jet engine, and Amaka shipped route batching. Grateful for this team.`],
  ['linkedin', 'en', 'financial', `Investor update draft (not sent yet): GMV for November at ₦2.4bn, burn down to $310k/month, runway ~19 months. Series A pipeline: two term sheets under discussion. Comments welcome before Friday.`],
  ['x', 'en', 'phone', `Lost parcel in Lekki? Our dispatch line is 0803 555 0147 (Mon-Sat 7am-9pm). DM us the waybill, not your address.`],
  ['x', 'en', '', `Waybill LGS-2026-118-004471 delivered in 38 min across the Third Mainland Bridge at rush hour. Our rider Tunde deserves a statue.`],
  ['linkedin', 'en', 'email', `Hiring a senior backend engineer (Go, Postgres, maps). Remote-friendly, Lagos preferred. Send your CV to careers [at] swiftdrop [dot] ng with "Backend" in the subject.`],
  ['linkedin', 'en', 'secret', `Debugging our rider-app push notifications on a Saturday. Found it: the config pointed at the wrong project.\n\nconst firebaseConfig = { apiKey: "AIzaPp_7vtA3R6DiZezwfg5y9cqBruxXI21kXNx", projectId: "swiftdrop-riders" }\n\nSometimes it's the boring stuff.`],
  ['linkedin', 'en', 'internal_url', `Ops team in Ibadan: the new rider payout report is at http://10.12.0.45:8080/payouts — only reachable on the office Wi-Fi or the VPN.`],
  ['linkedin', 'en', 'financial', `EBITDA for the Lagos hub turned positive in November: roughly twenty-two million naira. First time ever. We haven't told investors yet, the update goes out on the 10th.`],
  ['linkedin', 'en', '', `Overheard at the depot:\n— Why is the van painted purple?\n— Brand refresh.\n— Who approved it?\n— Everyone. That's the problem.\nHappy Friday from Lagos.`],
  ['linkedin', 'en', 'client_name', `Kick-off with Initech's logistics team in Lagos today: 40 branded vans, same-day delivery across the mainland. Big one for us.`],
  ['linkedin', 'en', 'secret', `Great session today on the new rider app analytics. Slides in the comments.\n\nP.S. for the team: the Mixpanel API secret is 0b2b964743af32c893bff37beb222f98, use it in the notebook until we set up the service account.`],
  ['x', 'en', 'secret', `@ife_ops slack's bot for dispatch alerts keeps dying, redeploy it with xoxb-798193319084-5205997283792-9M4SGsfAQk7iYY6LtGAyZjHZ and tell me if it works`, { surface: 'comment' }],
  ['x', 'en', '', `$ kubectl get pods -n rider-api\nNAME                        READY   STATUS    RESTARTS\nrider-api-7d9f8c6b5-x2kq4   1/1     Running   0\nrider-api-7d9f8c6b5-p8wz1   1/1     Running   3\nthree restarts at 2am. not again.`],
  ['linkedin', 'en', 'financial', `Not official yet, but we closed November at 96% on-time delivery and €1.1m net revenue. The board sees it on the 12th. Your team made it happen.`, { surface: 'comment' }],

  // — A chain of veterinary clinics (Lyon region)
  ['linkedin', 'fr', '', `Une chatte de 18 ans opérée ce matin d'une tumeur mammaire, réveillée, qui ronronne. C'est pour ça qu'on fait ce métier. Merci à toute l'équipe de la clinique de Villeurbanne 🐾`],
  ['linkedin', 'fr', 'phone', `Urgences vétérinaires cette nuit à Lyon : notre clinique de garde est joignable au 04 78 62 19 35. Pas de rendez-vous nécessaire, venez directement.`],
  ['linkedin', 'fr', 'financial', `Bilan de la région Rhône : chiffre d'affaires par consultation à 87 € en moyenne sur novembre, marge opérationnelle à 14,5 %. Ces résultats du réseau ne seront communiqués qu'après le conseil de surveillance du 18 décembre, je les partage ici pour féliciter les équipes.`],
  ['linkedin', 'fr', '', `Notre chien de clinique s'appelle Orion, c'est un berger australien de 4 ans qui accueille les clients à l'entrée. Il a plus de fans que les vétos sur Google Maps.`],
  ['linkedin', 'fr', 'client_name', `Belle rencontre aujourd'hui avec l'équipe de l'Hôpital Sainte-Claire : on va mutualiser notre IRM avec leur service de recherche. Le contrat n'est pas encore signé mais ça avance bien.`],
  ['x', 'fr', 'email', `Pour les propriétaires qui veulent le compte-rendu d'anesthésie de leur animal : demandez-le par mail à secretariat.lyon [chez] clinivet-rhone.fr, pas en DM svp 🙏`],
  ['linkedin', 'fr', '', `Vaccin antirabique obligatoire pour voyager avec votre animal hors UE : pensez-y au moins 21 jours avant le départ. Le passeport européen suffit pour la plupart des pays de l'Union.`],
  ['linkedin', 'fr', '', `Chez nous, le dossier médical de votre animal reste confidentiel : il n'est jamais partagé sans votre accord, même avec une autre clinique du réseau.`],
  ['linkedin', 'fr', '', `Merci pour le partage ! On a exactement le même problème à la clinique avec les rappels de vaccins.`, { surface: 'comment' }],
  ['x', 'fr', '', `Merci @ClinVetLyon et @Parc_Legendes pour le partenariat « adoptez un chat de parc » 🐈`],

  // — A public broadcaster's newsroom
  ['linkedin', 'fr', 'confidential_marker', `Petite fierté : notre enquête sur les marchés publics de l'eau sort jeudi. SOUS EMBARGO JUSQU'AU 10 DÉCEMBRE 6H00 — merci aux confrères à qui on l'a transmise de respecter l'horaire.`],
  ['linkedin', 'fr', '', `L'embargo européen sur le pétrole russe, trois ans après : notre grand format ce soir à 20h30 décrypte les contournements par les pétroliers fantômes. Six mois d'enquête.`],
  ['x', 'fr', '', `Le JT de 13h atteint 22,4 % de part d'audience hier (Médiamétrie, chiffres publiés ce matin). Merci à vous qui nous regardez ❤️`],
  ['linkedin', 'fr', 'financial', `Réunion budgétaire de la rédaction : l'enveloppe 2027 de l'investigation est arbitrée à 3,1 M€, en baisse de 12 %, mais la présidence ne l'annoncera qu'au CSE de janvier. On va devoir choisir nos sujets.`],
  ['linkedin', 'fr', 'phone', `Vous avez des informations sur l'effondrement de l'immeuble rue des Tanneurs ? Notre cellule investigation reçoit les témoignages au 01 56 40 22 90 ou via notre messagerie sécurisée.`],
  ['x', 'fr', 'internal_url', `Collègues de la locale de Rouen : le conducteur du direct de ce soir est sur http://conduite.redaction.intranet/rouen/2026-12-03 — c'est la V4, jetez la V3.`],
  ['linkedin', 'en', '', `Our newsroom just published its source-protection charter. Short version: anything you tell us in confidence stays confidential, and we will go to court for it. Full text on our website.`],
  ['linkedin', 'fr', 'confidential_marker', `Extrait de la note qu'on m'a transférée, en-tête « C3 – Restreint – usage interne » : la réorganisation des antennes régionales sera présentée en janvier. Je n'en dis pas plus, mais courage aux collègues.`],
  ['linkedin', 'en', 'national_id', `Moving to London for the bureau. HMRC's letter finally arrived with my National Insurance number, JT 48 93 61 C. Now I just need a flat. Any tips for Hackney?`],
  ['linkedin', 'fr', 'secret', `Petit rappel sécu à la rédaction numérique. Ce bloc traînait dans un ticket public de notre prestataire newsletter :\n\nSENDGRID_API_KEY=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\n\nRévoquée depuis. Vos clés vont dans le coffre, pas dans les tickets.`],
  ['linkedin', 'fr', 'phone', `Merci pour vos messages après l'article de Sud Ouest !\n\n(Pour les journalistes qui veulent nous joindre : notre attachée de presse, Inès, au 06 45 19 82 33.)`],
  ['linkedin', 'fr', '', `Soirée ciné avec la rédaction : « L.A. Confidential » en VO. Débat enflammé sur la meilleure scène, et consensus sur la bande-son.`],

  // — A tyre manufacturer in Clermont-Ferrand
  ['linkedin', 'fr', '', `À Clermont, on vient de fêter les 10 000 pneus recyclés sur le banc de dévulcanisation pilote. Belle étape pour l'économie circulaire dans la filière 🛞`],
  ['linkedin', 'fr', 'financial', `Volumes T4 (chiffres internes, pas encore consolidés ni publiés) : 4,6 millions de pneus tourisme, effet prix-mix de +3,2 %, marge sur coûts variables à 31 %. Les résultats annuels sortent le 12 février, d'ici là ça reste dans l'usine.`],
  ['linkedin', 'fr', 'codename', `Fin de la campagne d'essais hivernaux en Laponie pour Atlas Bleu. Le prototype a tenu -38 °C sans broncher. Je ne peux pas en dire plus, mais l'équipe R&D a été incroyable.`],
  ['linkedin', 'fr', '', `Visite du musée de l'Aventure industrielle avec mes enfants : ils ont adoré la salle sur les pneus de course. Clermont reste une ville de pneus, même le dimanche.`],
  ['x', 'fr', 'secret internal_url', `Le script de la ligne 4 plantait à chaque relève. Cause trouvée : DB_URL=postgresql://mes_ro:Vulc4n!2026@db-mes.usine.lan:5432/mes dans la crontab, avec un mdp expiré. Changé, tout roule.`],
  ['linkedin', 'fr', 'national_id', `Collègues de la paie, j'ai reçu ma fiche de paie avec un mauvais numéro de sécu. Le bon c'est 1 92 06 69 123 847 02, vous pouvez corriger pour décembre ?`],
  ['linkedin', 'fr', '', `Formation RGPD du jour : on a vu pourquoi un numéro de sécu comme 1 85 12 75 123 456 78 dans un Excel partagé pose problème, même quand il est faux (celui-là n'a pas la bonne clé, rassurez-vous).`],
  ['linkedin', 'en', '', `Our new tyre DOT codes end with four digits giving the week and year of manufacture: DOT 4B2X 7H9K 4826 means week 48 of 2026. Fresh off the press.`],
  ['x', 'fr', '', `[2026-12-02 23:14:07] WARN presse-07 température 182.4°C > seuil 180°C, lot 2026-48-117, opérateur 4471\nRien de grave, la presse est repartie. Mais j'adore nos logs.`],
  ['x', 'en', '', `Unit price of a 24-inch truck tyre went from €410 to €455 this year on the public price list. Fleet managers, plan accordingly.`],
  ['linkedin', 'fr', 'financial', `Budget R&D 2027 approuvé hier en comité d'investissement : 27 M€ pour la gomme biosourcée. Annonce prévue au salon de Francfort, pas avant.`],
  ['linkedin', 'fr', 'national_id', `Pour le dossier de mutation vers l'usine de Clermont, la RH portugaise m'a demandé de confirmer mon NIF : 112994288. Voilà, c'est fait, publiquement, parce que je suis fatigué.`],
  ['linkedin', 'fr', 'financial', `Conversation à la machine à café ce matin :\n— Tu as vu le budget marketing 2027 ?\n— Oui, 4,8 M€ validés en comité vendredi, contre 6 demandés.\n— Et on l'annonce quand ?\n— Pas avant la convention de janvier.\nMoralité : on va faire beaucoup avec moins.`],
  ['linkedin', 'fr', '', `Notre intranet a enfin une recherche qui marche. Trois ans qu'on la demandait. Merci à l'équipe digitale de l'usine !`],

  // — An airline catering company (Roissy, Nice)
  ['linkedin', 'en', '', `38,000 meals out of our Roissy kitchen on Sunday, the busiest day of the year. Special thanks to the halal and allergy line: zero incidents.`],
  ['linkedin', 'en', 'client_name financial', `Signed! Globex picked us for the long-haul catering of their crews out of CDG from April, roughly €46m over five years. The press release only goes out after their board ratifies it next week, so keep it quiet till then.`],
  ['x', 'en', '', `Flight AF1234 departed 14:05, gate K41, ETA 16:20, and the crew meals were on board. That's my whole job summarised.`],
  ['linkedin', 'fr', 'email', `Les fournisseurs qui veulent référencer leurs produits bio pour nos plateaux d'équipage peuvent écrire à notre acheteuse, Claire Duval : claire.duval@skytable-catering.fr`],
  ['linkedin', 'en', 'confidential_marker', `Pasting the allergen matrix the quality team asked about. The header says "INTERNAL USE ONLY — do not forward outside SkyTable" but honestly it should be public:\n\nMeal | Gluten | Nuts | Sesame\nCHML | no | no | yes\nVGML | yes | no | no`],
  ['linkedin', 'en', 'iban', `Team, the Nice kitchen landlord changed bank. New rent account: FR76 2004 1010 0568 1518 8447 205 (SCI Les Oliviers). Please update before Friday's payment run.`],
  ['linkedin', 'en', 'email', `Forwarding a lovely note from a passenger:\n\n> From: margaret.okafor@btinternet.com\n> "The vegetarian meal on my flight to Lagos was the best I've had in the air."\n\nThis one goes to the whole Roissy kitchen.`],
  ['x', 'fr', '', `🧵 Ce que personne ne vous dit sur le métier de chef d'équipe en catering aérien : 1/ on commence à 3h, 2/ on compte les yaourts, 3/ on adore ça.`],
  ['linkedin', 'en', 'client_name', `Yes! We're doing the same for Globex's crew lounges at Heathrow, happy to compare notes.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'client_name', `Nos équipes assureront la restauration du personnel de l'Hôpital Sainte-Claire à partir de mars : 1 400 repas par jour, cuisine sur place. Un nouveau métier pour nous !`],
  ['linkedin', 'en', 'financial', `Pipeline review done: €38m weighted for H1 2027 across 14 airline tenders, 3 at shortlist stage. The board sees this on the 15th, so let's keep it inside the sales team for now.`],
  ['linkedin', 'en', '', `Public benchmarks put airline catering margins between 5 and 8% (industry association report, 2025). We're a low-margin, high-volume business and that's fine.`],
  ['linkedin', 'en', '', `Cold-chain tracking numbers on our trolleys look like 5213 8840 1176 0094. No, it's not a credit card, and yes, the auditors asked.`],
  ['linkedin', 'en', 'card', `Our team lunch got paid with my corporate card and the restaurant's terminal printed the full number on the receipt: 5132 5870 3081 6504. Reported to the issuer; sharing so everyone checks their receipts.`],

  // — A space start-up in Toulouse
  ['linkedin', 'fr', '', `Premier essai à feu de notre moteur de deuxième étage ce matin : 140 secondes nominales. Des années de travail pour ces deux minutes.`],
  ['linkedin', 'fr', 'financial', `On ne peut pas encore l'annoncer, mais la levée de série B est bouclée à un peu plus de soixante-dix millions d'euros, et le carnet de lancements passe à 23 missions. Communiqué prévu mi-janvier.`],
  ['x', 'en', '', `NASA's Orion capsule on top of the Artemis II stack, and our little cubesat dispenser somewhere in the same newsfeed. Dream big, Toulouse.`],
  ['linkedin', 'en', 'codename', `Kestrel thermal vacuum campaign done. Three weeks in the chamber and not a single anomaly on the avionics. The team is exhausted and happy.`],
  ['x', 'en', '', `Saw a kestrel hovering over the launch pad at Kourou this morning. Nature doesn't care about countdowns.`],
  ['linkedin', 'en', 'secret', `PSA from our DevOps lead: a deploy token was committed to our public SDK repo this morning and revoked within 4 minutes thanks to secret scanning. The token: glpat-qT1XWE1CqxdYGsDccJ91 — don't bother, it's dead. Still, rotate yours.`],
  ['linkedin', 'fr', 'internal_url', `Pour ceux qui rejoignent l'équipe mission : les procédures de revue sont sur confluence.acme-corp.net/display/MISSION/Reviews, et le dashboard télémétrie sur telemetry.ops.internal:3000.`],
  ['linkedin', 'fr', '', `Tuto du vendredi : pour suivre les satellites en local, lancez gpredict puis ouvrez http://localhost:4533 pour piloter le rotor d'antenne. Ça tourne aussi sur un Raspberry Pi à la maison.`],
  ['linkedin', 'en', 'codename', `Leaving the space start-up after four years. I'll miss the clean room, the launch nights and Project Kestrel. Wish I could tell you all what it is, you'll see soon enough.`],
  ['x', 'en', 'financial', `Internal forecast for 2027: 9 launches, ~€85m revenue. Investors hear it at the January update. Until then, you didn't read this.`],
  ['linkedin', 'fr', 'secret', `Le webhook Discord de notre serveur communauté (8 000 passionnés de lancements) a fuité dans la capture d'écran d'un stagiaire :\nhttps://discord.com/api/webhooks/898319489394948214/m3vnhTxnOJiLOuHGib0G1bhmEcNpmSO6eZOB72pVGXLTh3dKQLpM1OcRzhouppeqTMd2\nRégénéré depuis. Floutez vos captures !`],
  ['x', 'en', 'card', `finance pls: the Amex for the Kourou trip is 3782 126238 35662, exp 09/28, book the rental car with it 🙏`],
  ['linkedin', 'fr', 'codename', `Dernière réunion de l'année sur Project Kestrel avec nos partenaires institutionnels. On passe en revue critique en mars.`],
  ['linkedin', 'en', '', `Took my daughter to the planetarium in Toulouse: she can now find Orion, Cassiopeia and the Big Dipper on her own. Future engineer?`],
  ['linkedin', 'en', '', `The Orion Nebula through the telescope at our open day. Forty kids queued in the cold to see it, best outreach event of the year.`],
  ['x', 'fr', 'codename', `Thread (3/5) : ce qui m'a le plus appris cette année, c'est la revue de conception d'Atlas Bleu. On a jeté deux mois de travail en une réunion, et c'était la bonne décision.`],

  // — A real-estate developer in Bordeaux
  ['linkedin', 'fr', '', `Pose de la première pierre de la résidence Les Chais à Bègles : 86 logements dont 30 % sociaux, ossature bois, livraison prévue fin 2028.`],
  ['linkedin', 'fr', 'financial', `Point commercial interne : 212 réservations sur l'année à fin novembre (objectif 240), écoulement de 5,1 lots par mois sur Bastide Niel, CA réservé de 61 M€ HT. À ne communiquer qu'avec les résultats annuels de mars.`],
  ['linkedin', 'fr', 'client_name', `Grosse réunion de lancement avec Société Générique pour le siège de leur direction régionale aux Bassins à flot. Le permis est déposé, on vise un démarrage au T3.`],
  ['linkedin', 'fr', '', `Visite de chantier avec la Société Générale ce matin pour le financement de la tranche 2. Merci à leur équipe immobilier pour la réactivité !`],
  ['linkedin', 'fr', 'national_id email', `Un acquéreur m'a envoyé son dossier sur mon mail perso au lieu de l'espace client, avec sa carte d'identité espagnole (DNI 88676707T). Je lui ai répondu de tout renvoyer à dossiers@bastide-promotion.fr. Soyez vigilants, on reçoit de tout.`],
  ['x', 'fr', 'phone', `Bureau de vente des Chais ouvert ce samedi de 10h à 18h. Infos : 05 56 48 21 70.`],
  ['linkedin', 'fr', 'iban', `Réservataires de la résidence Les Chais : l'appel de fonds de 5 % se règle uniquement sur le compte séquestre du notaire, FR76 3000 4008 2341 7075 3645 539. Méfiez-vous des mails qui donnent un autre RIB !`],
  ['linkedin', 'fr', '', `Arnaque au faux RIB : un client a reçu un mail avec l'IBAN FR76 3000 4008 2341 7075 3645 538 à la place du nôtre. Heureusement la clé était fausse et la banque a rejeté le virement. Vérifiez toujours par téléphone.`],
  ['linkedin', 'fr', 'email phone', `Vous êtes invités à notre soirée clients du 11 décembre à la Cité du Vin. RSVP avant le 5 auprès de Laura : 05 57 22 10 46 ou laura.bernard@bastide-promotion.fr`],
  ['linkedin', 'fr', '', `Meetup Data Bordeaux #18 le 17 décembre à 19h : « Prévoir la demande de logements avec des modèles hiérarchiques ». Inscription gratuite, places limitées.`],
  ['linkedin', 'en', 'client_name', `Globex's finance team spent the day at our Bordeaux site: they're looking at two floors for their new regional office. Fingers crossed.`],
  ['linkedin', 'fr', '', `Livraison de la résidence décalée au 04/12/2028 à cause des intempéries. Référence du permis : PC 033 063 25 Z0142, consultable en mairie.`],
  ['linkedin', 'fr', '', `Mon budget pour le marathon de Bordeaux : 85 € d'inscription, 140 € de chaussures et une quantité déraisonnable de cannelés.`],
  ['linkedin', 'fr', 'codename', `Superbe séminaire d'équipe à Arcachon, merci aux organisateurs !\n\nPS : on se revoit lundi pour le point Orion, salle 2.`],

  // — A Belgian chocolate maker
  ['linkedin', 'fr', '', `Saint-Nicolas approche : 42 000 figurines moulées cette semaine dans notre atelier de Wavre. Odeur de chocolat garantie jusque sur le parking.`],
  ['linkedin', 'fr', 'financial', `Les volumes de Pâques 2027 validés hier en comité : 1 850 tonnes, +14 %, avec une hausse de prix de 9 % pour absorber le cacao. Pas un mot avant que la direction informe les distributeurs le 15 janvier.`],
  ['linkedin', 'fr', 'national_id', `Pour mon dossier de télétravail transfrontalier, la RH me demande mon numéro de registre national. Je le mets ici pour mon collègue de la paie qui ne lit pas ses mails : 85.07.14-055.01. Merci Jeroen !`],
  ['linkedin', 'en', '', `Belgian national register numbers carry a mod-97 check, so our HR form rejects a typo instantly. Tip for devs: test with the fake numbers from the official sandbox, never with your own.`],
  ['x', 'en', 'iban', `Our cocoa cooperative partner is paid through a Belgian escrow now. Finance folks, the account is BE61 1588 1399 8617, ref COCOA-Q4. Sorry for the public post, Teams is down.`],
  ['linkedin', 'en', '', `Fun fact from the factory tour: our praline recipe book has been stamped "Top Secret" in red since 1928. It sits in a glass case in the lobby, open to every visitor.`],
  ['linkedin', 'mixed', 'email phone', `Proeverij / dégustation de Noël pour les clients pros ce jeudi à Wavre ! Inscriptions : events@chocolaterie-vandamme.be ou +32 10 22 45 67.`],
  ['linkedin', 'fr', 'iban', `Merci à tous pour la cagnotte de départ de Bernard ! Il reste trois jours pour participer.\n\nP.S. Pour ceux qui préfèrent le virement : BE65 9879 7309 1196 (compte de Lies).`],
  ['linkedin', 'fr', 'financial', `Fierté du jour : la marge brute de la boutique en ligne passe à 62 % sur novembre, contre 55 % l'an dernier. Ce n'est pas encore public, on en reparle après la clôture de l'exercice.`],
  ['linkedin', 'fr', '', `Le prix du cacao a triplé en deux ans sur le marché de Londres. Pour une chocolaterie artisanale, c'est un défi quotidien, et on l'explique à nos clients sans détour.`],
  ['linkedin', 'fr', '', `Le Globex de la CME a rouvert dimanche soir avec un bond des contrats à terme sur le cacao. Pour nos achats de fèves, on suit ça de près.`],
  ['linkedin', 'en', 'confidential_marker', `Working with a new supplier under NDA on our compostable packaging. Can't say who yet, but the prototypes are gorgeous.`],
  ['linkedin', 'fr', '', `Dernier jour à la chocolaterie. 14 Pâques, 14 Saint-Nicolas, et un nombre incalculable de pralines goûtées « pour le contrôle qualité ». Merci à tous.`],
  ['linkedin', 'fr', '', `Le terminal de la boutique imprime désormais **** **** **** 0695 sur les tickets, comme il se doit. Merci à l'équipe caisse pour la mise à jour.`],

  // — A recruitment agency in Geneva
  ['linkedin', 'fr', '', `Nous recrutons pour un client de la banque privée à Genève : Responsable conformité (H/F), 140-165 kCHF + bonus, 4 jours sur site. Contactez-moi en message privé.`],
  ['linkedin', 'fr', 'email', `Candidats pour le poste d'ingénieur horloger : envoyez vos CV à sophie.muller(at)alpinetalent.ch, pas en DM, je ne les vois pas.`],
  ['linkedin', 'fr', 'client_name', `Nouveau mandat exclusif pour Initech : 12 postes de développeurs à Lausanne. Oui, vous avez bien lu, douze. Candidatures ouvertes lundi.`],
  ['linkedin', 'en', '', `Every recruiter's favourite film is Office Space: the TPS reports, the printer, Initech's red stapler. Every company has a Milton somewhere.`],
  ['linkedin', 'fr', 'financial', `Chiffres de l'agence pour le T4, avant la réunion des associés : 118 placements, honoraires moyens de 27 500 CHF, CA trimestriel vers 3,2 MCHF. On ne les publiera pas, c'est juste pour mon équipe qui a tout donné.`],
  ['x', 'fr', 'national_id', `Candidat qui m'envoie son CV avec son numéro AVS dans l'en-tête (756.5520.8681.70). Non, ce n'est pas nécessaire, et surtout pas sur un CV qui tourne chez cinq cabinets.`],
  ['linkedin', 'en', 'phone', `Looking for multilingual executive assistants in Geneva (FR/EN/DE). Call me directly on +41 22 710 45 80 or drop by our office on Rue du Rhône.`],
  ['linkedin', 'en', 'confidential_marker', `Posting the brief for the CFO search. It's marked "Strictly Confidential – Candidate Information" at the top, so I removed the names, but the profile below is what our client wants:\n- 15+ years, listed company\n- IFRS, treasury\n- French and German`],
  ['linkedin', 'fr', 'email', `Bonjour Karim, pour votre candidature écrivez directement à ma collègue : n.ferreira@alpinetalent.ch, elle gère les postes en horlogerie.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'national_id', `Nouvelle recrue à Madrid : mon NIE (X6837504H) est enfin arrivé après quatre mois ! Pour la RH, je vous l'envoie aussi par mail.`],
  ['linkedin', 'fr', '', `Astuce pour les RH : un NIE espagnol se vérifie avec sa lettre de contrôle. X1234567B, qu'on voit dans certains tutos, ne passe pas le contrôle, c'est voulu.`],

  // — A university hospital's research unit
  ['linkedin', 'fr', '', `Notre unité de recherche en immunologie publie aujourd'hui dans une grande revue ! Quatre ans de travail sur les lymphocytes T régulateurs. Lien vers l'article en commentaire.`],
  ['linkedin', 'fr', 'client_name confidential_marker', `Réunion du consortium avec l'Hôpital Sainte-Claire : document de travail « Confidentiel – ne pas diffuser » reçu ce matin, les inclusions de l'essai démarrent en février. Très fiers de ce partenariat.`],
  ['linkedin', 'fr', 'national_id', `Un patient a écrit son numéro de sécu sur le questionnaire papier : 2 85 03 75 112 944 27. On doit le noircir avant la numérisation, on est d'accord ? Je demande pour notre nouvelle ARC.`],
  ['linkedin', 'en', 'financial', `Grant news from our lab: the ERC panel's informal feedback puts us at €2.4m over five years, pending the official letter in February. Can't make it public yet, but I'm telling my PhD students tonight.`],
  ['linkedin', 'en', '', `Our biobank is open to academic partners. Sample requests go through the data access committee; all data is pseudonymised and stays confidential under GDPR.`],
  ['x', 'en', 'internal_url', `Anyone from the lab who can't reach REDCap: use https://redcap.chu-research.local/surveys/ from the hospital network, not the old URL.`],
  ['linkedin', 'mixed', 'secret', `Stagiaires du labo : pour la base d'images, login: pathologie / mdp: Tr!coloR-2026 — please change it at first login, merci.`],
  ['linkedin', 'fr', 'national_id', `Échange du jour avec une nouvelle collaboratrice italienne :\n— Il te faut mon codice fiscale ?\n— Oui, pour la mutuelle.\n— C'est BNCGLI90C62F205S.\n— … tu sais que tu viens de l'écrire dans le canal général ?\nFormation RGPD programmée lundi 😅`],
  ['linkedin', 'en', '', `Codice fiscale 101 for our Milan collaborators: RSSMRA85T10A562S (the famous Mario Rossi) in every tutorial is a specimen, not a real person. Use it in test data, never a colleague's code.`],
  ['linkedin', 'en', 'secret', `Posting this so nobody else does it: our lab's private key ended up in a public notebook.\n\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDk7rV9tXy2Qm3Lw8sPz1hJ0aN4cGv6eRt5uYbK2dF1oQAAAJiN7cP2\n-----END OPENSSH PRIVATE KEY-----\n\nKey revoked on every server. Please check your notebooks.`],

  // — A streaming platform's data team
  ['linkedin', 'en', '', `Shipped: our recommendation model now handles cold-start users 22% better on offline metrics. Big thanks to the data team for a very patient A/B test.`],
  ['linkedin', 'en', 'financial', `Monthly churn dipped to 3.1% in November, the first time under 3.5% all year, and ARPU is up to €9.40. Those numbers are for the internal QBR only until we report Q4 in February, but I'm so proud of the retention squad.`],
  ['x', 'en', '', `Watching Nebula's new documentary about how YouTubers built their own streaming service. Respect from one streaming team to another.`],
  ['linkedin', 'en', 'secret', `Note to self and to whoever reads my old Airflow DAGs: we had a Slack alert webhook hardcoded in there for months:\nhttps://hooks.slack.com/services/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\nIt's in the secrets manager now. Audit your DAGs.`],
  ['linkedin', 'en', 'codename', `Finally allowed to say I've been working on Nébula for the past year. Not what it is, just that it exists, and that the data platform behind it is the best thing I've built.`],
  ['linkedin', 'en', 'internal_url', `Our data catalog moved: https://datahub.streaming.acme-corp.net/ — old links will redirect until January.`],
  ['x', 'en', '', `Pro tip for analysts: SELECT * FROM events LIMIT 10 on a 40 TB table still costs money on some warehouses. Preview with TABLESAMPLE instead.`],
  ['linkedin', 'en', 'email', `If you're an indie film distributor and want to pitch your catalogue, our acquisitions inbox is acquisitions@flixwave.tv. I read everything, I promise.`],
  ['linkedin', 'en', 'financial', `Subscribers in DACH grew by somewhere between 140 and 160 thousand in Q4, our best quarter ever. Can't share the exact number before the earnings call on 5 February, but congrats to the localisation team.`],
  ['x', 'en', '', `Spotify, Netflix and Disney all reported churn this quarter; the SVOD industry average sits around 5% a month. Fascinating public data for anyone in streaming.`],
  ['linkedin', 'en', 'secret', `My notebook for the subtitle-quality classifier, if anyone wants to reproduce it:\n\nimport os\nclient = OpenAI(api_key="sk-proj-HOrlweHROhbF8hCtZUDJRzVT668Nyu0t-aT0ewkMVHrmcBNf")\n\nLet me know what F1 you get on the French set.`],
  ['x', 'mixed', 'email', `Hello les devs, for access to the streaming sandbox, ping data-platform (at) flixwave (dot) tv. Merci !`],
  ['x', 'en', 'secret', `@devops_sam since Slack is down, here's the token for the model repo: hf_nYDGrNOxfJSmIXagjvo8DnMRkTtfKATHRL`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Git tip for new devs: clone with git@github.com:flixwave/recs-pipeline.git once your SSH key is added. HTTPS works too, but you'll type your token a lot.`],
  ['linkedin', 'en', '', `When documenting our API, we always use placeholders like jane.doe@example.com, never a real customer address, not even a colleague's.`],
  ['linkedin', 'en', '', `Install our design tokens with npm i @flixwave/tokens@3.2.0. Changelog in the repo, breaking changes in bold.`],
  ['linkedin', 'en', '', `Our public status page is at status.flixwave.tv: subscribe to get incident notifications before your users tweet at you.`],
  ['x', 'en', '', `@nadia_k sorry about that! We can see your ticket #4817-2291-3306, it's escalated to billing and you'll hear back within 24h.`, { surface: 'comment' }],

  // — Cross-industry: HR and payroll slips, checksum look-alikes
  ['linkedin', 'en', 'national_id', `New hire in our Amsterdam office here! Funny story: payroll asked for my BSN and I pasted 262088046 in the wrong chat, the one with 300 people. Lesson learned, say hi 👋`],
  ['linkedin', 'en', '', `Dutch devs: 111222333 is the well-known test BSN that passes the 11-check. Use it in your form tests, never a real one.`],
  ['linkedin', 'en', 'national_id', `HR in Warsaw asked me to "post it in the onboarding group" (I'm sure they meant DM). So my PESEL, 88071290227, is now in a group with 40 people. Deleting in a minute.`],
  ['linkedin', 'en', 'national_id', `My Steuer-ID for the Hamburg payroll form, since the portal keeps timing out: 53157468522. @Katrin could you enter it manually?`],
  ['linkedin', 'fr', '', `Un identifiant fiscal allemand (Steuer-ID) a 11 chiffres et une clé de contrôle ; 12345678901 n'en est pas un, et nos tests le rejettent bien.`],
  ['linkedin', 'en', '', `UK payroll tip: the HMRC example National Insurance number QQ 12 34 56 C is only a format example and can never be issued. Great for test data.`],
  ['x', 'en', 'national_id', `Filling the W-4 for our Austin office and the form wants my SSN again (412-68-3390). Why is this the third time HR asks? 🙃`],
  ['linkedin', 'en', '', `The most misused SSN in history: 078-05-1120, printed on a sample card sold in Woolworth wallets in 1938 and used by thousands of people. Voided long ago. Great story for our privacy training.`],
  ['linkedin', 'fr', 'card', `Pour la salle du séminaire, l'hôtel demande une garantie. Carte de l'équipe : 4539 5226 9802 0695, expiration 11/27. Quelqu'un peut appeler pour la donner ? Je suis en réunion jusqu'à 16h.`],
  ['x', 'en', '', `Test card for the sandbox checkout is 5555 5555 5555 4444 (Mastercard, straight from the processor docs). Don't put real cards in staging.`],
  ['linkedin', 'en', 'card', `Travel desk, the hotel in Esbjerg needs the card again for the incidentals:\n\nCardholder: M. Jensen\nNumber: 5412 7034 5351 3210\nExpiry: 06/28\n\nThanks, and sorry for doing this here.`],
  ['x', 'fr', '', `SIRET de la coop à mettre sur vos factures : 894 580 730 21572. Et oui, on paie à 30 jours, promis.`],

  // — Cross-industry: secret and URL look-alikes
  ['linkedin', 'en', '', `The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as sample credentials. If your scanner flags those in our docs repo, that's expected: they're the published examples.`],
  ['linkedin', 'en', 'secret internal_url', `This is why we moved to a vault:\n\n# .env.production (found in an old branch)\nAWS_ACCESS_KEY_ID=AKIA14J4OH348Q9ZT964\nAWS_SECRET_ACCESS_KEY=Z3zLIbet6/UzH/7+3eLO6m4H5x29iI+Vmy0s5bla\nAPI_BASE=https://orders.corp.acme.com/api\n\nRotated, but it sat there for 11 months.`],
  ['linkedin', 'en', 'secret', `Sharing our docker-compose for the analytics stack in case it helps someone:\n\nservices:\n  metabase:\n    image: metabase/metabase:v0.51\n    environment:\n      MB_DB_CONNECTION_URI: "postgres://metabase:q8Zr2LwPx7vN@analytics-db:5432/metabase"\n\n(yes, I'm rotating that now that I see it)`],
  ['linkedin', 'en', '', `Docker-compose template for local development:\n\n  DATABASE_URL: postgres://user:password@localhost:5432/app\n\nReplace the placeholders with your own values, and never commit the real ones.`],
  ['linkedin', 'en', '', `Stripe's own documentation uses the test key sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example. It only works in test mode, so seeing it in our tutorial is fine.`],
  ['x', 'en', '', `Fixed in commit 3f9a1c2e8b7d4f6a0c5e9b1d2f4a6c8e0b1d3f5a, release notes tomorrow. The bug was an off-by-one in the timezone offset, obviously.`],
  ['linkedin', 'en', '', `Verify your download before installing the ground-station tools: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. If it doesn't match, don't run it.`],
  ['linkedin', 'fr', '', `Rappel sécurité : un bon mot de passe, c'est une phrase longue et unique par service. Le fameux « correct horse battery staple » est devenu un mème, ne l'utilisez surtout pas.`],
  ['linkedin', 'en', 'secret', `Lesson from a junior's first week: he pasted this in our public community Discord asking for help:\nnpm_7zUlarJSqivLPNA1XZE24EvacWoOhQ28rubX\nRevoked in minutes. Publish tokens belong in CI secrets, nowhere else.`],
  ['x', 'en', '', `If your home router is still at 192.168.1.1 with the admin password it shipped with, today is the day to change it.`],
  ['linkedin', 'en', 'internal_url', `Internal tech talk Thursday 4pm: "How we cut our Kafka costs by a third". Join on https://meet.intranet.acme.com/kafka-talk or in room Kelvin, 3rd floor.`],
  ['linkedin', 'fr', 'internal_url', `Le lien que tu cherches, c'est https://sharepoint.corp.acme.com/sites/RH/Mutuelle2027 — mais il faut être sur le VPN.`, { surface: 'comment' }],
  ['x', 'en', '', `Release 2.14.0.3 of the rider app is live: 18 bug fixes, and 2 new ones we'll find tomorrow.`],
  ['linkedin', 'fr', '', `Pour joindre le standard, composez le 01 •• •• •• 00. Non, je plaisante : il est sur notre site, rubrique contact.`],

  // — Cross-industry: labels, jokes and published figures
  ['linkedin', 'en', '', `We're rolling out a four-level data classification (Public, Internal, Confidential, Restricted) next month. Here's how we trained 800 people on it in two weeks without a single slide deck.`],
  ['x', 'en', '', `My kids labelled their Christmas list "TOP SECRET – PARENTS ONLY". Which defeats the purpose, but ok.`],
  ['linkedin', 'fr', '', `Résultats annuels publiés ce matin : chiffre d'affaires de 1,38 Md€, marge opérationnelle de 9,8 %. Le communiqué complet est sur notre site investisseurs.`],
  ['linkedin', 'fr', '', `Migration du catalogue vers MongoDB Atlas terminée ce week-end, zéro interruption de service. Bravo à l'équipe plateforme !`],
  ['x', 'en', '', `A kestrel is back on my garden feeder camera. Third morning in a row 🦅`],
  ['linkedin', 'en', '', `Great week at the Paris Air Show planning session.\n\nP.S. Yes, the espresso machine on the 4th floor is fixed. You're welcome.`],

  // — Late additions: signatures, chats and slips across the same authors
  ['linkedin', 'fr', 'card', `Réservation du car pour la sortie d'équipe : l'autocariste veut une empreinte de carte. Je l'ai donnée par téléphone, mais je la note ici pour la compta qui doit la remplacer : 4012 2209 6567 2852, exp. 03/28. (Oui, je sais.)`],
  ['x', 'fr', 'card', `Capture du chat support de ce matin, on floute d'habitude mais pas cette fois 🙈 : « bonjour ma carte 4974 4533 3147 8938 est refusée au péage »`],
  ['x', 'fr', 'client_name', `Démo de notre outil de planification des tournées chez Initech demain matin. Croisez les doigts 🤞`],
  ['linkedin', 'fr', 'codename', `Bilan de l'année côté parc : deux nouvelles attractions, une billetterie refaite, et Nébula qui avance plus vite que prévu. Vivement 2027 !`],
  ['linkedin', 'fr', 'email phone', `Merci à tous pour vos retours sur ma conférence au salon Seanergy !\n\n--\nThomas Girard\nResponsable maintenance offshore\nT. +33 2 35 19 44 60 | thomas.girard@eolmer-nord.fr`],
  ['linkedin', 'mixed', 'iban', `Para a equipa de finanças / pour l'équipe finance : le nouveau compte du traiteur de la cantine de Lisbonne est PT15 0035 0697 2716 0954 3500 3. Obrigado !`],
]);
