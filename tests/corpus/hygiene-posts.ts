import { rows } from './corpus-types';

const LONG_PARAGRAPH_EN =
  'When I joined the customer success team three years ago, we answered tickets one by one and rarely had time to step back. ' +
  'Since then we rebuilt the way we work: shared playbooks, weekly reviews with product, and a real voice in the roadmap. ';
const LONG_PARAGRAPH_FR =
  'Quand j’ai rejoint l’équipe support il y a trois ans, nous traitions les demandes une par une sans jamais prendre de recul. ' +
  'Depuis, nous avons tout repensé : des guides partagés, des revues hebdomadaires avec le produit et une vraie place dans la feuille de route. ';

/** Posts with form problems: length, fold, hashtags, tracking, fancy letters, alt text, capitals. */
export const HYGIENE_POSTS = rows('hyg', [
  // length (X)
  ['x', 'en', 'length', 'Thread time. Three things I learned leading our migration to the cloud this year: first, start with the boring systems because they teach you the most; second, over-communicate with every team, even the ones you think are not affected; third, celebrate small wins publicly, because people need to see progress to keep going. More soon!'],
  ['x', 'fr', 'length', 'Trois leçons de notre migration vers le cloud cette année : commencer par les systèmes ennuyeux, parce que ce sont eux qui apprennent le plus ; communiquer sans relâche avec toutes les équipes, même celles qui ne semblent pas concernées ; et fêter publiquement chaque petite victoire, parce que tout le monde a besoin de voir avancer les choses pour tenir.'],
  ['x', 'en', 'length', '🎉🎉🎉 We did it!!! 🚀🚀🚀 ' + '👏'.repeat(130)],
  ['x', 'mixed', 'length', 'Super keynote ce matin ! Retrouvez les slides ici https://acme.com/slides/keynote-2025 et la vidéo ici https://acme.com/video/keynote-2025 et le replay des ateliers ici https://acme.com/replay/ateliers et le programme complet ici https://acme.com/programme et les photos ici https://acme.com/photos et le blog ici https://acme.com/blog/keynote-recap-2025 et les podcasts ici https://acme.com/podcasts/keynote et inscrivez-vous ici https://acme.com/inscription'],
  // length (LinkedIn post > 3,000) and comment > 1,250
  ['linkedin', 'en', 'length fold', 'Ten years at Acme: a long thank-you note.\n\n' + LONG_PARAGRAPH_EN.repeat(13)],
  ['linkedin', 'fr', 'length fold', 'Dix ans chez Acme : un long merci.\n\n' + LONG_PARAGRAPH_FR.repeat(12)],
  ['linkedin', 'en', 'length', LONG_PARAGRAPH_EN.repeat(6), { surface: 'comment' }],
  // fold (LinkedIn, cut after about three lines)
  ['linkedin', 'en', 'fold', LONG_PARAGRAPH_EN + 'Today I am proud to share what we built together.'],
  ['linkedin', 'fr', 'fold', 'Il y a un an, je ne savais pas coder.\n\nAujourd’hui, je livre ma première fonctionnalité en production.\n\nCe qui a tout changé : le mentorat de mon équipe, des revues de code bienveillantes et le droit à l’erreur. Merci à vous !'],
  ['linkedin', 'en', 'fold', 'Some personal news.\nAfter 6 wonderful years in Paris, I am moving to our Montreal office to help build the new AI lab.\nI will miss the team here more than words can say, but I am thrilled about what comes next.\nIf you are in Montreal, let’s grab a coffee!'],
  ['linkedin', 'fr', 'fold', LONG_PARAGRAPH_FR + 'Résultat : une satisfaction client record et une équipe fière de son travail.'],
  ['linkedin', 'en', 'fold', 'We just wrapped up our annual volunteering week, and the numbers speak for themselves: 1,400 colleagues, 38 cities, 120 partner charities and more than 9,000 hours given to causes that matter. A huge thank you to everyone who joined, organised, cooked, painted and tutored.'],
  ['linkedin', 'mixed', 'fold', 'Retour sur notre hackathon interne 🚀\n\n48 heures, 30 équipes, 12 prototypes.\n\nMention spéciale pour l’équipe qui a construit un assistant vocal pour nos techniciens.\n\nWhat a weekend!'],
  // hashtags (count)
  ['linkedin', 'en', 'hashtags', 'Great day at the summit! #Innovation #AI #Cloud #Leadership #Tech #Startup #Future #Growth'],
  ['x', 'fr', 'hashtags', 'Belle journée au salon ! #Innovation #IA #Numérique #Emploi #RH #Recrutement #Tech'],
  ['linkedin', 'en', 'hashtags', 'We are hiring engineers in Lisbon 🇵🇹 #Hiring #Jobs #Engineering #Lisbon #Portugal #Careers #Tech #Remote #Growth #Team'],
  // hashtags (lowercase multi-word)
  ['linkedin', 'en', 'hashtags', 'Loved this panel on the future of work and hybrid teams. #futureofwork'],
  ['x', 'en', 'hashtags', 'Proud to support our colleagues at the #womenintech breakfast this morning'],
  ['linkedin', 'en', 'hashtags', 'Three years of learning in one post 👇 #digitaltransformation #Leadership'],
  ['x', 'en', 'hashtags', 'New article on our blog about #machinelearning in retail: https://acme.com/blog/ml-retail'],
  ['linkedin', 'fr', 'hashtags', 'Journée inspirante sur la transition écologique dans l’industrie. #transitionecologique'],
  ['x', 'en', 'hashtags', 'Our green office is finally open 🌱 #sustainablebusiness'],
  // tracking_link
  ['linkedin', 'en', 'tracking_link', 'Our latest case study is live: https://acme.com/case-studies/retail?utm_source=linkedin&utm_medium=social&utm_campaign=q2'],
  ['x', 'fr', 'tracking_link', 'À lire absolument : https://www.lemonde.fr/economie/article/2025/03/12/acme-recrute.html?fbclid=IwAR3xYz9AbCdEf'],
  ['x', 'en', 'tracking_link', 'Watch our CTO’s talk: https://youtu.be/dQw4w9WgXcQ?si=Ab3dE5fG7hJ9kL1m'],
  ['linkedin', 'fr', 'tracking_link', 'Le replay du webinaire est ici : https://acme.fr/webinaires/ia?utm_source=newsletter&utm_medium=email'],
  ['x', 'en', 'tracking_link', 'Great thread by our VP Eng https://x.com/acme_eng/status/1790000000000000000?s=20&t=AbCdEfGhIjKl'],
  ['linkedin', 'en', 'tracking_link', 'Our product page: https://acme.com/product?gclid=Cj0KCQjw9&lang=en'],
  ['x', 'fr', 'tracking_link', 'Notre article sur le recrutement https://blog.acme.fr/recrutement-2025?mc_cid=3f2a1b&mc_eid=9e8d7c'],
  // fancy_text
  ['linkedin', 'en', 'fancy_text', '𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: we just opened our new lab in Toulouse!'],
  ['x', 'fr', 'fancy_text', '𝘕𝘰𝘶𝘷𝘦𝘢𝘶 : notre appli est disponible sur Android.'],
  ['linkedin', 'en', 'fancy_text', '𝓣𝓱𝓪𝓷𝓴 𝔂𝓸𝓾 to everyone who came to our open house.'],
  ['x', 'en', 'fancy_text', 'ＢＩＧ announcement tomorrow, stay tuned'],
  ['linkedin', 'fr', 'fancy_text', '𝐑𝐞𝐜𝐫𝐮𝐭𝐞𝐦𝐞𝐧𝐭 : 5 postes ouverts à Rennes !'],
  ['x', 'en', 'fancy_text', 'Key takeaway: 𝙨𝙝𝙞𝙥 𝙨𝙢𝙖𝙡𝙡, 𝙨𝙝𝙞𝙥 𝙤𝙛𝙩𝙚𝙣.'],
  // alt_text
  ['linkedin', 'en', 'alt_text', 'Our team at the Paris office this morning ☀️', { attachments: [{ kind: 'image' }] }],
  ['x', 'fr', 'alt_text', 'Quelle vue depuis le nouveau bureau !', { attachments: [{ kind: 'image', alt: '' }] }],
  ['linkedin', 'en', 'alt_text', 'Photos from our hackathon!', { attachments: [{ kind: 'image', alt: 'Team coding at night' }, { kind: 'image' }] }],
  ['x', 'en', 'alt_text', 'New office plants 🌿', { attachments: [{ kind: 'image', alt: '   ' }] }],
  ['linkedin', 'fr', 'alt_text', 'Le podium de la course solidaire 🏃', { attachments: [{ kind: 'image' }, { kind: 'image' }] }],
  ['linkedin', 'en', '', 'Our new showroom, with alt text on every photo 🙂', { attachments: [{ kind: 'image', alt: 'A bright showroom with wooden tables' }] }],
  ['x', 'en', '', 'Watch the replay of our keynote.', { attachments: [{ kind: 'video' }] }],
  // caps
  ['x', 'en', 'caps', 'WE ARE HIRING IN PARIS AND LYON! Apply now.'],
  ['linkedin', 'fr', 'caps', 'NE RATEZ PAS NOTRE GRANDE CONFÉRENCE DE JEUDI ! Inscriptions ouvertes.'],
  ['x', 'en', 'caps', 'This is HUGE NEWS FOR THE WHOLE TEAM, thank you all!'],
  ['linkedin', 'en', 'caps', 'BIG ANNOUNCEMENT TODAY: our new app is live in 12 countries.'],
  ['x', 'fr', 'caps', 'MERCI À TOUTE L’ÉQUIPE pour ce lancement incroyable.'],
  ['linkedin', 'en', '', 'Our CEO and CFO met the EU and UN delegations about AI, ESG and GDPR today.'],
  ['x', 'fr', '', 'Le PDG et la DRH ont présenté la démarche RSE et le plan RGPD au CSE.'],
  ['x', 'en', '', 'KPI review done, OKR for H2 set. Onward!'],
  ['linkedin', 'en', 'disclosure', 'So proud of what the team shipped this quarter. The full story: https://news.acme.com/2026/q3-launch'],
  ['x', 'en', 'disclosure', 'Big day for us: our Lyon plant is now carbon neutral https://news.acme.com/lyon'],
  ['linkedin', 'fr', 'disclosure', 'Fière de cette annonce, à lire ici : news.acme.com/fr/recrutement-2027'],
  ['x', 'fr', 'disclosure', 'Notre nouvelle usine ouvre ses portes 👉 https://www.news.acme.com/fr/usine'],
  ['linkedin', 'mixed', 'disclosure tracking_link', 'Great news / belle nouvelle : https://NEWS.acme.com/en/partnership?utm_source=linkedin'],
  // The first line runs past LinkedIn's fold: the link is cut (a true fold finding), the disclosure is there.
  ['linkedin', 'en', 'fold', 'So proud of what the team shipped this quarter. https://news.acme.com/2026/q3-launch\n\nI work at Acme.'],
  ['x', 'en', '', 'i work at ACME — and here is why this matters: https://news.acme.com/lyon'],
]);
