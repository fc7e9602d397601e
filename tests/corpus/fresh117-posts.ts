import { rows } from './corpus-types';

/**
 * Held-out set "fresh117": written 2026-12-05 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh117`.
 * First scored: 2026-12-05 on 315ea0d (unseen, before any fix from it): confidentiality macro F1 0.960 / 6.3 % (9 of 144).
 *
 * Authors: founders, ML engineers, researchers, developer advocates and go-to-market staff of AI and LLM start-ups in
 * Paris, London, Berlin, Zurich and Montreal, mostly in English, some French and a few mixed FR/EN posts. Forms: launch
 * posts and X threads (a four-post thread), pasted notebook cells, shell one-liners and config snippets (TOML, .env,
 * AWS credentials, Jupyter config, connection strings), stand-up and meeting notes pasted from chat, board and investor
 * update drafts, pricing-offsite notes, customer replies (surface 'comment'), job ads with published salary ranges,
 * post-mortems, changelogs, runbooks, handover notes, supplier and bank-detail notices, HR and onboarding notes, polls,
 * goodbyes and tips. Positives: model-provider and cloud keys in vendor formats (OpenAI, Anthropic, Hugging Face, Groq,
 * Replicate, LangSmith, GitHub PAT, Pinecone, Gemini, AWS) and without any (Mistral, Azure, W&B, Together, Cohere,
 * LiteLLM proxy, sandbox and demo tokens, Jupyter tokens), Wi-Fi and demo passwords, Slack and Discord webhooks,
 * Postgres and Redis credentials; inference endpoints, gateways, dashboards and notebooks on private IPs, .local,
 * .internal, .corp, intranet. hosts and the policy's internal domains; ARR, gross margin, GPU spend, pipeline,
 * valuation, tender bid, compute budget, forecasts and per-token or per-seat prices before the round, the board, the
 * launch or the customers are told (said as "keep it to yourselves", "not announced till", "investors hear it Monday",
 * "contract isn't countersigned", "draft, not sent", a pasted committee note...); customers' emails, phones, NIR,
 * NINO, Steuer-ID, AHV/AVS, SIN, IBANs and cards inside prompts, logs, transcripts and fine-tuning data; explicit
 * markers (CONFIDENTIAL, [INTERNAL], INTERNE, TLP:AMBER, TLP:RED, EMBARGO jusqu'au, Classification: Restricted, SOUS
 * NDA); the policy's codenames as projects and its clients as customers. Look-alikes: published benchmarks, leaderboards
 * and model cards, public pricing pages and price changes announced the same day, announced rounds, published annual
 * and half-year results, open-metrics dashboards, transparency reports, third-party and teaching figures, personal
 * spending, job-ad salaries; placeholder and documentation keys (<paste-your-key-here>, ${AZURE_OPENAI_KEY}, hf_xxx,
 * AWS's EXAMPLE pair, Stripe's sk_test doc key, the jwt.io header, "changeme"), keys read from the environment, localhost
 * and 127.0.0.1, public API hosts, docs.acme.com, documentation IP ranges; redacted or masked data, HMRC's QQ NINO, the
 * FSIO sample AHV, the CRA example SIN, the UK and German example IBANs, Stripe's 4242 card, an invoice IBAN with a
 * wrong check, a card number failing Luhn, an order reference; informal requests ("please don't forward", "entre
 * nous"), discussions of the words confidential, embargo and TLP:CLEAR, L.A. Confidential; the Orion Nebula, the
 * constellation and NASA's Orion, a kestrel over the Thames and ASP.NET's Kestrel, a cat called Atlas, the blue Atlas
 * cedar, Globex of the Simpsons, Initech of Office Space, a chapel of Sainte-Claire; emergency numbers 15, 18, 112, 999.
 *
 * Conventions: every written email address is email (role mailboxes and "[at] [dot]" or spaced forms included), every
 * written phone number is phone (switchboards, hotlines, toll-free; French, UK, German, Swiss and Canadian formats);
 * user:password in a connection string is secret only; a revoked key pasted in full is still secret. Every IBAN, card
 * and national id positive was computed with a throwaway script kept outside the repo: mod 97 for FR (with the RIB
 * key), GB, DE and CH IBANs; Luhn for Visa, Mastercard (5- and 2-series) and Amex; the key for French NIR (97 - n mod
 * 97), ISO 7064 mod 11,10 with one repeated digit for the German Steuer-ID, EAN-13 for Swiss AHV, Luhn for Canadian SIN,
 * UK NINO by format (allowed prefixes, A-D suffix).
 *
 * Counts: 299 posts (255 EN, 36 FR, 8 mixed; 230 LinkedIn, 69 X, 13 of them comments): 144 clean, 155 with one or more
 * findings. Labels: financial 32, secret 32, internal_url 20, phone 19, email 18, national_id 15, client_name 13,
 * codename 11, confidential_marker 11, iban 9, card 5.
 */
