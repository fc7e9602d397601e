import { rows } from './corpus-types';

/**
 * Round 27 (2026-12-04): the classes fresh42 to fresh45 showed, in other words than any held-out post. Markers: a scale of
 * levels listed in full (levels of several words included), a document in general said to be marked, an instruction to
 * mark, the stamp or watermark itself; a bare RESTRICTED or PROTECTED heading a document. Figures: sealed bids opened on a
 * date to come, customers notified or mailed later, a price switched on once they are, the won, lira and East Asian myriads,
 * basis points; look-alikes of others' published results, a third party's own budget, a class. Phones of Spain and
 * Portugal named by a city. Secrets: aligned configuration keys, MQTT and LDAP clients' password options, short live keys,
 * "login with" a pair; look-alikes in variables and base64 placeholders.
 */
export const CLASSES_R27_POSTS = rows('classes-r27', [
  // Markers
  ['linkedin', 'en', '', `Our records team finally published the labelling guide: Unrestricted, Internal, Confidential, Highly Confidential. Each comes with an example.`],
  ['linkedin', 'fr', '', `Rappel de la charte : tout courriel marqué « Diffusion restreinte » reste dans l'entreprise, même vers un sous-traitant.`],
  ['linkedin', 'en', '', `Security awareness slide of the week: "Label the spreadsheet CONFIDENTIAL before it leaves your laptop." Simple, and nobody does it.`],
  ['linkedin', 'en', '', `Release 3.1 of our e-signature app adds a "STRICTLY CONFIDENTIAL" watermark option for exported PDFs.`],
  ['linkedin', 'en', 'confidential_marker', `RESTRICTED\nSupplier scorecard, Q4 draft: three vendors below target, two on probation from January.`],
  ['linkedin', 'en', 'confidential_marker', `PROTECTED — Cabinet briefing pack, water infrastructure, version 2. Comments back by Friday.`],
  ['linkedin', 'en', '', `The hangar door has a big sign: RESTRICTED AREA, crew only. Still my favourite place on the airfield.`],
  // Figures
  ['linkedin', 'en', 'financial', `Tender for the Gdańsk quay cranes went in this morning at €7.4M. The bids are opened on 14 January, so wish us luck!`],
  ['linkedin', 'fr', 'financial', `Dossier déposé pour la rénovation du collège de Nantua : 2,85 M€ HT. Ouverture des plis le 9 janvier, on croise les doigts.`],
  ['linkedin', 'en', 'financial', `New rate card is loaded in the CRM: Starter goes from €19 to €24 per month. Clients get notified on the 20th, keep it under your hat till then.`],
  ['linkedin', 'fr', 'financial', `Nouvelle grille de prix de l'atelier : +4,8 % sur la maintenance. On la bascule une fois les clients prévenus, fin janvier.`],
  ['x', 'en', 'financial', `Seoul office hit 52억 원 in bookings this quarter 🎉 not announced until the earnings call, so keep it in the family.`],
  ['linkedin', 'en', 'financial', `Istanbul price update locked: ₺18.900 → ₺21.400 per licence from March, customers will be notified in two weeks.`],
  ['linkedin', 'en', 'financial', `Treasury note: custody fee cut to 3 bp from 5, effective April, client announcement not before February.`],
  ['linkedin', 'en', '', `Zalando posted €10.6bn in revenue for the year. Impressive logistics, and a reminder of how far we still have to go.`],
  ['linkedin', 'en', '', `Good news for local suppliers: Leeds approved its 2027 capital budget of £410M last night.`],
  ['linkedin', 'en', '', `Teaching our new reps the basics today: if a deal is worth $50k and your win rate is 25%, weight it at $12.5k. Never forecast the raw number.`],
  // Phones
  ['linkedin', 'en', 'phone', `Our Valencia showroom has a new line for trade customers: 961 52 40 18, Monday to Friday.`],
  ['linkedin', 'fr', 'phone', `Pour nos clients de Lisbonne, l'équipe technique répond désormais au 218 406 733.`],
  // Secrets
  ['linkedin', 'en', 'secret fold', `Our monitoring agent config, for the curious:\n\n[auth]\nusername          = "grafana-agent"\npassword          = "Kelpie!Harbour2291"\n\nScrapes every 15 seconds.`],
  ['linkedin', 'en', 'secret', `Debugging the sensor gateway live: mosquitto_pub -h mqtt.example.org -u gw-07 -P 'Tulip.Dyke.5521' -t 'line/3' -m ping`],
  ['linkedin', 'en', 'secret', `For the night shift: to restart the kiosk, login with kiosk-admin / Harbour-Light77 and press reset.`],
  ['linkedin', 'en', 'fold', `How we keep database passwords out of Terraform:\n\nresource "db_user" "app" {\n  password      = var.db_app_password\n}\n\nThe value comes from the vault at apply time.`],
  ['linkedin', 'en', 'fold', `Training manifest, safe to share because the secret is a dummy:\n\nstringData:\n  token: c2VjcmV0   # base64 of "secret"\n\nUse an external store in production.`],
]);
