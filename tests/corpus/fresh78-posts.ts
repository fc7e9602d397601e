import { rows } from './corpus-types';

/**
 * Held-out set "fresh78": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without reading
 * git history, so it measures how the rules generalise to posts they were never tuned on; the checks and the scorer were
 * not run on these posts. `npx tsx scripts/score-checks.ts --only fresh78`.
 * First scored: 2026-12-05 on bfd4c55 (unseen, before any fix from it): confidentiality macro F1 0.964 / 1.5 % of clean posts flagged (2 of 135).
 *
 * Authors: employees of fashion, luxury and design houses in Milan, Paris and Geneva (studios, couture and leather
 * ateliers, wholesale and showroom teams, boutiques on Montenapoleone, rue du Rhône and Saint-Honoré, show production,
 * press offices, e-commerce and IT, HR and finance), writing in French, English and French-Italian mixes. Forms: proud
 * studio and atelier updates, pasted Teams meeting notes and CRM records, chat messages pasted by mistake, tables (a sales
 * tracker, a public store locator), config snippets and a post-mortem, a PLM and e-shop changelog, customer-service
 * replies (surface 'comment'), job ads with published salary ranges, backstage live-posts, X posts and a two-post X
 * thread, polls, supplier bank-detail notices and a fraud warning, farewells, lost-and-found notices and craft tips.
 * Financial positives: wholesale grids and listini before they reach stockists or showrooms, price increases and
 * markdowns before customers or boutiques are told, a launch price before perfumeries get the tariff, show and trade-fair
 * budgets, sell-in forecasts, a private-sale order total before quarter close, a campaign record before the committee,
 * margins and an EBITDA memo before guidance, a valuation before signature, an acquisition offer, a sealed tender bid, a
 * lease bid, a distributor quote, negotiated tannery prices and cost prices before a committee, headcount investment
 * before a town hall; beside published annual results, a public investor-day figure, listed boutique prices, a public
 * sale, other organisations' figures (Kering, Altagamma, Deloitte, Cushman & Wakefield, the Swiss statistics office),
 * job-ad salary ranges, a teaching example of wholesale coefficients, personal purchases and rent. Markers: EMBARGO
 * (FR/EN), CONFIDENTIAL, Strictly Confidential, [INTERNAL], INTERNAL ONLY, INTERNE, RISERVATO – uso interno,
 * Classification : Restreint, SOUS NDA, TLP:AMBER, TLP:RED; beside a lifted embargo, discussions of embargoes and NDAs,
 * TLP:CLEAR, "entre nous", a trench colour called "Top Secret", a perfume called "Confidentiel", a film title and HS
 * classification. Names: the policy's codenames as collections, eyewear, perfume and leather-goods projects, and its
 * clients as wholesale, corporate-gifting and uniform accounts; beside the constellation Orion and the Orion Nebula, a
 * kestrel on a scarf print and on the atelier roof, an atlas satin, the Atlas mountains, a cat and a dog called Atlas,
 * nebulae on pyjamas and a Sainte-Claire chapel. Private VIP clients are not policy clients and are not labelled as such.
 *
 * Conventions: every written email address is `email` (role mailboxes such as press@, sourcing@, factures@ and the
 * obfuscated "[at] [dot]", "(at)(dot)" and "name @ domain . com" forms included; bare domains and @handles clean); every
 * written phone number is `phone` (switchboards, toll-free numero verde and Swiss 0800, mobiles; Swiss, Italian, French,
 * Monaco, UK, UAE, Japanese and US formats, with +, 00 or national prefixes); the emergency 112 and 18 are clean.
 * Secrets include Wi-Fi PSKs, POS, admin and social-media passwords, a door keypad and iPad passcode, a hex ERP token, a
 * Shopify token, a Slack webhook with its token and a Postgres connection string's credentials; placeholders
 * (changeme, <YOUR_TOKEN>, <ask IT>, shpat_xxxx) and AWS's EXAMPLE key are clean. Internal URLs: acme-corp.net and
 * corp.acme.com hosts, intranet. hosts, private IPs (10/8, 172.16/12, 192.168/16), .local, .internal and .corp hosts;
 * public brand sites and a public API clean. Every IBAN, card and national id positive was computed with a throwaway
 * script outside the repo: mod 97 for IBANs (IT with its CIN letter, CH, FR and MC with the RIB key, GB, DE); Luhn for
 * Visa, Mastercard (5- and 2-series) and Amex; the check letter for Italian codice fiscale (matching name, sex, date and
 * town), the EAN-13 digit for the Swiss AVS/AHV number, the key for the French NIR, the mod-23 letter for the Spanish DNI.
 * Look-alikes: an Italian IBAN with a wrong check, the documented Swiss, Italian, UK and German example IBANs, Stripe's
 * 4242 and the Amex test card, a card failing Luhn, masked card and account endings, a codice fiscale with a wrong check
 * letter, the AVS specimen 756.1234.5678.97, a masked NIR, company partite IVA and a Swiss CHE VAT number (published by
 * law, labelled clean), an EAN barcode, a ticketing number, order, lot and tracking numbers and Pantone codes.
 *
 * Counts: 283 posts (99 FR, 161 EN, 23 mixed; 260 LinkedIn, 23 X; 10 comments): 135 clean, 148 with one or more
 * findings. Labels: financial 33, phone 28, internal_url 17, confidential_marker 16, codename 16, email 14, secret 13,
 * national_id 11, iban 10, client_name 8, card 6.
 */
