import { rows } from './corpus-types';

/**
 * Round 28 (2026-12-04): the classes fresh46 to fresh49 showed, in other words than any held-out post. Markers: confidential
 * computing, a condition on every document's label, TLP colours listed after one prefix, writing a label as an act, a
 * level quoted after its scale. Orion in the night sky. Figures: a labelled draft's amounts, "between us", not voted, not
 * briefed, an internal estimate, dealers and elected members told later; look-alikes of job ads, public budgets voted and
 * put online, a release already out. Phones of Czechia, Poland and Latvia named by a city. Secrets: a key header named
 * without a key, placeholder Basic credentials, idempotency keys, well-known development keys, vendors' defaults.
 */
export const CLASSES_R28_POSTS = rows('classes-r28', [
  // Markers and names
  ['linkedin', 'en', '', `Our new analytics cluster runs on Intel TDX confidential VMs, so even the cloud operator can't read memory. Attestation logs are public.`],
  ['linkedin', 'en', '', `When every email in your inbox says "CONFIDENTIAL" in the footer, none of them is. Mark less, mean it more.`],
  ['linkedin', 'en', 'caps', `Quick primer for the comms team: TLP:CLEAR, GREEN, AMBER and RED, from "share freely" to "named recipients only".`],
  ['linkedin', 'fr', '', `Astuce du jour : mettre « confidentiel » dans l'objet d'un mail ne chiffre rien. Utilisez l'espace sécurisé.`],
  ['linkedin', 'en', '', `Our labels, from least to most sensitive: Public, Internal, Confidential, Secret. Most of what engineers write is "Internal", and that's fine.`],
  ['x', 'en', '', `Team offsite in the Atacama: no wifi, and at midnight Orion blazing above the camp. Best planning session we've had.`],
  // Figures
  ['linkedin', 'fr', 'financial confidential_marker fold', `CONFIDENTIEL\nRevue budgétaire du 2 décembre\n- Économies attendues : 1,8 M€ sur les achats\n- Gel des embauches au T1`],
  ['linkedin', 'en', 'financial', `Between the four of us on the deal team: the client agreed to £3.2M for the platform renewal this morning. Let's keep it that way until legal signs.`],
  ['linkedin', 'fr', 'financial', `Le conseil a donné son accord de principe pour 2,1 M€ de travaux sur le gymnase. Rien n'est encore voté officiellement, patience !`],
  ['linkedin', 'en', 'financial', `New reseller discount goes to 22% on 1 April. Our dealers hear about it at the partner summit next week, so keep it off the stand until then.`],
  ['linkedin', 'en', '', `We're hiring a Finance Analyst in Gothenburg: 38 000–44 000 SEK/month, hybrid, no cover letter needed. Apply on the careers page before 15 January.`],
  ['linkedin', 'fr', '', `Le budget primitif 2027 du Département, voté lundi et en ligne sur son site, consacre 41 M€ aux collèges. Bonne nouvelle pour nos élèves.`],
  ['linkedin', 'en', '', `FY revenue of $212M, up 31%: it's all in the release we put out at 7am. Proud of every team that got us here.`],
  // Phones
  ['linkedin', 'en', 'phone', `Our Brno warehouse has a new dispatch line: 545 218 330, weekdays 7–15.`],
  ['linkedin', 'fr', 'phone', `Pour les candidats de Poznań, la ligne RH est désormais le 618 204 771.`],
  ['linkedin', 'en', 'phone', `Riga office reception moved: call 67 301 442 when you arrive and someone will come down.`],
  // Secrets
  ['linkedin', 'en', 'caps', `Reminder for code review: a string like "-----BEGIN OPENSSH PRIVATE KEY-----" in a test name is fine; the key under it is not.`],
  ['linkedin', 'en', '', `Docs fix merged: the example header "Authorization: Basic YWRtaW46cGFzc3dvcmQ=" decodes to admin:password, a placeholder on purpose.`],
  ['linkedin', 'en', '', `Every POST to our payments API should carry Idempotency-Key: 4f0c2a8e-9b1d-4e7a-8c3f-2d6b9e1a7c55 or any UUID you like.`],
  ['linkedin', 'en', '', `Local broker for the workshop: amqp://guest:guest@localhost:5672, the image's default. Production has no guest user.`],
]);
