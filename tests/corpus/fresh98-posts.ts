import { rows } from './corpus-types';

/**
 * Held-out set "fresh98": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh98`.
 * First scored: 2026-12-05 on b75c9ac (unseen, before any fix from it): confidentiality macro F1 0.972 / 5.4 % (6 of 111).
 *
 * Authors: staff of sports clubs (a French Ligue 2 / National club, a rugby club, a Spanish club and its academy, an
 * Italian Serie C club, an English Championship / non-league club, a women's section), federations, athletes' agencies
 * and event organisers (a marathon, a trail race, a canoe-kayak bid, a tennis open, a rugby sevens) in France, Spain,
 * Italy and the UK, writing in French and English (and a few Spanish and Italian posts with an English line, labelled
 * mixed). Forms: proud team updates, pasted stand-up and board notes, chat messages pasted in the wrong window,
 * onboarding checklists, passenger and insurance lists, config snippets and changelogs, post-mortems (a leaking and a
 * public version), supplier notices, customer replies (surface 'comment'), job ads with published salary ranges, live
 * match posts, a three-post X thread, polls, goodbyes, out-of-office notes and tips.
 * Financial positives: transfer fees, bids, loan fees and contract renewals before the medical or league registration,
 * sponsorship and image-rights deals before signature or launch, hospitality and box sales before announcement, ticket
 * and season-ticket price rises before supporters are told, matchday and cup gate receipts before the league or the AGM,
 * draft and board budgets, a sealed hosting guarantee and media-rights bid, a tender, a pre-money valuation, a forecast
 * deficit, a naming-rights floor; the "not public yet" signal is said in many ways (between us, hold your posts, keep it
 * in the family chat, sealed bids open on…, to be confirmed by finance, not yet in the public domain, delete this if…).
 * Financial look-alikes: officialised fees in the clubs' releases, fees quoted by the press, published accounts and
 * annual reports, officially announced sponsorships and renewals, published ticket prices, league-published attendance,
 * job-ad salaries, a council subsidy vote, a public tender's base price, Forbes figures, a fan's own spending and a
 * teaching example.
 * Numbers: every IBAN, card and national-id positive was computed with a throwaway script outside the repo: IBAN mod 97
 * (FR with the RIB key, ES with both control digits, IT with the CIN letter, GB); Luhn for Visa, Mastercard and Amex;
 * French NIR with its 97 key (incl. a born-abroad 99 code), Spanish DNI and NIE check letters, Italian codice fiscale
 * check character; UK NINO by format. Look-alikes: an IBAN with a wrong check digit in a scam warning, the UK example
 * IBAN GB29 NWBK, Stripe's 4242 card, an order number failing Luhn, last-four digits, HMRC's QQ NINO, the RSSMRA80A01H501U
 * codice fiscale specimen, an NIE template, a masked NIR, a federation licence number. Phones in French, Spanish, Italian
 * and UK formats (mobiles, switchboards, toll-free 0800 / 800 / 0 800), beside emergency short numbers (15, 112, 999).
 * Conventions: every written email (role mailboxes and "[at] [dot]" / "name @ domain" forms) and phone (switchboards and
 * hotlines included) is flagged, a bare domain is not; door, gate and keypad codes, Wi-Fi passwords, API tokens, a Slack
 * webhook, AWS keys and connection-string credentials are secret, placeholders, "changeme" and AWS's EXAMPLE key are not;
 * internal_url for intranet., private IPs, .local/.internal hosts and the policy's domains; confidential_marker for
 * explicit labels (EMBARGO jusqu'au…, EMBARGOED UNTIL, CONFIDENTIAL, CONFIDENTIEL, [INTERNE], Classification: Internal,
 * SOUS NDA, TLP:AMBER, DIFFUSION RESTREINTE, INTERNAL ONLY, CONFIDENCIAL, RISERVATO, USO INTERNO), not for "entre nous",
 * "please don't forward", a documentary title, a 1994 stamped team sheet, TLP:CLEAR talk or a lifted embargo; the
 * policy's names only in their project / customer sense (the constellation Orion, a nebula, a kestrel and the Kestrels
 * girls' team, Atlas the cat, an Atlas moth, a chapel and a stand nicknamed Sainte-Claire, Globe Athletics and a
 * supporters' "Société générale" are clean). Athletes' medical details alone carry no category; ids, phones and
 * addresses beside them do.
 * Counts: 236 posts (85 FR, 117 EN, 34 mixed; 199 LinkedIn, 37 X; 8 comments): 111 clean, 125 with one or more
 * findings. Labels: financial 35, phone 21, secret 14, confidential_marker 14, national_id 12, email 10, client_name 8,
 * codename 8, internal_url 8, iban 7, card 4.
 */
