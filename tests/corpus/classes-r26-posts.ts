import { rows } from './corpus-types';

/**
 * Round 26 (2026-12-04): the classes fresh40 and fresh41 showed, in other words than any held-out post: the identity
 * numbers of further countries, read with their checks where they have one (Iceland's kennitala, Hungary's TAJ, Ukraine's
 * RNOKPP, Chile's RUT, Argentina's CUIT, Brazil's CNPJ, South Korea's RRN, Taiwan's and China's ids, Hong Kong's HKID,
 * Thailand's id card) and by their word right before where they have none (Peru's DNI, Vietnam's CCCD, Indonesia's NIK,
 * Pakistan's CNIC, the Ghana Card). Look-alikes: the same numbers with a wrong check, a meeting id, a Spanish DNI whose
 * letter is wrong. Then fresh40's other classes (see the comment before their posts).
 */
export const CLASSES_R26_POSTS = rows('classes-r26', [
  ['linkedin', 'en', 'national_id', `Crew list for the Westfjords trip, pasted from the booking sheet: Guðrún Pálsdóttir, kt. 070390-2139, cabin 4.`],
  ['linkedin', 'en', 'national_id', `Forklift licence renewals: Zoltán Nagy, TAJ 405 183 274, slot on Thursday morning.`],
  ['linkedin', 'fr', 'national_id', `Paiement du prestataire à Lviv : RNOKPP 2987143052, facture n° 118 jointe.`],
  ['x', 'en', 'national_id', `Onboarding note for the Antofagasta site: new surveyor, RUT 18.432.077-0, starts Monday.`],
  ['linkedin', 'en', 'national_id', `Vendor set-up: please register CUIT 20-33412907-2 for the Rosario freight forwarder.`],
  ['linkedin', 'en', 'national_id', `New carrier in the system: Rodovia Sul Cargas, CNPJ 27.634.158/0001-70, payment terms 30 days.`],
  ['linkedin', 'en', 'national_id', `Work-permit file for our Ulsan engineer: RRN 880212-2039141, please send it to the agency today.`],
  ['linkedin', 'en', 'national_id', `Courier form pasted by mistake: consignee Zhang Min, ID 310104199003072814, Pudong office.`],
  ['linkedin', 'en', 'national_id', `Compliance queue: shareholder's HKID M302518(2), address proof still missing.`],
  ['linkedin', 'en', 'national_id', `Guest left an ID card at the spa (3-1004-02135-67-2). Please hold it at reception.`],
  ['x', 'en', 'national_id', `Visitor log, line 14: ID N217405939, escorted to the clean room.`],
  ['linkedin', 'fr', 'national_id', `Carnet de chantier : l'opérateur de grue a oublié sa carte, DNI 43817265, on le rappelle demain.`],
  ['linkedin', 'en', 'national_id', `Payroll correction for the Binh Duong line: CCCD 074195006128, overtime for November missing.`],
  ['linkedin', 'en', 'national_id', `Rider onboarding done: NIK 3174051708920003, documents verified.`],
  ['linkedin', 'en', 'national_id', `Found at the mill gate: a CNIC, 35202-8836104-5. Please claim it at security.`],
  ['linkedin', 'en', 'national_id', `Cooperative register, pasted from the form: Ama Mensah, Ghana Card GHA-905112347-3, Bono region.`],
  ['linkedin', 'en', '', `Visitor log, line 15: ID N217405938 came back invalid at the gate, so we called the host.`],
  ['linkedin', 'en', '', `Join the supplier call: meeting ID 845 2231 9988, passcode in the invite.`],
  ['linkedin', 'en', '', `Form validation tip: DNI 48392751T must fail, the control letter is wrong. Test it before go-live.`],
  // fresh40's other classes: amounts in further currencies, a bid submitted or an offer sent on a date, a rate not shared yet;
  // not: advice before the reader signs, made-up numbers, Kestrel the web server.
  ['linkedin', 'en', 'financial', `Auction day: we're bidding ISK 615/kg for the haddock quota, and we submit on Friday. Keep your guesses to yourselves.`],
  ['linkedin', 'en', 'client_name financial', `Extension with Globex signed: 16 analysts for 2027 at a blended $58/hour, a rate we haven't shared with other clients.`],
  ['linkedin', 'en', 'financial', `Reviewing the draft offer we send the Lyon retailer on Monday: €0.045 per tagged item on 12M items. Fingers crossed.`],
  ['linkedin', 'en', '', `A supplier's list price is public: €1,980 per unit, chargers €95. Compare it before you sign anything with a reseller.`],
  ['linkedin', 'en', '', `Class visit today: we priced a shirt on the whiteboard with made-up numbers, fabric €3.20, sewing €1.10, margin 15 %. Great questions!`],
  ['linkedin', 'fr', '', `Petit retour d'expérience : notre API .NET tourne sur Kestrel derrière nginx, 9 000 requêtes par seconde sur une seule VM.`],
  // fresh41's other classes: registry example IBANs called so, fees before holders are told, prices not yet quoted.
  ['linkedin', 'en', '', `Onboarding pack tip: the IBAN on page 2, SA03 8000 0000 6080 1016 7519, is the registry's format example. Use the account on the proforma.`],
  ['linkedin', 'fr', 'financial', `Les frais de gestion de notre fonds obligataire passeront à 0,60 % au 1er octobre. Annonce aux porteurs en septembre, motus.`],
  ['linkedin', 'en', 'financial', `Wafer-sort pricing for 2027, not yet quoted to customers: NTD 0.36 per die at volume. Sales sends quotes in January.`],
]);
