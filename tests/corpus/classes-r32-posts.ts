import { rows } from './corpus-types';

/**
 * Round 32 (2026-12-04): the classes fresh58 to fresh65 showed, in other words than any held-out post: Greek, Hungarian,
 * Turkish and Gulf numbers named by a city; a service account's login and password on the line after it; Turkish, Scottish,
 * Bangladeshi and American ids after their names; US routing and account numbers; Nordic labels and Perforce's password
 * variable; and look-alikes: confidential waste, a lifted embargo, a job ad's range, a crowdfunding total, a sitcom's company.
 */
export const CLASSES_R32_POSTS = rows('classes-r32', [
  ['linkedin', 'en', 'phone', `Our Patras depot has a new direct line, 2610 447 219, for all pallet bookings from Monday.`],
  ['linkedin', 'en', 'phone', `Pécs team: if the badge reader fails again, text Bence on 06 30 714 2296 and he will let you in.`],
  ['linkedin', 'en', 'phone', `Riyadh owners' helpline is now 9200 17740, open until midnight during the handover month.`],
  ['linkedin', 'en', 'secret', `Writing down the service account for the report scheduler before I go on leave:\nrpt_sched / Balaton.Kecske.61`],
  ['linkedin', 'en', 'national_id', `Site entry list for Monday: Mert Aydın, TC 41730692530, forklift operator. Please pre-register him.`],
  ['linkedin', 'en', 'national_id', `Patient CHI 2811894039 missed the afternoon round because the address changed. Can Perth team check?`],
  ['linkedin', 'en', 'iban', `For the tenants' deposit refunds: ABA 072000818, account 88104477231. Please don't lose this again.`],
  ['linkedin', 'en', 'confidential_marker', `KONFIDENTIELLT\nStudio roadmap H1: two prototypes, one vertical slice, hiring freeze until March.`],
  ['linkedin', 'en', 'secret', `New contractors: server is ssl:p4.fjordcraft.se:1666, user contractor_fx, P4PASSWD: Lingon-Sylt-2209. Welcome aboard!`],
  ['linkedin', 'en', 'financial', `We trimmed the security contract from £288k to £251k a year. The award isn't on Contracts Finder yet, so keep it off LinkedIn for now.`],
  ['linkedin', 'en', '', `Moving day: 17 bags of confidential waste shredded on site, and one very old fax machine retired with honours.`],
  ['linkedin', 'en', '', `Our keynote results were under embargo until 8 a.m. Now that it's out: the trial met both endpoints.`],
  ['linkedin', 'en', '', `Hiring a QA lead in Leeds. Salary range: £48,000 to £55,000 plus pension. Apply through our careers page by 20 January.`],
  ['x', 'en', '', `Our crowdfunding campaign closed at €212,600 from 4,870 backers. Thank you, all of you.`],
  ['x', 'en', '', `Every all-hands speech about "family" makes me think of Hank Scorpio's Globex Corporation. Free hammocks though.`],
]);