export const FRESH117_POSTS = rows('fresh117', [
  // ── Launch-day wins and published numbers (clean look-alikes) ──
  ['x', 'en', '', `Our 7B instruct model is out: 71.2 on MMLU-Pro, 48.9 on GPQA-Diamond, 83.0 on HumanEval+. Weights on the Hub under Apache-2.0, eval harness + seeds in the repo so you can reproduce every number.`],
  ['linkedin', 'en', '', `Today we're announcing our €12M seed round, led by two Paris funds and a handful of angels we admire. As reported this morning, we ended Q3 at €1.1M ARR with 40 paying teams. Thank you to everyone who believed in a tiny team in the 11e. We're hiring!`],
  ['linkedin', 'en', 'financial', `Can't say much until the announcement in January, but we crossed €4.2M ARR last Thursday, 3x since March. Term sheet is signed, round closes before Christmas. Proud of this team 🙏 (please keep the number to yourselves until the press goes out)`],
  ['x', 'en', '', `New pricing page is live. Input $0.40 / 1M tokens, output $1.60 / 1M, batch API half price. No sales call, no minimums. Same price for a student and for a bank.`],
  ['linkedin', 'en', 'financial', `GTM folks, a heads-up before Monday's enablement: the new Pro tier lands at $0.35 per million input tokens and $1.40 per million output, flipping on 14 January. Customers don't know yet, so no quoting it on calls before the pricing page changes.`],
  ['x', 'en', '', `Reminder that Anthropic, OpenAI and Mistral all publish their per-token prices. If your vendor won't tell you theirs without a "discovery call", that's the answer.`],
  ['linkedin', 'en', 'financial', `Board prep, round two. November GPU spend came in at $312k (H100 reserved + spot overflow), 18% over plan. Nobody outside the exec team has seen this yet; it goes to the board Thursday and I'd rather the team hears it from me first.`],
  ['x', 'en', '', `Spent €23 of GPU credits this weekend fine-tuning a tiny model to write haikus about the Paris métro. Best €23 of my year.`],
  ['linkedin', 'en', '', `Public service announcement: the Stanford AI Index says training compute for frontier models doubled roughly every six months. Our whole industry runs on this curve, and it's worth reading the full report before quoting it.`],
  ['x', 'en', 'financial', `not supposed to tweet this yet but our gross margin on inference just went from 38% to 61% after the speculative decoding work. numbers go in the investor update next week 🤐`],
  ['linkedin', 'en', '', `Our annual report is out: revenue of CHF 9.8M for the fiscal year, up 140%, and our first profitable quarter. The full audited accounts are on the investors page. Proud of the Zurich team.`],
  ['linkedin', 'fr', 'financial', `Petit mot pour l'équipe : on a signé hier soir la lettre d'intention pour la série A, 28 M€ pré-money à 110 M€. Rien n'est annoncé avant la fin du closing, donc motus en dehors de l'entreprise. Merci à toutes et tous.`],
  ['linkedin', 'fr', '', `Nous annonçons aujourd'hui notre levée de 28 M€ en série A. Le communiqué complet est disponible sur notre site et dans Les Echos de ce matin. Un immense merci à nos clients et à l'équipe.`],
  ['x', 'fr', '', `Le coût d'entraînement de notre modèle 3B : environ 41 000 € de GPU, détaillé dans le rapport technique publié hier. On voulait montrer qu'un petit labo peut faire des choses sérieuses.`],
  ['linkedin', 'en', 'financial', `Pipeline review notes, pasted for the sales pod who missed it:
- Q1 weighted pipeline: $6.8M (commit $2.1M)
- 3 deals > $500k in legal
- forecast not shared with the board yet, don't forward
Next review Friday 9:00 CET.`],
  ['linkedin', 'en', '', `Job: Senior ML Engineer (Inference), Berlin or remote in the EU. Salary €95,000–€120,000 + equity. You'll own our vLLM fleet and shave milliseconds off time-to-first-token. Apply via our careers page; we reply to everyone within a week.`],
  ['linkedin', 'en', '', `We're hiring a Developer Advocate in Montreal, CAD 110k–135k, hybrid (2 days at the office on Saint-Laurent). Bilingual FR/EN a plus. Details and the form are on our jobs board.`],
  ['linkedin', 'fr', '', `On recrute un·e ML Engineer à Paris, 65 à 80 k€ brut annuel selon expérience, télétravail 2 jours. Candidature via notre page carrières, réponse sous 10 jours.`],
  ['x', 'en', 'financial', `Our bid for the EU sovereign-LLM tender went in this morning: €3.4M over 3 years. Envelopes open on the 19th. Fingers crossed, and mouths shut till then 🤞`],
  ['linkedin', 'en', '', `The Commission published the award: the consortium won the €3.4M sovereign-LLM lot. Proud to be part of it alongside two universities. Public notice linked in the comments.`],
  ['x', 'en', 'financial', `internal valuation from the secondary offer is $480M, which nobody outside the cap table is meant to know, so of course I'm telling you all. jk. delete this. (I won't)`],
  ['linkedin', 'en', '', `Hugging Face's Open LLM Leaderboard has us at #3 in the 7B class this week. Leaderboards are noisy, but it's nice to be there. Link to the public board below.`],
  ['x', 'en', '', `Fun fact: our cheapest customer spends $4/month and our most expensive spends $40k/month. Same API. Same docs. (both numbers are in our public S-1 style transparency post from last year)`],
  ['linkedin', 'en', 'financial', `Renewal heads-up for AMs: from 1 March we're moving enterprise floors from $60k to $85k/year. Finance signed it off yesterday. We'll tell customers in the February QBRs, not before, so keep it out of emails for now.`],
  ['linkedin', 'en', '', `Our CFO's advice from yesterday's panel: "Publish your prices. Publish your uptime. Publish your incidents." We put our $0.20/M price on the homepage in 2024 and never looked back.`],
  ['x', 'en', '', `ARR is a vanity metric until someone renews. Discuss.`],

  // ── Keys, tokens and passwords pasted by mistake ──
  ['linkedin', 'en', 'secret', `Anyone know why my batch job takes 40 min for 10k prompts? Cell below:

import os
from openai import OpenAI
os.environ["OPENAI_API_KEY"] = "sk-proj-plknz1kJAShTH8KvwDZPcixBekByPBAakTBOlLVO65jEUJC8T3BlbkFJy4olvhL5fNNbcn4vxAPq"
client = OpenAI()
for p in prompts: client.chat.completions.create(model="gpt-4o-mini", messages=[{"role":"user","content":p}])`],
  ['linkedin', 'en', '', `PSA for new people: never do this in a notebook

os.environ["OPENAI_API_KEY"] = "<paste-your-key-here>"

Use a .env file and python-dotenv, and add .env to .gitignore on day one.`],
  ['x', 'en', 'secret', `lol the Claude API just saved my demo. export ANTHROPIC_API_KEY=sk-ant-api03-PNWQFsVaIKf6PbH4f3xg45KXdoLAWKo5IRbzH5C7iVZPeK7QCOFnIgjoT9XJaVS6GnjAZh3sfAu2V_Ybz_IrEBAA and off we go`],
  ['x', 'en', '', `TIL the Anthropic SDK reads ANTHROPIC_API_KEY from the env automatically, so you never need to pass api_key= in code. Cleaner notebooks, fewer leaked keys.`],
  ['linkedin', 'en', 'secret', `Pushing our fine-tuned checkpoint to the Hub, but the upload keeps timing out at 92%. Any ideas?

huggingface-cli login --token hf_IwLf6rJizQtpN7VVErNmUQGEeDNdawEKhA
huggingface-cli upload our-org/legal-7b ./ckpt-4200`],
  ['linkedin', 'en', '', `The Hub docs literally show "hf_xxxxxxxxxxxxxxxxxxxxxxxx" as the token format. If your secret scanner flags the docs, your secret scanner needs a holiday.`],
  ['x', 'en', 'secret', `Mistral key for the hackathon room, expires Sunday night, don't be weird with it: 32qdF7WCKwtc1Y6MNb9X9Hxc9mH8DSBb`],
  ['linkedin', 'en', 'secret', `Config for the eval runner, for whoever picks this up tomorrow:

[providers.azure]
endpoint = "https://westeu-oai-prod.openai.azure.com/"
deployment = "gpt4o-eval"
api_key = "06e229b1802db24957996f21e9273934"

[providers.local]
base_url = "http://localhost:8000/v1"`],
  ['linkedin', 'en', '', `Our eval runner config, for the open-source release:

[providers.azure]
endpoint = "https://YOUR-RESOURCE.openai.azure.com/"
api_key = "\${AZURE_OPENAI_KEY}"

[providers.local]
base_url = "http://localhost:8000/v1"

localhost is your own machine, the key comes from your env.`],
  ['x', 'en', 'secret', `wandb login 9db065faa53927930d84bfa9b9e9861e640c25e1 then wandb sync ./runs and the loss curves finally show up. why is this so hard`],
  ['linkedin', 'en', 'secret', `Replicate is great for quick demos. Here's the whole thing:

export REPLICATE_API_TOKEN=r8_p7hR0fHNhbRnJC96SIjJTi5U90huHRyYkoZg4
replicate run stability-ai/sdxl prompt="a fox reading a paper on attention"`],
  ['linkedin', 'en', '', `AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the example access key pair. If you see those in a repo, relax: they are the documentation placeholders.`],
  ['linkedin', 'en', 'secret', `Bedrock finally works from the training cluster. For the record:

[default]
aws_access_key_id = AKIAOBDWRXPMD6ICOSP6
aws_secret_access_key = 8mfUSbjjIuZzQwfE9iPlP3eMcjyUNxABYOGPC/7M
region = eu-central-1`],
  ['x', 'en', 'secret', `Groq is stupid fast. GROQ_API_KEY=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 python bench.py → 780 tok/s on Llama 70B. Wow.`],
  ['linkedin', 'en', 'secret', `Our alerting for failed eval runs posts to Slack. If you want it in your channel too, here's the webhook, just curl it:
https://hooks.slack.com/services/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`],
  ['linkedin', 'en', '', `Slack incoming webhooks look like https://hooks.slack.com/services/T000/B000/XXXX. Treat the last part like a password: anyone holding it can post into your channel.`],
  ['x', 'en', 'secret', `Discord bot for our community is back up. If the mods want to test announcements: https://discord.com/api/webhooks/1187021405289499254/DhFUZ5AhX1mFWWUo5NAyCKgDWk2wg20gPidkn9-yPo2twK79AmkJeMBOZRWQd-xzXCzb`],
  ['linkedin', 'en', 'secret', `Offsite in Chamonix next week 🏔️ Wi-Fi at the chalet: network "LumiereLabs-Offsite", password rln9gN4qgftdMI. See you all Tuesday!`],
  ['linkedin', 'en', '', `Offsite in Chamonix next week 🏔️ The chalet Wi-Fi details will be on the fridge, as usual. Bring warm socks and your laptop charger.`],
  ['linkedin', 'fr', 'secret', `Salon VivaTech : le Wi-Fi du stand est « StandB42 », mot de passe qr17oqlKnQaDxgwgYo. Passez nous voir, démo de l'agent vocal toutes les heures !`],
  ['linkedin', 'en', 'secret internal_url', `Migration to the new feature store done 🎉 If the dashboards look empty, point your notebook at
postgresql://analytics:Vq8#mTz2LrP9@10.12.0.44:5432/features
and rerun the first cell.`],
  ['linkedin', 'en', '', `Tutorial time: connecting a notebook to Postgres.

postgresql://user:password@localhost:5432/mydb

Swap user and password for your own, never commit the real ones, and use a secrets manager in prod.`],
  ['x', 'en', 'secret', `LangSmith traces are a lifesaver. LANGCHAIN_API_KEY=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 LANGCHAIN_TRACING_V2=true and every chain shows up.`],
  ['linkedin', 'en', 'secret', `Ran into a rate limit on GitHub Actions while pulling our private eval datasets. Fix was to pass a PAT:

git clone https://ghp_9O66XGrHJ33AaRpSJbaC1hRzq46pRs3Q2gDB@github.com/our-org/evals-private.git

Works now!`],
  ['x', 'en', '', `sk_test_4eC39HqLyjWDarjtT1zdp7dc is Stripe's public doc test key. Everyone has seen it. It's fine. Stop reporting it to me 😅`],
  ['linkedin', 'en', 'secret', `Vector DB swap done in an afternoon. Pinecone client setup for anyone curious:

pc = Pinecone(api_key="pcsk_UO3ZGp_QQOs5mp9yXulLajRBx283kVm3Honv9e0Vjjgw79CTYLmR1J6XpmPU4LiojOF")
index = pc.Index("support-tickets-prod")`],
  ['x', 'en', 'secret', `gemini flash for classification is absurdly cheap. curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=AIzaA6NjM8XJTypOqDZFo_6XT0aphizXlegc0kp" -d @req.json`],
  ['linkedin', 'en', 'secret', `Redis cache for the embeddings layer is live. Connection string if your service needs it: redis://default:Kp3vR9wq7LmZ2x@cache-01:6379/0. Hit rate already at 64%.`],
  ['linkedin', 'en', '', `Reminder: the admin password for staging is whatever you set in 1Password, not "changeme". Yes, someone tried "changeme". Yes, it worked. Not anymore.`],
  ['x', 'en', 'secret', `our together.ai key for the bench: b873eaabf65ad2ca4885b11d1df24b08579f17b7c6a5d741a5ae55364c778495 (rotating it friday so go nuts till then)`],
  ['linkedin', 'en', 'secret', `Tip: Cohere's rerank endpoint improved our RAG recall@5 by 11 points. Code:

co = cohere.Client("XrZzrUi0vNkKZOJPPy8Vf7qliMZN70AN03BnpfZP")
co.rerank(model="rerank-v3.5", query=q, documents=docs)`],
  ['linkedin', 'en', '', `Tip: Cohere's rerank endpoint improved our RAG recall@5 by 11 points. Code:

co = cohere.ClientV2()  # reads CO_API_KEY from env
co.rerank(model="rerank-v3.5", query=q, documents=docs)`],
  ['x', 'en', 'secret', `demo account for the booth laptop: login booth-demo, password Tartiflette!2026. please log out after`],
  ['linkedin', 'en', '', `Password managers, please. Our onboarding now has one rule: if a secret ever appears in Slack, we rotate it within an hour, no blame.`],
  ['linkedin', 'fr', 'secret', `Pour les stagiaires qui arrivent lundi : le compte de démo de la plateforme, c'est stagiaire-demo / Mdp: Crevette-Bleue-77!. Changez-le à la première connexion.`],
  ['x', 'en', '', `If you need an example JWT for docs, jwt.io has eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 as the header everyone recognises. It's just base64 of {"alg":"HS256","typ":"JWT"}.`],

  // ── Inference endpoints and internal hosts ──
  ['linkedin', 'en', 'internal_url', `Inference server is up for the eval sprint! OpenAI-compatible, so just swap base_url:
curl http://10.40.2.17:8000/v1/chat/completions -H "Content-Type: application/json" -d '{"model":"legal-7b","messages":[...]}'`],
  ['linkedin', 'en', 'internal_url', `New model gateway: https://llm-gw.corp.acme.com/v1 handles routing between our fine-tunes and the big providers. Huge thanks to the platform team for shipping this in 3 weeks.`],
  ['x', 'en', 'internal_url', `Grafana for the GPU fleet is finally pretty: http://grafana.gpu.internal:3000/d/h100-util. 94% utilisation on the training pool this week 🔥`],
  ['linkedin', 'en', 'internal_url', `Our eval leaderboard is now auto-updated after every training run. Check it out at https://evals.intranet.lumiere-labs.ai/board and ping me with feedback.`],
  ['linkedin', 'en', '', `Our public eval leaderboard is now auto-updated after every release. It's at https://evals.lumiere-labs.ai and the raw JSON is downloadable.`],
  ['linkedin', 'en', 'internal_url', `Notes from the platform sync:
- Triton cluster moved to 192.168.30.0/24, head node 192.168.30.5
- Old Ray dashboard at ray-head.local:8265 is gone
- Ask in #infra before touching the A100 pool`],
  ['x', 'en', '', `Running vLLM locally: vllm serve mistralai/Mistral-7B-Instruct-v0.3 then point your client at http://localhost:8000/v1. That's it. That's the tweet.`],
  ['linkedin', 'en', 'internal_url', `Docs for the internal embeddings API have moved to https://wiki.acme-corp.net/ml/embeddings-v2. Old Confluence links will redirect until the end of the month.`],
  ['linkedin', 'en', '', `Acme's public developer docs (docs.acme.com) now include a full section on embeddings. Great read even if you don't use their API.`],
  ['x', 'en', 'internal_url', `MLflow tracking server moved to http://mlflow.research.corp:5000, update your MLFLOW_TRACKING_URI before the nightly runs or they'll log into the void`],
  ['linkedin', 'en', 'internal_url', `Jupyter hub for the research team is back after the migration: https://172.20.14.8/hub. Your old notebooks are in ~/legacy.`],
  ['linkedin', 'en', '', `Security note for our customers: our API is only served at api.kernwerk.ai over TLS 1.3. If anyone sends you a different host "for faster inference", it's phishing.`],
  ['x', 'en', 'internal_url', `staging chat UI is at https://chat-staging.acme-corp.net if you want to break it before friday's demo. be mean to it`],
  ['linkedin', 'en', '', `We open-sourced our tiny router: pip install llm-router, set ROUTER_UPSTREAM=https://api.openai.com/v1 and you're done. Repo and benchmarks in the first comment.`],
  ['linkedin', 'fr', 'internal_url', `Pour l'équipe data : le nouveau serveur d'annotation tourne sur http://label-studio.interne.local:8080, les comptes ont été recréés ce matin.`],
  ['linkedin', 'en', 'internal_url secret', `Quick setup for the hackathon teams:

OPENAI_BASE_URL=http://10.0.8.21:4000/v1
OPENAI_API_KEY=sk-litellm-7fK2pQ9xW4mZ8rT1vY6nB3cJ

It's our LiteLLM proxy, budgets are capped per team.`],
  ['linkedin', 'en', '', `Quick setup for the hackathon teams: each team gets its own key by DM, with a €50 budget cap on our LiteLLM proxy. Base URL is in the hackathon channel topic.`],

  // ── Codenames, clients, eval scores before launch ──
  ['linkedin', 'en', 'codename', `Orion eval run finished overnight: 82.4 on our internal legal QA set, 6 points above the prod model. Launch date still TBD but the team deserves a croissant.`],
  ['x', 'en', '', `Caught the Orion Nebula from the roof of Station F last night with a 200mm lens. Three stars of the belt, one very cold ML engineer.`],
  ['linkedin', 'en', 'codename', `Week 3 on Project Kestrel. The distillation recipe is working: the 3B student keeps 94% of the teacher's score on code tasks at a fifth of the latency. More soon, when we're allowed.`],
  ['x', 'en', '', `A kestrel hovering over the Thames at Battersea this morning, perfectly still against the wind. Better hover control than any drone our robotics friends have shown me.`],
  ['linkedin', 'fr', 'codename', `Premiers retours utilisateurs sur Nébula en bêta fermée : 4,6/5 de satisfaction sur l'assistant juridique. On garde le cap pour la sortie au printemps.`],
  ['linkedin', 'en', 'codename', `Atlas Bleu's retrieval stack now serves 2,000 QPS on four L40S. Not bad for a project that started as a Friday afternoon hack.`],
  ['x', 'en', '', `Our cat Atlas has decided the blue GPU box is his bed. It's warm. He has a point.`],
  ['linkedin', 'en', 'client_name', `Spent the day with Globex's data team wiring our RAG pipeline into their claims system. They have 14 years of PDFs and a very patient head of IT. Go-live in February.`],
  ['x', 'en', '', `Rewatching the Simpsons episode with Hank Scorpio and Globex Corporation. Best boss in fiction, and a better onboarding than most start-ups.`],
  ['linkedin', 'fr', 'client_name', `Fier de notre équipe : le modèle de résumé de comptes rendus est en production à l'Hôpital Sainte-Claire depuis lundi, 300 médecins l'utilisent déjà.`],
  ['linkedin', 'fr', '', `Concert de Noël ce soir à la chapelle Sainte-Claire, dans le Vieux-Lyon. Petite pause bienvenue après une semaine d'évaluations.`],
  ['linkedin', 'en', 'client_name', `Big milestone: Initech signed for 400 seats of our coding assistant. Their platform team ran a 6-week bake-off and we came out on top.`],
  ['x', 'en', '', `Office Space is still the best film about enterprise software. Initech, TPS reports, the stapler. Every B2B founder should watch it once a year.`],
  ['linkedin', 'fr', 'client_name', `Atelier très riche avec les équipes conformité de la Société Générique ce matin : comment tracer chaque réponse du modèle jusqu'au document source.`],
  ['linkedin', 'en', 'codename client_name', `Orion pilot update: Globex has 120 adjusters using it daily, median claim triage down from 11 to 4 minutes. Case study once their legal team signs off.`],
  ['linkedin', 'en', '', `We just published our model card and eval results for the 2.0 release: 79.8 on LegalBench, 64.1 on our open French QA set. All numbers reproducible with the public harness.`],
  ['x', 'en', '', `Orion, Cassiopeia, the Pleiades: our Montreal office has no light pollution problem on the roof at 2am. Debugging does have its perks.`],
  ['linkedin', 'en', 'codename', `Kestrel v2 checkpoint is cooking: 1.2T tokens in, loss still going down. Don't tell marketing, they'll want a launch date. #ProjectKestrel`],
  ['linkedin', 'en', '', `"Nebula" is the name of at least four AI startups I know of. Please, founders, pick names that are searchable.`],
  ['x', 'fr', '', `Atlas bleu, c'est aussi le nom du cèdre devant notre bureau à Montréal (Cedrus atlantica glauca). Je l'ai appris aujourd'hui grâce à un collègue botaniste.`],
  ['linkedin', 'en', 'client_name', `Customer story draft for review, comments welcome: "How Hôpital Sainte-Claire cut discharge-letter drafting time by 70% with on-prem LLMs". Photos from the ward visit attached.`],
  ['linkedin', 'en', '', `Eval numbers before launch are always a bit nervous-making. Ours look good, but we'll share them with the paper, not before. Patience!`],

  // ── Customer data in prompts and logs ──
  ['linkedin', 'en', 'email phone', `Why does the extractor keep failing on this one? Raw prompt from the logs:

"Hi, I'm Margaux Delaunay (margaux.delaunay@orange.fr, 06 71 24 88 13), my parcel never arrived, order #88412..."

It returns an empty JSON every time.`],
  ['linkedin', 'en', '', `Why does the extractor keep failing on this one? Redacted prompt from the logs:

"Hi, I'm [NAME] ([EMAIL], [PHONE]), my parcel never arrived, order #[ORDER]..."

It returns an empty JSON every time. Sharing the pattern, not the data.`],
  ['x', 'en', 'national_id', `our PII detector missed a full NIR in a support ticket today: "mon numéro de sécu c'est 1 85 06 75 112 047 52". fixing the regex now, send coffee`],
  ['linkedin', 'en', '', `Our PII detector now catches French NIRs in free text, including the spaced format (1 23 45 67 890 123 45-style). Test set of 4,000 synthetic tickets in the repo.`],
  ['linkedin', 'en', 'national_id email', `Weird edge case in the payroll bot. Log line:
2026-11-28T09:14:02Z user=j.whitfield@quillai.co.uk intent=update_ni payload="my NI number is JT 48 21 93 C"
The intent classifier got it right but the slot filler dropped the suffix letter.`],
  ['linkedin', 'en', '', `HMRC's own example NI number is QQ 12 34 56 C. We use it in every test fixture so that no real number ever ends up in a log.`],
  ['linkedin', 'en', 'national_id', `Debugging our German HR assistant. The model hallucinated a field, but the input was fine: "Steuer-ID: 65 927 341 866, Steuerklasse 1". Why would it invent a church-tax line?`],
  ['linkedin', 'en', '', `German tax IDs are 11 digits with a check digit (ISO 7064 mod 11,10), and one digit must appear twice in the first ten. Fun fact for your next validation library.`],
  ['linkedin', 'en', 'national_id phone', `Support ticket escalated to the ML team because the summariser leaked it into the CRM note:
"Client: Reto Baumann, AHV 756.9246.1830.50, Tel. 079 412 33 87, wants to change his pension fund address."
Filter added for AHV numbers.`],
  ['x', 'en', '', `Swiss AHV numbers start with 756 and end with an EAN-13 check digit. The FSIO sample 756.1234.5678.97 is all over the docs, so yes, your regex will match it.`],
  ['linkedin', 'en', 'national_id', `Transcription error of the week: the voice bot wrote the caller's SIN as "130 945 777" in the notes, which is correct, and that's exactly the problem. We should never store it. Redaction patch going out today.`],
  ['linkedin', 'en', '', `Canada's CRA guides use 046 454 286 as the example SIN. We added it to our allow-list so the redaction tests stop screaming.`],
  ['linkedin', 'en', 'card', `Look at this prompt a user sent to our support bot: "please refund to my card 4539 7102 8834 5511 exp 09/28". Guardrails caught it before the model, but it's in the raw log. Purge scheduled.`],
  ['linkedin', 'en', '', `Stripe test card 4242 4242 4242 4242 with any future date and any CVC. Use it for your demos instead of your own card, please. (Yes, this is about someone at yesterday's meetup.)`],
  ['x', 'en', '', `phishing SMS today claimed my card 4539 7102 8834 5519 was blocked. doesn't even pass Luhn, lads. try harder`],
  ['linkedin', 'en', 'email', `Eval set sample, flagged by annotators as "ambiguous intent":
From: tobias.krueger@gmx.de
"Ich möchte mein Abo kündigen, aber nur, wenn ihr mir den Restbetrag zurückzahlt."
Would you label that as cancellation or refund?`],
  ['linkedin', 'en', '', `Eval set sample, flagged by annotators as "ambiguous intent":
"Ich möchte mein Abo kündigen, aber nur, wenn ihr mir den Restbetrag zurückzahlt."
Would you label that as cancellation or refund? Curious how other teams handle this.`],
  ['linkedin', 'fr', 'iban', `Bug amusant sur l'agent de facturation : il a recopié l'IBAN du client « FR76 3000 4008 2700 0104 5671 220 » dans le champ BIC. Le prompt est corrigé, mais on a dû purger trois jours de logs.`],
  ['linkedin', 'en', '', `The IBAN in our docs, GB29 NWBK 6016 1331 9268 19, is the standard UK example. It validates, but no money will ever land there. Use it in tests.`],
  ['linkedin', 'en', 'phone email', `Our voice-agent demo was a hit, but someone spotted the real caller in the transcript shown on screen: Priya Natarajan, +44 7911 284563, priya.n@northfieldlegal.co.uk. We apologised to her this morning and changed the demo flow.`],
  ['linkedin', 'en', 'national_id', `Synthetic data is only synthetic until someone pastes prod. Found this in the fine-tuning set today: "NIR 2 92 01 69 385 214 17, née à Lyon". The whole shard is quarantined.`],
  ['linkedin', 'fr', '', `Petit rappel RGPD : un numéro de sécu masqué comme 2 92 01 ** *** *** ** n'est plus identifiant. Masquez avant d'envoyer au modèle, pas après.`],
  ['x', 'en', 'email', `customer's CSV had the header row shifted so our agent thought "laura.becker@kanzlei-becker.de" was a product SKU. 10/10 bug, would debug again`],
  ['linkedin', 'en', 'iban', `Invoice-parsing model regression: it read DE29 1001 0010 0987 6543 21 from a supplier PDF as two separate fields. Adding it to the hard cases (the customer agreed).`],
  ['linkedin', 'en', '', `German example IBAN DE89 3704 0044 0532 0130 00 is in every banking tutorial, and it's the one we use in our parser tests too.`],

  // ── Phones, emails and contact details ──
  ['linkedin', 'en', 'phone', `Press enquiries for launch day: call Léa directly on +33 6 12 47 88 03, she'll be answering until 22:00.`],
  ['linkedin', 'en', '', `Press enquiries for launch day: everything goes through the press form on our website, answered within the hour until 22:00.`],
  ['linkedin', 'en', 'email', `Want early access to the agent SDK? Drop a line to devrel@alpenmind.ch with your use case and we'll send an invite.`],
  ['linkedin', 'en', 'email', `Researchers: if you want eval access, write to hannah.vogt [at] kernwerk [dot] ai with a one-paragraph proposal.`],
  ['linkedin', 'en', '', `Researchers: if you want eval access, fill in the proposal form at kernwerk.ai/research. One paragraph is enough.`],
  ['x', 'en', 'email', `if you found a jailbreak in our model, please tell us first: security @ quillai . co . uk. we pay bounties.`],
  ['x', 'en', '', `if you found a jailbreak in our model, please tell us first via the security.txt on our domain. we pay bounties.`],
  ['linkedin', 'en', 'phone', `On-call this weekend for the inference fleet is Jonas, mobile 0151 2345 8812. If the p99 goes over 2 s, wake him up; he asked for it.`],
  ['linkedin', 'en', 'phone', `Our Zurich office has moved! New switchboard: +41 44 668 18 00. Same team, bigger whiteboards.`],
  ['linkedin', 'en', '', `Our Zurich office has moved to Europaallee! Same team, bigger whiteboards, and a view of the tracks that our train-obsessed CTO adores.`],
  ['linkedin', 'fr', 'phone', `Pour les candidats du bootcamp IA : en cas de souci le jour J, appelez le 01 84 60 22 17 (accueil, de 8 h à 19 h).`],
  ['linkedin', 'en', 'phone', `Montreal meetup tonight! If the door at the back is locked, text Maxime at 438-904-2215 and he'll come down.`],
  ['linkedin', 'en', '', `Montreal meetup tonight! Door on the side street, 3rd floor. If it's locked, ping us in the meetup chat and someone will come down.`],
  ['x', 'en', 'phone', `support line for the outage is +1 (514) 872-3301, staffed all night. status page updates every 30 min`],
  ['linkedin', 'en', 'phone', `Our UK customer hotline is now 0800 048 7720, free from landlines and mobiles.`],
  ['x', 'en', '', `if someone is hurt at the venue call 999 (or 112 from any EU phone), then find a steward. safety first, demos second.`],
  ['linkedin', 'fr', '', `En cas de malaise pendant le hackathon : 15 pour le SAMU, 18 pour les pompiers, 112 depuis un portable. Les secouristes ont des gilets orange.`],
  ['linkedin', 'en', 'phone', `Berlin office reception is now +49 30 2088 4517 (Mon–Fri 9–18). Couriers please stop calling the CEO's mobile.`],
  ['linkedin', 'en', 'email', `Questions about the grant programme? careers@erable.ai handles them, or reply here and I'll forward.`],
  ['x', 'en', '', `our domain is erable.ai (no hyphen). three people emailed the wrong one this week, so: no hyphen.`],
  ['linkedin', 'en', 'phone email', `Cleaning out my desk before the holidays. Found my old business card: Sarah Okafor, Head of Partnerships, +44 20 3872 4410, sarah@quillai.co.uk. Still valid, by the way, call me about integrations!`],
  ['linkedin', 'en', '', `Model output of the day: asked for "a fake phone number for a movie script", it politely refused and suggested writing "[PHONE]" instead. Fair enough, model.`],
  ['linkedin', 'fr', 'email', `Pour les inscriptions à l'atelier RAG de jeudi, écrivez à evenements@lumiere-labs.ai — places limitées à 40.`],
  ['linkedin', 'en', 'phone', `Swiss readers: the Geneva hub's direct line is 022 318 47 60, ask for the LLM-in-production workshop.`],

  // ── Confidential markers vs mentions ──
  ['linkedin', 'en', 'confidential_marker', `CONFIDENTIAL — DO NOT DISTRIBUTE
Q1 model roadmap:
1. ship tool-use v2
2. deprecate the 2023 embedding model
3. on-prem installer for regulated customers`],
  ['linkedin', 'en', '', `What does "confidential" even mean when your product reads every email a customer writes? We wrote up our data-handling policy in plain English. Link in comments.`],
  ['linkedin', 'en', 'confidential_marker financial', `[INTERNAL] Board update, November
- ARR: $7.9M (plan $7.2M)
- Burn: $1.4M/month
- Runway: 19 months
Not to be shared before the all-hands.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:AMBER
Prompt-injection campaign targeting support bots in the legal sector, IOC list attached. Share only within your own organisation's security team.`],
  ['linkedin', 'en', '', `We publish our security advisories as TLP:CLEAR so anyone can reuse them. Latest one covers prompt injection via PDF metadata.`],
  ['linkedin', 'fr', 'confidential_marker', `EMBARGO jusqu'au 14 janvier, 9 h 00 CET
Lumière Labs présente son modèle de raisonnement en français, entraîné sur un corpus juridique de 40 milliards de tokens.`],
  ['linkedin', 'fr', '', `Les journalistes nous demandent souvent ce qu'est un embargo presse. C'est simple : une date avant laquelle l'info ne sort pas. Notre guide pour les startups est en lien.`],
  ['linkedin', 'en', 'confidential_marker', `Classification: Restricted
Red-team findings, v3 checkpoint: 12 high-severity jailbreaks, 4 fixed. Retest scheduled for the 9th.`],
  ['linkedin', 'fr', 'confidential_marker', `SOUS NDA — ne pas diffuser
Spécifications de l'API partenaire : streaming SSE, 200 requêtes/s par clé, latence cible 350 ms.`],
  ['x', 'en', '', `Watched L.A. Confidential again. Still the best film about information leaks ever made. Also, Guy Pearce.`],
  ['linkedin', 'fr', 'confidential_marker', `INTERNE — Compte rendu du comité produit
- Fine-tuning self-serve: go pour février
- Connecteur SharePoint: repoussé
- Prochain comité: 8 janvier`],
  ['linkedin', 'en', '', `Our document classifier now tags files as PUBLIC, INTERNAL or CONFIDENTIAL with 96% accuracy on the customer's own labels. Training recipe in the blog post.`],
  ['linkedin', 'en', 'confidential_marker', `TLP:RED – do not forward
Researcher disclosed a model-extraction technique against our embeddings endpoint. Patch ETA Friday.`],
  ['linkedin', 'en', '', `Please don't forward this around yet, but I'm ridiculously proud of our interns' demo today. Video to follow once they've polished it.`],
  ['linkedin', 'fr', '', `Entre nous, la démo d'aujourd'hui était la meilleure de l'année. Bravo à l'équipe voix !`],
  ['x', 'en', 'confidential_marker', `CONFIDENTIAL draft, do not RT: v3 launch thread 1/5 — our new model reads 2M tokens of context and still finds the needle...`],
  ['linkedin', 'en', '', `Hot take: stamping "CONFIDENTIAL" on every slide makes people ignore it on the ones that matter. Classify less, classify better.`],

  // ── IBAN and card positives and look-alikes (supplier notices, payroll) ──
  ['linkedin', 'en', 'iban', `Supplier notice to our freelance annotators: payments now go out from our new account GB34 BARC 2003 5344 1287 61. If you get a change request from any other account, call us first.`],
  ['linkedin', 'fr', 'iban', `Pour les remboursements de notes de frais du hackathon, le RIB de l'association organisatrice : FR76 1751 5900 0008 1234 5619 089. Merci de mettre votre nom en libellé.`],
  ['linkedin', 'en', '', `Our bank details changed? No they didn't. If you receive an email asking you to pay our invoices to a new IBAN, it's fraud. We'll only ever announce it in the customer portal.`],
  ['linkedin', 'en', 'iban', `Donations for the open-source eval fund: CH48 0900 0000 3044 2815 6 (PostFinance). Every franc pays for GPU hours for academic labs.`],
  ['x', 'en', '', `scam alert: someone's sending invoices "from us" with IBAN FR76 3000 4000 2700 0104 5671 299. that number doesn't even validate. don't pay it.`],
  ['linkedin', 'en', 'card', `Team card for cloud bills is now the Mastercard ending... actually here it is, finance wants it in the Notion page: 5522 8730 1944 6127, exp 11/27. Update your AWS and GCP billing profiles.`],
  ['linkedin', 'en', '', `Team card for cloud bills is now the Mastercard ending 6127. Finance will update AWS and GCP billing; you don't need to do anything.`],
  ['linkedin', 'en', 'card', `Expensing the conference tickets: I paid with the company Amex 3742 881006 33915. Can someone in finance reconcile it with the receipt?`],
  ['linkedin', 'en', 'iban', `Payroll reminder for the Berlin team: if your salary account changed, update it in the HR tool, not in Slack. (Tobias, we saw DE53 1203 0000 1058 8922 10 in #general. Deleted.)`],
  ['linkedin', 'en', '', `Order reference 4532 0911 7422 832 is what shows on your invoice. Quote it if you contact billing. No, it isn't a card number.`],
  ['linkedin', 'en', 'card', `Our GPU reseller asked for the card again. Pasting for Anouk who's closing the order: 2223 4011 8765 4303, CVV by phone.`],
  ['linkedin', 'fr', 'iban', `Changement de coordonnées bancaires pour nos clients en prélèvement : nouveau compte FR76 1470 7000 4231 2198 7654 339 à partir du 1er janvier.`],
  ['linkedin', 'en', 'iban', `Monthly team dinner kitty: transfer your £25 to GB87 MONZ 0400 3312 8776 40 by Friday. Reference: your first name.`],

  // ── National ids and HR notes ──
  ['linkedin', 'fr', 'national_id', `Onboarding d'Inès demain : son numéro de sécu pour la mutuelle est le 2 92 01 69 385 214 17, je le mets ici pour que RH le récupère.`],
  ['linkedin', 'fr', '', `Onboarding demain : on accueille Inès, notre nouvelle chercheuse en RLHF. Elle arrive de Grenoble avec deux chats et un préprint.`],
  ['linkedin', 'en', 'national_id', `Right-to-work checks for the London hires are done. Last one outstanding: Daniel's NINO, PW 73 05 18 A — payroll, can you confirm it's in?`],
  ['linkedin', 'en', 'national_id', `Relocation to Berlin sorted: Anmeldung done, bank account open, and the Steuer-ID arrived by post, 47182639583. Now I just need a Kita place.`],
  ['linkedin', 'en', '', `Relocation to Berlin sorted: Anmeldung done, bank account open, and the Steuer-ID letter arrived in only 3 weeks. Now I just need a Kita place.`],
  ['linkedin', 'en', 'national_id', `Registering my new Montreal colleague with the payroll provider, SIN 527 718 399. Form done, coffee earned.`],
  ['linkedin', 'fr', 'national_id', `Pour la caisse de pension, voici le numéro AVS de notre nouvelle recrue zurichoise : 756.3180.5774.25. Merci Claudia !`],
  ['linkedin', 'en', '', `Moving to Switzerland? You'll get an AHV/AVS number (756 plus ten digits) in the first weeks. Keep it safe, it follows you your whole working life.`],
  ['linkedin', 'en', 'national_id', `Visa paperwork for our new research lead: passport scanned, NIR 1 78 09 13 055 178 10 confirmed with the CPAM. Welcome to Paris, Youssef!`],
  ['linkedin', 'en', 'national_id', `My old NI card turned up while packing for Zurich: KR 61 49 07 B. Kind of sad to leave London.`],
  ['x', 'en', '', `my NI number ends in C and I only just learned that the suffix is always A, B, C or D. 12 years in the UK. embarrassing.`],
  ['linkedin', 'en', 'national_id', `Tax advisor needs the Steuer-ID for the ESOP paperwork: 83051627434. Sending it here because the upload portal is down again.`],
  ['linkedin', 'en', '', `ESOP paperwork in Germany needs your Steuer-ID and a lot of patience. Our HR lead wrote a step-by-step guide for new hires; happy to share the template.`],

  // ── Meeting notes, stand-ups, chat pasted by mistake ──
  ['linkedin', 'en', 'financial codename', `Stand-up (pasted from Slack, sorry):
- Kestrel training: 68% done, ETA 12 Dec
- GPU spend this month $214k, CFO wants it below $180k before the round closes
- Blocker: eval harness flaky on long-context`],
  ['linkedin', 'en', '', `Stand-up summary, shared with permission because people asked how we run them:
- Yesterday / today / blockers, 90 seconds each
- No slides
- Anything longer goes to a thread
Works for 9 people. Won't for 90.`],
  ['linkedin', 'en', 'financial client_name', `Sync with sales:
- Globex renewal: they want 30% off, we can go to 18%
- Initech: POC converts at $240k/yr if security review passes
- none of this is in the CRM yet, keep it in this channel`],
  ['linkedin', 'en', 'financial', `Pasting my notes from the pricing offsite before I forget:
- launch price for the reasoning model: $3 / M input, $12 / M output
- enterprise discount max 35%
- announce with the model on 20 Jan, not before`],
  ['x', 'en', '', `Pricing offsite takeaway: nobody understands tokens. We're going to show prices per 1,000 pages on the public page too.`],
  ['linkedin', 'en', 'financial', `Reminder for Friday's all-hands: we'll share that December revenue landed at €612k, a record. Investors hear it Monday, so it stays internal till then.`],
  ['linkedin', 'en', '', `December revenue landed at €612k, a record month — and yes, we share our monthly numbers publicly, like we've done since day one. Open startup, open numbers.`],
  ['linkedin', 'fr', 'financial', `CR du comité de direction (collé par erreur, désolé) :
- budget GPU 2027 validé à 2,8 M€
- hausse des prix API de 15 % au 1er mars, clients prévenus en février
- recrutements gelés au T1`],
  ['linkedin', 'fr', '', `Notre budget de recherche 2026 était de 1,2 M€, comme indiqué dans notre rapport d'activité publié en septembre. On reste une petite équipe, et c'est voulu.`],
  ['linkedin', 'en', 'email internal_url', `Forwarding the on-call rota since the wiki is down:
Mon–Wed: mehdi.benali@lumiere-labs.ai
Thu–Sun: clara.fontaine@lumiere-labs.ai
Runbook: https://runbooks.intranet.lumiere-labs.ai/inference`],
  ['x', 'en', 'financial', `meeting notes accidentally in my clipboard: "ARR 9.1M, target 15M for the B, do NOT share with candidates". well. oops.`],
  ['linkedin', 'en', '', `Our retro format: what surprised us, what we'd do again, what we'll stop. Nothing else. The notes go on the public engineering blog once a quarter.`],
  ['linkedin', 'en', 'financial', `From the leadership sync: we're about to raise per-seat pricing for the coding assistant from €19 to €29/month. Customer comms go out in 3 weeks, until then please don't mention it in demos.`],
  ['linkedin', 'en', '', `We raised per-seat pricing for the coding assistant from €19 to €29/month today. Existing customers keep €19 for 12 months. The pricing page and FAQ are updated.`],

  // ── Post-mortems, changelogs, runbooks ──
  ['linkedin', 'en', '', `Post-mortem, 3 Dec outage (published):
- Root cause: a tokenizer update changed the BOS token id
- Impact: 41 minutes of degraded output for 12% of requests
- Fix: pinned tokenizer revision, added a canary eval
Full write-up on our status page.`],
  ['linkedin', 'en', 'internal_url secret', `Post-mortem draft (please review before I publish):
- Root cause: the fallback router at http://10.3.7.12:9000 used a stale token
- Token in question: tok_live_Rw93hFz0pQx7LmV2KcA8
- Fix: rotate tokens weekly`],
  ['linkedin', 'en', '', `Changelog v2.4:
- Streaming tool calls
- 30% faster time-to-first-token
- JSON mode now enforces schemas
- Deprecated: /v1/legacy-complete (removal 1 March)`],
  ['linkedin', 'en', 'internal_url', `Changelog v2.4 (internal build):
- Streaming tool calls
- 30% faster TTFT
- canary at https://canary.api.corp.acme.com/v1 for the next week
- Deprecated: /v1/legacy-complete`],
  ['linkedin', 'en', 'secret', `Runbook step 4 for the new SREs:
ssh gpu-admin@bastion
sudo -u vllm env HF_TOKEN=hf_Pq8Lz2Wd6Ry4Tm1Xc9Vb3Nk7Jf5Hs0Ga restart.sh
Then watch the logs for "model loaded".`],
  ['x', 'en', '', `our runbook's first line is "don't panic" and the second is "check the status page before you page anyone". both underrated.`],
  ['linkedin', 'en', 'secret', `Incident follow-up: the leaked key was this one, already revoked, posting so people can grep their logs: sk-proj-Zt7Lm2Qw9Rx4Kp1Vy6Nc3Bf8Hd5Gs0Ja2Wu7Ei4Ox1Pv9Ty3T3BlbkFJMq6Ld8Sf1Kz4Hn7Xc2Rb5V`],
  ['linkedin', 'en', '', `Incident follow-up: a key was leaked in a public notebook and revoked within 9 minutes thanks to GitHub's secret scanning partnership. Public timeline on our blog.`],

  // ── Polls, threads, tips, goodbyes ──
  ['linkedin', 'en', '', `Poll: where do you keep your LLM API keys?
🔘 .env files
🔘 a secrets manager
🔘 the notebook, let's be honest
🔘 I don't know and that scares me`],
  ['x', 'en', '', `1/4 things I learned running evals for a year: your eval set leaks into your training set faster than you think. dedupe against it every time.`],
  ['x', 'en', '', `2/4 LLM-as-judge agreement with humans was 0.71 for us on summarisation, 0.48 on legal reasoning. don't trust a single judge.`],
  ['x', 'en', 'codename', `3/4 our biggest jump came from data, not architecture. the Nébula data mix added 5 points on French legal QA without touching the model.`],
  ['x', 'en', '', `4/4 publish your eval harness. if your numbers can't be reproduced they're marketing, not science.`],
  ['linkedin', 'en', '', `Last day at Quill AI. Four years, three models, one incredible team in Shoreditch. I'm staying in London and taking a long break before whatever's next. Thank you all ❤️`],
  ['linkedin', 'en', 'email phone', `Last day at Kernwerk 🥲 If you want to stay in touch, my personal email is felix.hartmann.berlin@posteo.de and mobile +49 176 4432 9018. Come say hi in Kreuzberg.`],
  ['linkedin', 'fr', '', `Dernier jour chez Érable AI. Cinq ans, deux déménagements, et le bonheur d'avoir vu notre premier modèle en français partir en production. Merci à toutes et tous.`],
  ['linkedin', 'en', '', `Tip for LLM start-ups: put your per-token price, your rate limits and your data retention policy on one public page. Enterprise buyers will love you.`],
  ['linkedin', 'en', '', `Tip: the fastest way to cut inference cost is to not call the model. We cache 38% of requests with a semantic cache and the customers never notice.`],
  ['x', 'en', '', `hot take: if your API key starts with sk- and lives in a Jupyter notebook, it's not a secret, it's a countdown.`],
  ['linkedin', 'en', '', `We spent $1.9M on compute last year and published every dollar in our transparency report. Here's what we learned about reserved vs. spot H100s.`],
  ['x', 'en', 'financial', `ok I'll say it: the new model costs us $0.11 per million tokens to serve, we'll charge $0.90, and nobody knows yet because launch is next Tuesday`],
  ['x', 'en', '', `OpenAI's public pricing page for gpt-4o-mini: $0.15 input, $0.60 output per million tokens. Compare it with what your "enterprise" vendor charges.`],
  ['linkedin', 'mixed', '', `Super soirée au meetup Paris AI hier soir — great talk on speculative decoding, and the slides are already online. Merci aux organisateurs !`],
  ['linkedin', 'mixed', 'financial', `Petit update pour l'équipe: we closed November at €2.3M ARR, on vise 3M avant la série A. Pas encore annoncé, donc on garde ça pour nous until the deck is final.`],
  ['linkedin', 'mixed', 'secret', `Quelqu'un peut m'aider ? My script fails with 401:
MISTRAL_API_KEY="Hx4Wq9Lz2Rt7Kp1Vm6Nc3Bf8Jd5Gs0Aa" python eval.py
Pourtant la clé marche dans le playground...`],
  ['linkedin', 'mixed', '', `Quelqu'un peut m'aider ? My script fails with 401 even though MISTRAL_API_KEY is set in my shell. Pourtant la clé marche dans le playground... (solved: trailing newline in the .env)`],
  ['x', 'mixed', 'internal_url', `le nouveau endpoint d'inférence is up sur https://infer.acme-corp.net/v2, testez avant la démo de jeudi svp`],
  ['linkedin', 'mixed', 'phone', `Pour le stand à Zurich, si vous êtes perdus call me : +41 79 512 84 36. See you at booth C12 !`],
  ['linkedin', 'mixed', 'client_name', `Kick-off génial avec l'équipe IT de Globex à Montréal. They're moving 3,000 agents onto our assistant next quarter. On est ravis.`],
  ['linkedin', 'mixed', '', `Kick-off génial avec une grande compagnie d'assurance à Montréal. They're moving 3,000 agents onto our assistant next quarter — more when they're ready to go public.`],

  // ── Customer replies (comments) ──
  ['linkedin', 'en', '', `Thanks for the kind words! Our pricing is public on the website, and the free tier gives you 1M tokens a month to try it out.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Sorry about the trouble with your invoice, Mark. Could you send the details to billing@alpenmind.ch? We'll sort it today.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Sorry about the trouble with your invoice, Mark. I've DMed you so we can sort it out privately today.`, { surface: 'comment' }],
  ['x', 'en', 'financial', `@dataops_jen we're not announcing it till the 15th but for you: the enterprise plan will be $45k/yr flat, unlimited seats. keep it between us 🙃`, { surface: 'comment' }],
  ['x', 'en', '', `@dataops_jen the enterprise plan is $45k/yr flat, unlimited seats, all on the pricing page since this morning 🙂`, { surface: 'comment' }],
  ['linkedin', 'fr', 'phone', `Bonjour Sophie, désolé pour l'attente ! Appelez directement notre support au 09 72 18 44 30, on règle ça ensemble.`, { surface: 'comment' }],
  ['linkedin', 'en', 'client_name', `Great question! Hôpital Sainte-Claire ran the same pilot last year and saw the hallucination rate drop below 1% with retrieval grounding.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question! Several hospitals ran similar pilots last year; the published study (link in my profile) saw hallucinations drop below 1% with retrieval grounding.`, { surface: 'comment' }],
  ['x', 'en', 'internal_url', `@mlops_guy try hitting http://10.40.2.17:8000/health, if it's green the model is loaded`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Hi Ana, the sandbox key expired, here's a fresh one for your test: sbx_9fQ2mLr7Xw4Kt1Zp6Vc3Bn8Jh5Gd0Ya. Let me know how it goes!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Hi Ana, the sandbox key expired; I've regenerated it in your dashboard. Let me know how it goes!`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `Happy to jump on a call, Rohan: +44 7700 186 524, any time after 2pm UK.`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Congrats to the whole Hugging Face team on the release! Love the eval transparency.`, { surface: 'comment' }],

  // ── More financial signals and public look-alikes ──
  ['linkedin', 'en', 'financial', `Draft of our investor update (not sent yet, feedback welcome from the team):
"We ended Q4 at $5.6M ARR, net revenue retention 142%, burn $900k/month. We're opening the Series B in February."`],
  ['linkedin', 'en', '', `Our Q4 investor update is now public, as every quarter: $5.6M ARR, NRR 142%, burn $900k/month. Why we publish: trust compounds.`],
  ['x', 'en', 'financial client_name', `We're quoting Initech €1.2M for the on-prem licence tomorrow. If anyone from their side sees this: no you don't 👀`],
  ['linkedin', 'en', 'financial', `We've been told to keep it under wraps until the earnings call, but our AI unit's revenue doubled to £18M this half. Very proud of the London team.`],
  ['linkedin', 'en', '', `Our parent company's half-year results came out this morning: the AI unit's revenue doubled to £18M. Very proud of the London team.`],
  ['linkedin', 'en', 'financial', `The compute budget for next year has been approved by the board at $9.5M, ahead of the budget letter going out to teams in January. Plan your experiments accordingly (and quietly).`],
  ['linkedin', 'en', '', `According to Epoch AI, frontier training runs now cost north of $100M. We're a 20-person start-up; our whole compute budget would be a rounding error. That's why we specialise.`],
  ['x', 'en', 'financial', `unannounced but whatever: we're cutting the API price from $2 to $0.80 per million tokens on Monday. buy your credits after the weekend 😉`],
  ['x', 'en', '', `we cut the API price from $2 to $0.80 per million tokens today. credits bought last week get topped up automatically.`],
  ['linkedin', 'en', 'financial', `Proud moment: our enterprise pipeline for H1 just passed $14M. Can't share logos or the total publicly until the round is out, so this post will be edited then.`],
  ['linkedin', 'fr', 'financial', `Prévisions 2027 validées hier soir par le board : 11 M€ de chiffre d'affaires, EBITDA positif au T3. Communication externe prévue avec l'annonce de la levée, pas avant.`],
  ['linkedin', 'fr', '', `Selon l'étude publiée par France Digitale, les start-ups d'IA françaises ont levé 2,4 Md€ cette année. Belle dynamique pour l'écosystème.`],
  ['linkedin', 'en', '', `My personal finances update nobody asked for: I've spent £1,400 this year on ChatGPT, Claude and Perplexity subscriptions. Worth every penny.`],
  ['linkedin', 'en', 'financial', `Quick win to celebrate internally: gross margin on the voice product moved from 22% to 47% after the model swap. We'll share it with investors next week; please don't post it.`],
  ['x', 'en', '', `Teaching today: if a model costs $0.50 per million tokens and a page is 600 tokens, 10,000 pages cost $3. Students were shocked how cheap it is.`],
  ['linkedin', 'en', '', `Quarter in review (public): 41 new customers, 2 new languages, ARR €3.9M as shared in our open metrics dashboard. On to Q1.`],

  // ── Mixed-category leaks ──
  ['linkedin', 'en', 'secret internal_url email', `Handover note before my leave, pasting from my notes app:
- vLLM admin: https://10.22.5.3:8443, user ops, pw Gl4c1er-Run-2026
- escalation: noor.haddad@kernwerk.ai
- the A100s in rack 4 are flaky, don't trust them`],
  ['linkedin', 'en', 'codename financial confidential_marker', `CONFIDENTIAL
Atlas Bleu go/no-go: inference cost per 1k requests $0.42 (target $0.30), launch price TBD, proposed $2/M tokens. Decision at the exec sync Thursday.`],
  ['linkedin', 'en', 'client_name secret', `Demo env for the Initech PoC:
INITECH_DEMO_TOKEN=dmo_Lw8Rq3Zx6Tm1Pk4Vy9Nc2Bh7Jf5Gs0Ea
Please don't reuse it for other prospects.`],
  ['linkedin', 'en', 'email phone national_id', `Found in our support logs during the audit (purged since):
name: Aïcha Benali | email: aicha.benali@free.fr | tel: +33 7 58 21 44 90 | NIR: 1 85 06 75 112 047 52
This is exactly why PII scrubbing goes before logging.`],
  ['linkedin', 'en', 'internal_url codename', `Nébula staging is live at http://nebula-stg.corp:8080 — QA team, go wild, and file bugs with the "nebula-beta" label.`],
  ['x', 'en', 'financial client_name', `lol Globex just agreed to $1.8M/yr for the full rollout. contract isn't countersigned yet so shhh`],
  ['linkedin', 'en', 'iban email', `Vendor update for our annotation partners: please invoice to accounts@erable.ai, and note our new bank details, GB87 MONZ 0400 3312 8776 40, from 1 February.`],
  ['linkedin', 'en', 'card phone', `Ordering the DGX through the reseller, they want a card and a callback number: 4539 7102 8834 5511 / +33 6 12 47 88 03. Pasting here so I don't lose it.`],
  ['linkedin', 'fr', 'confidential_marker financial', `INTERNE
Point trésorerie : 7,4 M€ en banque, 16 mois de runway, dépenses GPU 420 k€/mois. À ne pas partager avant le conseil.`],
  ['linkedin', 'en', 'secret internal_url', `Jupyter config that finally works on the cluster:
c.ServerApp.ip = '10.8.0.14'
c.ServerApp.token = 'a91f5c0e7b3d48e29c6f1b0d4a7e2c58'
c.ServerApp.port = 8888`],
  ['linkedin', 'en', '', `Jupyter config that finally works on my laptop:
c.ServerApp.ip = '127.0.0.1'
c.ServerApp.token = ''  # local only, never expose this
c.ServerApp.port = 8888`],
  ['linkedin', 'en', 'email codename', `Anyone joining the Project Kestrel red-team week, send your availability to kestrel-redteam@quillai.co.uk by Friday.`],
  ['linkedin', 'en', 'client_name financial', `Société Générique signed the framework agreement: €2.6M over three years, before their board announces the AI programme publicly in March. Huge team effort.`],

  // ── More clean look-alikes of every kind ──
  ['linkedin', 'en', '', `Benchmark season again. Reminder that MMLU has label noise of a few percent, so a 0.4-point gain is noise. Look at the confidence intervals.`],
  ['linkedin', 'en', '', `Our open-source inference server hit 10k GitHub stars! Thank you, community. Docs at docs.kernwerk.ai, Discord link in the README.`],
  ['x', 'en', '', `the admin page of your home router is not a cloud. please stop asking me if our API runs there.`],
  ['linkedin', 'en', '', `Reading the Orion spacecraft heat-shield report over the weekend. Aerospace post-mortems are the gold standard for us software folks.`],
  ['linkedin', 'en', '', `Public sector buyers: the EU AI Act's obligations for general-purpose models apply from August 2025. Our compliance guide is free to download.`],
  ['x', 'en', '', `"Kestrel" is also the name of the ASP.NET Core web server. naming things is hard.`],
  ['linkedin', 'fr', '', `Fiers d'avoir été classés dans le top 10 du classement public de la DINUM pour les modèles de langue en français. Merci à l'équipe éval !`],
  ['linkedin', 'en', '', `We're hiring a GTM lead in London, £85k–£105k base + commission, published on our careers page together with the interview process.`],
  ['linkedin', 'en', '', `Hiring in Zurich: Research Scientist, CHF 140,000–170,000, 5 weeks of holiday. Yes, we publish salaries. No, we won't stop.`],
  ['linkedin', 'en', '', `Our Berlin office's address is on our imprint page, as German law requires. No, you can't just show up for a demo 😄 Book a slot online.`],
  ['linkedin', 'en', '', `Sample log line from our public docs (all fields fake): user=<redacted> ip=203.0.113.7 tokens=412`],
  ['x', 'en', '', `example.com, example.org and the 203.0.113.0/24 range exist precisely so docs don't leak real data. use them.`],
  ['linkedin', 'en', '', `The Montreal AI ecosystem keeps growing: Mila, a dozen labs, and now three of the big model providers with offices on the Plateau. Great time to be here.`],
  ['linkedin', 'en', '', `Lessons from selling LLMs to hospitals: start with the discharge letter, never with diagnosis. Nobody wants a model near the prescription pad.`],
  ['x', 'en', '', `Atlas, Orion, Nebula, Kestrel, Phoenix: every AI startup project board looks like a star chart or a bird book. ours is named after cheeses.`],
  ['linkedin', 'en', '', `Product Hunt launch today 🚀 Free tier, $20/month Pro, $0 for students. Everything on the page. Upvotes appreciated!`],
  ['linkedin', 'fr', '', `Notre modèle open source de 1,5 milliard de paramètres atteint 62,3 sur le benchmark FrenchBench publié par l'INRIA. Code et poids disponibles.`],
  ['linkedin', 'en', '', `A reminder that the 10.x, 172.16–31.x and 192.168.x ranges are private by design. We explain why our on-prem installer uses them in the docs.`],
  ['linkedin', 'en', '', `Sharing our public status page numbers for November: 99.97% API uptime, p50 latency 410 ms, p99 1.9 s.`],
  ['linkedin', 'en', '', `We donated €50,000 of compute credits to three academic labs this year. Applications for next year open in January.`],
])
