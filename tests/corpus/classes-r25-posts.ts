import { rows } from './corpus-types';

/**
 * Round 25 (2026-12-04): the classes fresh38 showed, in other words than any held-out post. A NIR born in Corsica (2A/2B)
 * keyed without the INSEE subtraction; an identity card's number printed in groups; the EU's classification markings;
 * a label named as a word to put on in general ("quand apposer la mention …"). Financial: a table of unit costs and client
 * prices under "à ne pas transférer", an offer sent only later, a desk's P&L before the CFO presents it, a tender's result
 * still to come ("le résultat … sort demain"). Then fresh39's (see the comment before its posts).
 */
export const CLASSES_R25_POSTS = rows('classes-r25', [
  ['linkedin', 'fr', 'national_id', `Pour la mutuelle il me faut encore ton NIR complet : 2 91 03 2B 033 045 79, c'est bien ça ? Je l'envoie ce soir.`],
  ['linkedin', 'fr', 'national_id', `Ouverture du compte client : la gérante m'a donné sa CIN, 204 118 507 339, je la recopie ici en attendant le formulaire.`],
  ['linkedin', 'en', 'confidential_marker', `EU RESTRICTED\nSpeaking points for the trade working party, third draft. Comments to the desk by Thursday noon.`],
  ['linkedin', 'fr', '', `Formation « écrits professionnels » : quand faut-il ajouter la mention CONFIDENTIEL sur un compte rendu ? On en parle jeudi, inscriptions ouvertes.`],
  ['linkedin', 'fr', 'financial fold', `Revue des coûts usine, à ne pas transférer hors du comité :\n| Atelier | Coût unitaire | Prix client 2027 |\n| Presse 2 | 1,84 € | 2,65 € |\n| Presse 5 | 2,10 € | 2,95 € |`],
  ['linkedin', 'fr', 'financial', `Notre prix pour les torréfacteurs italiens, saison 2027 : 6,40 EUR/kg départ Douala. On ne l'envoie que lundi, après le comité.`],
  ['linkedin', 'en', 'financial', `Desk note: Q3 trading P&L at +$18M so far. Not in the accounts yet, the CFO presents to the risk committee on the 9th.`],
  ['linkedin', 'fr', 'financial', `On a déposé notre offre à 312 USD/t pour le lot d'engrais. Le résultat de la consultation sort jeudi, je vous tiens au courant.`],
  // fresh39's classes: national ids of further countries by their word, shape and check; live keys in Stripe's shape and
  // Discord bot tokens; a password said to be a value later in its clause or quoted after it; a list of figures under a
  // metric in a labelled post; a write-down to be disclosed; ringgit amounts; a release held for a letter; Australian
  // freecall lines. Look-alikes: the SAT's generic RFC, a statement filed and public, a government programme announced.
  ['linkedin', 'en', 'national_id', `Updating the vendor master after the spin-off: new entity Bluewater Marine Holdings LLC, EIN 47-2913065, same remit-to address.`],
  ['linkedin', 'en', 'national_id', `For the reimbursement form: K. Iyer, PAN AKTPI7305Q. Please process before the quarter closes.`],
  ['x', 'en', 'national_id', `KYC note from the ops queue: MyKad 910415-10-6233 uploaded twice, second upload blurry. Please re-request.`],
  ['linkedin', 'en', 'national_id', `Welcome aboard Noa! IT has your laptop; HR still needs your Teudat Zehut, 300000007, signed on the form.`],
  ['linkedin', 'en', 'national_id', `Claim form summary for the physio visit: Medicare 4951 38215 2, reference 1. Please lodge by Friday.`],
  ['linkedin', 'en', '', `Invoices to walk-in customers go out with the SAT's generic RFC XAXX010101000. Never type a customer's personal RFC there.`],
  ['linkedin', 'en', 'secret', `Support tip: never paste your signing key in a ticket. Yesterday someone sent us qpay_live_9Tk3Rm7Vx2Lq8Zw4Hn6B, now revoked.`],
  ['x', 'fr', 'secret', `Jeton du bot Discord du club (à régénérer, je sais) : MTA5ODc2NTQzMjEwOTg3NjU0Mw.GkL2pQ.x8Vt3nR5wY7zK2mB9cF4dJ1sH6gE0aUqLp`],
  ['linkedin', 'en', 'secret', `Audit anecdote: the plant manager's SCADA password was on a post-it by the screen, "Harbour#Tide2026". Changed within the hour.`],
  ['linkedin', 'fr', 'secret', `Info équipe infra : le mot de passe du compte de service des sauvegardes (svc_bkp) est désormais Montmorency!2027, pensez à vos scripts.`],
  ['linkedin', 'en', 'confidential_marker financial fold', `CONFIDENTIAL - EXCO ONLY\nQ4 loss ratio review\n- Motor: 92.4%\n- Property: 71.9%\n- Proposed rate change: +6% from March`],
  ['linkedin', 'en', 'confidential_marker financial', `CONFIDENTIAL - BOARD ONLY\nDepot closure: estimated write-down of A$14m, to be disclosed with the full-year results in August.`],
  ['linkedin', 'en', 'financial', `Between us and the exco: total payment volume for October reached RM2.4bn (unaudited). That's the anchor figure for the roadshow.`],
  ['linkedin', 'en', 'financial', `Nominated for the 2029 bus platform, lifetime value around ₹410 crore! The press release waits for the OEM's letter, so keep LinkedIn quiet please.`],
  ['linkedin', 'en', 'phone', `Growers on the Huon: spotted a damaged pen or loose fish? Call our 24h line on 1800 552 917, we log every report.`],
  ['linkedin', 'en', '', `Our annual statutory statement is filed and public: gross premiums of $640M and a combined ratio of 96.8%. Anyone can pull it from the state filing database.`],
  ['linkedin', 'fr', '', `Le ministère a annoncé ce matin 3 M$ pour le programme IA-climat de nos partenaires universitaires. Bravo à eux !`],
  ['linkedin', 'en', '', `Just finished Patricia Highsmith's "The Talented Mr Ripley" and started John le Carré's "A Perfect Spy". Winter reading sorted.`],
  ['linkedin', 'en', 'confidential_marker', `EMBARGO: NOT FOR RELEASE BEFORE 06:00 GMT, 3 FEBRUARY\nHarbourline to open a 120-bed rehabilitation centre in Derry.`],
  ['linkedin', 'fr', '', `Astuce paie : un numéro AVS a toujours 13 chiffres et commence par 756 (ex. officiel : 756.1234.5678.97). Sinon, c'est une coquille.`],
]);
