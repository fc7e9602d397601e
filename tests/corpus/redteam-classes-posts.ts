import { rows } from './corpus-types';

/**
 * Classes the redteam held-out set (2026-12-02) showed the rules missed, written afresh in other words
 * than that set so it stays held out: identity numbers of more countries (Swiss AVS, Canadian SIN/NAS,
 * Dutch BSN, Spanish DNI/NIE, Italian codice fiscale, passports, a NIR written with dots), each with
 * look-alikes that must stay clean.
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
]);
