import { confidentialMarker } from '../../utils/checks/confidential-marker';
import { spans } from './helpers';

describe('confidential-marker', () => {
  test.each(["CONFIDENTIEL – plan 2026", "internal only, sorry", "draft, do not share", "document à usage interne", "Ne pas diffuser : organigramme", "Under embargo until Thursday", "Signed the NDA", "Sous embargo jusqu’à lundi", "Classification: C3 - Restricted", "[C2] – Interne", "This memo is strictly confidential", "TLP:AMBER", "Please don't share outside the team", "Diffusion restreinte", "Keep the numbers confidential until Friday.", "Team, keep the roadmap confidential please", "Merci de garder ces chiffres confidentiels."])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each(["Your data stays confidential", "Vos données restent confidentielles", "Confidential computing on Acme Cloud", "La confidentialité des données", "the new Citroën C3 fleet", "C3 is the best car", "Internal mobility is a priority", "We share our roadmap publicly", "Embargo lifted: store opens tomorrow", "How we keep customer data confidential: encryption at rest", "Nous gardons vos données confidentielles.", "Our lawyers treat every file as confidential."])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});
