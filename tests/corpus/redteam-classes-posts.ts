import { rows } from './corpus-types';

/**
 * Classes the redteam held-out set (2026-12-02) showed the rules missed, written afresh in other words
 * than that set so it stays held out: identity numbers of more countries (Swiss AVS, Canadian SIN/NAS,
 * Dutch BSN, Spanish DNI/NIE, Italian codice fiscale, passports, a NIR written with dots); unannounced
 * figures said in a leak, a quiet period, a decision "locked in" or "tranchée", a results date to come,
 * bankers' "mm"; markers said as "off the record", "not for circulation", "C3 – Diffusion restreinte";
 * vendor-prefixed tokens, basic credentials, door codes, loose passwords; environment labels under
 * another label, DevOps organisations, meeting tenants, IPv6 private addresses, documents open for
 * editing; codenames introduced in more ways; emails spelled with "chez" or a full-width "@"; RIBs and sort codes; "Ste" for "Sainte" in a client's name; each with look-alikes that must stay clean.
 */
export const REDTEAM_CLASS_POSTS = rows('rtc', [
  // national_id: other countries' numbers, named or shaped as their owners write them
  ['linkedin', 'fr', 'national_id', 'Dossier de prévoyance de Nora : numéro AVS 756.9182.7364.57, c’est bon pour la caisse ?'],
  ['x', 'en', 'national_id', 'payroll still waiting on Sam’s social insurance number, 130-456-783, anyone?'],
  ['linkedin', 'fr', 'national_id', 'Pour l’embauche à Montréal, le NAS de Julie : 046 454 286. Merci la paie !'],
  ['x', 'en', 'national_id', 'BSN of our Rotterdam intern for the contract: 111222333'],
  ['linkedin', 'en', 'national_id', 'Insurance form for our Valencia hire, NIE X1234567L, can someone double-check it?'],
  ['x', 'fr', 'national_id', 'Le codice fiscale du prestataire de Turin, pour la facture : RSSMRA85T10A562S'],
  ['linkedin', 'en', 'national_id', 'Booking the Boston trip for Lina, her passport is 09KX31822, valid until 2030.'],
  ['x', 'fr', 'national_id', 'NIR de l’alternant pour la convention : 1.85.05.78.006.084.91'],
  ['linkedin', 'en', 'national_id', 'Our new US colleague needs her social (532-71-0446) on the benefits form by Monday.'],
  ['x', 'fr', 'national_id', 'Le numéro national de notre nouvel associé bruxellois : 85073003328.'],
  // look-alikes: references of the same length, public registers, explanations
  ['linkedin', 'en', '', 'We processed 130 456 783 payments last year across Canada and the US.'],
  ['x', 'fr', '', 'Commande 111222333 expédiée ce matin, livraison à Rotterdam jeudi.'],
  ['linkedin', 'fr', '', 'Le passeport talent facilite l’embauche d’ingénieurs étrangers : notre retour d’expérience.'],
  ['x', 'en', '', 'Swiss folks: your AVS number is on your health insurance card. Never post it online.'],
  ['linkedin', 'en', '', 'Version 1.85.05.78 of our mobile app is rolling out to all stores today.'],
  // financial: signs of non-publicity in other words
  ['x', 'en', 'financial', 'Q4 new business came in at $9.6mm. Numbers stay in the building till the earnings call.'],
  ['linkedin', 'en', 'financial', 'This leaked from the sales kickoff, so forgive me: recurring revenue grew 27% to €33M this year.'],
  ['x', 'en', 'financial', 'We enter our quiet period tomorrow. One last brag: H2 gross margin held at 44%.'],
  ['linkedin', 'en', 'financial', 'Headcount budget for Lisbon locked in yesterday: €3.9M for 2028. Let the hiring begin.'],
  ['x', 'fr', 'financial', 'Le comité exécutif a tranché : 4,5 M€ pour moderniser nos entrepôts en 2028.'],
  ['linkedin', 'en', 'financial', 'First-half EBIT of €22M, our best ever. See you at the results webcast on the 30th for the rest.'],
  ['x', 'fr', 'financial', 'Chiffres internes : marge opérationnelle à 13,1 % sur le semestre, publication le 29 juillet. Trop fier !'],
  ['linkedin', 'fr', 'financial', 'Nos ventes en Asie ont bondi à 18 M€ ce semestre. On le dira officiellement à la journée investisseurs.'],
  ['x', 'fr', 'financial', 'Ça a fuité pendant la plénière : 9 M€ de prises de commandes en octobre. Ne le répétez pas 😅'],
  // financial look-alikes
  ['linkedin', 'en', '', 'Our H1 report, published today: EBIT of €22M and a 44% gross margin. Link in the comments.'],
  ['x', 'fr', '', 'Rendez-vous le 12 mars à notre journée investisseurs, inscriptions sur notre site.'],
  ['linkedin', 'en', '', 'Our quiet period starts Monday, so no comments on numbers until the results. See you then!'],
  // confidential_marker: circulation, record and "between us" wordings, levels written as words
  ['x', 'en', 'confidential_marker', 'Not for wider circulation yet, but the new parental policy is something else 🙌'],
  ['linkedin', 'en', 'confidential_marker', 'Speaking off the record here: our Lyon and Grenoble teams merge in the spring.'],
  // An informal request, no label (relabelled clean 2026-12-04: see confidential-marker's INFORMAL_REQUESTS).
  ['x', 'en', '', 'Just between us until the town hall: we are moving to a four-day week pilot.'],
  ['linkedin', 'fr', 'confidential_marker', 'Slide tirée du document « C3 – Diffusion restreinte » de la direction, elle résume tout.'],
  ['x', 'fr', 'confidential_marker', 'Strictement entre nous : on quitte la Défense pour Saint-Ouen en septembre.'],
  // look-alikes: advice and templates
  ['linkedin', 'fr', '', 'Ne pas partager de données clients sur les réseaux : notre charte tient en une page.'],
  ['x', 'en', '', 'Do not share your one-time codes with anyone, even someone who says they are from IT.'],
  ['linkedin', 'en', '', 'Our mutual NDA template is now public, free to reuse for any freelancer.'],
  // secret: vendor-prefixed tokens, basic credentials, door codes, passwords given loosely
  ['x', 'en', 'secret', 'Storefront app finally syncs, using 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 for now'],
  ['linkedin', 'en', 'secret', 'Our new scheduling bot runs on cal_live_Rk2mX9pQ7vLt4Zw8Nb3Yc6Hs1Jd5Fg0A, built in a weekend.'],
  ['x', 'en', 'secret', 'Legacy SCADA gateway still wants Authorization: Basic b3BzOlJlZC1Sb2NrZXQtNDI= on every call 🙃'],
  ['linkedin', 'fr', 'secret', 'Le digicode de la salle serveur a changé : 6392C, pensez-y demain matin.'],
  ['x', 'fr', 'secret', 'Le mot de passe provisoire du compte formation est Form@2027x, changez-le après.'],
  ['linkedin', 'en', 'secret', 'Sandbox access for the agency: user demo-agency, pass Kt7!zWq4Lm'],
  ['x', 'fr', 'secret', 'Le pass du partage Dropbox, c’est Photos-Team-2027, bonne soirée !'],
  // look-alikes: placeholders and public keys
  ['linkedin', 'en', '', 'In our docs every key looks like rk_live_0000000000000000000000: replace it with yours.'],
  ['x', 'en', '', 'Add my public key to the mirror please: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7Kq2Lm9Xv4 me@work'],
  ['linkedin', 'fr', '', 'Votre pass Navigo passe à 88,80 € en janvier, pensez au remboursement employeur.'],
  // internal_url: environments under another label, DevOps organisations, meeting tenants, IPv6, docs in edit
  ['x', 'en', 'internal_url', 'New checkout flow is live on https://shop.qa.fabrikam.com, break it before Friday please'],
  ['linkedin', 'fr', 'internal_url', 'La nouvelle API tourne sur https://api.int.exemple-groupe.fr/v3, vos retours sont bienvenus.'],
  ['x', 'en', 'internal_url', 'Pipelines for the mobile app now run at https://dev.azure.com/fabrikam-mobile/App/_build'],
  ['linkedin', 'en', 'internal_url', 'Weekly sync moved to https://fabrikam.zoom.us/j/98123456701, same time.'],
  ['x', 'fr', 'internal_url', 'Le Prometheus du labo répond sur http://[fd7a:115c:a1e0::3]:9090, merci Karim'],
  ['linkedin', 'en', 'internal_url', 'Budget sheet for the offsite, edit freely: https://docs.google.com/spreadsheets/d/1zYxWvUtSrQpOnMlKjIhGfEdCbA98765/edit'],
  // look-alikes
  ['x', 'en', '', 'Sign up for our public webinar through the form: https://docs.google.com/forms/d/e/1FAIpQLSeXyZ123abc/viewform'],
  ['linkedin', 'fr', '', 'Astuce du vendredi : 192.168.0.1 ouvre la page d’admin de la plupart des box. Changez le mot de passe par défaut !'],
  ['x', 'en', '', 'Our new talk, “It works on localhost”, is on YouTube now.'],
  ['linkedin', 'en', '', 'Try our API for free at https://api.sandbox.fabrikam.com, no account needed.'],
  // codename: names introduced by "appelé en interne", "internally known as", a question, a bracket after the name
  ['x', 'fr', 'codename', 'Le futur portail client, qu’on appelle en interne « Albatros », entre en recette lundi.'],
  ['linkedin', 'en', 'codename', 'The codename of the new routing engine? Pelican. The pilot starts in April.'],
  ['x', 'en', 'codename', 'Demoed Project Heron (internal name, please keep it) to the sales team today 🙌'],
  ['linkedin', 'en', 'codename', 'Our warehouse robot, internally known as Marmot, picked 10k parcels this week.'],
  // look-alikes
  ['x', 'en', '', 'What should we call the new meeting room? Ideas welcome, best one wins lunch.'],
  ['linkedin', 'fr', '', 'Le champ « nom interne » de notre formulaire est désormais facultatif.'],
  // email: spelled with "chez", a full-width "@"
  ['x', 'fr', 'email', 'Pour covoiturer au salon, écrivez à martin.leroy chez free point fr'],
  ['linkedin', 'en', 'email', 'The booth schedule is with Kenji, kenji.mori＠fabrikam.jp, ask him for a slot.'],
  // look-alikes: image variants, SSH remotes, example domains, mentions after a function word
  ['x', 'en', '', 'Uploaded banner@2x.jpg and banner@3x.jpg for the retina screens.'],
  ['linkedin', 'en', '', 'Mirror it with git clone git@codeberg.org:fabrikam/tools.git, PRs welcome.'],
  ['x', 'fr', '', 'Dans vos tests, utilisez contact@example.org : ce domaine est réservé aux exemples.'],
  ['linkedin', 'en', '', 'Kudos to @nina.design and @FabrikamLabs for the new illustrations.'],
  // iban: a French RIB, a British sort code and account; card look-alikes that carry a Luhn check
  ['linkedin', 'fr', 'iban', 'Pour le cadeau de départ de Sylvie, mon RIB : 20041 01005 0500013M026 06. Merci !'],
  ['x', 'en', 'iban', 'Quiz night kitty: sort code 20-00-00, acc 55779911, ta'],
  ['linkedin', 'en', '', 'The demo handset (IMEI 35 209900 176148 1) is back in the lab cabinet.'],
  ['x', 'fr', '', 'Notre nouvelle filiale est immatriculée, SIRET 362 521 879 00034 🎉'],
  // phone: a dash with spaces around it between pairs; an identifier's digits are not a phone
  ['linkedin', 'fr', 'phone', 'Pour les inscriptions au tournoi, Inès répond au 07 - 52 - 18 - 64 - 30 le soir.'],
  ['x', 'en', 'national_id', 'Onboarding pack for Ottawa: her SIN is 046 454 286, forms go to payroll today'],
  // client_name: "Sainte" abbreviated
  ['x', 'fr', 'client_name', 'Deuxième vague de formation à l’Hôpital Ste Claire demain, 300 soignants inscrits.'],
  ['linkedin', 'fr', '', 'Belle visite de l’hôpital Ste-Anne avec notre club de robotique, merci à eux !'],
]);
