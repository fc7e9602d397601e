import { clientName } from '../../utils/checks/client-name';
import { PolicySchema } from '../../utils/policy';
import { spans } from './helpers';

describe('client-name', () => {
  test.each(["signé avec la Société Générique", "the SOCIÉTÉ  générique team", "societe generique", "Kicked off with Initech today", "chez initech ce matin"])('flags %s', (text) => {
    expect(spans(clientName, text).length).toBeGreaterThan(0);
  });
  test.each(["Société Générale is a bank", "a generic company", "Initechnology is a word", "Société tout court"])('passes %s', (text) => {
    expect(spans(clientName, text)).toEqual([]);
  });
});

describe('client-name, a name with Saint or Sainte', () => {
  const policy = PolicySchema.parse({ clientNames: ['Hôpital Sainte-Claire', 'Saint-Gobain Vitrage'] });
  test.each(['merci à l’hôpital Ste-Claire', 'HOPITAL STE CLAIRE', 'chez St-Gobain Vitrage'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
  test.each(['l’hôpital Ste-Anne', 'Ste-Claire tout court', 'Saint-Gobain seul'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
});

describe('client-name, an institution name or Société written otherwise', () => {
  const policy = PolicySchema.parse({ clientNames: ['Hôpital Sainte-Claire', 'Société Générique', 'Banque Durand'] });
  test.each(['Sainte-Claire Hospital nurses', 'at St. Claire Hospital', 'Hospital Sainte Claire', 'la DSI de Sté Générique', 'chez Ste Générique', 'Durand Bank signed', 'CH Sainte-Claire', 'Centre hospitalier Ste-Claire', 'Sainte Claire’s hospital staff'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
  test.each(['St. Mary Hospital', 'la Sté Générale', 'Sainte-Claire tout court', 'la banque de France', 'Durand tout court'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
});

describe('client-name, a listed name in its public meaning', () => {
  const policy = PolicySchema.parse({ clientNames: ['Globex', 'Société Générique'] });
  test.each(['les futures sur le CME Globex', 'Globex, the fictional company of the show', 'lunch at Le Globex, a bistro'])('passes %s', (text) => {
    expect(spans(clientName, text, { policy })).toEqual([]);
  });
  test.each(['signed with Globex today', 'Merci à La Société Générique', 'the Globex Corp team'])('flags %s', (text) => {
    expect(spans(clientName, text, { policy }).length).toBeGreaterThan(0);
  });
});
