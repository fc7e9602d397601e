/**
 * Words people glue into hashtags, English and French (folded: lower case, no accents).
 * Used only to split an all-lowercase tag into words for a CamelCase suggestion: a tag that does
 * not split fully into these words is left alone, so a missing word means a missed hint, never a false one.
 */
export const HASHTAG_WORDS = new Set(
  `ai all and app apps are as at b2b b2c be best big black blue brand build business by
  can care career careers change city climate cloud code coding community company connect content corporate creative culture customer cyber
  data day days design dev developer developers development digital diversity drive
  earth economy education employee employer energy engineering engineer engineers equality event events experience
  fair family finance fintech first for forward friday from fun future
  game gender global go good great green growth
  happy health help hiring home human hr
  impact in inclusion industry innovation inspiration insurance it
  job jobs journey just
  know knowledge
  last leader leaders leadership learn learning life live love
  machine made make management manager marketing media mental mind mobile monday money month
  net network networking new news next night no now
  of office on one open opportunity our out
  partner partners people performance personal planet power product productivity proud
  quality
  real recruiting recruitment remote research responsible retail
  safety sales save science security service services share skills small smart social software space sport start startup
  story strategy success supply support sustainability sustainable
  talent team teams tech technology the thursday time tips to today together tour training transformation travel trends tuesday
  up us
  value values video vision voice
  wednesday week wellbeing wellness we women work workplace world
  year you young your
  action affaires agile aujourd avenir bien bienveillance carriere changement client clients collaborateurs collectif
  communication communaute croissance de des developpement digitale diversite donnees du durable
  ecologie economie egalite emploi emplois energie engagement en entreprise entreprises equipe equipes et ete
  femmes fierte finance formation france francaise futur
  handicap humain humaine industrie inclusion informatique innovation intelligence artificielle
  jeunes la le les luxe marque metier metiers mobilite monde numerique nouveau nouvelle
  objectif partage pour projet qualite rh recrutement reseau responsable rse sante securite solidarite
  strategie talents tech travail transition verte vie ville`
    .split(/\s+/)
    .filter(Boolean),
);
