import { confidentialMarker } from '../../utils/checks/confidential-marker';
import { spans } from './helpers';

describe('confidential-marker', () => {
  test.each(["CONFIDENTIEL – plan 2026", "internal only, sorry", "draft, do not share", "document à usage interne", "Ne pas diffuser : organigramme", "Under embargo until Thursday", "Signed the NDA", "Sous embargo jusqu’à lundi", "Classification: C3 - Restricted", "[C2] – Interne", "This memo is strictly confidential", "TLP:AMBER", "Please don't share outside the team", "Diffusion restreinte", "Keep the numbers confidential until Friday.", "Team, keep the roadmap confidential please", "Merci de garder ces chiffres confidentiels.", "Note « C3 – Usage restreint »", "Draft, not for wider circulation", "Off the record: we move in June", "Just between us, the launch slipped", "Ne pas diffuser : le plan 2027", "Signed an NDA: can't say more"])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each(["Your data stays confidential", "Vos données restent confidentielles", "Confidential computing on Acme Cloud", "La confidentialité des données", "the new Citroën C3 fleet", "C3 is the best car", "Internal mobility is a priority", "We share our roadmap publicly", "Embargo lifted: store opens tomorrow", "How we keep customer data confidential: encryption at rest", "Nous gardons vos données confidentielles.", "Our lawyers treat every file as confidential.", "Ne pas diffuser de fausses informations", "Do not share your password with anyone", "Download our NDA template", "Notre NDA template pour freelances est en ligne"])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});
