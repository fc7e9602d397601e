import { confidentialMarker } from '../../utils/checks/confidential-marker';
import { spans } from './helpers';

describe('confidential-marker', () => {
  test.each(["CONFIDENTIEL – plan 2026", "internal only, sorry", "draft, do not share", "document à usage interne", "Ne pas diffuser : organigramme", "Under embargo until Thursday", "Signed the NDA", "Sous embargo jusqu’à lundi", "Classification: C3 - Restricted", "[C2] – Interne", "This memo is strictly confidential", "TLP:AMBER", "Diffusion restreinte", "Keep the numbers confidential until Friday.", "Team, keep the roadmap confidential please", "Merci de garder ces chiffres confidentiels.", "Note « C3 – Usage restreint »", "Draft, not for wider circulation", "Off the record: we move in June", "Ne pas diffuser : le plan 2027", "VERTRAULICH – nur für den internen Gebrauch", "Documento riservato", "Presentación confidencial, uso interno", "Strikt vertrouwelijk", "(Proprietary, Internal Use)", "Classification: Internal Use", "Top secret : le plan de réorganisation"])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each(["Your data stays confidential", "Vos données restent confidentielles", "Confidential computing on Acme Cloud", "La confidentialité des données", "the new Citroën C3 fleet", "C3 is the best car", "Internal mobility is a priority", "We share our roadmap publicly", "Embargo lifted: store opens tomorrow", "How we keep customer data confidential: encryption at rest", "Nous gardons vos données confidentielles.", "Our lawyers treat every file as confidential.", "Ne pas diffuser de fausses informations", "Do not share your password with anyone", "Download our NDA template", "Notre NDA template pour freelances est en ligne", "Top secret : la recette des crêpes de Paul", "Our birthday surprise is top secret", "\"Internal only\" used to be our default", "Never forward a document marked \"Confidential\"", "Public, Internal, Confidential, Secret: our four levels", "An internal use case for AI", "Proprietary software or open source?", "Parcheggio riservato ai clienti", "Ihre Daten bleiben vertraulich"])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// Classes found by the fresh4 held-out set (2026-12-02): the word in a title or a place's name, and advice about
// NDAs in general, are no labels; a company's label, shouted or after a separator, still is.
describe('confidential-marker: titles, places and NDA advice', () => {
  test.each([
    'Acme Confidential – board deck for Thursday',
    'Board deck. Acme Confidential. Do not forward.',
    'Slide 3 (Acme Confidential): restaurant partners list',
    'CONFIDENTIEL — menu du séminaire au restaurant',
    'Company Confidential: the new café supplier',
    'Sous NDA, je ne peux rien dire de ce film.',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each([
    'watched L.A. Confidential again last night, still a masterpiece',
    'On a revu L.A. Confidential hier soir, quel casting',
    'Team lunch at Hotel Confidential in Berlin, great food',
    'Apéro d’équipe au bar Le Confidentiel, place des Vosges',
    'Re-reading The Confidential Agent by Graham Greene',
    'Before signing an NDA, always check how long it lasts.',
    'Conseil aux indépendants : relisez toujours un NDA avant de le signer.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// Classes found by the fresh5 held-out set (2026-12-02): labels talked about as a practice (stamping, every email, a
// scale with its codes, embargoes in general, "read the NDA before you sign"), a label as a joke on food, a quoted
// title; the same words applied to the post stay labels.
describe('confidential-marker: practices, jokes and quoted titles', () => {
  test.each([
    'CONFIDENTIAL — Q3 board pack attached',
    'Embargoed until Tuesday 9am: our Series B',
    'Read the NDA I sent you before Monday, then we talk numbers',
    'Doc C3 confidentiel : liste des clients 2027',
    '« Ne pas diffuser » : l’organigramme cible de janvier',
    'Everything below is confidential, do not forward.',
    '« Usage interne » : planning du séminaire, les croissants sont offerts',
    '« Ne pas diffuser » – liste des restaurants partenaires du séminaire',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Hot take: stamping "Confidential" on every slide makes people ignore it.',
    'Arrêtez de tamponner « CONFIDENTIEL » dans chaque pied de mail.',
    'When everything is confidential, nothing is.',
    'Rappel de la formation : N1 public, N2 interne, C3 confidentiel, C4 secret.',
    'Les niveaux : C1 public, C2 interne, C3 confidentiel, C4 secret.',
    'We will send every embargoed release with the lift time in the subject line.',
    'Never leave any confidential document on the printer.',
    'Career advice: read the NDA before you sign it, especially the non-compete.',
    'Conseil de premier job : lisez le NDA avant de le signer.',
    'Étiquette « INTERNE – NE PAS TOUCHER » sur mes yaourts dans le frigo du bureau.',
    'Dîner au « Confidentiel », le bistrot de la rue Oberkampf.',
    'Someone stuck a "Internal only – do not share" sticker on the office cookies.',
    'Fini « Top secret défense », un polar acheté chez un bouquiniste.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

describe('confidential-marker: letter headings and colour legends (fresh6 classes)', () => {
  test.each(['"Strictly private & confidential — Team, the depot stays open."', 'Private and Confidential: the site moves to a four-day week.'])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each(['code couleur des chemises : rouge = confidentiel, vert = public', 'our folder colour code: red = Confidential, green = open'])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// A document said to carry a quoted label now is labelled, whatever training or tips the sentence mentions (fresh18,
// 2026-12-03); a rule about any document so marked is not.
describe('confidential-marker: a document said to be marked', () => {
  test('flags a label the slide is said to carry, beside a word of training', () => {
    const text = 'Here is the deck from the onboarding training (it was marked "Private & Confidential", but it is harmless).';
    expect(spans(confidentialMarker, text)).toEqual(['Private & Confidential']);
  });
  test('passes a rule about any document marked so', () => {
    expect(spans(confidentialMarker, 'Security training reminder: never forward a document marked "Confidential" to a personal inbox.')).toEqual([]);
  });
});

// Blind authors (fresh9 to fresh25, 2026-12-04) read an informal request in a sentence as asking a reader, not as a
// marking: 15 held-out posts with one and no label, 2 with one and a label. Written in capitals, it is a label.
describe('confidential-marker: informal requests are not labels', () => {
  test.each([
    "Please don't share outside the team",
    'Just between us, the launch slipped',
    "Art team: the mood boards are in the shared drive. Please don't share the links outside.",
    "I pasted the config by mistake, it's revoked now, please don't forward the draft.",
  ])('does not flag %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each(["DON'T FORWARD – Q3 pipeline review", 'Board pack, JUST BETWEEN US: the Lyon site closes', "Confidential, please don't share: the client list"])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
});

// fresh37 (2026-12-04): a label every document or phishing email carries, talked about, is a mention; a deck that says it is labelled.
describe('confidential-marker: labels said in general', () => {
  test.each([
    'When every slide deck says CONFIDENTIAL in the footer, nobody notices it any more.',
    'Every phishing email says "URGENT: confidential payment details attached". Slow down.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test('flags a specific deck that says it', () => {
    expect(spans(confidentialMarker, 'this deck says "for internal use only" on every slide but slide 4 is too good not to share').length).toBeGreaterThan(0);
  });
});

test('flags the EU markings, not a label named as a word to put on (fresh38, 2026-12-04)', () => {
  expect(spans(confidentialMarker, 'RESTREINT UE / EU RESTRICTED\nDraft non-paper, annex II.').length).toBeGreaterThan(0);
  expect(spans(confidentialMarker, 'Atelier : quand faut-il apposer la mention CONFIDENTIEL ? Inscriptions ouvertes.')).toEqual([]);
  expect(spans(confidentialMarker, 'La première page porte la mention « Confidentiel » mais la photo peut être partagée.').length).toBeGreaterThan(0);
});

test('passes an author’s quoted title, flags a press release’s “not for release” heading (fresh39, 2026-12-04)', () => {
  expect(spans(confidentialMarker, 'Finished Graham Greene’s "The Confidential Agent" on the night train.')).toEqual([]);
  expect(spans(confidentialMarker, 'Marie Dupont’s "Confidential" memo is attached.').length).toBeGreaterThan(0);
  expect(spans(confidentialMarker, 'EMBARGO: NOT FOR RELEASE BEFORE 07:00 CET, 15 JANUARY\nAcme opens a plant.').length).toBeGreaterThan(0);
  expect(spans(confidentialMarker, 'The beta is not for release before spring.')).toEqual([]);
});

// fresh54 to fresh57 (2026-12-04): the labels of the Asian offices and New Zealand's, and more talk about labels.
describe('confidential-marker: fresh54 to fresh57', () => {
  test.each([
    '社外秘\nQ3 partner review, Osaka and Nagoya accounts',
    '대외비 — 파트너 계약 조건 요약',
    'IN-CONFIDENCE\nRoadmap notes for the Tauranga depot',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
  test.each([
    'She told me about the move in confidence, so no names here.',
    'Our Tokyo colleagues stamp 社外秘 on nearly everything, which surprised me at first.',
    'Got a scam email titled "CONFIDENTIAL payroll update" this morning, reported it.',
    'Should startups ask investors to sign an NDA? Most won\'t sign one, and that is fine.',
    'Nous avons retiré la mention « confidentiel » des comptes rendus du CSE : ils sont affichés.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// fresh59, fresh60 (2026-12-04): an embargo that was, and a condition about every page.
describe('confidential-marker: fresh59, fresh60', () => {
  test.each([
    'Our poster was under embargo until this morning. Now that it\'s out, here are the highlights.',
    'We sent the news to the trade press under embargo on Monday. It\'s public now: we won the tender!',
    'When every page of a quarterly board pack says CONFIDENTIAL at the bottom, nobody notices it.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test('flags an embargo still running', () => {
    expect(spans(confidentialMarker, 'Data under embargo until Thursday 9:00 CET, please hold.').length).toBe(1);
  });
});

describe('confidential-marker: fresh62, fresh64, fresh65', () => {
  test.each(['KONFIDENTIELLT\nMilestone review, sprint 14', 'LUOTTAMUKSELLINEN\nOrganisation changes from March'])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBe(1);
  });
  test.each([
    'Office move done: 23 bags of confidential waste went to the shredder.',
    'Explaining Public vs Internal vs Confidential vs Restricted is the hardest slide of the training.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

test('flags an embargo still running after "were" (review, 2026-12-04)', () => {
  expect(spans(confidentialMarker, 'The figures were embargoed until Thursday 9am, sorry for the wait.').length).toBe(1);
});

// fresh70, fresh73 (2026-12-04): the label word as a lower-case adjective inside a sentence describes; it labels nothing.
describe('confidential-marker: the word as an adjective in a sentence', () => {
  test.each([
    'Pour un échange confidentiel sur votre carrière, mon agenda est ouvert.',
    'Is the salary survey confidential? Yes, answers are anonymised before anyone sees them.',
    'Our HR tool now has a "confidential" flag on interview notes.',
    'Ces rapports restent confidentiels par défaut : la loi le prévoit.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each([
    'Deck du comité (confidentiel) : les trois scénarios de fermeture',
    'The slide is marked confidential, hence the blur on the right.',
    'Plan produit confidentiel – ne pas transférer',
    'Merci de garder la liste des sites confidentielle jusqu’au vote.',
    'Onze roadmap, vertrouwelijk tot de beurs in mei.',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
});

// fresh71 (2026-12-04): an embargo told in the past that ran until a moment already gone.
describe('confidential-marker: an embargo until a moment gone', () => {
  test.each([
    'Our results were embargoed until this morning; here they are, with thanks to the team.',
    "C'était sous embargo jusqu'à hier : on a signé avec la région !",
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each(['The deck was embargoed until Friday noon, so hold your reposts.', 'Results embargoed until this morning? No: until Friday.'])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBe(1);
  });
});

// fresh71, fresh72 (2026-12-04): NDAs as a kind of document people talk about.
describe('confidential-marker: NDAs talked about', () => {
  test.each([
    "On parle beaucoup de NDA en ce moment, mais rarement de ce qu'ils couvrent.",
    'A good NDA fits on two pages; the rest is negotiation theatre.',
    'Just signed my third NDA this month, all for pilots that never start.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  // Until 2026-12-05 these were read as labels; three blind authors out of three (fresh45, fresh107, fresh112) labelled an NDA
  // someone says they signed clean: a contract told, not a label on the post.
  test.each(["Signed an NDA: can't say more", 'We signed an NDA with the hotel group, can’t say more.', 'Signed an NDA with the supplier this morning, so no names yet.'])(
    'passes an NDA said signed: %s',
    (text) => {
      expect(spans(confidentialMarker, text)).toEqual([]);
    },
  );
});

// fresh70 (2026-12-04): the Government of Canada's levels, where labels stand.
describe('confidential-marker: Protected A/B/C', () => {
  test.each(['Classification: Protected B\nMemo to the ADM on the tender', 'PROTÉGÉ B – Note au sous-ministre'])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBe(1);
  });
  test('passes a protected bike shed', () => {
    expect(spans(confidentialMarker, 'The new depot has a protected bike shed and Protected A zoning notes are public.')).toEqual([]);
  });
});

// fresh71, fresh73 (2026-12-04): marking talked about in general.
describe('confidential-marker: anything stamped, documents carrying the label', () => {
  test.each([
    'Rule of thumb for interns: everything stamped CONFIDENTIAL stays on the team drive.',
    'Our gateway blocks e-mails carrying the label "STRICTLY CONFIDENTIAL" from leaving the tenant.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// fresh74, fresh77 (2026-12-04): marking talked about; a request in brackets with no label on its line.
describe('confidential-marker: stamping talked about, asides in brackets', () => {
  test.each([
    'New joiners often ask why we stamp some slides "INTERNAL" or "RESTRICTED" and others not.',
    'Should anyone ever put "CONFIDENTIAL" in an email subject? It only draws eyes.',
    'Notre salle de pause s’appelle « Le Confidentiel » depuis le déménagement.',
    'Mon atelier à la conf : « Pourquoi “CONFIDENTIEL” en gras ne suffit pas ».',
    'Réunion sur la signature électronique des NDA fournisseurs : fini le papier.',
    'Note pour le bureau (ne pas diffuser) : le déménagement est décalé à mars.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each([
    'CONFIDENTIEL (ne pas diffuser) : plan de charge 2027',
    'The deck was stamped "INTERNAL" and sent to the whole region anyway.',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
});

// fresh78, fresh79, fresh81 (2026-12-05): sayings in general, titles and openings talked about, a sticker.
describe('confidential-marker: sayings, titles, stickers', () => {
  test.each([
    'Tip for juniors: when a client says "we are under NDA", you do not name them in your portfolio.',
    'Our training deck has a slide titled "Confidential is not the same as secret".',
    'Why do so many filings start with "Not for release in the United States"? Boilerplate.',
    'We put a small CONFIDENTIAL sticker on every prototype and people photograph it anyway.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test('flags a slide titled with the label as its heading', () => {
    expect(spans(confidentialMarker, 'Leaked by me, sorry: a slide titled "CONFIDENTIAL — Board pre-read" with our ARR on it.').length).toBe(1);
  });
});

// fresh82, fresh84, fresh85 (2026-12-05): a bracketed label quoted, a label written on a box, labels in the plural, a
// drawing that says the label, projects under NDA talked about, an embargoed report as an adjective.
describe('confidential-marker: labels talked about in round 8', () => {
  test.each([
    'New starters always ask what "[RESTRICTED]" means on the shift handover sheets. Here is the answer.',
    '"Confidentiel" écrit au feutre sur un carton de gobelets, posé devant l’accueil. Fou rire général.',
    'Les tampons « confidentiel » sur nos devis ne servent à rien si tout le monde les reçoit en copie.',
    'Rule of the studio: if a plan says INTERNAL on the cover, it never goes on Instagram.',
    'Nos alternants demandent s’ils peuvent parler de leurs missions sous NDA en entretien. Oui, sans les détails.',
    'Journalists asking about the embargoed study can reach our press desk from Monday.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each([
    '[RESTRICTED] Shift handover: line 3 stays down until the new motor arrives.',
    'SOUS NDA — projet de rachat du réseau de boutiques, liste des sites en annexe.',
  ])('flags %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
});

// fresh86 to fresh88 (2026-12-05): a quoted label before the word "label", embargoes as a practice, NDAs explained, a
// polite request in brackets.
describe('confidential-marker: labels talked about in round 9', () => {
  test.each([
    'Quiz for new receptionists: which of these five forms needs an "Internal" stamp? Only one.',
    'Les dossiers de presse sont souvent envoyés sous embargo aux rédactions, pour laisser le temps de lire.',
    'What an NDA really covers when you pitch a hospital group, in plain English. Two-minute read.',
    'Signer un NDA avant un premier rendez-vous avec un investisseur ? La plupart refusent, et c’est normal.',
    'Update for the co-investors (please do not forward): the extension closes in March.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test('flags a request standing as a label', () => {
    expect(spans(confidentialMarker, 'INTERNAL – please do not forward\nCo-investor update: the extension closes in March.').length).toBeGreaterThan(0);
  });
});

// fresh90 to fresh93 (2026-12-05): a rule for labelling files, a film in single quotes, polls under embargo, a quoted
// label explained, NDAs asked about.
describe('confidential-marker: labels talked about in round 10', () => {
  test.each([
    'New DMS rule from Monday. If you mark a file Restricted it gets watermarked and locked.',
    "Watched 'Confidential Informant' on the flight back. Not bad at all.",
    'Pourquoi les résultats des sondages sont-ils sous embargo la veille du vote ? Petit thread.',
    '« Ne pas diffuser » : deux mots qu’on lit partout et que personne ne respecte.',
    'Question aux juristes : est-ce que vous signez des NDA avec vos prestataires de traduction ?',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test("flags a draft's own label quoted after 'labelled'", () => {
    expect(spans(confidentialMarker, "Our bid, labelled 'Commercial in Confidence – Restricted', is submitted.").length).toBeGreaterThan(0);
  });
});

// fresh94 to fresh97 (2026-12-05): a label asked about with "why", quoted levels listed or weighed against another word, a
// template with a blank to fill, a level's history, a label defined as a kind of thing; and headings that do label.
describe('confidential-marker: labels talked about in round 11', () => {
  test.each([
    'Why do half our supplier PDFs end with « strictement confidentiel » when they only list opening hours?',
    'Un voisin m’a demandé pourquoi la boîte aux lettres du syndic dit « usage interne » alors qu’elle est dans la rue.',
    'Atelier sécurité : « Public », « Interne », « Restreint » — trois niveaux suffisent pour une PME.',
    '"Confidential" or "Sensitive"? Our compliance team argued about the wording for an hour.',
    'Press kit tip: open every release with "EMBARGOED until <date>" and the contact of the press officer.',
    'Conférence ce soir sur l’histoire de la mention « Diffusion Restreinte Défense », remplacée en 2021.',
    'CONFIDENTIAL is not a password: labelling a file does not lock it.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each([
    'EXPORT CONTROLLED – EAR\nDrawings for the actuator bracket attached, rev C.',
    'Restricted — board members only\nThe Lyon site closes in June.',
  ])('flags the heading in %s', (text) => {
    expect(spans(confidentialMarker, text).length).toBeGreaterThan(0);
  });
});

// fresh98 to fresh101 (2026-12-05): TLP levels compared or named as a kind, stamps of the old days, documents marked in the
// plural, a setting's default level, stamping as a habit, quoted levels listed, embargoes as a practice.
describe('confidential-marker: labels talked about in round 12', () => {
  test.each([
    'Workshop recap: pick TLP:GREEN or TLP:AMBER depending on who needs to act, and say why in the first line.',
    'Half the "TLP:AMBER" alerts in my inbox were sent to a public mailing list. Think about it.',
    'A TLP:RED session at the conference taught me more than a week of webinars. Grateful.',
    'Back in the day the roster was stamped "CONFIDENTIEL" before it went to the printers. Found one in the archive today.',
    "Merci d'arrêter de m'envoyer des fichiers estampillés « CONFIDENTIEL » quand ils contiennent le menu de la cantine.",
    'In our ticketing tool the default is "Internal Confidential", and the requester can lower it.',
    'Qui parmi vous tamponnez « CONFIDENTIEL » sur chaque devis ? Sondage rapide.',
    '« Interne », « confidentiel », « réservé » : trois mots, trois niveaux, et nos clients les confondent.',
    'How we handle results embargoes with local radio: the sheet goes out under embargo at noon, we publish at 2 pm.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test('flags a report labelled with one TLP level', () => {
    expect(spans(confidentialMarker, 'TLP:AMBER\nIndicators from last night’s intrusion attempt on the ticketing portal.').length).toBeGreaterThan(0);
  });
});

// fresh102 (2026-12-05): "between you and me" in a sentence is an aside, not a label.
test('passes "between you and me" inside a sentence (fresh102)', () => {
  expect(spans(confidentialMarker, 'Good question! Between you and me, we are thinking about a second plant.')).toEqual([]);
});

// fresh103 to fresh105 (2026-12-05): NDAs asked about or the topic of a masterclass, a short film's title at a festival, an
// aside in brackets, inside set against outside, a label's translation, a glossary, a state said of a figure.
describe('confidential-marker: labels talked about in round 13', () => {
  test.each([
    'On nous demande souvent si on signe des NDA avec les livreurs indépendants. Réponse : non.',
    'Super atelier hier sur les NDA entre agences et studios, merci aux intervenants.',
    'Notre court « Confidentiel » (réal. Léa Morin) sera projeté au festival d’Annecy en juin !',
    'Budget review for the board (not for circulation): the spring campaign cost less than planned.',
    'Interne, externe, intérim : le service compte désormais 52 personnes.',
    'Comment traduire « Strictly confidential » pour un client suisse ? J’hésite entre « Strictement confidentiel » et « Hautement confidentiel ».',
    'Glossary corner: "fortrolig" (DA), "vertrouwelijk" (NL) and "riservato" (IT) carry different legal weight.',
    'Deux scénarios de remise sont à l’étude, encore confidentiels — on en reparle au séminaire.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
});

// fresh106 to fresh113 (2026-12-05): an NDA someone says they signed, an embargo said in passing with no time it ends, the
// label as a noun after an article, the label someone writes on their own documents.
describe('confidential-marker: labels talked about in rounds 14 and 15', () => {
  test.each([
    "Depuis que j'ai signé un NDA avec ce studio, mon portfolio 2026 tient en trois images.",
    'We signed a mutual NDA with the rigging contractor in March; the case study is public now.',
    'Chez nous, un NDA signé vaut mieux que dix mails de « discrétion ».',
    'La vente est faite, mais jusqu’à la signature c’est sous embargo côté presse.',
    'How I brief a client on a launch under embargo, in three dates and one owner.',
    'Petit bêtisier : un « interne » oublié sur une affiche de 2019, encadrée depuis.',
    'Tu écris « CONFIDENTIEL » sur chaque page ? Plus personne ne le lit.',
  ])('passes %s', (text) => {
    expect(spans(confidentialMarker, text)).toEqual([]);
  });
  test.each([
    ['Note aux équipes, sous embargo jusqu’au 14 à 8 h : le site de Lorient ferme.', 'sous embargo'],
    ['SOUS NDA — Maquettes de la refonte pour le client, ne pas montrer.', 'SOUS NDA'],
  ])('flags %s', (text, label) => {
    expect(spans(confidentialMarker, text)).toContain(label);
  });
});