export const FRESH78_POSTS = rows('fresh78', [
  // --- collection launches, embargoes, markers ---
  ['linkedin', 'fr', 'confidential_marker codename', `EMBARGO jusqu'au 21 janvier 10h00 CET — merci de ne rien relayer avant. La ligne Orion arrive en boutique le 24, photos du lookbook en pièce jointe pour les rédactions.`],
  ['linkedin', 'fr', '', `L'embargo presse sur notre collection croisière est levé depuis ce matin : vous pouvez enfin voir les 42 silhouettes tournées à Procida. Merci à toute l'équipe studio pour ces mois de silence.`],
  ['linkedin', 'en', '', `Fashion journalists love to complain about embargoes, and honestly they have a point: a 6-week embargo on a runway show that 900 people attended is theatre. Curious what other comms people think.`],
  ['x', 'en', 'confidential_marker', `CONFIDENTIAL – do not share. SS27 lookbook v3 is on the shared drive, final crops tonight. (sorry, wrong window 🙃)`],
  ['linkedin', 'en', 'codename', `Huge week for the Milan studio: the first toiles for Nébula came back from the atelier and the drape on the bias-cut pieces is exactly what we sketched in October. Can't show anything yet, but I'm proud of this team.`],
  ['linkedin', 'fr', '', `Nuit claire au-dessus du lac Léman hier soir : on voyait Orion en entier depuis la terrasse de l'atelier. C'est d'ailleurs cette constellation qui a inspiré la broderie perlée de notre dernière veste, présentée en septembre.`],
  ['linkedin', 'en', '', `Our new scarf print features a kestrel hovering over the Lombardy rice fields, hand-painted by Chiara before being engraved for the silk screens in Como. Available online from today.`],
  ['linkedin', 'fr', '', `Le satin « atlas » bleu nuit de la robe de clôture vient d'une petite maison de Lyon qui tisse encore sur des métiers Jacquard de 1920. Un bleu qu'on ne retrouve nulle part ailleurs.`],
  ['linkedin', 'fr', 'codename', `Réunion de lancement d'Atlas Bleu ce matin avec le studio maroquinerie : trois formes de sacs, deux cuirs, une seule couleur. Personne dehors n'en sait encore rien, et on compte bien garder ça comme ça jusqu'en mars.`],
  ['x', 'fr', 'codename', `Project Kestrel : les premiers prototypes de lunettes sont arrivés de Cadore, on teste le charnière-ressort toute la semaine 👓`],
  ['linkedin', 'en', 'confidential_marker', `[INTERNAL] Show running order – FW27 Paris
1. Opening: tailoring block (looks 1-14)
2. Knitwear (15-26)
3. Evening (27-41)
Finale at 20:42. Backstage call time 14:00.`],
  ['linkedin', 'mixed', 'confidential_marker', `RISERVATO – uso interno. Planning fitting della settimana: lunedì casting, mardi essayages avec les mannequins, mercredi retouches atelier. Non inoltrare fuori dal team stile.`],
  ['linkedin', 'en', '', `Our Paris show is public on the official calendar: Thursday 6 March, 19:30, at the Palais de Tokyo. Livestream on our website and Instagram. See you there!`],
  ['linkedin', 'fr', 'confidential_marker financial', `Classification : Restreint
Budget défilé FW27 validé hier par la direction : 1,38 M€ tout compris (lieu, scénographie, casting, after). Ne pas communiquer aux prestataires avant signature des devis.`],
  ['linkedin', 'en', '', `Classification of luxury goods under the HS code system is a nightmare: a silk-and-cashmere scarf can land in three different chapters depending on the dominant fibre. A thread for customs nerds 🧵`],
  ['x', 'en', '', `"Top Secret" is the name of our new trench colour – a deep khaki that reads almost black indoors. Yes, marketing had fun with this one.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA – Planning de production capsule collab : 1 200 pièces, livraison entrepôt Novara semaine 36, mise en ligne simultanée dans les 14 pays. Merci de ne pas forwarder ce post, je l'ai mis ici par erreur pour l'équipe.`],
  ['linkedin', 'en', '', `Reminder for the juniors on my team: when a brand says "we're under NDA", it means you don't name the partner, even in a portfolio. Learned that the hard way in 2014.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER – phishing wave targeting our boutique staff: fake "DHL customs fee" SMS with a link to a lookalike site. Don't click, report to IT security. Details below for store managers only.`],
  ['linkedin', 'en', '', `We shared our phishing-awareness deck under TLP:CLEAR at the luxury retail security meetup yesterday — feel free to reuse it in your own stores.`],
  ['linkedin', 'fr', '', `Entre nous, je n'aurais jamais cru qu'on finirait la collection à temps. Et pourtant : 58 silhouettes, zéro retard, un atelier épuisé mais fier. Merci à toutes et à tous.`],
  ['x', 'en', 'confidential_marker', `EMBARGOED UNTIL 12 FEB 08:00 GMT. Press release: the house appoints a new creative director for menswear. (Draft, pls ignore — posting from the wrong account.)`],
  ['linkedin', 'en', '', `Press release: our house appoints a new creative director for menswear, effective 1 April. Full announcement on our newsroom.`],
  ['linkedin', 'fr', 'codename', `Petite victoire du jour : l'échantillon de parfum Nébula a passé les tests de stabilité à 40 °C. On respire. Les équipes marketing ne voient rien avant le printemps.`],
  ['linkedin', 'en', '', `The Orion Nebula was the reference for the beaded gradient on our couture gown this season: 180,000 glass beads, 1,100 hours of embroidery in our Paris atelier. Photos by our studio.`],
  // --- wholesale prices & price increases ---
  ['linkedin', 'fr', 'financial', `Note pour les équipes wholesale : hausse tarifaire de 7,5 % sur toute la maroquinerie au 1er mars. Les multimarques ne seront prévenus que le 10 février, donc rien par mail avant.`],
  ['linkedin', 'en', '', `We raised our prices by 6% in January, as announced to all our retailers in November and published in our updated price list. Transparency matters to our partners.`],
  ['linkedin', 'en', 'financial', `Wholesale grid for the Autumn drop (not sent to stockists yet): tote €480 WSP / €1,150 RRP, mini bag €310 / €750, belt €95 / €230. Margin target 62% holds. Feedback by Friday please.`],
  ['linkedin', 'fr', '', `Notre sac Alba est affiché à 1 290 € en boutique et sur le site depuis septembre. Pourquoi ce prix ? Cuir pleine fleur d'Arzignano, 14 heures de travail, coutures sellier à la main. On vous explique tout en vidéo.`],
  ['linkedin', 'fr', 'financial client_name', `Globex demande un prix export avant le salon : on part sur 412 € HT la veste, soit 8 % sous notre grille standard. Proposition à valider par Giulia, ils ne l'ont pas encore reçue.`],
  ['x', 'en', 'financial', `Leaked to myself by accident in the team chat: next season's RRP for the cashmere coat will move from CHF 2,400 to CHF 2,690. Retail teams get the new tags in April. Keep it quiet till then 🤫`],
  ['linkedin', 'en', '', `Swiss retail prices on luxury coats have risen ~18% since 2021 according to the latest Deloitte luxury report. Interesting to see how much is FX and how much is positioning.`],
  ['linkedin', 'mixed', 'financial', `Listino wholesale PE27 in bozza – les prix ne partent aux showrooms que lundi : camicia seta 185 €, pantalone lana 142 €, blazer 298 €. Qualcuno ricontrolli i coefficienti prima dell'invio.`],
  ['linkedin', 'fr', '', `Cours du mardi à l'IFM : calcul d'un coefficient wholesale. Exemple fictif : coût de revient 120 €, coefficient 2,2 → prix de gros 264 €, coefficient retail 2,5 → 660 € TTC. Les étudiants ont adoré les contre-exemples.`],
  ['linkedin', 'en', 'financial', `Board signed off the price increase last night: +4% on ready-to-wear, +9% on small leather goods, effective with the summer drop. Comms to clients and press comes later, so don't mention it in boutique yet.`],
  ['linkedin', 'en', '', `Kering published its full-year results this morning: revenue down, Gucci still under pressure. My take as someone who spent ten years in Italian leather goods, in a few points below.`],
  ['linkedin', 'fr', 'financial', `Chiffre d'affaires du défilé privé de Genève : 2,3 M CHF de commandes en deux jours, 40 % au-dessus de l'objectif. Chiffres pas encore partagés avec le groupe, on attend la clôture du trimestre.`],
  ['linkedin', 'fr', '', `Notre maison a publié hier ses résultats annuels : 214 M€ de chiffre d'affaires, +11 %. Le rapport complet est disponible sur notre site investisseurs.`],
  ['linkedin', 'en', 'financial', `Sell-in forecast for the Milan showroom: €6.8M target, currently at €4.1M with 9 days to go. Please don't share these numbers with agents – they only see their own territories.`],
  ['linkedin', 'en', '', `Personal news: I finally bought my first vintage Kelly, €7,900 from a dealer in Geneva after two years of saving. Worth every centime.`],
  ['linkedin', 'fr', 'financial', `La marge brute de la ligne bijoux est tombée à 54 % ce semestre (contre 61 % visés). On en parle au comité de jeudi avant toute communication aux actionnaires.`],
  ['linkedin', 'en', '', `Job ad – Wholesale Account Manager, Milan. Salary €48,000–€56,000 gross + bonus, hybrid. Fluent Italian and English. Apply through our careers page.`],
  ['linkedin', 'fr', '', `Offre d'emploi : Couturier·ère flou, atelier Paris 8e. CDI, 2 600 à 3 100 € brut mensuel selon expérience, 13e mois. Candidatures via notre page carrières.`],
  ['linkedin', 'mixed', 'financial', `Budget salone Pitti Uomo: 380k€ stand compreso, mais on n'a pas encore annoncé notre participation — la lista espositori esce il 15. Zitti fino ad allora 😉`],
  ['linkedin', 'en', 'financial client_name', `Initech ordered 600 bespoke silk ties for their 40th anniversary – a €72,000 deal, our biggest corporate gifting order ever. Contract is signed but they're announcing the anniversary themselves in May, so keep this between us for now.`],
  ['linkedin', 'en', '', `Corporate gifting tip: a bespoke silk tie order starts at 50 pieces with us, and the price list is public on our B2B page. Lead time 8 weeks.`],
  ['x', 'fr', 'financial', `La valorisation retenue pour l'entrée du fonds au capital : 310 M€. Signature la semaine prochaine, annonce en avril. Je le note ici pour ne pas l'oublier… ah non, c'est public ici 😬`],
  ['linkedin', 'en', '', `The Italian luxury market is expected to reach €26 billion by 2028 according to Altagamma. A big number, but the real story is the shift toward leather goods.`],
  ['linkedin', 'fr', 'financial', `Prix de cession au réseau franchisé pour la ligne enfant : 38 % sous le prix boutique, au lieu de 42 % aujourd'hui. Les franchisés l'apprendront à la convention de mai, pas avant.`],
  ['linkedin', 'fr', '', `Ma propriétaire vient d'augmenter mon loyer de 9 % à Milan. Si quelqu'un connaît un deux-pièces près de Porta Venezia à moins de 1 400 € par mois, je prends.`],
  ['linkedin', 'en', 'financial', `Draft bid for the Zurich flagship lease: we're ready to go up to CHF 1.9M per year, the landlord hasn't seen our number. Negotiation starts Tuesday.`],
  ['linkedin', 'en', '', `Zurich's Bahnhofstrasse remains one of the most expensive retail streets in the world: prime rents above CHF 9,000 per m² per year according to Cushman & Wakefield's public survey.`],
  ['linkedin', 'mixed', 'financial', `Pipeline couture clientes privées Q1: 11 commandes en cours, valore complessivo 1,7 M€. Rien n'est encore facturé ni annoncé au board – on fait le point vendredi.`],
  ['x', 'en', '', `Our bags cost what they cost because the leather alone is €190 a hide. We published our full cost breakdown last year and we'll do it again for the new line.`],
  ['linkedin', 'fr', 'financial', `Prévision de ventes de la capsule montagne : 14 000 pièces et 9,2 M€ sur la saison, hypothèse interne qui ne sera présentée aux distributeurs qu'en juin.`],
  ['linkedin', 'en', '', `Reminder: our archive sale opens Saturday at our Milan warehouse, prices from €40 to €900, cash and card accepted. Public event, bring friends.`],
  // --- ateliers & suppliers, IBAN, bank details ---
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires de notre atelier de broderie à Lyon : merci de régler désormais les factures sur le FR76 1820 6000 4165 0231 7490 034. L'ancien compte sera fermé fin du mois.`],
  ['linkedin', 'mixed', 'iban', `Nuove coordinate per la conceria di Santa Croce – IBAN IT94 O050 3411 7010 0000 0047 319, intestato alla società. Merci aux comptables de mettre à jour le fichier fournisseurs.`],
  ['linkedin', 'en', '', `Supplier fraud alert: we received an email "from" our Como silk mill asking to change their IBAN to IT98 U030 6901 6000 0001 2345 679. It doesn't even pass the checksum. Always call the supplier on a known number before changing bank details.`],
  ['linkedin', 'en', 'iban', `Payment for the Geneva showroom deposit: CH06 0839 0037 4716 1000 9, reference SHOWROOM-FW27. Could the finance team confirm receipt by tomorrow?`],
  ['linkedin', 'fr', '', `Pour nos formations comptables, on utilise l'IBAN d'exemple CH93 0076 2011 6238 5295 7 de la documentation suisse : jamais de vrai compte sur les slides.`],
  ['linkedin', 'en', '', `Training slide for new finance hires: a valid-looking IBAN such as IT60 X054 2811 1010 0000 0123 456 is the standard documented Italian example. Never paste a real supplier's account into a deck.`],
  ['linkedin', 'fr', 'iban phone', `Fournisseur de boutons en nacre, Monaco : nouveau RIB MC58 1273 9000 7005 5612 9000 002. Contact compta : +377 93 25 41 60.`],
  ['linkedin', 'en', 'iban', `Invoice query from our London PR agency: please pay to GB10 BARC 2003 5377 1526 49, not the old NatWest account. Thanks!`],
  ['linkedin', 'en', '', `Example from the UK banking docs for your onboarding form: GB29 NWBK 6016 1331 9268 19. Use it to test the form, not to send money 😄`],
  ['linkedin', 'fr', '', `Notre IBAN fournisseur se termine par …7490 034 ; pour le reste, demandez à la compta par téléphone. Ne jamais envoyer de coordonnées complètes par messagerie.`],
  ['linkedin', 'mixed', 'iban', `Bonifico per il lanificio di Biella: IT21 Z031 1101 6660 0000 0009 172 — acompte de 30 % sur la commande de flanelle, merci de le passer aujourd'hui.`],
  ['linkedin', 'en', 'iban', `Our German zip supplier asked us to use DE44 5001 0517 5407 3249 31 from now on. Can someone in AP double-check before the Friday payment run?`],
  ['linkedin', 'en', '', `The German example IBAN DE89 3704 0044 0532 0130 00 shows up in so many test databases that our fraud tool flags it automatically. Fun fact for the finance nerds.`],
  ['linkedin', 'fr', '', `Visite de notre atelier de plumasserie à Paris avec les étudiants de la Haute École d'Art et de Design de Genève. Quarante ans de savoir-faire, des plumes d'autruche teintes une à une. Merci Madeleine !`],
  ['linkedin', 'en', '', `Three generations, one loom: our jacquard supplier in Como just celebrated 100 years. Proud to have worked with them for the last 22 seasons.`],
  ['linkedin', 'fr', 'financial', `Négociation conclue avec la tannerie : le veau box passera à 7,80 € le pied carré au lieu de 8,40 €, contrat signé hier, pas encore répercuté dans nos coûts de revient ni annoncé aux équipes produit.`],
  ['linkedin', 'en', '', `Leather prices: the public Italian tanning association index shows calfskin up 12% year-on-year. If you work in leather goods, you're already feeling it.`],
  // --- VIP clients & boutique lines, phones, emails ---
  ['linkedin', 'fr', 'phone', `Nouvelle ligne directe pour les rendez-vous privés de la boutique de la rue du Rhône : +41 22 310 47 85. Nos client·e·s VIP peuvent aussi nous écrire sur WhatsApp.`],
  ['linkedin', 'en', 'phone email', `Our Via Montenapoleone boutique is open on Sunday for the holidays! Book a private appointment at +39 02 7601 4432 or montenapoleone@maison-aurelia.it.`],
  ['linkedin', 'fr', 'phone', `Boutique Genève — horaires de fêtes : 10h-19h, dimanche 11h-17h. Standard : 022 318 20 40.`],
  ['linkedin', 'en', 'phone', `For press requests about the show, call our Paris office on +33 1 42 65 18 90. Accreditation closes on Friday.`],
  ['linkedin', 'mixed', 'phone', `Service client Italia, numero verde 800 917 345, du lundi au samedi. Per la Svizzera : 0800 55 21 40.`],
  ['linkedin', 'en', 'client_name', `Delivered 340 custom scrubs and lab coats to Hôpital Sainte-Claire this morning, designed with their nurses over six months. Their team hasn't revealed the new uniforms internally yet, so no photos until their launch day.`],
  ['linkedin', 'fr', '', `Concert de Noël à la chapelle Sainte-Claire de Genève : nos brodeuses ont restauré gratuitement la nappe d'autel du XVIIIe. Une belle façon de finir l'année.`],
  ['linkedin', 'fr', 'client_name', `Réunion avec Société Générique pour les nouveaux uniformes de leurs agences : 2 400 collaborateurs à habiller d'ici septembre. Premier gros contrat d'uniformes pour l'atelier de Genève.`],
  ['linkedin', 'en', '', `Every season a handful of private clients get a first look at the collection in our salon. This year a wonderful lady from Lausanne ordered the opening look in three colours. That's the magic of couture.`],
  ['linkedin', 'fr', 'phone', `Message pour Mme V. : votre robe est prête pour l'essayage final. Appelez directement Sofia sur son portable, 079 482 16 07, elle vous attend jeudi.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hi Laura, thanks for your message! Please email our client advisor directly at beatrice.conti@maison-aurelia.it with your order number and she'll arrange the alteration.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Thanks so much for your kind words! Please contact us through the form on our website and our client service team will get back to you within 24h.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Bonjour, pour toute demande de retouche, écrivez à service.client@ateliers-verrier.ch, nous répondons sous 48 h.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'email', `Merci pour votre candidature ! Envoyez votre portfolio à recrutement [at] maison-lisiere [dot] fr en précisant le poste visé.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Our website is maison-lisiere.fr and our Instagram is @maisonlisiere — everything about the collection lives there.`, { surface: 'comment' }],
  ['x', 'en', 'phone', `Stuck at Malpensa with 14 trunks of samples and no truck. If anyone knows a courier who can do Milan → Paris tonight, call me: +39 335 618 2294.`],
  ['x', 'fr', '', `Rappel : en cas de malaise pendant le défilé, l'équipe de secours est postée à l'entrée B. Numéro d'urgence : 112.`],
  ['linkedin', 'en', 'phone', `Show-day hotline for models' agencies: +33 6 71 28 44 93 (Manon, casting). Call time 13:30, hair and make-up from 14:00.`],
  ['linkedin', 'mixed', 'phone', `Trasporto campioni verso Parigi: autista Marco, cell. 348 902 7716. Il camion part de Bergame à 5h du matin, arrivée prévue au Carreau du Temple vers 17h.`],
  ['linkedin', 'en', '', `Order reference for your alteration: 24FW-0117-NR-0042. Please quote it whenever you contact us.`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Nouveau numéro de notre showroom à Dubaï pour la saison Ramadan : +971 4 330 8812. Les rendez-vous sont ouverts dès lundi.`],
  ['linkedin', 'en', 'phone', `Tokyo pop-up in Omotesando is live until 30 November. Reservations: +81 3 5468 2211.`],
  ['linkedin', 'en', 'phone', `New York trunk show, Madison Avenue, 12–14 March. RSVP to our US office, +1 212 555 0148.`],
  ['linkedin', 'fr', '', `Boutique de Genève fermée le 31 décembre. Réouverture le 2 janvier à 10h. Meilleurs vœux !`],
  ['linkedin', 'en', 'phone', `Geneva atelier switchboard has changed: 0041 22 735 91 60. The old number will forward calls until end of January.`],
  ['linkedin', 'en', 'phone email', `Goodbye Milan! After 9 years at the house, today is my last day. Keep in touch: +39 347 221 0896, or my personal address giulia.ferri.design@gmail.com.`],
  ['linkedin', 'fr', '', `Après 12 ans à l'atelier, je raccroche mes ciseaux. Merci à toutes les petites mains, à la première d'atelier, et aux clientes qui m'ont fait confiance. On se retrouve sur LinkedIn !`],
  ['linkedin', 'en', 'email', `Press accreditation for the FW27 show: send your name, outlet and photographer to press@maison-aurelia.it by 20 February.`],
  ['linkedin', 'fr', 'email', `Vous êtes un jeune créateur et voulez exposer au showroom de Paris ? Écrivez à showroom @ lisiere-paris . com avec votre dossier.`],
  ['linkedin', 'en', '', `Want to join our press list? Fill in the form on our newsroom page. We don't accept requests by DM.`],
  // --- national ids ---
  ['linkedin', 'mixed', 'national_id', `Per il contratto della nuova modellista abbiamo bisogno dei dati : Giulia Rossi, codice fiscale RSSGLI88M52F205E, début le 3 février. Qualcuno in HR la inserisce in anagrafica?`],
  ['linkedin', 'en', '', `Fun fact about Italian tax codes: the codice fiscale encodes your surname, name, birth date and town. Mine starts with my consonants and ends with a check letter that you can compute by hand.`],
  ['linkedin', 'en', '', `New hire onboarding checklist (Milan office): ID card, codice fiscale, IBAN for payroll, signed NDA, photo for the badge. HR will send you the form.`],
  ['linkedin', 'fr', 'national_id', `Inscription de notre nouvelle retoucheuse à la caisse AVS : numéro 756.9471.2038.51, entrée au 1er mars à l'atelier de Carouge. Merci de transmettre au fiduciaire.`],
  ['linkedin', 'fr', '', `Rappel RH : le numéro AVS d'exemple 756.1234.5678.97 sert uniquement aux tests du logiciel de paie. N'utilisez jamais le vôtre dans la démo.`],
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle de l'atelier, le numéro de sécu de Camille : 2 87 06 75 114 231 48. Tu peux compléter le formulaire ce soir ?`],
  ['linkedin', 'en', 'national_id', `Payroll fix needed for Luca Bianchi (codice fiscale BNCLCU79A15H501L): his overtime from the show week is missing.`],
  ['linkedin', 'en', '', `Found the typo: the codice fiscale in the draft contract, BNCLCU79A15H501O, fails the check letter. HR portal rejected it, as it should.`],
  ['linkedin', 'fr', '', `Numéro de sécurité sociale sur les fiches de paie : 1 XX XX XX XXX XXX XX. Tout est masqué dans notre nouveau modèle, une bonne pratique à copier.`],
  ['linkedin', 'en', 'national_id', `Model release form pasted below for the Madrid casting: name Lucía Ortega, DNI 48213957T, agency Trend Models. Please file it in the show folder.`],
  ['linkedin', 'mixed', '', `La nostra P.IVA è 07743830155 — la trovate in fondo a ogni pagina del sito, come vuole la legge. Mentions légales complètes sur notre site.`],
  ['linkedin', 'fr', 'national_id', `Contrat de la nouvelle première d'atelier, Stefania Colombo, née à Naples : CF CLMSFN85T61F839O. Période d'essai de 3 mois.`],
  ['linkedin', 'en', 'national_id', `Adding our freelance photographer to the supplier list: Matteo Ferrari, codice fiscale FRRMTT91E08L219P, invoices monthly. Can finance create the vendor record?`],
  ['linkedin', 'fr', 'national_id', `Fiche d'entrée du nouveau magasinier, Sion : AVS 756.3029.1884.78, date d'entrée 15 avril, contrat 80 %.`],
  ['linkedin', 'fr', '', `Le badge d'accès de notre défilé porte un numéro unique à 13 chiffres (ex. 2026031900417) : ce n'est pas un numéro AVS, c'est juste notre système de billetterie.`],
  ['linkedin', 'en', 'national_id', `Second casting form: Théo Marchand, French social security 1 92 02 13 055 089 77, agency Paris Models. Fee as agreed.`],
  // --- secrets, internal URLs ---
  ['linkedin', 'fr', 'secret', `Wi-Fi du showroom pour la semaine des ventes : réseau SHOWROOM_RIVOLI, mot de passe Taffetas-Rivoli-2027. Bonne campagne à toutes les équipes !`],
  ['linkedin', 'en', '', `Guest Wi-Fi at our show venue will be open, no password needed – just accept the terms on the welcome page.`],
  ['linkedin', 'en', 'secret internal_url', `Quick fix for the e-shop stock sync (posting here so I don't lose it):
DB_URL=postgres://stocksync:V3lours!Como88@10.12.4.21:5432/inventory
Restart the worker after changing it.`],
  ['linkedin', 'en', '', `Setting up your dev env? Copy .env.example to .env and set DB_PASSWORD=changeme until IT gives you your own credentials.`],
  ['linkedin', 'en', 'internal_url', `Lookbook drafts for the sales team are up on https://studio.acme-corp.net/lookbooks/fw27 – sign in with your usual account.`],
  ['linkedin', 'fr', 'internal_url', `Le nouveau planning des essayages est sur l'intranet : https://intranet.maison-lisiere.fr/atelier/planning. Pensez à le consulter avant chaque rendez-vous.`],
  ['linkedin', 'en', '', `Our new collection page is live: https://www.maison-aurelia.it/collezioni/fw27. Go have a look and tell me your favourite look!`],
  ['linkedin', 'fr', 'internal_url', `Les fichiers patrons de la capsule sont sur le NAS de l'atelier, \\\\nas-patronage.local\\capsule\\PE27. Ne pas copier sur clé USB.`],
  ['linkedin', 'en', 'internal_url', `PLM is down again. If you need tech packs urgently, the backup is at http://192.168.20.15:8080/techpacks until the vendor fixes it.`],
  ['linkedin', 'en', 'secret', `@Paolo here's the token for the ERP integration, don't lose it this time: 9f3b2c7e41d8a6f05b9e2d4c8a1f7e36b0c5d92a`],
  ['x', 'en', '', `API docs say to pass your token as "Authorization: Bearer <YOUR_TOKEN>". Took me 20 min to realise I'd literally pasted <YOUR_TOKEN> 🙈`],
  ['linkedin', 'en', 'secret', `Slack alerts for the boutique stock bot are wired up: https://hooks.slack.com/services/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. Ping me if you don't see messages in #stock-alerts.`],
  ['linkedin', 'fr', 'secret', `Code d'accès de la caisse du pop-up de Saint-Tropez pour les extras de l'été : identifiant POPUP-ST, mot de passe Riviera#Lin2027. À changer après la saison.`],
  ['linkedin', 'en', '', `Security reminder for boutique staff: your POS password must be at least 12 characters and changed every 90 days. Never write it on a sticky note under the till.`],
  ['linkedin', 'mixed', 'internal_url', `Les photos packshot sont sur \`smb://fileserver.corp/packshot/SS27\` – chiedete l'accesso a Davide se non vedete la cartella.`],
  ['linkedin', 'en', 'internal_url', `Expense claims for the Paris show go through https://expenses.corp.acme.com/new – deadline 31 March.`],
  ['linkedin', 'fr', '', `Notre boutique en ligne suisse change d'adresse : retrouvez-nous désormais sur maison-lisiere.ch. Les comptes clients sont transférés automatiquement.`],
  ['linkedin', 'en', 'secret internal_url', `Warehouse scanner config for Novara (Wi-Fi):
SSID: WH-NOVARA-SCAN
PSK: g7Fq!m2Ra9xTe4
controller: 10.40.0.2`],
  ['linkedin', 'en', '', `Wi-Fi config template for our pop-up stores:
SSID: <store-name>-GUEST
PSK: <ask IT>
Captive portal: on`],
  ['linkedin', 'en', 'internal_url', `Grafana for the e-shop is at http://grafana.internal:3000/d/checkout — the conversion drop on Tuesday matches the payment provider outage.`],
  ['linkedin', 'en', '', `Testing the new checkout in sandbox with the usual test card 4242 4242 4242 4242. Works like a charm, prod next week.`],
  ['linkedin', 'en', 'secret', `Note to self (and apparently to LinkedIn): Instagram agency login for the brand account is brand.social / Ramie&Linen_94!`],
  ['linkedin', 'en', '', `AWS docs example: AKIAIOSFODNN7EXAMPLE. If you see this in your repo, it's a placeholder, not a leak. If you see anything else starting with AKIA, rotate it.`],
  // --- cards ---
  ['linkedin', 'fr', 'card', `Paiement acompte robe de mariée : carte 4532 0177 8834 5190, exp 09/28, au nom de la cliente. Merci de passer la transaction avant 18h. (Oups, ce n'était pas pour ici.)`],
  ['linkedin', 'en', '', `Client called about a charge on her card ending in 5190 – resolved, it was the deposit for her bespoke coat.`, { surface: 'comment' }],
  ['linkedin', 'en', 'card', `Booking the showroom for the Dubai trunk show on the company Amex: 3411 599276 00520. Can someone approve the charge in the tool?`],
  ['linkedin', 'fr', '', `Bon à savoir pour la boutique : 4532 0177 8834 5191 est la carte factice de notre formation caisse, elle est refusée par le terminal (mauvais chiffre de contrôle). Idéal pour les tests.`],
  ['linkedin', 'en', 'card', `Phone order from a VIP in Hong Kong: Mastercard 5457 6219 8803 4120, exp 03/29, CVC in the secure note. Process before the boutique closes.`],
  ['linkedin', 'en', '', `Gift card balance check: your card number is printed on the back (16 digits starting with 6039). Enter it on our website, never share it in a comment.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'card', `Carta aziendale per le spese del casting : 2223 0014 1187 6530. Les notes de frais doivent être déposées avant vendredi.`],
  ['linkedin', 'en', '', `The Amex test number 378282246310005 is what our agency uses in the e-commerce staging environment. Please don't panic when you see it in logs.`],
  ['linkedin', 'en', 'card', `Travel agent needs the card for the models' hotel block in Paris: Visa 4917 6150 3920 0380, billing address the Milan office.`],
  ['linkedin', 'fr', '', `EAN du nouveau foulard : 8051234567893. On le colle sur toutes les boîtes à partir de lundi.`],
  // --- show logistics, live-posts, notes ---
  ['linkedin', 'en', '', `Live from backstage: 38 models, 61 looks, 4 hair stations, 1 very calm producer. Doors open in 40 minutes. #PFW`],
  ['x', 'en', '', `Show's done. 11 minutes, 47 looks, one standing ovation. Thank you Paris 🖤`],
  ['linkedin', 'fr', 'codename', `Notes de réunion logistique défilé (copiées depuis Teams) :
- Transport : 3 camions depuis Milan, départ mardi 4h
- Mise en place : mercredi 8h-22h
- Looks Orion : 12 silhouettes, housses noires sans étiquette
- Répétition générale : jeudi 16h`],
  ['linkedin', 'en', 'codename internal_url', `Show-day Teams notes:
- seating plan v7 on https://events.acme-corp.net/fw27/seating
- Kestrel eyewear looks go out in positions 22-30 (Project Kestrel stays unannounced until the finale)
- 2 spare front-row seats for press`],
  ['linkedin', 'mixed', '', `Il backstage alle 6 del mattino, c'est toujours le même chaos magique : cafés, épingles, vapeur. 12 ans que je fais ça et je ne m'en lasse pas.`],
  ['linkedin', 'en', '', `Logistics tip for show producers: label every garment bag with look number, model name and running order position. Saved us 20 minutes at the last show.`],
  ['linkedin', 'fr', 'phone', `Défilé Paris — contacts jour J :
Régie : Léa, 06 12 48 73 90
Casting : Manon
Sécurité : PC sécurité entrée A
Secours : 18`],
  ['linkedin', 'en', 'phone', `Venue contact for load-in at the Milan show space: Giorgio, +39 02 8699 3120 (production office, 7am–7pm).`],
  ['linkedin', 'en', '', `We ship 14 trunks of samples to every showroom, each with a barcode like TRK-27-0098. If you find one wandering around Tortona, it's ours 😅`],
  ['x', 'en', '', `Poll: which matters most for a show venue? 🅰️ light 🅱️ acoustics 🅲 space backstage 🅳 location`],
  ['linkedin', 'fr', '', `Sondage : pour le prochain défilé, Paris ou Milan ? Votez en commentaire, on lit tout.`],
  ['linkedin', 'en', 'confidential_marker', `Confidential — Show security brief
Doors: 19:00. Talent arrivals via Rue Beaubourg.
No phones backstage after 19:15.
Dispatch radio channel 3.`],
  ['linkedin', 'en', '', `My favourite film this year is "Confidential Report", an old Orson Welles. Watched it on the plane back from Milan.`],
  ['linkedin', 'fr', '', `Notre prochain parfum s'appelle « Confidentiel » : une note de cuir et d'iris, disponible dès aujourd'hui dans toutes nos boutiques.`],
  ['linkedin', 'en', 'confidential_marker codename', `INTERNAL ONLY – Atlas Bleu sales training, slide 1 of 18. Please don't screenshot.`],
  ['linkedin', 'fr', 'confidential_marker', `Document INTERNE — Plan de table du dîner post-défilé. 64 couverts, table 1 : direction artistique et presse.`],
  ['linkedin', 'en', '', `Reading about "internal" vs "external" comms in luxury houses: most brands still treat the seating chart like a state secret. I love it.`],
  ['linkedin', 'fr', 'financial', `Fin de campagne de vente à Paris : 4,6 M€ de commandes wholesale, record historique. On attend le comité de direction pour annoncer le chiffre aux équipes et à la presse, donc motus.`],
  ['linkedin', 'en', '', `As we announced at our investor day, wholesale revenue grew 14% in the first half. Thank you to every retailer who believed in this house.`],
  // --- changelogs / post-mortems / tech ---
  ['linkedin', 'en', '', `Changelog for our e-shop this week:
- faster product pages (LCP down to 1.8 s)
- size guide now in cm and inches
- Klarna available in Switzerland
- fixed the wishlist bug on Safari`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem – checkout outage 14 Jan:
Root cause: expired credentials on the payment gateway. New key set on the admin panel at https://pay-admin.corp.acme.com (gateway_secret=Qx9fJ8wB2nM4rK7vL3cP0zY6dH1sEt5u).
Duration: 47 min. Lost orders: ~120.`],
  ['linkedin', 'en', '', `Post-mortem of our Black Friday: the site held, the warehouse didn't. 3,400 orders in 6 hours, a picking queue of 2 days. Lessons learned in the thread below.`],
  ['linkedin', 'fr', 'internal_url', `Changelog PLM v4.3 : ajout du champ « fournisseur de doublure », export Excel des nomenclatures. Accès : http://plm.maison-lisiere.corp/changelog`],
  ['linkedin', 'en', '', `Release notes for our size recommendation tool: now trained on 1.2M anonymised fitting-room returns. Accuracy up 9 points. Paper coming soon.`],
  ['linkedin', 'en', 'secret', `Anyone know why our Shopify private app keeps returning 401? Using X-Shopify-Access-Token: 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 and it worked yesterday.`],
  ['linkedin', 'en', '', `Reminder: a Shopify token looks like shpat_xxxxxxxxxxxxxxxx. If you ever see a real one in a screenshot, tell IT to revoke it right away.`],
  // --- X threads, mixed ---
  ['x', 'en', '', `1/ Thread on how a couture gown is priced. Spoiler: it's not the fabric. It's the hours.`],
  ['x', 'en', '', `2/ A simple day dress in our atelier: ~90 hours. An embroidered evening gown: 600 to 1,200 hours. At Paris atelier rates, you do the maths.`],
  ['x', 'fr', 'codename', `Trois semaines de silence radio sur le projet Orion, et demain enfin la validation des cuirs. Je dors mal 😅`],
  ['x', 'en', 'financial', `Can't believe we're about to sign the biggest wholesale order in our history – €3.2M with a department store in Seoul. Announcement after the contract is countersigned, not a word till then.`],
  ['x', 'en', '', `Biggest wholesale order in our history is official: we're now in 6 department stores in Korea. Press release on our newsroom.`],
  ['x', 'fr', '', `Les boutiques de Genève et Lausanne passent en horaires d'été dès lundi. Ouverture 10h, fermeture 19h30.`],
  ['x', 'en', 'email', `DM me or write to hello@lisiere-studio.com if you want to collaborate on the resort campaign.`],
  ['x', 'mixed', '', `Milano fashion week day 3: pioggia, taxi introuvables, mais le défilé était sublime.`],
  ['x', 'en', 'phone', `Lost a sample trunk between Linate and Via Tortona. Reward offered. Call +39 339 572 1843 if you see it.`],
  ['x', 'en', 'client_name', `Globex's buyers just left the showroom with an order that doubles last season. Best Friday ever 🥂`],
  ['x', 'en', '', `Dinner at a tiny trattoria in Brera with the studio team. The owner's cat is called Atlas and he sat on our mood boards all evening.`],
  // --- more financial nuance ---
  ['linkedin', 'fr', 'financial', `Objectif budgétaire atelier Carouge 2027 : 4,1 M CHF de masse salariale, +6 %. Arbitrage final au conseil d'administration de décembre, on ne diffuse pas avant.`],
  ['linkedin', 'fr', '', `Le salaire médian d'une couturière en Suisse romande est d'environ 4 800 CHF par mois selon l'OFS. Il y a encore du chemin pour valoriser ces métiers.`],
  ['linkedin', 'en', 'financial', `Heads-up for store managers only: the summer markdown will be 30% on RTW and 20% on accessories, starting 26 June. Clients find out on the day, so no hints to VIPs please.`],
  ['linkedin', 'en', '', `Our summer sale starts today: 30% off ready-to-wear and 20% off accessories, online and in all boutiques.`],
  ['linkedin', 'mixed', 'financial', `Forecast Q3 per il Medio Oriente : +22 % vs l'an dernier, 5,4 M€. C'est le chiffre qu'on présentera au board, merci de ne pas le circuler avant.`],
  ['linkedin', 'en', '', `In our sustainability report, published this week, we disclose that 38% of our leather now comes from LWG gold-rated tanneries. Full report on our website.`],
  ['linkedin', 'fr', 'financial', `Appel d'offres uniformes : notre offre à 186 € la tenue complète part demain sous pli fermé. Le concurrent principal serait à 199 €, d'après nos infos.`],
  ['linkedin', 'en', '', `If you're pricing a capsule for the first time: start from your target retail price, divide by your retailer's multiplier (usually 2.5 in Europe), then check your cost fits. Classic reverse-costing.`],
  ['linkedin', 'en', 'financial', `Private memo from our CFO, pasted by mistake: "EBITDA margin for the year will land at 18.7%, below the 21% guidance. We need a plan before the March announcement."`],
  ['linkedin', 'en', '', `Our parent group confirmed its 2026 guidance today in its public trading update. No surprises for those of us in the maisons.`],
  ['linkedin', 'fr', 'financial', `Coût de revient de la nouvelle chaussure : 96 € en Italie contre 71 € au Portugal. On tranche lundi en comité, les ateliers ne sont pas encore au courant de la mise en concurrence.`],
  ['linkedin', 'fr', '', `Le prix de notre mocassin iconique reste à 690 € : promesse tenue, pas de hausse cette année comme annoncé à nos clients en janvier.`],
  ['linkedin', 'en', 'financial', `Offer to acquire the Florentine glove maker: €12M, 70% in cash. They haven't replied and nobody outside the deal team knows. Fingers crossed.`],
  ['linkedin', 'en', '', `Congrats to our friends at the Florentine glove maker on their acquisition by a Paris group, announced yesterday. A great outcome for a 90-year-old atelier.`],
  // --- mixed categories & longer pastes ---
  ['linkedin', 'fr', 'email phone confidential_marker', `CONFIDENTIEL — Fiche contact VIP (copier-coller du CRM) :
Contact : assistante personnelle, Mme R. Ducret
Mail : r.ducret@family-office-geneve.ch
Tél : +41 79 915 02 38
Préférences : taille 38, pas de fourrure, livraison à domicile.`],
  ['linkedin', 'en', 'client_name financial', `Pasted from the sales tracker:
| Account | Season | Order | Status |
| Globex | FW27 | €640k | not yet confirmed to them |
| Initech | FW27 | €95k | pending signature |`],
  ['linkedin', 'en', '', `Pasted from our public store locator:
| City | Address | Hours |
| Milan | Via della Spiga 12 | 10-19 |
| Geneva | Rue du Rhône 48 | 10-19 |
| Paris | Rue Saint-Honoré 233 | 10-19 |`],
  ['linkedin', 'en', 'phone', `Store locator update: Milan +39 02 7601 4432, Geneva +41 22 310 47 85, Paris +33 1 42 60 27 15. All open Sundays in December.`],
  ['linkedin', 'mixed', 'codename client_name', `Aggiornamento: Nébula est retardé de deux semaines car Initech veut revoir les coloris de la capsule. Nessuna comunicazione esterna per ora.`],
  ['linkedin', 'fr', 'iban national_id', `Dossier paie de la nouvelle vendeuse (copie du mail RH) : AVS 756.9471.2038.51, compte de salaire CH06 0839 0037 4716 1000 9. Premier salaire fin avril.`],
  ['linkedin', 'en', 'secret internal_url email', `Onboarding for the new e-comm dev:
- repo: git.acme-corp.net/eshop/frontend
- staging admin: admin / Silk&Stone-2027
- questions to marco.villa@acme-corp.net`],
  ['linkedin', 'en', '', `Onboarding week for our new e-commerce team: design sprint, visit to the atelier, lunch with the founders. Welcome Marco, Sara and Teo!`],
  ['linkedin', 'fr', 'codename financial', `Atlas Bleu : prix boutique cible 2 450 € pour le grand modèle, validé hier en comité produit. Annonce au réseau prévue à la convention de juin.`],
  ['linkedin', 'en', '', `Atlas mountains, blue doors, indigo everywhere: our resort campaign shot in Chefchaouen is out today. Credits in the comments.`],
  ['linkedin', 'en', 'codename', `Kestrel update for the eyewear team: the acetate from Mazzucchelli is approved, final samples by week 14. Project Kestrel stays on the need-to-know list.`],
  ['linkedin', 'fr', '', `Un faucon crécerelle niche depuis trois ans sur le toit de notre atelier de Carouge. Cette année, quatre petits. Toute l'équipe suit ça en direct par la fenêtre.`],
  ['linkedin', 'en', '', `Birdwatching break at lunch: a kestrel hunting over the field behind the Novara warehouse. Life is good in the supply chain.`],
  ['linkedin', 'fr', 'client_name', `Cette semaine, nous avons habillé tout le personnel d'accueil de l'Hôpital Sainte-Claire avec des tenues conçues dans notre atelier. Un projet dont on ne pouvait pas parler, jusqu'à ce que l'hôpital l'annonce lui-même… ce qui n'est pas encore fait, donc je supprime vite ce post.`],
  // --- more clean look-alikes with numbers ---
  ['linkedin', 'en', '', `Our VAT number (Partita IVA 12567040964) is on every invoice and on our website footer, as Italian law requires. Nothing secret about it.`],
  ['linkedin', 'fr', '', `Mentions légales : Maison Lisière SA, CHE-114.382.901 TVA, siège à Genève. Registre du commerce public.`],
  ['linkedin', 'en', '', `Tracking number for the sample parcel: 1Z 999 AA1 01 2345 6784. It's a UPS sample from their docs, I'm testing our tracking widget.`],
  ['linkedin', 'fr', '', `Pantone de la saison : 19-4052 Classic Blue revisité, 17-1463 pour les accessoires. Le studio vit dans les nuanciers.`],
  ['linkedin', 'en', '', `Call us old-fashioned, but our Paris boutique still has its original 1952 telephone on the counter. It doesn't work, clients love it.`],
  ['linkedin', 'fr', '', `Les numéros de lot de nos cuirs (ex. LOT 27-A-00419) permettent de remonter jusqu'à la tannerie et au troupeau. La traçabilité, c'est concret.`],
  ['linkedin', 'en', '', `Swiss phone numbers have 10 digits starting with 0, Italian landlines keep their leading 0 even from abroad. Learned this the hard way setting up our CRM.`],
  ['linkedin', 'mixed', '', `Codice fiscale, partita IVA, numero AVS, numéro de sécu… gérer des équipes entre Milan, Genève et Paris, c'est aussi ça. Mais quelle richesse humaine !`],
  ['linkedin', 'en', '', `Happy 10th anniversary to our Geneva boutique, opened on 14.03.2016 at 10:00 sharp. Ten years, 31,000 clients, one very loyal concierge.`],
  ['linkedin', 'fr', '', `Nouvelle adresse de notre atelier de Genève : rue des Bains 35, 1205 Genève. Visites sur rendez-vous via notre site.`],
  // --- more positives, varied ---
  ['linkedin', 'fr', 'phone', `Si vous êtes une brodeuse indépendante à Paris et cherchez des missions pour la couture, appelez Hélène au 06 83 27 15 49. On recrute pour la saison.`],
  ['linkedin', 'en', 'phone', `UK stockists: our new London showroom line is +44 20 7946 0321, open for FW27 appointments from Monday.`],
  ['linkedin', 'mixed', 'email', `Candidature spontanée pour l'atelier ? Scrivete a atelier.milano(at)maison-aurelia(dot)it, on lit tout.`],
  ['linkedin', 'en', 'email', `Questions about our supplier code of conduct? Reach the sourcing team at sourcing@maison-aurelia.it.`],
  ['linkedin', 'fr', 'email phone', `Fournisseurs : toutes les factures doivent désormais être envoyées à factures@lisiere-paris.com. Pour les urgences, la compta fournisseurs répond au 01 53 76 44 20.`],
  ['linkedin', 'en', 'secret', `Shared the showroom iPad with the Tokyo team. Passcode is 482913 and the Apple ID password is Organza!Tokyo27, please don't change it.`],
  ['linkedin', 'fr', 'internal_url', `Pour réserver une salle d'essayage, passez par https://salles.intranet.lisiere-group.com, plus par mail.`],
  ['linkedin', 'en', 'internal_url', `Sales dashboard refreshed: http://172.16.8.40/reports/wholesale?season=FW27 (VPN needed).`],
  ['linkedin', 'en', '', `We just published our public API for stockists: https://api.maison-aurelia.it/docs. Inventory, orders, size charts. Feedback welcome!`],
  ['linkedin', 'mixed', 'confidential_marker financial', `[INTERNE] Prezzi wholesale definitivi FW27 – à ne pas transmettre aux agents avant le 3 mars : trench 620 €, cappotto 740 €, maglia 165 €.`],
  ['linkedin', 'fr', '', `Ce qui m'a le plus appris cette année : présenter la collection aux agents multimarques en direct, sans slides, juste les pièces sur portant. Leurs questions valent tous les focus groups.`],
  ['linkedin', 'en', 'financial', `For my team's eyes: we got the green light to bring the Geneva atelier's headcount from 28 to 41, a €2.9M investment. HR will announce it at the town hall next month.`],
  ['linkedin', 'en', '', `We're hiring! 13 new roles at our Geneva atelier, from pattern-makers to leather artisans. Salaries from CHF 68,000 to CHF 92,000 depending on role. Apply on our careers site.`],
  ['linkedin', 'fr', 'codename', `Essayage du premier prototype Orion sur le mannequin cabine. Trois retouches sur l'épaule, mais la ligne est là. Personne d'autre n'a vu la pièce.`],
  ['linkedin', 'en', '', `Orion, Cassiopeia, Andromeda: our jewellery capsule "Constellations" launched online today, inspired by the night skies above our Alpine atelier.`],
  ['linkedin', 'fr', 'national_id phone', `Fiche de la nouvelle stagiaire (copiée du formulaire) : Martina Ricci, codice fiscale RCCMRT93R43G273S, tél. +39 331 804 6627, arrivée lundi.`],
  ['linkedin', 'en', '', `Our interns' first week: a day in the leather atelier, a day in the archive, a day on the shop floor. They're all asking when they can start on the show.`],
  ['linkedin', 'en', 'card', `Note for the concierge: Mrs K. will settle the trunk-show balance with the card she used last time, 5457 6219 8803 4120. Please run it on Monday.`],
  ['linkedin', 'fr', '', `Paiement sur place au pop-up : CB, Twint, espèces. Nous n'acceptons pas les chèques.`],
  ['linkedin', 'en', 'iban', `Refund to the client's account as she asked: FR76 3000 4008 2500 0123 4567 886. Amount €1,290 (returned bag).`],
  ['linkedin', 'fr', '', `Remboursement effectué sur le compte se terminant par 886. La cliente a bien reçu la confirmation.`, { surface: 'comment' }],
  ['linkedin', 'mixed', 'codename confidential_marker', `TLP:RED — Kestrel : possibile fuga di immagini des prototypes sur un forum. Nessun commento pubblico, on enquête.`],
  ['linkedin', 'en', '', `A piece of advice for young designers: never post sketches of an unreleased collection on your personal Instagram, even "close friends". I've seen careers end over a story.`],
  ['linkedin', 'fr', '', `Le défilé sera retransmis en direct sur notre site à 20h30, heure de Paris. Rendez-vous dimanche !`],
  ['linkedin', 'en', 'phone', `Lost property from the show: we found a grey cashmere scarf and a pair of gold earrings. Owners can call our front desk, +33 1 44 71 09 63.`],
  ['linkedin', 'fr', '', `Objets trouvés après le défilé : une écharpe grise et une paire de boucles d'oreilles. Contactez-nous via le formulaire du site.`],
  ['linkedin', 'en', 'secret', `For the Paris showroom door keypad this season the code is 7-4-1-9-0 then #. Please don't share it with couriers.`],
  ['linkedin', 'en', '', `Fun detail: our Paris showroom door has a 1920s brass keypad that doesn't work. The real entrance is next door.`],
  ['linkedin', 'fr', 'financial', `Prix de lancement du parfum : 145 € les 100 ml, validé par le comité. Les parfumeries ne recevront le tarif qu'en septembre, on garde ça pour nous.`],
  ['linkedin', 'fr', '', `Notre parfum est disponible à 145 € les 100 ml dans toutes nos boutiques et chez nos revendeurs depuis hier. Merci pour l'accueil !`],
  ['linkedin', 'en', 'confidential_marker', `Strictly Confidential – Draft press kit FW27 (v2). Please return comments to the press office by Thursday.`],
  ['linkedin', 'en', '', `The press kit for our FW27 show is now available to download on our newsroom. High-res images, credits and the full collection notes.`],
  ['linkedin', 'mixed', 'phone', `Per info sul casting a Milano : chiamate l'agenzia al 02 4548 7720, ou écrivez-nous en DM.`],
  ['linkedin', 'fr', 'email', `Pour l'accréditation presse de la semaine de la mode à Genève, écrire à presse@geneva-fashion-week.ch avant le 15.`],
  ['linkedin', 'en', '', `Accreditation for Geneva Fashion Week is now open through the event's website. Don't miss the deadline on the 15th.`],
  ['linkedin', 'fr', 'codename', `Trois mois de travail sur Nébula et toujours pas de nom commercial. Le comité marketing tranche vendredi. En attendant, motus.`],
  ['linkedin', 'en', '', `Nebulae, galaxies and stardust: our kids' pyjama collection was designed with a planetarium in Geneva. Out now.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu ready for the first sales appointments in Dubai next week. Still under wraps for everyone else.`],
  ['linkedin', 'fr', '', `Atlas est le nom de notre nouveau chien de boutique, un lévrier bleu de Gascogne. Il accueille les clientes à l'entrée tous les samedis.`],
  ['linkedin', 'en', 'confidential_marker', `Embargo until 5 March, 09:00 CET: the house opens its first boutique in Zurich. Please hold the story until then. (Meant for the press list, not my feed!)`],
  ['linkedin', 'en', '', `Our first boutique in Zurich opened today on Bahnhofstrasse! Thank you to everyone who came to the opening night.`],
  ['linkedin', 'fr', 'secret', `Pour la borne de caisse du pop-up, connexion admin : posadmin / Bouclette_Paris_07. Je le note ici pour l'équipe du week-end.`],
  ['linkedin', 'en', '', `Our password manager migration is done: every boutique now uses a shared vault, no more passwords on paper. Thanks to IT for the patience.`],
  ['linkedin', 'fr', 'internal_url', `Les consignes pour le défilé sont sur http://wiki.atelier.internal/defile/fw27, à lire avant jeudi.`],
  ['linkedin', 'mixed', '', `Grande soddisfazione: il nostro atelier è stato premiato come miglior laboratorio artigiano de Lombardie. Merci à toute l'équipe !`],
  ['linkedin', 'en', 'phone', `Need a rush alteration before the gala? Our Geneva atelier takes calls at +41 22 735 91 60 until 8pm this week.`],
  ['linkedin', 'fr', '', `Astuce repassage de la soie : vapeur à distance, jamais de fer direct, et une mousseline entre les deux. Nos premières mains jurent par cette méthode.`],
  ['linkedin', 'en', '', `Tip for anyone shipping couture: always declare samples on an ATA carnet. It saves days at Swiss customs.`],
  ['linkedin', 'en', 'financial', `Internal note: the quote we'll send the Japanese distributor is ¥42M for the exclusive FW27 capsule. They see it Monday, so please no leaks before.`],
  ['linkedin', 'en', '', `Our Japanese distributor just celebrated 20 years with us. They presented a book of every season we've sold in Tokyo. Emotional day.`],
  ['linkedin', 'fr', 'phone', `Besoin d'une couturière pour un mariage à Annecy ce week-end ? Appelez ma collègue Élise, 0033 6 44 18 92 07 — elle fait des miracles.`],
  ['linkedin', 'en', '', `Our Geneva atelier is an hour from Annecy, and several of our artisans commute from Haute-Savoie every day. Cross-border life!`],
  ['linkedin', 'fr', 'iban', `Pour la cagnotte du départ de Martine, virement sur mon compte perso : CH06 0839 0037 4716 1000 9. Merci à tous !`],
  ['linkedin', 'fr', '', `Pot de départ de Martine vendredi 18h à l'atelier. Trente ans de couture, on compte sur vous !`],
  ['linkedin', 'mixed', 'internal_url', `Le catalogue des tissus di magazzino est à jour : http://10.0.3.7/tessuti. Prenotate i rotoli entro venerdì.`],
  ['linkedin', 'en', '', `Our fabric library is open to design students on Wednesdays. Over 6,000 swatches from 40 mills. Book a slot on our website.`],
]);