export const FRESH98_POSTS = rows('fresh98', [
  // --- transfers, contracts, sponsorship: figures before announcement and published look-alikes ---
  ['linkedin', 'fr', 'financial', `Très fiers de la cellule recrutement cette semaine 💪 On a bouclé le dossier du milieu danois : 3,8 M€ + 600 k€ de bonus, mais rien ne sort avant la visite médicale de jeudi et l'annonce officielle du club. Merci à tous pour les nuits blanches !`],
  ['linkedin', 'fr', '', `Le transfert de notre ancien capitaine vers Lisbonne a été officialisé hier par les deux clubs : 7 M€ selon le communiqué publié sur le site. Une page se tourne, merci pour tout Théo.`],
  ['x', 'en', 'financial', `Can't say who yet but our bid is in: £2.1m up front, rising to £2.9m with add-ons. Board signed it off this morning, the other club has until Friday. Fingers crossed 🤞 #transferwindow`],
  ['x', 'en', '', `Reminder that the fee quoted in today's papers (£12m) is their number, not ours. We never comment on transfer fees. Enjoy the weekend.`],
  ['linkedin', 'en', '', `Great piece in The Athletic on how mid-table clubs in the Championship spend: average wage-to-turnover ratio of 108% last season, per the published accounts. Worth a read if you work in football finance.`],
  ['linkedin', 'fr', 'financial client_name', `Petite victoire pour l'équipe partenariats : Globex passe maillot principal pour trois saisons. 1,4 M€ par an, le contrat est signé mais on garde tout sous le coude jusqu'à la présentation du maillot le 12. Chut 🤫`],
  ['linkedin', 'fr', '', `Notre partenariat maillot avec la Mutuelle des Hauts-Cantons, annoncé en conférence de presse ce matin, porte sur 900 000 € par saison, montant communiqué par les deux parties. Bienvenue à eux dans la famille !`],
  ['linkedin', 'mixed', 'financial', `Resumen para el comité: la renovación del delantero queda en 1,2 M€ brutos/año hasta 2029, cláusula de 15 M€. No se comunica hasta que la LFP registre el contrato, así que nada en redes de momento.`],
  ['x', 'fr', '', `Clause libératoire de 15 M€ ? C'est ce que dit la presse espagnole, on n'a aucune info là-dessus et franchement ce n'est pas notre club. Bon match à tous ce soir.`],
  ['linkedin', 'mixed', 'financial', `Aggiornamento interno dal direttore sportivo: offerta per il terzino sinistro fissata a 850.000 € più il 10 % sulla futura rivendita. La cifra resta tra noi finché la Lega non deposita il contratto.`],
  ['linkedin', 'en', 'financial', `Pasted from our partnerships stand-up:
- Energy drink deal: verbal yes at £350k/yr for 3 yrs, not signed
- Do NOT mention the number to the kit supplier, they think we're at £250k
- Press release pencilled in for 1 March
Right, who's doing the coffee run?`],
  ['linkedin', 'en', '', `We are hiring! Commercial Partnerships Manager, London, £48,000–£55,000 + bonus, hybrid. Apply via our careers page before 15 January.`],
  ['linkedin', 'fr', '', `Offre d'emploi : chargé(e) de billetterie CDI à Montvallon, 28 à 32 k€ brut annuel selon expérience, tickets resto et accès aux matchs. Candidatures sur notre site, rubrique recrutement.`],
  ['x', 'en', 'financial', `Season-ticket renewals at 91% and £4.3m in the bank already. Not telling the fans until the CEO's letter goes out next week so keep it quiet, but what a team 👏`],
  ['x', 'en', '', `Official: 31,204 in the ground on Saturday, our biggest crowd since 1997 according to the league's published attendance figures. You lot are incredible.`],
  ['linkedin', 'fr', '', `Affluence record pour la finale du championnat de France de handball féminin : 12 450 spectateurs selon les chiffres officiels de la Ligue. Bravo à toute l'organisation, on était fiers d'être bénévoles.`],
  ['linkedin', 'fr', 'financial', `Retour sur notre réunion billetterie de lundi (ne pas diffuser au-delà du codir) : recettes matchs à 2,74 M€ à mi-saison contre 2,1 M€ l'an dernier. Les chiffres officiels seront présentés à l'AG de juin, d'ici là on ne communique rien.`],
  ['linkedin', 'en', 'financial', `Quick heads-up to the ops team: the board approved a 6% increase on category 2 tickets for next season (£38 → £40.30). Supporters' trust gets told on the 20th, so please hold off on updating anything public.`],
  ['linkedin', 'en', '', `Ticket prices for next season are now live on the website: adult season tickets from £395, under-18s from £120. Early-bird pricing until 31 May.`],
  ['linkedin', 'fr', 'financial', `Dossier de candidature pour accueillir les championnats d'Europe de canoë-kayak 2028 déposé ✔️ Garantie financière proposée : 2,35 M€, enveloppe sous pli fermé jusqu'à l'ouverture par la fédération européenne en mars. Merci à la région pour le soutien.`],
  ['linkedin', 'fr', '', `La Ville a voté hier soir une subvention de 450 000 € pour la rénovation de notre gymnase, délibération publique consultable sur le site de la mairie. Merci aux élus !`],
  ['x', 'mixed', 'financial', `El presupuesto de la temporada que viene, 18,6 M€, aún no lo ha visto la asamblea de socios. Lo digo aquí porque estoy orgulloso del trabajo, pero borrad esto si alguien lo comparte 😅`],
  ['linkedin', 'mixed', '', `Según las cuentas anuales depositadas en el Registro Mercantil, el club cerró 2025 con 22,4 M€ de ingresos. Transparencia ante todo.`],
  ['linkedin', 'en', 'financial', `Agency update for our athletes' families: we've agreed terms with a boot brand for two of our sprinters, combined £410k over 4 years. Nothing is public yet, the brand wants to launch it around the indoor season, so please keep it in the family chat.`],
  ['linkedin', 'en', '', `Proud to announce that @Maya has signed a four-year deal with a major sportswear brand, announced today at the brand's Paris event. So happy for her!`],
  ['linkedin', 'fr', 'financial codename', `Projet Orion (nouvelle tribune Nord) : l'estimation révisée passe à 14,2 M€, +1,8 M€ par rapport au budget de départ. On présente ça au conseil d'administration le 3, avant aucune communication externe.`],
  ['linkedin', 'fr', '', `Ce soir, observation d'Orion depuis la pelouse du stade éteint avec le club d'astronomie du quartier 🌌 Merci aux jardiniers d'avoir accepté de couper les projecteurs !`],
  ['linkedin', 'en', 'codename', `Kick-off meeting for Project Kestrel today: the new member app, ticketing and loyalty in one place. Huge thanks to the digital crew for the prototypes!`],
  ['linkedin', 'en', '', `A kestrel has been nesting on the floodlight pylon behind the away end all spring. The groundsman has named it Kevin. Chicks expected any day now 🐦`],
  ['x', 'fr', 'codename', `Premières maquettes de Nébula (la refonte du parcours billetterie) validées ce matin 🚀 On attaque le dev la semaine prochaine !`],
  ['x', 'en', '', `Nebula shots from our groundsman's telescope last night. Who knew the training ground had such dark skies?`],
  ['linkedin', 'fr', 'codename', `Atlas Bleu avance bien : la nouvelle appli de suivi de charge des joueurs sera testée avec la réserve dès janvier. Bravo à la cellule perf.`],
  ['linkedin', 'fr', '', `Notre mascotte Atlas (le chat du centre de formation) a fêté ses 10 ans ce week-end. Il a eu droit à un gâteau au thon et à une haie d'honneur des U15 😹`],
  ['linkedin', 'en', 'client_name', `Great day at Hôpital Sainte-Claire: our physios ran the first joint session with their sports-medicine unit under the new partnership. Lots to learn from each other.`],
  ['linkedin', 'fr', '', `Départ du 10 km solidaire ce dimanche devant la chapelle Sainte-Claire, parcours le long des quais. Inscriptions ouvertes sur le site de la course.`],
  ['linkedin', 'en', 'client_name financial', `Hospitality sales note: Initech has taken the whole east box for the season at £96k, the renewal is signed but their comms team wants to announce it themselves in January. Don't post about it before then.`],
  ['x', 'fr', 'client_name', `Séminaire de cohésion organisé pour les équipes de Société Générique au stade aujourd'hui, visite des vestiaires et tirs au but. Super ambiance !`],
  ['x', 'fr', '', `Qui a gagné le concours de pronostics de la Société générale des supporters ? Réponse samedi à la buvette.`],
  ['linkedin', 'en', '', `Shout-out to Globe Athletics for the loan of their timing gear at our club cross-country. Grassroots at its best.`],
  // --- athletes' personal and medical data, ids, phones, emails ---
  ['linkedin', 'fr', 'national_id', `Pour la licence de notre nouvelle recrue, la fédé me demande de vérifier son numéro de sécu : 1 85 07 75 123 456 08. Quelqu'un sait si on doit aussi joindre l'attestation CPAM ? (désolé, collé trop vite)`],
  ['linkedin', 'fr', '', `Rappel aux clubs : le numéro de sécurité sociale de vos licenciés ne doit jamais transiter par mail. Utilisez le portail fédéral chiffré. Exemple de format à ne pas reproduire : 1 XX XX XX XXX XXX XX.`],
  ['linkedin', 'en', 'national_id phone', `Onboarding checklist for our new academy coach (pasted from my notes, sorry):
Name: Daniel Okafor
NI number: JK 48 29 17 B
Mobile: 07912 345 671
Start date: 6 Jan`],
  ['linkedin', 'en', '', `Payroll tip for small clubs: HMRC's guidance uses QQ 12 34 56 C as the example National Insurance number. If you see it in a real record, something went wrong in your import.`],
  ['linkedin', 'mixed', 'national_id', `Documentación para el alta del fisioterapeuta en la federación: DNI 48213657E, titulación y certificado de delitos sexuales. Lo envío al portal esta tarde. Thanks to everyone who helped with the paperwork!`],
  ['linkedin', 'mixed', '', `Tip for foreign players moving to Spain: your NIE will look like X1234567L on the template the consulate shows you. Don't panic if the letter seems random, it's a check letter.`],
  ['linkedin', 'mixed', 'national_id phone', `Dati per il tesseramento del nuovo preparatore atletico: codice fiscale RSSMRA85T10A562S, cellulare +39 347 128 4490. Li ho girati alla segreteria. Welcome on board, Mario!`],
  ['linkedin', 'en', '', `Italian codice fiscale explained for our international signings: 16 characters, built from your name, birth date and town, with a final check letter. Our HR team will walk you through it on day one.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for our new striker: NIE Y1209876K already issued, social security registration next. Big thanks to the Valencia office for pushing this through in four days.`],
  ['linkedin', 'fr', '', `Notre latéral sera absent trois semaines (lésion aux ischio-jambiers) selon le communiqué médical publié par le club ce matin. Bon rétablissement !`],
  ['linkedin', 'fr', 'national_id', `Fiche pour l'assurance rapatriement du stage en Espagne : Mme Inès Carvalho, née le 14/03/1992, NIR 2 92 03 69 312 045 80, allergie à la pénicilline. Vous pouvez me confirmer la réception ?`],
  ['linkedin', 'en', 'email phone', `For the physio follow-up on Jordan's knee, please contact Dr Ellis directly: s.ellis@harrowgatetownfc.co.uk or 07481 223 905. Scan results attached in the medical folder.`],
  ['linkedin', 'en', '', `We've partnered with a local sports clinic to offer free ACL-prevention screening to every girl in our academy. More details on our website.`],
  ['x', 'en', 'phone', `Lost a Garmin at the 10k on Sunday? A marshal handed one in. Call or WhatsApp Priya on 07700 481 629 and describe it.`],
  ['x', 'en', '', `Lost property from Sunday's 10k: two jackets, a Garmin and a very sad teddy. Contact the race office via the form on our website.`],
  ['linkedin', 'fr', 'phone', `Bénévoles du trail : en cas de souci sur le ravito du col, appelez Lucas au 06 71 24 88 13 (pas le PC course, il est saturé). En cas d'urgence vitale, faites le 15 ou le 112.`],
  ['linkedin', 'fr', '', `En cas de malaise d'un coureur : faites le 15 ou le 112, signalez la balise kilométrique la plus proche et restez avec lui. Nos secouristes sont formés, mais chaque seconde compte.`],
  ['linkedin', 'fr', 'phone', `Billetterie du match de gala : les réservations de groupes se font uniquement par téléphone au 04 72 18 55 30, du lundi au vendredi de 9 h à 17 h.`],
  ['linkedin', 'mixed', 'phone', `Entradas para el partido benéfico: información en el 915 72 44 18 o en taquilla. Proceeds go to the children's cancer ward, see you there!`],
  ['linkedin', 'mixed', 'phone', `Biglietteria aperta! Per gruppi e scuole chiamate il numero verde 800 112 654. Ci vediamo allo stadio.`],
  ['linkedin', 'en', 'phone', `Disability access enquiries for Saturday's final: our dedicated line is +44 20 3318 4471, staffed from 10am. We want everyone in the ground.`],
  ['x', 'en', 'phone', `Stuck outside the stadium with an accessibility issue? Freephone 0800 028 4471 and a steward will come to you.`],
  ['x', 'mixed', 'phone', `Problèmes avec vos billets pour le match à Madrid ? Notre correspondante sur place, Lucía, répond au +34 612 48 90 37. ¡Vamos!`],
  ['linkedin', 'fr', 'email', `Pour les demandes d'accréditation presse du tournoi, écrivez à accreditations@open-lurenne.fr avant le 10 mai. Aucune demande par téléphone.`],
  ['linkedin', 'en', 'email', `Volunteering at the marathon? Sign-ups close Friday. Questions: volunteers [at] wessexmarathon [dot] org.uk`],
  ['linkedin', 'fr', '', `Toutes les infos pratiques du marathon (retrait des dossards, consignes, navettes) sont sur marathon-des-volcans.fr. Rendez-vous dimanche !`],
  ['x', 'en', 'email', `Want to get your kids into rugby? Drop our minis coordinator a line: tom.hale @ brackleyrfc.co.uk. Sessions every Sunday 10am.`],
  ['x', 'en', '', `Our new site is live: brackleyrfc.co.uk. Fixtures, tickets and the clubhouse menu all in one place.`],
  ['linkedin', 'fr', 'email phone', `Agent de joueurs, je cherche un club de N2 pour un gardien de 23 ans, libre en janvier. Contact : Karim Benali, karim.benali@kb-sportsmanagement.fr, 07 58 12 40 96.`],
  ['linkedin', 'en', '', `Players' agents: please use the registered intermediary portal for all offers. We don't take proposals by DM.`],
  ['linkedin', 'mixed', 'phone email', `Contatti per la stampa durante il ritiro estivo: ufficio stampa +39 06 4521 7789, stampa@usvaltellinacalcio.it. Interviews on request only.`],
  ['linkedin', 'en', 'phone', `Our head of medical, Dr Ana Ruiz, can be reached on her mobile during the Spain camp: +34 633 71 20 58. Only for urgent player matters please.`],
  ['linkedin', 'fr', 'national_id', `Liste des passagers du vol pour le stage (envoyée à l'agence, je la colle ici pour Marc) :
- DURAND Paul, NIR 1 78 01 99 350 012 31
- MBAYE Ousmane, passeport en cours
- LEROY Chloé, NIR 2 01 12 75 056 078 43`],
  ['linkedin', 'fr', '', `Liste des convoqués pour le stage de Tignes : 24 joueurs, dont trois jeunes du centre de formation. Départ lundi 8 h du centre d'entraînement.`],
  ['linkedin', 'en', 'national_id', `Tax form for our Spanish-based cyclist, for accounts: DNI 12890345H, residency certificate attached. Please don't share outside finance.`],
  ['linkedin', 'mixed', '', `Per chi chiede: il codice fiscale di esempio che usiamo nei corsi per le segreterie è RSSMRA80A01H501U, quello dei moduli ufficiali. Non inserite mai i dati veri nei tutorial.`],
  ['linkedin', 'mixed', 'national_id', `Ficha médica para el seguro de la gira: jugadora Lucía Prado, NIE Z7700451X, grupo sanguíneo 0+, operada del menisco en 2023. Por favor confirmad que os ha llegado.`],
  ['linkedin', 'en', 'national_id', `Registering our new kit man for the stadium pass: NINO NP 61 03 84 D, DBS number to follow. Cheers Sarah.`],
  ['linkedin', 'fr', '', `Mon numéro de licence FFA c'est le 1875432, si un organisateur a besoin de vérifier mon classement pour le sas élite 😄`],
  ['linkedin', 'fr', 'national_id', `Aide pour le dossier sportif de haut niveau de ma protégée : la DRAJES refuse le NIR 1 96 04 13 055 123 73 alors qu'il est correct. Quelqu'un a déjà eu ce souci ?`],
  ['linkedin', 'fr', '', `Numéro de sécu refusé sur le portail sportif de haut niveau ? Vérifiez que vous avez bien saisi les 15 chiffres, clé comprise. Pour nous, c'était une inversion mois/année.`],
  ['linkedin', 'fr', '', `Notre gardien souffre d'une entorse de la cheville, il manquera le derby. L'info est officielle, elle a été donnée par le coach en conférence de presse ce midi.`],
  ['linkedin', 'en', 'national_id', `Quick one for the agency accountants: Chiara's codice fiscale is BNCLRA92E45F205F (not the one on the old contract). Please update before the image-rights invoice goes out.`],
  ['linkedin', 'en', '', `Athletes: your medical records belong to you. If a club or agent asks you to post scans or ID numbers in a group chat, say no and ask for a secure upload link.`],
  // --- bank details and cards ---
  ['linkedin', 'fr', 'iban', `Pour le remboursement des frais de déplacement des bénévoles, nos nouvelles coordonnées bancaires : FR76 3000 4012 3400 0123 4567 862 (BNP, agence Montvallon). L'ancien compte sera clôturé fin décembre.`],
  ['linkedin', 'fr', '', `Attention arnaque : un faux mail au nom du club demande aux parents de virer la cotisation sur FR76 3000 4012 3400 0123 4567 861. Ce n'est PAS notre compte, le trésorier ne change jamais d'IBAN par mail.`],
  ['linkedin', 'mixed', 'iban', `Cuota de socio 2026: transferencia a ES70 0049 1500 0105 1234 5678 indicando nombre y número de socio. Thanks to everyone who has already renewed!`],
  ['linkedin', 'en', '', `Guide for parents: how to pay subs by bank transfer. The IBAN on our invoices starts with GB, then two check digits, then the bank code. If in doubt, call the office, never pay a number sent by text.`],
  ['linkedin', 'en', 'iban', `Supplier notice: our kit supplier's bank details have changed. New account: GB94 BARC 2032 1431 9268 19. Accounts payable, please update before the January payment run.`],
  ['linkedin', 'mixed', 'iban', `Iscrizioni al camp estivo: bonifico su IT33 V030 6909 6060 0001 2345 678, causale nome del bambino + settimana. Grazie a tutte le famiglie!`],
  ['linkedin', 'en', '', `The classic example IBAN in the UK docs is GB29 NWBK 6016 1331 9268 19, handy for testing your subs spreadsheet. Please don't pay into it 😅`],
  ['linkedin', 'fr', 'iban', `Cagnotte pour le déplacement des U17 en Italie : virement possible sur FR76 1751 5900 0004 5612 3789 089 (compte de l'association des parents). Merci pour eux !`],
  ['x', 'en', 'card', `Can someone on the ticket desk refund this? Fan paid twice with 4532 0117 3605 0069, exp 09/27. Order 55120. (posted in wrong channel, deleting)`],
  ['x', 'en', '', `Testing the new ticket checkout today with Stripe's usual 4242 4242 4242 4242 card. If you see weird orders, that's us.`],
  ['linkedin', 'fr', 'card', `Note collée depuis le canal compta : carte club pour les péages du bus, 5132 8745 0738 2628, plafond 3 000 €/mois. Qui l'a en ce moment ?`],
  ['linkedin', 'fr', '', `Vous avez reçu un SMS « votre commande de billets est bloquée, payez 1,99 € avec votre carte » ? C'est du phishing. Le club n'envoie jamais de lien de paiement par SMS.`],
  ['linkedin', 'en', '', `Order reference for the replica shirt fiasco: 4970 1059 0560 7485. If you ordered on Black Friday and haven't received it, reply with your order number and we'll chase.`],
  ['linkedin', 'mixed', 'card', `Para la reserva del hotel del equipo en Sevilla he usado la Amex del club: 3714 652908 31136. Si la piden otra vez al check-in, avisadme. Sorry for the mess.`],
  ['linkedin', 'en', 'card', `Reception team: for the away trip hotel, guarantee the booking with the club Mastercard 5413 9200 1844 7614 (expires 11/27). Receipts to finance as usual.`],
  ['linkedin', 'fr', '', `Carte bancaire du club perdue au stade ? On l'a fait opposer, les 4 derniers chiffres étaient 7482. Rien à signaler côté compte.`],
  ['linkedin', 'mixed', '', `Per i genitori: l'IBAN per la quota è stampato sul modulo d'iscrizione ufficiale consegnato in segreteria. Non inviamo coordinate via WhatsApp.`],
  ['linkedin', 'fr', 'iban', `Dernier rappel pour l'adhésion à la section handisport : 45 €, chèque ou virement sur le compte FR76 1751 5900 0004 5612 3789 089, merci de préciser le nom du licencié.`],
  ['linkedin', 'en', '', `Image-rights payment for our athlete went out today. Bank: Lloyds, account ending 7788. Thanks to the accounts team for the quick turnaround.`],
  ['linkedin', 'mixed', 'iban', `Nuovo conto per le sponsorizzazioni del torneo: IT58 K020 0801 6640 0010 4123 456. Please update your records, the old Unicredit account closes in March.`],
  // --- stadium and training-ground access codes, Wi-Fi, tokens, internal hosts ---
  ['linkedin', 'fr', 'secret', `Infos pratiques pour les stagiaires qui arrivent lundi au centre d'entraînement : digicode du portail 4812B, Wi-Fi « CE-Staff » mot de passe Bleu&Or_1923! Badge à récupérer à l'accueil.`],
  ['linkedin', 'fr', '', `Bienvenue aux stagiaires qui arrivent lundi ! Le badge d'accès et les identifiants Wi-Fi vous seront remis en main propre à l'accueil, rien ne sera envoyé par mail.`],
  ['x', 'en', 'secret', `Press box wifi tonight is "PressBox-East", password Stand1ng0vat10n. Enjoy the game, journos 🎙️`],
  ['x', 'en', '', `Free Wi-Fi for fans is back in all four stands this season. Just join "Harrowgate-Fans", no password needed.`],
  ['linkedin', 'en', 'secret', `Matchday checklist for the new stewards (pasted from the ops doc):
• Gate C turnstile override: 0419*
• Players' tunnel door: 7736#
• Radio channel 4 for medics
Any questions, ask Dave.`],
  ['linkedin', 'en', '', `Matchday checklist for new stewards: arrive 3 hours before kick-off, collect your hi-vis and radio at Gate C, attend the 90-minute briefing. Access codes are handed out at the briefing only.`],
  ['linkedin', 'mixed', 'secret', `Para el personal del torneo: la clave del wifi de la zona mixta es Zona_Mixta#2026 y la puerta del parking de jugadores se abre con el 5580. Thanks for all your hard work!`],
  ['linkedin', 'mixed', 'secret', `Codice del cancello del centro sportivo cambiato: ora è 2719. Wi-Fi spogliatoi: rete "USV-Spogliatoi", password Granata1908. Buon lavoro a tutti!`],
  ['linkedin', 'fr', '', `Petit rappel sécurité : changer le mot de passe du Wi-Fi des vestiaires chaque saison, ça prend deux minutes. Et non, « changeme » n'est pas un mot de passe 🙃`],
  ['linkedin', 'en', 'secret', `Does anyone know why our scoreboard integration stopped? Config below:
SCOREBOARD_API=https://api.liveresults.io/v2
SCOREBOARD_TOKEN=9f3a7c21e0b84d6fa1c2e5b7d8094e3a
FEED_ID=4471`],
  ['linkedin', 'en', '', `Config template for the live-results widget, fill in your own values:
SCOREBOARD_API=https://api.liveresults.io/v2
SCOREBOARD_TOKEN=<your-token-here>
FEED_ID=<your-feed>`],
  ['linkedin', 'en', 'secret internal_url', `Post-mortem of Saturday's ticketing outage: the scanner app was pointed at postgres://scan_rw:Tourniquet!88@10.20.4.15:5432/gates instead of the replica. Fixed at 14:52, 3,100 fans delayed by up to 20 min. Lessons learned below.`],
  ['linkedin', 'en', '', `Post-mortem of Saturday's ticketing outage: a misconfigured scanner app hit the primary database instead of the replica. Fixed at 14:52, around 3,100 fans were delayed by up to 20 minutes. We've added a config check before every matchday.`],
  ['x', 'en', 'secret', `ugh, this bot keeps posting line-ups early. webhook is https://hooks.slack.com/services/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, can someone in IT revoke it`],
  ['linkedin', 'fr', 'internal_url', `Les kinés, les comptes rendus de séance sont désormais à déposer sur https://intranet.rclurenne.fr/medical/suivi et plus sur le drive partagé. Merci !`],
  ['linkedin', 'fr', '', `Notre nouveau site rclurenne.fr est en ligne : calendrier, billetterie et boutique. Merci à l'agence pour le travail !`],
  ['linkedin', 'en', 'internal_url', `Scouting reports for the January window are on scouting.corp.acme.com/reports/2026-w1, login with your usual SSO. Deadline Friday.`],
  ['linkedin', 'en', 'internal_url', `Reminder to coaches: upload your GPS files to http://192.168.40.12/perf before Monday's review, the cloud sync is down again.`],
  ['linkedin', 'fr', 'internal_url', `La doc du nouveau tourniquet est sur le wiki : https://wiki.acme-corp.net/stade/acces-tourniquets. Bonne lecture avant samedi.`],
  ['x', 'en', '', `Our stadium tour booking page is back up at tours.harrowgatetownfc.co.uk after this morning's hiccup. Sorry for the wait!`],
  ['linkedin', 'en', 'internal_url', `Changelog v3.4 of the accreditation app:
- QR codes now refresh every 30 s
- Admin panel moved to https://accred.stadium.internal/admin
- Fixed the photo crop bug on Android`],
  ['linkedin', 'en', '', `Changelog v3.4 of our fan app:
- QR tickets now refresh every 30 seconds
- Dark mode 🎉
- Fixed the photo crop bug on Android
Update from your app store.`],
  ['linkedin', 'fr', 'internal_url', `Si la caméra de la tribune presse ne remonte plus, redémarrez-la depuis http://cam-presse.stade.local:8080, c'est ce qui a marché vendredi.`],
  ['linkedin', 'en', '', `Why we moved our performance data off spreadsheets: version 10.2.1 of our in-house tool cut the weekly report from 4 hours to 20 minutes. Happy to share what we learned.`],
  ['x', 'fr', 'secret', `Les gars du live, la clé de l'API des stats c'est 7Hq2-Lx9P-Wm4R-Tz8K, je la mets là en attendant que Julien revienne de congé.`],
  ['linkedin', 'mixed', 'secret', `Credenciales temporales para la app de acreditaciones: usuario prensa_liga, contraseña Acredit@2026!. Las cambiamos después de la jornada. See you at the stadium.`],
  ['linkedin', 'en', '', `PSA for event organisers: never print the Wi-Fi password on the accreditation badge. Hand it out at the media desk instead. Learned that one the hard way.`],
  ['linkedin', 'en', 'secret', `Boiler room at the training ground keeps tripping. Engineer's keypad code for the plant room is 31-07-19, leave it as you found it.`],
  ['linkedin', 'fr', '', `Le code du vestiaire visiteur a été changé après le match de dimanche. Les nouveaux accès sont à demander au régisseur, en personne.`],
  ['linkedin', 'en', 'secret', `IT note: AWS keys for the highlights bucket rotated. New pair for the video team: AKIAZ7QK3M2XRT5LPW4N / pL9x2Kq7vZ3mR8tW1yB5nC4dF6gH0jS2aE7uI9oQ. Old ones revoked.`],
  ['linkedin', 'en', '', `Setting up the video pipeline? The AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key, copy their snippet and swap in your own from the vault.`],
  ['linkedin', 'mixed', 'secret internal_url', `Note per il team IT dello stadio: il pannello delle luci è su http://10.8.1.50, utente admin, password Riflettori_77. Non cambiatela prima della partita di sabato.`],
  ['x', 'en', '', `The new floodlights use 60% less power than the old ones. Sustainability win 💡`],
  // --- line-up embargoes and explicit markers vs harmless mentions ---
  ['x', 'fr', 'confidential_marker', `EMBARGO jusqu'au 19h45 — Composition : Martin ; Diallo, Ferreira, Koné, Petit ; Ramos, Lambert ; Bah, N'Diaye, Costa ; Morel. (c'était pour le groupe presse, désolé)`],
  ['x', 'fr', '', `Compo officielle dans 10 minutes sur nos réseaux, comme d'hab une heure avant le coup d'envoi. Restez connectés ⚽`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGOED UNTIL 18:45 BST — Starting XI v Rovers: Hart; Mills, Obi, Grant, Shaw; Pike, Doyle; Reid, Amadi, Clarke; Stone. Subs to follow.`],
  ['linkedin', 'en', '', `How we handle line-up embargoes with broadcasters: we share the team sheet under embargo 75 minutes before kick-off and publish it ourselves an hour before. It works because everyone respects the timing.`],
  ['linkedin', 'fr', '', `L'embargo sur la compo a été levé à 19 h 45 comme prévu, merci aux médias d'avoir joué le jeu. Bon match !`],
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL – Medical update for coaching staff only: Reid (hamstring grade 2) out 3–4 weeks; Amadi back in full training Thursday. Do not share with media.`],
  ['linkedin', 'fr', 'confidential_marker', `[INTERNE] Point mercato du lundi : trois pistes pour le poste de latéral gauche, la priorité reste le joueur de Ligue 2 suivi depuis septembre. Prochaine réunion jeudi.`],
  ['linkedin', 'fr', '', `Quelqu'un a vu le documentaire « Confidentiel Mercato » sur la chaîne locale ? Bien fait, on y voit les coulisses d'un recrutement de National.`],
  ['linkedin', 'en', 'confidential_marker financial', `Classification: Internal — Board pack extract. Projected matchday revenue 2026/27: £6.8m (+12%). Sponsorship target £3.1m. Not for circulation before the AGM.`],
  ['linkedin', 'en', '', `Our annual report is out: matchday revenue £6.1m, sponsorship £2.7m, and a first operating profit in eight years. Full accounts on our website.`],
  ['linkedin', 'mixed', 'confidential_marker', `CONFIDENCIAL — Convocatoria para el partido de Copa, no difundir hasta las 20:00: Pérez, Gil, Ortega, Navarro… Sorry, wrong window, this was for the staff group.`],
  ['linkedin', 'mixed', 'confidential_marker', `RISERVATO – Formazione per domenica: Rossi; Bianchi, Greco, Conti, Marino; Ferrara, Galli; Esposito, Romano, Ricci; Colombo. Solo per lo staff tecnico.`],
  ['linkedin', 'en', '', `In the old days the team sheet was stamped "CONFIDENTIAL" and faxed to the press box. Found one from 1994 while clearing the archive, what a relic.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — Le naming du nouveau stade sera dévoilé le 15 janvier. Les maquettes sont dans le dossier partagé, merci de ne rien imprimer.`],
  ['linkedin', 'fr', '', `Entre nous, je crois que la nouvelle tenue extérieure va plaire aux supporters. Hâte de la voir sur le terrain !`],
  ['linkedin', 'en', '', `Please don't forward this yet, but I'm so proud of our volunteers: 420 of them signed up for the half marathon, a record.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER — Phishing campaign targeting our season-ticket holders, sender domain mimics ours. Share only with club IT and the ticketing provider.`],
  ['linkedin', 'en', '', `Good session at the sports cyber-security meetup on the Traffic Light Protocol: when to use TLP:CLEAR vs TLP:AMBER, and why most club comms should be CLEAR.`],
  ['linkedin', 'fr', 'confidential_marker', `DIFFUSION RESTREINTE — Plan de sécurité du derby : 340 stewards, ouverture des portes à 18 h, fouille renforcée tribune Sud. Pour les responsables de secteur uniquement.`],
  ['linkedin', 'fr', '', `Le derby de dimanche sera classé à risque par la préfecture, annonce publique faite ce matin. Pensez à arriver tôt, les contrôles seront renforcés.`],
  ['x', 'en', 'confidential_marker', `INTERNAL ONLY: new kit reveal moved to 4 July, influencer content embargoed until then. Design files in the usual folder.`],
  ['x', 'en', '', `New home kit drops 4 July. Teaser video this Friday 👀`],
  ['linkedin', 'fr', 'confidential_marker financial', `CONFIDENTIEL — Projet de prolongation du coach : 2 saisons + 1 en option, 420 k€ brut annuel. Le président annoncera la prolongation après le dernier match, rien avant.`],
  ['linkedin', 'fr', '', `C'est officiel : notre coach prolonge de deux saisons ! Annonce faite ce soir au micro du stade, ovation debout. Merci coach.`],
  ['linkedin', 'en', 'confidential_marker', `STRICTLY PRIVATE & CONFIDENTIAL – Heads of terms, naming rights, North Stand. Draft 3. Circulation: CEO, CCO, legal.`],
  ['linkedin', 'en', '', `What does "strictly private and confidential" on a letter actually mean legally? Interesting talk by our club solicitor at the sports-law breakfast.`],
  ['linkedin', 'mixed', 'confidential_marker', `USO INTERNO — Calendario de revisiones médicas de pretemporada: lunes cardiología, martes analíticas, miércoles pruebas de esfuerzo. Please don't share with agents.`],
  ['linkedin', 'en', '', `Pre-season medicals done: 31 players, three days, zero drama. Well done to the medical team and our partner clinic.`],
  // --- more financial wording, customer replies, threads, polls, goodbyes, tips ---
  ['linkedin', 'en', 'financial', `Between us and the finance team: the loan fee for the Portuguese winger came in at €300k with a €2.5m option to buy. Their club announces loans on deadline day, so not a word till then.`],
  ['linkedin', 'fr', 'financial', `Je suis tellement fière de l'équipe commerciale : les loges sont vendues à 97 % pour la saison prochaine, soit 1,16 M€ déjà encaissés. On garde le chiffre pour la conférence de rentrée, merci de ne pas le reprendre.`],
  ['linkedin', 'en', 'financial', `Draft figures for the cup run (to be confirmed by finance before anything goes out): gate receipts £612k across three home ties, TV share still pending.`],
  ['linkedin', 'fr', 'financial', `Brouillon du budget prévisionnel de la section féminine 2026-27 : 1,9 M€ dont 640 k€ de masse salariale. À valider par le comité directeur du 18, d'ici là ça reste en interne.`],
  ['linkedin', 'mixed', 'financial', `Previsione incassi botteghino per la finale: circa 780.000 €, 14.200 biglietti venduti finora. Dato provvisorio, lo comunica la Lega dopo la partita. Intanto, forza ragazzi!`],
  ['linkedin', 'en', 'financial', `We've put in a tender to run hospitality at the 2027 rugby sevens: our offer is £1.45m for the three days. Results in February, please keep it off socials until then.`],
  ['x', 'en', 'financial', `Our valuation in the investment round the club is negotiating: £38m pre-money. Term sheet not signed, nobody outside the board knows, so yes I'm just excited.`],
  ['linkedin', 'fr', 'financial', `Les supporters ne le savent pas encore, mais l'abonnement Virage passera de 180 € à 199 € la saison prochaine. Le mail partira après le vote du conseil d'administration.`],
  ['linkedin', 'fr', '', `Les tarifs des abonnements 2026-27 sont en ligne : Virage à 199 €, tribune latérale à 320 €, gratuité pour les moins de 12 ans. Merci aux supporters pour la concertation !`],
  ['linkedin', 'en', 'financial', `Image-rights agreement for our heptathlete with a watch brand: €85k a year, signature pending their legal review. We'll announce once both sides are ready, so please hold the congratulations for now 😉`],
  ['linkedin', 'en', '', `Forbes' list of the highest-paid athletes is out: a top footballer at $275m again. Wild numbers, and a reminder of how little most pros earn.`],
  ['linkedin', 'fr', '', `Petit calcul perso : mon abonnement, les déplacements et les maillots m'ont coûté 1 240 € cette saison. Aucun regret, allez les Verts !`],
  ['linkedin', 'en', '', `Teaching moment from my sports-management class: if a club sells 18,000 tickets at an average of £27, matchday gross is £486k. Now subtract policing, stewarding and VAT and see what's left.`],
  ['linkedin', 'mixed', '', `Il Comune ha pubblicato il bando per la gestione dello stadio: base d'asta 1,2 milioni di euro per nove anni. Documenti sul sito dell'ente.`],
  ['linkedin', 'en', 'financial', `Our agency's pitch to the federation for the 2027–30 media rights: guarantee of €4.2m per season. Sealed bids open on 30 January, so this stays in the deal room until then.`],
  ['linkedin', 'en', '', `The federation announced today that the 2027–30 media rights went to a streaming platform for €5m per season, per its press release. Congratulations to them.`],
  ['linkedin', 'fr', 'financial', `Réunion mercato ce matin : le club vendeur réclame 1,1 M€, on est montés à 900 k€, le président plafonne à 1 M€. Aucune annonce avant accord et visite médicale.`],
  ['linkedin', 'fr', 'financial', `Point trésorerie d'avant-saison (chiffres pas encore présentés au commissaire aux comptes) : déficit prévisionnel de 420 k€, comblé si on vend un joueur cet été.`],
  ['linkedin', 'en', '', `We sold a record 8,900 season tickets this year, as announced at our fans' forum last night. Thank you!`],
  ['linkedin', 'en', 'financial', `Internal number for the marketing team only: the charity match raised £184k in sponsorship, but the official figure will be announced with the hospital on the 14th. Hold your posts till then.`],
  ['linkedin', 'mixed', 'financial', `La nueva equipación se venderá a 94,95 € en tienda, aunque todavía no se lo hemos dicho a los socios. Ojo, que los precios salen en la presentación del día 10.`],
  ['linkedin', 'en', 'financial', `Not yet in the public domain, so for our sales team only: the stadium naming-rights floor we'll accept is £1.2m/yr over ten years.`],
  ['linkedin', 'fr', '', `Le prix du maillot domicile (89,99 €) a été annoncé lors de la présentation d'hier. Oui c'est cher, et oui on en parle en interne.`],
  ['linkedin', 'en', '', `Open data nerds: the government's sports participation survey shows a 14% rise in women's football registrations. Figures from the official release, link in comments.`],
  ['linkedin', 'fr', 'financial client_name', `Négociation avec Hôpital Sainte-Claire pour le centre médical du stade : on propose 250 k€ par an sur cinq ans. Offre envoyée hier soir, rien de signé, pas un mot au service com.`],
  ['linkedin', 'en', 'codename financial', `Atlas Bleu budget check-in: £180k spent of £260k, on track for the spring pilot. Finance wants the revised forecast before anything goes to the board, so please don't quote these yet.`],
  ['linkedin', 'en', '', `A blue Atlas moth turned up in our kit room, no idea how. The kit man released it in the garden. Nature is weird.`],
  ['x', 'en', 'client_name', `Big thanks to the team at Globex for hosting our academy lads at their HQ today, great careers talk 👏`],
  ['linkedin', 'en', 'client_name', `Working late on the Initech hospitality package for the cup semi. Their people are a pleasure to work with.`],
  ['x', 'en', '', `First match in the new East Stand. Orion's belt right above the floodlights at half-time, lovely clear night.`],
  ['linkedin', 'fr', 'codename', `Démo de Project Kestrel au comité de direction ce matin : l'appli adhérents séduit. Prochaine étape, le test avec 500 abonnés.`],
  ['linkedin', 'fr', 'codename', `Vous avez vu les premières courbes de Nébula ? Le nouveau tunnel d'achat convertit déjà mieux en recette, bravo l'équipe.`],
  ['linkedin', 'en', '', `The Kestrels, our under-12 girls' team, won their first tournament today! Named after the birds that hover over the pitch.`],
  ['linkedin', 'en', 'codename', `Orion go-live is pushed to March: the new access-control system needs one more round of turnstile tests. Thanks for your patience, stewards.`],
  ['linkedin', 'mixed', 'client_name', `Reunión con Globex para renovar el patrocinio de la cantera. Good vibes, more soon.`],
  ['linkedin', 'fr', '', `Hommage à Claire, notre bénévole de l'accueil depuis 30 ans, qui prend sa retraite. Une légende de la tribune Sainte-Claire… enfin, de la tribune Est qu'on surnomme ainsi en son honneur !`],
  // customer replies (comments)
  ['linkedin', 'fr', '', `Bonjour Damien, désolés pour l'attente au guichet. Pour un remboursement, passez par le formulaire de contact de la billetterie en ligne, on traite sous 5 jours.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Sophie, pour votre place PMR appelez directement Nadia, notre référente accessibilité, au 06 48 31 77 02. Elle est joignable jusqu'à 18 h.`, { surface: 'comment' }],
  ['x', 'en', 'email', `@mikeyb_93 Sorry about the scanning issue at Gate B! Email your order number to tickets@harrowgatetownfc.co.uk and we'll refund the booking fee.`, { surface: 'comment' }],
  ['x', 'en', '', `@mikeyb_93 Sorry about the scanning issue at Gate B! DM us your order number and we'll sort the booking fee.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'phone', `Hola Marta, para las entradas de grupo escríbenos o llama al +34 933 017 552 (horario de taquilla). Thanks!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks Jess! Yes, the junior camp is open to girls and boys aged 8–14. All details on the website.`, { surface: 'comment' }],
  ['linkedin', 'en', 'financial', `Thanks Rob! Between us, the renewal you asked about is agreed at £72k for two seasons, but we announce it with the player next week.`, { surface: 'comment' }],
  ['linkedin', 'mixed', '', `Grazie Paolo! Le foto della festa del settore giovanile sono sulla nostra pagina Facebook.`, { surface: 'comment' }],
  // X thread, polls, goodbyes, live-posts, tips
  ['x', 'en', '', `1/ Thread on what it takes to stage a 40k-seat match: 600 stewards, 90 police, 220 catering staff, 14 first-aid points, and one very stressed operations manager (me).`],
  ['x', 'en', 'secret', `2/ Also the bit nobody sees: radios checked, turnstiles tested, and the control-room door code (8823) written on a post-it that I will now go and remove. Oops.`],
  ['x', 'en', '', `3/ Anyway: doors opened 17:30, last fan out 22:47, zero serious incidents. Proud of this crew.`],
  ['linkedin', 'fr', '', `Sondage 📊 Quel créneau préférez-vous pour les matchs de la réserve ?
- Samedi 15 h
- Samedi 18 h
- Dimanche 11 h
- Mercredi soir`],
  ['linkedin', 'en', '', `Poll: which pre-match ritual do you swear by?
🍝 Pasta at exactly 3h before
🎧 Same playlist every time
🧦 Left sock first
😴 Nap`],
  ['linkedin', 'fr', '', `Après 11 ans au service communication du club, je tourne la page. Merci aux joueurs, aux bénévoles, aux supporters. On se reverra en tribune, cette fois avec une écharpe et sans accréditation.`],
  ['linkedin', 'en', 'email phone', `Last day at the agency after seven years 🥲 I'm moving to a federation role in Manchester. To stay in touch: hannah.price.sport@gmail.com or 07834 552 190.`],
  ['linkedin', 'en', '', `Last day at the federation tomorrow. Thanks to the best team in sport. You'll find me on here, same name, new badge.`],
  ['linkedin', 'fr', '', `LIVE 🔴 Mi-temps au stade : 1-0 grâce à une tête de Koné à la 34e. Ambiance incroyable, 18 000 personnes chantent dans le froid.`],
  ['x', 'fr', '', `⏱️ 90+3 ! Victoire 2-1 et qualification pour les quarts. Merci au public, vous avez été notre douzième homme.`],
  ['linkedin', 'en', '', `Tip for event organisers: put the emergency number (999) and the nearest defibrillator on every volunteer's lanyard. It takes 30 seconds to print and it can save a life.`],
  ['linkedin', 'en', '', `Three things I learnt running my first ultra-trail as race director: book toilets early, over-order water by 30%, and never trust a forecast in the mountains.`],
  ['linkedin', 'fr', '', `Conseil aux jeunes joueurs : lisez votre contrat en entier avant de signer, faites-vous accompagner par un agent licencié ou un avocat, et ne signez jamais le jour même.`],
  ['linkedin', 'mixed', '', `Nueva temporada, nuevo reto. Encantada de unirme al departamento de marketing del club. Let's go!`],
  ['linkedin', 'en', '', `Our women's team just broke the club attendance record with 9,412 fans, officially confirmed by the league this morning. History made.`],
  ['linkedin', 'fr', 'financial', `Chiffres de la billetterie pour le match de Coupe (pas encore communiqués par la Ligue) : 22 480 entrées, 498 000 € de recette nette. Record pour le club, mais on attend l'annonce officielle.`],
  ['linkedin', 'en', '', `Quick maths on attendance: our average crowd this season is 14,830, up from 12,905, according to the figures the league published yesterday.`],
  ['linkedin', 'mixed', '', `Il nostro portiere ha rinnovato fino al 2028, annuncio ufficiale sul sito del club questa mattina. Ancora insieme!`],
  ['linkedin', 'en', 'phone', `Out of office: I'm at the world championships until 24 August. For anything urgent about our athletes call my colleague Ben on +44 7562 918 304.`],
  ['linkedin', 'fr', '', `Absent jusqu'au 3 septembre (Jeux paralympiques). Pour toute urgence, contactez l'accueil de la fédération via le formulaire du site.`],
  ['linkedin', 'fr', 'phone email', `Fournisseur : nouveau contact pour la livraison des gourdes du marathon. Mme Giulia Ferri, +39 02 8790 3312, g.ferri@idroplast-forniture.it. Les commandes passent désormais par elle.`],
  ['linkedin', 'en', '', `Supplier notice: from 1 March our kit orders go through the supplier's online B2B portal. No more orders by phone or email.`],
  ['linkedin', 'fr', 'phone', `Un grand merci à la société de sécurité qui a géré le tournoi. Pour les clubs intéressés, leur standard : 09 70 81 22 64.`],
  ['linkedin', 'en', '', `Shout-out to our groundsman who has just been named Groundsman of the Year at the industry awards. The pitch has never looked better.`],
  ['linkedin', 'mixed', 'phone', `Pour le tournoi U13 à Turin, le contact du club hôte est Alessandro, 347 889 2015. Il parle français, no worries!`],
  ['linkedin', 'en', '', `Incident report summary from Saturday (public version): a crowd surge at the away end was managed by stewards in under two minutes, no injuries. We've reviewed the gate layout with police.`],
  ['linkedin', 'fr', 'email', `Pour le dossier de Lina (blessure au genou), la mutuelle doit écrire directement à son médecin : dr.m.vasseur@clinique-sportive-rhone.fr. Compte rendu d'IRM envoyé hier.`],
  ['linkedin', 'en', '', `What a weekend at the regional athletics championships: 1,100 athletes, 62 clubs, 3 championship records. See you next year!`],
]);
