import { rows } from './corpus-types';

/**
 * Held-out set "fresh48": written 2026-12-04 by a blind author, BLIND: without opening utils/, scripts/, bench/,
 * components/, entrypoints/, the tests of the checks or any corpus post file other than the policy in corpus-types.ts
 * (and the first 45 lines of fresh17 for the header and row style, and index.ts to register the set), without grepping
 * the repository or reading its history, so it measures how the rules generalise to posts they were never tuned on; the
 * checks and the scorer were not run on these posts. `npx tsx scripts/score-checks.ts --only fresh48`.
 * First scored 2026-12-04 18:40 UTC on the rules of c946901, before any fix from it: confidentiality macro F1
 * 0.938, 15.0 % of clean posts flagged (16 of 107);
 * codename 0.857, national_id 0.880, secret 0.886, confidential_marker 0.909, card 0.923, financial 0.927, internal_url 0.931, the others 1.000.
 *
 * Authors: engineers at US and Canadian tech companies: a Toronto payments-API firm, a Vancouver game studio, a Montréal
 * insurtech, a Québec City telecom-software shop, a Sherbrooke lab, an Ottawa office of a networking firm, a Calgary
 * logistics SaaS, a Waterloo robotics start-up, a Winnipeg fintech, a Seattle cloud-storage company, a New York
 * observability start-up, an Austin firmware team, a Raleigh devtools company, a Chicago trading-tech firm and a Boston
 * open-source foundation project. Forms, engineering first: incident reports and post-mortems, pasted Alertmanager,
 * Kubernetes, Helm, Terraform, docker-compose, Spring and Django config, .env, .npmrc, .pypirc, .netrc, ~/.ssh/config and
 * /etc/hosts dotfiles, CI logs (GitHub Actions, GitLab CI, Jenkins), shell history and terminal screenshots described in
 * text, git log and DCO lines, API docs and release checksums, traceroutes, changelogs, an X thread about a credential
 * hunt, an on-call handoff thread, polls, live-posts, goodbyes, job ads with published salary ranges, supplier
 * remittance notices, and replies to customers (surface 'comment').
 *
 * Positives: secrets of many shapes: connection strings with user:password (Postgres, MySQL via JDBC and CLI, MongoDB
 * SRV, Redis, PgBouncer, FTP), Slack, Discord and Teams webhook URLs with their token, GitHub classic and fine-grained
 * tokens, GitLab, npm, PyPI, Vault, Okta, Slack bot, SendGrid, OpenAI, Stripe live and a made-up "ll_live_" key, AWS key
 * pairs in a CI log, an Azure storage AccountKey, a GCP service-account private key, Kubernetes bearer tokens (JWT), a
 * base64 Kubernetes Secret and a Basic auth header, and secrets without any vendor format: hex API keys, a Heroku UUID in
 * .netrc, a Jenkins token in curl -u, IPMI root, staging admin and build-server passwords, SMTP and Wi-Fi passwords.
 * Internal hosts: the policy's domains (corp.acme.com, acme-corp.net), intranet.* hosts, .internal, .local (including
 * svc.cluster.local) and .corp hosts, RFC 1918 addresses in hosts files, traceroutes, IPMI notes and a MinIO URL, and a
 * UNC path. Financial figures with many signs of not being public yet: a board-approved budget not yet shared, ARR before
 * the all-hands, a price rise and a usage-price cut before customers are told, a discount before the webinar, savings
 * before the earnings call, a sealed bid before the award, a term sheet and valuation before the press, a bookings
 * forecast before kickoff, a margin slide and quarterly figures before release, preliminary unaudited ARR for the board,
 * bookings in the quiet period, a 409A price, a budget cut before it is communicated and a renewal before signature.
 * US SSNs (in logs, a support email, a W-2 parser bug, shell history, a wrong-window paste), Canadian SINs (Luhn,
 * including a 9-series temporary-resident SIN) in FR and EN, an Indian Aadhaar (Verhoeff), a Brazilian CPF (two mod-11
 * digits) and a UK NINO; Visa, Mastercard (5- and 2-series), Amex, Discover and JCB cards (Luhn); DE, GB, PL, FR (RIB
 * key), IE IBANs (mod 97); NANP phones in every usual shape ((416) 903-2275, 647.382.1947, 1-888-…, +1 646 …, 418 …
 * poste 2) plus Indian, Mexican and UK numbers; named and role mailboxes, a GitHub noreply alias, a service-account
 * address, git Author and Signed-off-by lines and "[at] [dot]" obfuscations; explicit markers (CONFIDENTIAL, [INTERNAL],
 * [INTERNAL ONLY], INTERNAL — DO NOT DISTRIBUTE, TLP:AMBER, Classification: Internal / Confidentiel, EMBARGOED UNTIL,
 * UNDER NDA, INTERNE — Ne pas diffuser); the policy's codenames and clients in their project and customer sense.
 *
 * Look-alikes, labelled clean: placeholders and vendor examples (<password>, changeme, YOUR_API_KEY, sk_test_XXXX,
 * SG.xxxx, ${NODE_AUTH_TOKEN}, $DISCORD_WEBHOOK_URL, the AWS EXAMPLE keys, the jwt.io token, the Azurite devstoreaccount1
 * key, postgres/postgres, guest:guest@localhost, minioadmin, base64 of "password" and "user:pass", a masked *** CI log),
 * git SHAs, SHA-256 checksums, image digests, UUIDs, localhost and 127.0.0.1, documentation IP ranges, public endpoints
 * and company sites (acme-corp.com, handbook.brightloop.co), bare domains, git@github.com SSH remotes and a user@host
 * prompt, build ids and epoch times, 911 in FR and EN; published results, guidance, S-1 and 10-Q figures, announced
 * pricing and funding, a public contract award, a vendor's earnings, teaching margins, a personal loan and job-ad salary
 * ranges; the CRA sample SIN 046 454 286, a SIN and a card with a failing check digit, 078-05-1120, 123-45-6789, HMRC's
 * QQ NINO, masked SSN, CPF and card numbers, Stripe and Visa test cards, the GB82 WEST and DE89 example IBANs and IBANs
 * with a wrong check; TLP:CLEAR, HTTP 500 Internal Server Error, gRPC INTERNAL, confidential computing, discussions of the
 * words "CONFIDENTIAL" and embargo; ASP.NET Core's Kestrel, a home server named Kestrel, MongoDB Atlas, a cat named
 * Atlas, Slack's Nebula overlay, NASA's Orion and the constellation, CME Globex, the Simpsons' Globex, Office Space's
 * Initech, Société Générale and a chapel of Sainte-Claire.
 *
 * Conventions: every written email address is email (role mailboxes and obfuscations included, bare domains not; a
 * connection string's user:password is secret, not email); every written phone number is phone, emergency short numbers
 * are not; confidential_marker only for explicit labels; financial only for the company's own figure with a sign it is
 * not public yet; iban, card and national_id only for numbers whose check digits were computed with a throwaway script
 * outside the repo (SSN and NINO by format); a digit run inside an IBAN is not also a card.
 *
 * Counts: 238 posts (198 EN, 32 FR, 8 mixed; 171 LinkedIn, 67 X; 11 comments): 107 clean, 131 with one or more
 * findings. Labels: secret 38, internal_url 28, financial 20, email 14, national_id 13, phone 10,
 * confidential_marker 10, codename 6, client_name 6, card 6, iban 6.
 */
export const FRESH48_POSTS = rows('fresh48', [
  // Incident reports and post-mortems
  ['linkedin', 'en', 'secret internal_url', `Post-mortem draft for Tuesday's checkout outage (thank you to everyone who jumped on the bridge). Root cause: the connection pool on the payments worker pointed at the read replica after a config merge. The offending line:
DATABASE_URL=postgres://payments_rw:q7Lm-Vx2rT9e@pg-replica-2.corp.acme.com:5432/payments
Fix shipped in 14 minutes, full write-up to follow.`],
  ['linkedin', 'en', '', `Tip for anyone writing runbooks: never paste a real DSN. Our template reads
DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>
and a docs lint fails the PR if the angle brackets disappear.`],
  ['linkedin', 'en', 'phone', `Sev-1 retro notes, pasted straight from the doc so the wider org can learn from it:
- 02:14 PT pager fires for elevated 5xx on ingest
- 02:19 IC (Dana) opens the bridge, dial-in +1 646 931 4472
- 02:41 bad deploy identified, rollback started
- 03:05 recovered
Biggest lesson: the rollback button took 9 minutes to find.`],
  ['linkedin', 'en', 'secret internal_url', `Proud of our new alert routing: every Sev-2 now lands in #inc-payments with the runbook attached. Config for the curious:
receivers:
  - name: payments-oncall
    slack_configs:
      - api_url: https://hooks.slack.com/services/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
        channel: '#inc-payments'
    runbook: https://wiki.corp.acme.com/runbooks/payments-5xx`],
  ['linkedin', 'en', '', `Alertmanager tip: keep the Slack webhook out of the YAML entirely.
slack_configs:
  - api_url_file: /etc/alertmanager/secrets/slack-webhook
    channel: '#alerts'
Mount the file from your secret store and the repo stays clean. The configuration page on prometheus.io documents it.`],
  ['linkedin', 'en', 'secret', `Vancouver game-jam weekend recap! Our build bot posted every green build to Discord, which was honestly the most fun part. To replicate it, the bot just POSTs the commit message to https://discord.com/api/webhooks/8893020925368692327/wyCfEFD6CbtL17CNJ9OhpX8LjJGMpuXhh3hAAeoWBTx4hHDyKHtSLH20yDHQlJvUA4Et
48 hours, 212 commits, one very tired QA lead.`],
  ['x', 'en', '', `Discord webhooks are the most underrated CI notification channel. curl -H 'Content-Type: application/json' -d '{"content":"build ok"}' "$DISCORD_WEBHOOK_URL" and you're done.`],
  ['linkedin', 'en', 'secret internal_url', `Migrating our last Jenkins jobs to GitHub Actions. Found this gem in a 2019 freestyle job:
curl -X POST -u deploybot:11c8e4f0a9d27b35e6f1c0d84a2b9e7f53 http://jenkins.build.corp:8080/job/release/buildWithParameters
Goodbye Jenkins, you served us well.`],
  ['linkedin', 'en', 'secret internal_url', `Debugging why our staging pods couldn't reach Mongo. The secret was base64 of the wrong thing. Here's what kubectl showed:
apiVersion: v1
kind: Secret
metadata:
  name: mongo-creds
data:
  MONGO_URI: bW9uZ29kYjovL2FwcDpIM3Jvbkxha2U3N0Btb25nby5zdGFnaW5nLmludGVybmFsOjI3MDE3
Decoding it showed the stale host mongo.staging.internal instead of mongo-rs.staging.internal. Lesson: base64 is not encryption.`],
  ['linkedin', 'en', '', `Reminder that Kubernetes Secrets are only base64-encoded by default: echo 'cGFzc3dvcmQ=' | base64 -d prints the word "password". Turn on encryption at rest and use an external secrets operator.`],
  ['x', 'en', 'email', `git log on the legacy repo is a time capsule.
commit 3f9a2c1
Author: Priya Raman <priya.raman@northwindlabs.io>
Date: Tue Mar 3 2015
    temporary fix, will clean up later
It's 2026. Priya, we still love you.`],
  ['x', 'en', '', `git blame says the "temporary fix" from 2015 was me. commit 9c4e1b07d2a58f36e0b19d7c4a2f85e6b3d01c97. I have no memory of writing it.`],
  ['linkedin', 'en', 'email', `First upstream patch to the Linux kernel merged! A tiny fix in a USB driver, but the process taught me a lot: checkpatch, the mailing list, and the DCO line at the bottom:
Signed-off-by: Marcus Oyelaran <m.oyelaran@gmail.com>
Thanks to the maintainer who reviewed it within a day.`],
  ['x', 'en', 'email', `protip: the GitHub noreply address looks like 41822931+ktanaka-dev@users.noreply.github.com and it's what I use for every public commit now`],
  ['linkedin', 'en', 'secret', `Our monorepo CI got 40% faster after splitting the test stage. Snippet of the new pipeline:
test:
  stage: test
  parallel: 8
  variables:
    GITLAB_TOKEN: glpat-IFX3neVyR_93L2GV7AlX
  script:
    - ./ci/shard-tests.sh $CI_NODE_INDEX $CI_NODE_TOTAL`],

  // Config snippets and dotfiles
  ['linkedin', 'en', 'secret internal_url', `The onboarding docs rewrite is done! New hires can now get the API running locally in 20 minutes. Their .env starts from this:
NODE_ENV=development
API_BASE_URL=https://api.dev.acme-corp.net
SESSION_SECRET=4f1c9e77b0a2d6e83c5fa1e0d9b47c26
SENDGRID_API_KEY=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
Ping me if anything breaks.`],
  ['linkedin', 'en', '', `We ship a .env.example in every repo:
NODE_ENV=development
API_BASE_URL=http://localhost:4000
SESSION_SECRET=changeme
SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy
and a pre-commit hook refuses any .env that isn't the example. Simple, boring, works.`],
  ['x', 'en', 'secret', `~/.netrc is such a footgun. Mine said "machine api.heroku.com login deploy-bot password 7305686a-0afe-3274-6e26-5dbf5c817eb5" for three years and I only noticed while setting up a new laptop.`],
  ['linkedin', 'en', 'secret internal_url', `Dotfiles Friday! My ~/.ssh/config keeps jump hosts sane:
Host bastion
  HostName bastion.corp.acme.com
  User ops
Host db-*
  ProxyJump bastion
  User postgres
And because I'm lazy, sshpass -p 'Loon&Pine-4410' ssh db-primary lives in an alias. (Don't copy that part.)`],
  ['linkedin', 'en', 'internal_url', `Spent the afternoon chasing a DNS bug that turned out to be my own /etc/hosts:
10.20.4.11   api.staging.acme-corp.net
10.20.4.12   auth.staging.acme-corp.net
# 10.20.4.13 old-billing (RIP)
Stale entries from a 2024 VPN outage. Check your hosts files, friends.`],
  ['linkedin', 'en', '', `Our compose file for the Postgres workshop keeps the image defaults on purpose:
POSTGRES_USER: postgres
POSTGRES_PASSWORD: postgres
Nothing but your own laptop can reach it, and it keeps the slides readable. Production is a different talk.`],
  ['linkedin', 'en', 'secret', `Terraform lesson learned the hard way: terraform.tfvars is not in a default .gitignore. We found this in a PR this morning:
region         = "us-west-2"
db_master_user = "tfadmin"
db_master_pass = "Cedar#Hollow-2291"
Caught in review, rotated within the hour, and now there's a pre-commit hook.`],
  ['x', 'en', 'secret', `TIL the Wi-Fi at our new Ottawa office is "Rideau-Guest" with password Beaver#Tail2026 and it's printed on every desk. security team has entered the chat`],
  ['linkedin', 'en', 'secret', `Switched our private packages from a self-hosted registry to GitHub Packages. The .npmrc ended up as:
@trailhead:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=ghp_Tj0JRkLoclGswIrmUejPZEqv8xeI5m49gDzu
Install times dropped from 4 minutes to 50 seconds.`],
  ['linkedin', 'en', '', `GitHub Packages + npm: your .npmrc should read
//npm.pkg.github.com/:_authToken=\${NODE_AUTH_TOKEN}
and actions/setup-node fills the variable in CI. Locally, gh auth token does the trick.`],
  ['linkedin', 'en', 'secret', `Runbook excerpt for the new on-call folks (we tidied it up this sprint):
1. export VAULT_ADDR=https://vault.tundralabs.io:8200
2. export VAULT_TOKEN=hvs.IGsgJM3enRXDbapIWslwq24k
3. vault kv get secret/payments/stripe
4. If step 3 fails, page the platform lead.`],
  ['linkedin', 'en', 'secret internal_url', `Spring Boot 3.4 upgrade done across 41 services 🚀 The one that fought back had this in application.properties:
spring.datasource.url=jdbc:mysql://mysql-prod-01.acme-corp.net:3306/orders?user=orders_app&password=Gr4nite-Sparrow
Moved to Vault the same afternoon.`],
  ['linkedin', 'en', 'secret email', `Short rant: please stop putting service-account JSON in Slack. Got this DM today (trimmed):
{
  "type": "service_account",
  "project_id": "maple-ml-prod",
  "private_key_id": "dd4be77bef7ac03b8e1c1729cce0470a3c06378b",
  "private_key": "-----BEGIN PRIVATE KEY-----\\nIGI1Vg9aZO416Rqef3rNjR/G3cXh/Ttno0J4YwIrupcb9nNQ4TqWW9wWyKtxuYIvJTymp5VUExlXR8e5q8aNu2ak...",
  "client_email": "trainer@maple-ml-prod.iam.gserviceaccount.com"
}
Workload identity federation exists!`],
  ['linkedin', 'en', '', `If your secret scanner only looks for "-----BEGIN RSA PRIVATE KEY-----", it misses OpenSSH keys ("-----BEGIN OPENSSH PRIVATE KEY-----") and PKCS#8 ("-----BEGIN PRIVATE KEY-----"). We added all three headers to our pre-commit rules.`],
  ['linkedin', 'en', 'secret', `Blob storage migration finished: 380 TB moved from the old NAS to Azure in 11 days. The script was just azcopy with
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=granitearchive;AccountKey=UnenlRIYu81Lqt78FYSTFSX5auQCiGYM/1zeXnd3Gzwi6mqOy329NEGE634s0WHPhDftOkHHcOCf9EHfEIpw+Q==;EndpointSuffix=core.windows.net"
Shout-out to the storage team.`],
  ['linkedin', 'en', '', `For local Azure Storage tests, Azurite accepts UseDevelopmentStorage=true, and the documented devstoreaccount1 key (Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==) is the same for everyone on earth. Don't panic when your scanner flags it.`],
  ['linkedin', 'en', '', `Twilio's test credentials and magic numbers (documented on their testing page) are great for CI: the API behaves like the real thing without sending a single SMS or charging your account.`],

  // CI logs and shell history
  ['linkedin', 'en', '', `Run ./deploy.sh
Using token ***
Deploy complete in 42s
That *** is GitHub Actions masking a registered secret. If you build a token at runtime, call ::add-mask:: on it first.`],
  ['x', 'en', '', `CI flaked 6 times today with "Error: connect ECONNREFUSED 127.0.0.1:5432". The postgres service container wasn't healthy yet. Add a health check, folks.`],
  ['linkedin', 'en', 'internal_url', `Our Python builds now pull from an internal mirror and they're 3x faster:
[global]
index-url = https://pypi.intranet.northhollow.com/simple
trusted-host = pypi.intranet.northhollow.com
The mirror syncs every 15 minutes.`],
  ['linkedin', 'en', 'secret internal_url', `Debugging our API gateway with a teammate, copied from the terminal:
$ curl -s https://gateway.corp.acme.com/v2/accounts/8812 \\
    -H 'Authorization: Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAiaXNzIjogImF1dGguY29ycC5hY21lLmNvbSIsICJleHAiOiAxNzY3MjI1NjAwLCAic2NvcGUiOiAiYWRtaW4ifQ.AN5D5nw-LX8IPq39KMhGfOEvE-s1xVdQU3DkTNzKS28'
{"id":8812,"status":"active"}
Turned out to be a caching header, as always.`],
  ['linkedin', 'en', '', `JWT 101 for our bootcamp cohort: paste eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c into jwt.io and look at the three parts. It's the site's own example token: John Doe, signed with "your-256-bit-secret".`],
  ['x', 'en', 'secret', `basic auth header in a public bug report screenshot: "Authorization: Basic Y2ktYm90OlRyNGlsaGVhZCFDZWRhcjg4". that's base64, not encryption. it decodes in one second. rotate it.`],
  ['x', 'en', '', `"Authorization: Basic dXNlcjpwYXNz" is just user:pass. Every HTTP tutorial uses it. Please don't use it anywhere real.`],
  ['linkedin', 'en', 'secret internal_url', `Weekend DB migration went smoothly: 1.2 billion rows, 3 hours of read-only mode, zero data loss. For posterity, the command that kicked it off:
mysql -h 192.168.40.12 -u migrator -p'Otter_Creek_19' orders < 0042_split_ledger.sql
Thanks to the whole data-platform crew.`],
  ['x', 'en', 'secret', `my cat walked on the keyboard during a screen share and opened .bash_history. line 1 was "export OPENAI_API_KEY=sk-proj-ggu7OLzsv8iQgQ6j8QlqITnww-z1uGJ98wofjgTnXhTXqL0t". 40 people saw it. key is dead now. cat is fine.`],
  ['linkedin', 'en', 'secret internal_url', `New cluster, who dis. Our EKS upgrade to 1.31 is done; the kubeconfig for the read-only dashboard user:
users:
- name: dash-ro
  user:
    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjJ0R3VfN2dQIn0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwic3ViIjoic3lzdGVtOnNlcnZpY2VhY2NvdW50OmRhc2g6cm8ifQ.zEBTMj0x0vAdSnnzjv-cPCWOoamAANlHB9X1fyzK0DCB_9VjLlRSHhaNx0KIeDQ5MRIU2DOyj-ZwmLSJExnWzfu1vTa-VNkWGJN20xTqyMiJ-RtFcaDG6435H1nvhw7U18X5Z8CV8puHPziSeGe8I8TNYgPy_AgNfqEKvlvC_W4eQfyB55CwfQ6meNKxpxglTIcXBNd86lrs0MBqkwAPy3slwtTB5wazAj0Wqux3Hd1j
clusters:
- cluster:
    server: https://k8s-api.platform.internal:6443`],
  ['x', 'en', 'internal_url', `ssh: connect to host build-07.ci.local port 22: Connection refused

the build farm is having a day`],
  ['x', 'en', '', `ssh: connect to host github.com port 22: Connection timed out. Hotel Wi-Fi blocks 22; use ssh.github.com on port 443. Saved my demo.`],
  ['linkedin', 'en', 'internal_url', `Network debugging story: packets from our Toronto office to the Montréal DC were taking a detour via Chicago. traceroute showed
 1  10.8.0.1
 2  10.8.255.254
 3  ord-edge-2.transit.example.net
Fixed with a BGP community tweak. Latency 38 ms → 9 ms.`],
  ['linkedin', 'en', 'secret', `Screenshot of my terminal, described for the screen-reader folks: a green prompt, then the line "export GH_TOKEN=ghp_M5DgZuGhLbYk1Q4bi8w4cAGsJmq6cYAIw8Ck", then gh pr list showing 14 open PRs. The point of the screenshot was the 14 PRs. Review your teammates' code, people.`],
  ['x', 'en', 'secret', `PagerDuty integration key for the new billing service is 1fc287960c09f604e1ccb51effae1a23, add it to the events router before the 5pm deploy

(wrong window. obviously. rotating.)`],
  ['x', 'en', 'secret', `slack bot finally works. SLACK_BOT_TOKEN=xoxb-8270550959254-5767872159995-AxZ9RlcLmTTmsa8RHLH92fTU. it posts a cat gif when CI goes green. productivity +400%`],
  ['linkedin', 'en', 'secret', `Fine-grained GitHub tokens are great until you paste one into a demo slide. Ours read 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 for the whole conference talk. Revoked before the Q&A.`],
  ['linkedin', 'en', 'secret', `Staging admin password rotated after the pentest: it's now Tamarack-Ridge-09 until the SSO integration lands next sprint. Thanks to the red team for the catch!`],
  ['x', 'en', 'secret internal_url', `pasted from ops chat: "ipmi on rack 4 is 10.0.40.21, root / Winter!Otter7, don't reboot r4-07 it's the license server"`],
  ['linkedin', 'en', '', `RabbitMQ still ships with the guest/guest user, restricted to localhost. Our local compose uses amqp://guest:guest@localhost:5672 on purpose, and the production brokers have the guest user deleted on boot.`],
  ['linkedin', 'en', 'secret email', `Transactional email moved to our own SMTP relay. Django settings for the curious:
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.lakeshoreapps.com"
EMAIL_HOST_PASSWORD = "7c1f0e2a9b84d3f65e0a17c9b2d48e3f-2af183ba-5c91e02d"
Deliverability is up to 99.2%.`],

  // API docs, tips and public endpoints
  ['linkedin', 'en', '', `Stripe integration workshop recap: everyone worked in test mode, with sk_test_XXXXXXXXXXXXXXXXXXXXXXXX keys and the 4242 4242 4242 4242 card with any future expiry. 31 attendees, 31 working checkouts by noon.`],
  ['linkedin', 'en', '', `Our public API docs now have copy-paste examples in 6 languages:
curl https://api.ledgerline.com/v1/invoices \\
  -H "Authorization: Bearer YOUR_API_KEY"
Feedback welcome, the docs repo is open.`],
  ['linkedin', 'en', 'secret', `Docs PR of the week (caught before merge, shared with the author's blessing): the quickstart example read
curl https://api.ledgerline.com/v1/invoices -H "Authorization: Bearer ll_live_9fK2mQ7vT4xZ1bN8cR5wY3hJ6dA0sE"
which was a real production key from the author's own account. The docs build now fails on ll_live_.`],
  ['x', 'en', '', `Google Maps browser keys in a web page are public by design. Restrict them by HTTP referrer and by API and you're fine. Server keys are a different story.`],
  ['linkedin', 'en', '', `Release v4.2.0 is out! Checksums:
sha256  a139870dc9f26fe74eac59413c9e81ae35b52b524b738d2f64d259ad8e9584a2  ledgerline-cli-linux-amd64.tar.gz
commit  ef535c6cd4d3537f967116ac44e81c5fb9e2d2b1
Verify before you install. Changelog on our GitHub releases page.`],
  ['linkedin', 'en', '', `Pin your base images by digest, not tag: FROM python:3.12-slim@sha256:3f21a79b440b7a1cba67e43fccaca2c9c45294dbef9bc27882001e641db2fad3 and let Renovate open the PR when it changes.`],
  ['linkedin', 'en', '', `Idempotency keys in our public API: send Idempotency-Key: dc195e49-d967-4ff8-a562-2709f7cbc181 (any UUID v4 will do) and retries are safe for 24 hours. Docs updated today.`],
  ['x', 'en', '', `the AWS docs key AKIAIOSFODNN7EXAMPLE has probably been committed to more repos than any real key in history`],
  ['linkedin', 'en', '', `Quick AWS CLI tip: keep several profiles in ~/.aws/credentials. The docs show
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
and --profile staging switches between them. Even better: use IAM Identity Center and drop static keys entirely.`],
  ['linkedin', 'en', 'secret', `CI log from this morning's deploy job, sharing because the new caching step cut 6 minutes:
[12:04:31] Step 4/9 : configure aws
[12:04:31] AWS_ACCESS_KEY_ID=AKIAMJFR3OHFV3G226KD
[12:04:31] AWS_SECRET_ACCESS_KEY=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
[12:04:32] Step 5/9 : restore cache (hit, 1.8 GB)
[12:10:02] Step 9/9 : done in 5m31s (was 11m40s)`],
  ['linkedin', 'en', '', `Our secret scanner raised 312 findings last quarter and 290 were false positives: test fixtures, "password: hunter2" in a joke comment, SHA-256 checksums, the AWS EXAMPLE keys. Entropy thresholds plus an allowlist cut the noise by 80%.`],
  ['x', 'en', '', `If your health check lives at /internal/healthz it's still public unless your ingress says otherwise. Path names aren't access control.`],
  ['linkedin', 'en', 'internal_url', `New engineering handbook page: "How we do on-call". Employees can read it at https://handbook.intranet.brightloop.co/oncall, and I'll turn the best bits into a public blog post next month.`],
  ['linkedin', 'en', '', `Our engineering handbook is public at handbook.brightloop.co. The on-call page got a full rewrite this week; feedback from outside the company is very welcome.`],
  ['linkedin', 'en', '', `Benchmarked ASP.NET Core's Kestrel server directly vs behind nginx for our .NET services. Kestrel alone served 1.4M plaintext req/s on a 32-core box. Write-up on the team blog.`],
  ['linkedin', 'en', 'codename', `Three months of Project Kestrel in one picture: the old ingest pipeline on the left, the new one on the right, half the boxes. Can't say more until launch, but I'm so proud of this team.`],
  ['linkedin', 'en', '', `Moved our user store from self-hosted Mongo to MongoDB Atlas. Backups, point-in-time restore and autoscaling for free, and DB pages for on-call went from 9 a month to zero.`],
  ['linkedin', 'en', 'secret', `Atlas tip: the connection string from the UI includes the user. Ours for the analytics replica:
mongodb+srv://analytics_ro:Wh1sker-Lantern@cluster0.k2vxq.mongodb.net/events?retryWrites=true
Read-only, but still: rotate it if you ever paste it anywhere (like... here. Oops.)`],
  ['linkedin', 'en', '', `We replaced our site-to-site VPN with Nebula, the overlay network Slack open-sourced. One certificate per host, lighthouses in two regions, and our mesh of 140 edge devices just works.`],
  ['linkedin', 'mixed', 'codename', `Grosse semaine pour l'équipe : on a livré la première beta de Nébula à nos testeurs internes. Latency down 35%, crash rate divided by 4. Je peux pas en dire plus avant le lancement, mais wow.`],
  ['linkedin', 'en', '', `As a kid I watched shuttle launches; this week the whole team watched the Orion capsule coverage together in the break room. Engineering at that scale is humbling.`],
  ['x', 'en', 'codename', `Orion cutover is tonight at 22:00 ET. If your service still talks to the old queue, you have 6 hours. #platform`],
  ['x', 'en', '', `Clear skies in Calgary tonight. Orion's belt right above the office parking lot at 11 pm. Astrophotography season is back.`],
  ['linkedin', 'en', 'internal_url', `Office printing, solved: CUPS on a Raspberry Pi, reachable as printer-3f.local, and everyone prints from their laptop without drivers. IT approved it and everything.`],
  ['linkedin', 'en', '', `mDNS trivia: the .local TLD is reserved for multicast DNS (RFC 6762). If your corporate DNS also uses .local, macOS will give you a bad time.`],
  ['linkedin', 'en', '', `Writing docs? Use the documentation ranges: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 for IPv4, 2001:db8::/32 for IPv6 (RFC 5737 and RFC 3849). Never a real customer IP.`],
  ['linkedin', 'en', 'internal_url', `The page every engineer here has bookmarked: https://intranet.kodiakrobotics.ca/wiki/onboarding-week-1. I rewrote it this week with the new grads and they say it's finally readable.`],
  ['x', 'en', '', `our public docs moved from docs.kodiakrobotics.ca to kodiakrobotics.ca/docs. redirects are in place, tell me if you hit a 404`],
  ['linkedin', 'en', 'internal_url', `Old-school moment: the design files for our first robot still live on a file share, \\\\fs01.corp.acme.com\\hardware\\rev-a. Digitising 2014 is my new side quest.`],
  ['linkedin', 'en', '', `Our marketing site acme-corp.com went fully static: Astro plus a CDN, Lighthouse 100 across the board, 1.8 s off the first load.`],
  ['linkedin', 'en', 'internal_url', `Migrated our first service to gRPC. Calls now go to orders.svc.cluster.local:50051 and p99 dropped from 48 ms (REST + JSON) to 11 ms.`],

  // Team wins, money, job ads
  ['linkedin', 'en', 'financial', `Proud moment for the infra team: the board signed off last night on a $6.8M infrastructure budget for FY27 so we can finally move off our own racks. It hasn't gone beyond leadership yet, so I'll stay vague on details, but hiring is coming.`],
  ['linkedin', 'en', '', `As reported in our Q3 10-Q, R&D spend was $48.1M for the quarter. Proud that a good third of it goes to the platform org I get to work in.`],
  ['x', 'en', 'financial', `not supposed to say until the all-hands but our ARR crossed $27M this week and I am VIBRATING`],
  ['x', 'en', '', `Read a big observability vendor's earnings release today: revenue up 26% year over year. Meanwhile our own monitoring bill is most of my stress. Pricing horror stories welcome.`],
  ['linkedin', 'en', 'financial', `Our pricing experiment results came in and leadership approved the change this morning: Pro goes from $39 to $49 per seat in February. Customer emails go out in January so keep it quiet until then, but the engineering to support grandfathering was a blast.`],
  ['linkedin', 'en', '', `We announced new pricing on our blog today: Pro moves from $39 to $49 per seat on February 1, and existing customers keep their price for 12 months. Engineering-wise, grandfathering was the fun part; write-up coming.`],
  ['linkedin', 'en', 'financial', `Cost-optimization project wrapped: cloud spend down from $2.3M to $1.6M a quarter. Our CFO will present it on the Q4 call in February, so that's where the official version comes from. Until then, this is a team celebration 😄`],
  ['linkedin', 'en', '', `Our FinOps case study is live on the AWS blog: how we took monthly spend from $410k to $265k with Graviton and Savings Plans. Proud to have co-written it.`],
  ['x', 'en', 'financial', `the bid we sent the city for the transit-data contract: $3.42M over 4 years. award decision in March. fingers crossed, this one's ours`],
  ['x', 'en', '', `City council posted the transit-data contract award today: $3.4M over 4 years to a local firm. Public doc, page 12. Congrats to the winners (not us 😅)`],
  ['linkedin', 'en', 'financial', `Can't name the lead investor yet, but the term sheet is signed: $18M Series A at a $90M post-money valuation. The announcement is planned with the press for the 14th. Hiring 6 engineers right after, DMs open.`],
  ['linkedin', 'en', '', `Today we announced our $18M Series A (the press coverage went live this morning). To the 11 engineers who built the product on a seed budget: this one is yours.`],
  ['linkedin', 'en', 'financial', `The 2027 planning spreadsheet is in: the platform unit is forecast at $54M in bookings, up from $37M. Leadership shares it at the January kickoff; I'm just very excited about the headcount that comes with it.`],
  ['linkedin', 'en', '', `Our CEO reiterated full-year guidance of $210–215M on yesterday's earnings call. For engineering, that means the roadmap we presented at our customer conference stays on track.`],
  ['linkedin', 'en', 'financial confidential_marker', `Pasting the slide from today's leadership sync because the chart is just beautiful:
INTERNAL — DO NOT DISTRIBUTE
Gross margin, compute products: 61% → 68% (Q3 → Q4 est.)
Driver: GPU reservation strategy
Engineering made that happen!`],
  ['linkedin', 'en', '', `Product engineers should understand gross margin. Toy example: a SaaS seat sells for $100 a month, hosting and support cost $22, so the gross margin is 78%. Now go read your cloud bill with that lens.`],
  ['x', 'en', 'financial', `pipeline review today: $12.6M of qualified pipeline for the Q1 enterprise tier and half of it is waiting on the SSO feature my team is building. no pressure. (these numbers aren't out anywhere so shh)`],
  ['x', 'en', '', `Public-company engineering tip: if you don't know whether a number is public, check the last 10-Q or earnings release. If it isn't there, it isn't yours to tweet.`],
  ['linkedin', 'en', 'financial', `Heads-up for the API team: usage pricing changes on March 1, to $0.80 per 1k calls above the free tier (down from $1.20). Sales hasn't briefed customers yet, so the docs PR stays in draft until the 15th. Great work on the metering service, everyone!`],
  ['linkedin', 'en', '', `Explaining usage-based billing with our own public pricing page: the first 10k calls are free, then $0.80 per 1k. Behind that page sit two Kafka topics and a nightly reconciler. Thread below on how it works.`],
  ['linkedin', 'en', 'financial', `The tender-offer email just landed: the board set the new 409A at $14.20 a share, up from $9.85. It hasn't been communicated outside the company, but to my team: your options are worth a lot more today.`],
  ['linkedin', 'en', '', `Paid off my student loans today: $38,400 over 6 years, mostly on a junior developer salary in Winnipeg. If you're early in your career and drowning, it gets better.`],
  ['x', 'en', 'financial', `Q4 revenue landed at $31.7M, a record for us. Earnings release is Feb 6 so you didn't hear it from me 🤐`],
  ['x', 'en', '', `Q4 revenue of $31.7M, up 24%: it's in the release we put out this morning. Incredibly proud of the engineering org that shipped 3 major products this year.`],
  ['linkedin', 'en', 'financial', `Tough news that I'm told will be communicated next week, so I'm only telling my close network: our R&D budget for next year goes from $22M down to $17M. If you're hiring Rust engineers, I know some great people.`],
  ['linkedin', 'en', 'financial', `Preliminary, unaudited, and going to the board deck on Thursday: our data-platform business closed the year at $8.9M ARR with 131% net revenue retention. I just wanted to say out loud how proud I am of this team.`],
  ['linkedin', 'en', '', `Our S-1 is now public on EDGAR. For the engineers who keep asking: yes, the $143M of FY25 revenue on page 61 includes the usage business you built. Read the risk factors, they're a masterclass.`],
  ['x', 'en', 'financial', `we're in the quiet period so officially I can say nothing, but unofficially: gross bookings up to $96M for the quarter and my on-call pager knows exactly why`],
  ['x', 'en', '', `Hot take: every engineer should read their company's annual report once. Ours says revenue was $412M last year and I finally understood which parts of the stack pay for the rest.`],
  ['linkedin', 'en', 'financial', `The deal desk approved a 22% discount for the public-sector tier, $61 per seat instead of $78, to be announced at the customer webinar on the 18th. The billing change is merged behind a flag and ready to go.`],
  ['linkedin', 'en', '', `We're hiring! Senior Backend Engineer (Go, Postgres, Kafka), remote in Canada. Salary range: CA$150,000–CA$185,000 plus equity. Apply via our careers page, no cover letter needed.`],
  ['linkedin', 'en', '', `Staff SRE, New York City (hybrid). Per NYC's pay transparency law, the base salary range is $210,000–$255,000. You'll own our Kubernetes platform across 3 regions. Link in the comments.`],
  ['x', 'en', '', `Hiring: junior data engineer, Toronto, $85k–$100k CAD. Python, SQL, dbt. We actually read every application.`],
  ['linkedin', 'en', '', `Job ad translation guide for new grads: "competitive salary" means read the range, and in Colorado, California and Washington the range has to be in the posting. Ours says $132,000–$168,000 for an SDE II in Seattle.`],
  ['linkedin', 'en', 'financial client_name', `Huge milestone: Globex just verbally agreed to a 3-year renewal at $4.1M a year. Signature is next week and marketing won't announce until then, but my team built the feature that won it, so let me have this moment.`],
  ['linkedin', 'en', '', `Spent the week optimising our market-data handler for CME Globex feeds: kernel bypass, busy-polling and a lot of perf counters. Median tick-to-trade is now under 4 µs.`],
  ['linkedin', 'en', 'client_name', `Flew to Cincinnati to help Initech move their on-prem cluster onto our platform. Three days, 140 services, one very long whiteboard session. Grateful for customers who let us learn alongside them.`],
  ['x', 'en', '', `rewatched Office Space with the new grads. "Did you get the memo about the TPS reports?" Initech remains the most accurate portrayal of enterprise software ever filmed.`],
  ['linkedin', 'en', 'client_name codename', `What a quarter! Hôpital Sainte-Claire went live on Atlas Bleu, the first hospital on the new scheduling engine. Our Montréal team spent weekends on this and it shows.`],
  ['linkedin', 'en', '', `The Simpsons' Globex Corporation episode ("You Only Move Twice") is still the best onboarding video about a too-good-to-be-true employer. Mandatory viewing for our interns.`],

  // Identity numbers, cards and bank details
  ['linkedin', 'en', 'national_id', `Found PII in our application logs today and I'm using it as a teaching moment (the line as it appeared, already purged):
2026-11-28T14:03:11Z INFO onboarding.submit employee_id=7741 ssn=521-47-8830 state=WA
Structured logging plus a redaction filter would have prevented it. Shipping one this sprint.`],
  ['linkedin', 'en', '', `After the fix, the same log line reads:
INFO onboarding.submit employee_id=7741 ssn=***-**-8830 state=WA
The redaction filter keeps the last four for support lookups. 11 lines of Python.`],
  ['x', 'en', 'national_id', `the HR vendor's CSV export has a column called SIN and the first row is literally "Tremblay,Julie,296 458 482". why is this in the engineering drive`],
  ['x', 'en', '', `the sample SIN in the CRA's own documentation is 046 454 286. use that in your fixtures, not your coworker's.`],
  ['linkedin', 'en', 'national_id email', `A support escalation that landed in our engineering channel, shared because the bug is interesting:
From: d.okafor.home@outlook.com
Subject: Can't verify identity
"I entered my SSN 287-65-4102 three times and it says invalid."
Root cause: our validator rejected any SSN with a 65 group. Fixed.`],
  ['linkedin', 'en', '', `SSN rules our team keeps relearning: areas 000, 666 and 900–999 are never issued, nor group 00 or serial 0000. And 078-05-1120, printed on a 1938 wallet insert, is the most misused number in history; it makes a lovely negative test.`],
  ['linkedin', 'en', 'national_id', `Code review comment I left today: "please don't use your own SIN in test fixtures". The fixture read
{ "name": "Test User", "sin": "486 381 080", "province": "ON" }
and the dev confirmed it was theirs. Replaced with the CRA sample.`],
  ['linkedin', 'en', '', `Unit tests for our SIN validator: 296 458 483 must fail (bad check digit), 000 000 000 must fail, and anything starting with 8 must fail. Luhn is six lines of code; write it once and reuse it.`],
  ['x', 'en', 'national_id', `SIN 728 623 414 in a Jira ticket TITLE. which gets emailed to 300 people. on a Friday.`],
  ['linkedin', 'en', 'national_id phone', `Welcome aboard to our newest contractor in Bengaluru! Copying the onboarding form here so the team has it: Aadhaar 6496 9335 4420, phone +91 98450 22317, start date Dec 8. Looking forward to working with you!`],
  ['linkedin', 'en', 'national_id', `Payroll integration for our São Paulo team goes live next week. The dry run went fine with a real record: CPF 377.040.605-20 reached the provider with the right formatting. 🇧🇷`],
  ['linkedin', 'en', '', `Brazilian CPF validation uses two check digits computed mod 11. Our validator now writes ***.040.605-** to the logs and never the full number.`],
  ['linkedin', 'en', '', `Our form demo uses 123-45-6789 as the SSN placeholder, and yes, the validator rejects it. Test data should fail loudly when it leaks into production.`],
  ['linkedin', 'en', 'national_id', `Setting up payroll for our first UK hire. HMRC starter form done for her: National Insurance number JG 10 37 29 B, tax code 1257L. Next up, pension auto-enrolment.`],
  ['x', 'en', '', `HMRC's example National Insurance number QQ 12 34 56 C is safe in test data: the QQ prefix is never issued.`],
  ['linkedin', 'en', 'national_id', `Year-end W-2 run: one record failed validation because the SSN field was "348 90 1765" instead of 348-90-1765. Fixed the parser; sharing the lesson, not the person.`],
  ['linkedin', 'en', 'national_id internal_url', `Shell history from my background-check integration spike, shared for the retry logic, not the data:
$ http POST http://screening-svc.qa.internal:8080/v1/checks first=Alan last=Kowalski ssn=455-23-9018 dob=1987-02-11
HTTP/1.1 202 Accepted
The vendor's sandbox accepts real-format numbers, so I grabbed a real one from the QA sheet. Don't be me.`],
  ['x', 'en', 'national_id', `csv from the relocation vendor, row 1: "Ferreira, Ana, work permit, SIN 999 222 045". the leading 9 means temporary resident. the fact that it sits in a public S3 bucket means we have a problem`],
  ['linkedin', 'en', '', `API design note: our HR endpoint returns "ssn_last4": "9018" and never the full number, and the field is write-only on input. Consumers who need more go through a separate, audited service.`],
  ['linkedin', 'en', 'card', `PCI nightmare averted: a debug log in our checkout service printed whole request bodies for 40 minutes.
DEBUG checkout.authorize body={"pan":"4938508657171956","exp":"09/28","amount":4599}
Logs purged, our QSA notified, and we now tokenize at the edge.`],
  ['linkedin', 'en', '', `The payment test matrix our QA uses: 4242 4242 4242 4242 (success), 4000 0000 0000 0002 (declined), 4000 0025 0000 3155 (3DS required). All documented Stripe test cards, never real ones.`],
  ['x', 'en', 'card', `Coworker pasted "Amex 3762 755087 10625 exp 11/27" in the team channel meaning to put it in the expense tool. The channel has 180 people and a bot that mirrors it to another workspace.`],
  ['x', 'en', '', `Order #4938 5086 5717 1957 still not shipped after 3 weeks. Anyone else having issues with this keyboard vendor?`],
  ['linkedin', 'en', 'card', `Admin tip after our tooling audit: put every SaaS subscription on one virtual card so renewals don't break when someone leaves. Ours is the Mastercard 5179 2670 0579 4325, exp 04/28. Finance, please don't kill me, it's locked to 3 merchants.`],
  ['linkedin', 'en', '', `Receipt emails now say "Visa ending in 1956" and no longer show the first six digits. Small change, lower risk, happier compliance team.`],
  ['x', 'en', 'card', `Discover 6011 8096 3470 9412 works in staging?? wait no. that's my personal card, autofilled by the browser into the staging checkout. great, the logs have it now`],
  ['linkedin', 'en', 'card', `Added JCB and Mastercard 2-series support to our BIN router. For the QA handoff, the two cards the issuer sent us for live verification: 2221 2921 0811 6163 and 3519 6609 8430 9434. Both approved on the first try!`],
  ['linkedin', 'en', '', `Why 4111 1111 1111 1111 passes every card validator: the Luhn check only catches typos, and that's Visa's classic test number. "Passes Luhn" does not mean "is a real card".`],
  ['linkedin', 'en', 'iban', `Our Berlin design contractor changed banks. For the AP team who follow me here (yes, I know): new IBAN DE14 3345 0849 8380 7725 03, BIC to follow by email. Please update it before the December run.`],
  ['linkedin', 'en', '', `Fraud warning from our AP team: an email "from" our Dublin supplier asked us to switch their payments to IE15 AIBK 9695 2189 5778 07. The check digits don't even validate. Always call the vendor back on a number you already have.`],
  ['linkedin', 'en', '', `Docs for our payouts API use the ECBS example IBAN GB82 WEST 1234 5698 7654 32. It passes mod 97, so integration tests go green, but it isn't a real account.`],
  ['x', 'en', 'iban', `wrong window 🙃 GB65 NWBK 9035 3910 2563 93 / Sarah K. / invoice 2291`],
  ['linkedin', 'en', '', `Bug of the week: our IBAN validator accepted DE89 3704 0044 0532 0130 00 (the famous example) but rejected real Swiss IBANs because someone hard-coded 22 characters. CH is 21. Country length tables exist for a reason.`],
  ['linkedin', 'en', 'iban', `Paying our Kraków contractor for the first time and the bank form asks things I don't understand. IBAN PL45 1720 8140 6393 7595 7354 3217: do I need a SWIFT code too? Fintech friends, help.`],
  ['x', 'en', '', `Canadian engineers meeting IBANs for the first time: Canada doesn't use them. Transit + institution + account number is our whole thing.`],
  ['linkedin', 'en', 'iban email', `Our French hosting provider just changed its remittance details, so for the other customers in this user group, from their notice:
"Banque : Crédit Mutuel
IBAN : FR76 0747 1839 8089 1960 7434 207
Questions : facturation@lumenforge.fr"`],
  ['linkedin', 'en', 'iban', `Our Irish payroll bureau confirmed the new client-money account this morning: IE15 AIBK 9695 2189 5778 06. Posting for the team since the shared drive is down.`],

  // Markers and their harmless mentions
  ['linkedin', 'en', 'confidential_marker', `Pasting the intro of my design doc because I love how it turned out:
CONFIDENTIAL — Platform Engineering
Title: Multi-region failover for the ledger
Status: Draft v3
Goal: RPO under 5 s, RTO under 2 min`],
  ['linkedin', 'en', '', `Stop stamping every design doc "CONFIDENTIAL". When everything is confidential, nothing is. We moved to three classes and people actually respect them now.`],
  ['x', 'en', 'confidential_marker', `[INTERNAL] Reminder: staging freeze starts Thursday 18:00 PT, all merges to release/* need an approver from SRE.`],
  ['x', 'en', '', `HTTP 500 Internal Server Error is my villain origin story`],
  ['linkedin', 'en', 'confidential_marker', `Sharing a great detection idea from a trust group I'm in:
TLP:AMBER
IOC: outbound DNS TXT queries > 200/min from build agents
Seen in 2 supply-chain incidents this month
We wrote a Sigma rule for it and it fired once (false alarm, phew).`],
  ['linkedin', 'en', '', `TLP:CLEAR advisory from our security team, safe to share widely: patch your OpenSSH servers, the new release fixes a pre-auth DoS. Our fleet was done in 36 hours.`],
  ['linkedin', 'en', 'confidential_marker', `Our incident report template got an upgrade. The top of the one we filed this morning:
Classification: Internal
Incident: INC-20261202-03
Impact: 12 min partial outage, EU region
Detection: synthetic checks
Love how clear this is now.`],
  ['linkedin', 'en', '', `How we classify documents: Public, Internal, Confidential, Restricted. Each level maps to who can see it and where it may live. Engineers mostly deal with "Internal"; the template sets it and the DLP does the rest.`],
  ['x', 'en', 'confidential_marker', `EMBARGOED UNTIL DEC 9, 06:00 ET: our new edge runtime goes GA in 40 regions. ok I can't hold it in, it's SO fast`],
  ['linkedin', 'en', '', `We moved our key-management service onto AMD SEV-SNP confidential VMs. Confidential computing finally feels production-ready, though the attestation flow took a week to get right.`],
  ['x', 'en', '', `grpc status INTERNAL with no message is the "something went wrong" of RPC frameworks. Put details in your errors, please.`],
  ['linkedin', 'en', 'confidential_marker', `So excited about the accelerator we got early access to. From the eval kit's README:
UNDER NDA — pre-release silicon, do not publish benchmarks
Our inference latency went from 21 ms to 6 ms. That's all I'll say 😉`],
  ['linkedin', 'en', 'confidential_marker internal_url', `Release notes for this week's internal build, copied from the wiki:
[INTERNAL ONLY] v3.0.0-rc2
- Dropped Node 18
- ESM-only build
- Artifacts: https://artifacts.acme-corp.net/ledger/3.0.0-rc2/
Thanks to 14 contributors!`],
  ['linkedin', 'en', '', `v3.0.0 changelog, now on npm:
- Dropped Node 18 (EOL)
- ESM-only build, CommonJS shim removed
- 40% smaller bundle
Migration guide on the docs site. Thanks to 14 contributors!`],

  // Threads, polls, live posts
  ['x', 'en', '', `Poll: where do your team's secrets live?
1) Vault
2) cloud secret manager
3) 1Password
4) a .env someone emailed in 2021`],
  ['x', 'en', '', `1/ thread: how we found a 6-year-old credential in our monorepo. trufflehog over full history, 14k commits, 3 hours.`],
  ['x', 'en', 'secret internal_url', `2/ the winner: config/legacy/ftp.ini with host=ftp.corp.acme.com user=ediuser pass=Spruce!Harbor61. FTP. in 2026. it still worked.`],
  ['x', 'en', '', `3/ lessons: scan history, not just HEAD. rotate before you rewrite. and retire protocols that can't do short-lived creds. /end`],
  ['x', 'en', '', `1/ on-call handoff for the holiday week, since half the team reads this account anyway 🎄`],
  ['x', 'en', 'phone', `2/ primary: Marcus (416) 903-2275, secondary: Aisha 647.382.1947, escalation: me. don't call before 7 am unless it's a Sev-1`],

  // Goodbyes, hellos, contact details
  ['linkedin', 'en', 'email phone', `Last day at Cobalt Pay after 7 years. I got to build the ledger from a single Postgres box to 9 regions. Stay in touch: jmorrison.dev@proton.me or 206-718-4430.`],
  ['linkedin', 'en', 'phone', `Mexico City team is growing! Recruiting questions for the Guadalajara and CDMX roles go to Paola at +52 55 4161 2290 (WhatsApp works too).`],
  ['linkedin', 'en', 'phone', `The London support desk is live for our EU customers: +44 20 3318 4471, 8am to 6pm UK time. Huge thanks to the team who set it up in 3 weeks.`],
  ['x', 'en', '', `phone numbers in our codebase that aren't phone numbers: build 4416203387, epoch 1733312400, order INC-4418203. regex-based PII scanners hate this one trick`],
  ['x', 'en', '', `Fire alarm test at the Seattle office at 10 am. If it's NOT a test, call 911 first, then the building desk.`],
  ['x', 'en', 'email', `Sponsorship questions for our conference? Write to sponsorships [at] pulsegrid [dot] dev, a human answers within a day.`],
  ['linkedin', 'en', '', `Fun fact: git clone git@github.com:pulsegrid/pulsegrid.git uses SSH as the "git" user, not an email address. Half of our new grads ask about it every year.`],
  ['linkedin', 'en', '', `Shell prompt tip: PS1 showing user@host (mine is kim@devbox:~$) saves you from running migrations on the wrong server. Colour it red on production hosts.`],

  // Replies to customers and commenters
  ['linkedin', 'en', 'email', `Thanks for flagging! Our support team can look into the webhook delays: drop a note to api-support@ledgerline.com with your account ID and they'll take it from there.`, { surface: 'comment' }],
  ['linkedin', 'en', 'phone', `So sorry about the outage. Our 24/7 enterprise line is 1-888-402-6614 and they can open a priority ticket for you right away.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `Hey Raj, I'm the EM for the mobile SDK. Email me directly at tomasz.wierzbicki@kodiakrobotics.ca and I'll get you into the beta.`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret', `Hi! I looked at your screenshot: the header should be "X-Api-Key: 4ad95a7a28a8b0c74ad8ce0afd2e16ec", that's the production key I generated for your account yesterday. Let me know if it works!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Great question! In the docs the header is shown as "X-Api-Key: <your-key>"; you'll find yours under Settings → API. Never paste it in a public comment 🙂`, { surface: 'comment' }],
  ['x', 'en', '', `@devon_builds for any physical safety issue at a data center, call 911 first, then the facility desk. It's step one in our runbook.`, { surface: 'comment' }],
  ['linkedin', 'en', 'email', `You can also reach our security team at security [at] brightloop [dot] co for vulnerability reports. We pay bounties!`, { surface: 'comment' }],
  ['linkedin', 'en', '', `Our vulnerability disclosure policy is at brightloop.co/.well-known/security.txt; it lists the contact and our PGP key.`, { surface: 'comment' }],
  ['linkedin', 'en', 'secret internal_url', `Hi Dana, the staging creds you asked for in your post: https://sftp-stage.acme-corp.net, user partner_sync_04, password Mooring#Line-55. Let me know when the test file lands!`, { surface: 'comment' }],
  ['x', 'en', 'client_name', `@initech_eng congrats on the migration, it was a pleasure working with your team on the cutover weekend!`, { surface: 'comment' }],

  // Montréal, Québec City, Sherbrooke and Ottawa teams, in French
  ['linkedin', 'fr', 'secret internal_url', `Fier de l'équipe infra : la migration de nos bases vers PostgreSQL 16 est terminée ! Pour ceux qui demandaient la config du pooler :
[databases]
facturation = host=pg-fact.intranet.boreal-assur.ca port=5432 user=pgb_fact password=Caribou-Nord!33
Zéro interruption pour les clients.`],
  ['x', 'fr', 'phone', `Panne réseau au bureau de Québec. Si vous êtes client et que ça presse, le soutien technique répond au 418 781-3390 poste 2. Désolé pour le dérangement !`],
  ['x', 'fr', '', `En cas d'incendie dans la salle des serveurs : sortez, faites le 911 et laissez le système FM-200 faire son travail. Formation obligatoire demain à 10 h.`],
  ['linkedin', 'fr', 'financial', `Grosse nouvelle pour notre équipe de Montréal : le conseil a approuvé hier soir un budget de 4,6 M$ pour la plateforme de données en 2027. L'annonce officielle aux employés est prévue à la rencontre de janvier, alors gardez ça pour vous 😉`],
  ['linkedin', 'fr', '', `Nos résultats annuels ont été publiés ce matin : chiffre d'affaires de 58 M$, en hausse de 19 %. Merci à toute l'équipe techno qui a rendu ça possible.`],
  ['linkedin', 'mixed', 'email phone', `Bienvenue à Sophie qui joint l'équipe SRE lundi ! Pour le onboarding, son contact : sophie.gagnon@boreal-assur.ca, cell 514-904-3381. Let's make her feel at home 🙌`],
  ['linkedin', 'fr', '', `On embauche ! Développeur·euse backend senior (Go, Kafka), Montréal, hybride. Salaire : 125 000 $ à 150 000 $ selon l'expérience, plus REER collectif. Postulez sur notre site carrières.`],
  ['x', 'mixed', 'secret', `le PR de ce matin avait OKTA_API_TOKEN=00Keteutz1AS7iohVg6KKfcgz88wq56Zcu7-v3WGQy en clair dans le README 😬 rotated, mais quand même, gang`],
  ['linkedin', 'fr', 'confidential_marker', `J'adore notre nouveau gabarit de post-mortem. Voici l'en-tête du dernier :
INTERNE — Ne pas diffuser
Incident : latence API de 14 h 02 à 14 h 31
Cause : certificat expiré sur le répartiteur de charge
Beau travail d'équipe !`],
  ['x', 'fr', 'codename', `Atlas Bleu entre en pilote la semaine prochaine chez deux assureurs. Six mois de travail, j'ai hâte !`],
  ['x', 'fr', '', `Mon chat s'appelle Atlas et il vient de fermer mon portable en plein déploiement. Bleu de rage, moi.`],
  ['linkedin', 'fr', 'client_name', `Belle journée à l'Hôpital Sainte-Claire pour installer notre passerelle de données patients. Merci à leur équipe TI pour l'accueil !`],
  ['linkedin', 'fr', '', `Visite de la chapelle Sainte-Claire avec ma fille ce week-end. Rien à voir avec le code, mais les vitraux valent le détour.`],
  ['linkedin', 'fr', 'client_name', `Démo réussie chez Société Générique ce matin : notre moteur de réconciliation a traité leur lot de 2 millions d'écritures en 11 minutes.`],
  ['linkedin', 'fr', '', `Conférence de Société Générale sur les API bancaires ouvertes à Montréal : super présentation sur la gestion du consentement. Mes notes en commentaire.`],
  ['linkedin', 'mixed', 'internal_url', `Quick tip pour l'équipe : le nouveau Grafana est sur https://grafana.mtl.acme-corp.net, l'ancien ferme vendredi. Bookmarkez-le !`],
  ['linkedin', 'fr', 'national_id', `Test de notre nouveau formulaire d'embauche avec un vrai dossier (le mien) : NAS 147 013 007, tout passe. Prochaine étape : le chiffrement au repos.`],
  ['linkedin', 'fr', '', `Pour vos jeux de test, utilisez le NAS fictif 046 454 286 que l'ARC donne en exemple, jamais un vrai.`],
  ['linkedin', 'fr', 'national_id', `Petit rappel pour l'équipe de la paie qui m'a écrit ce matin : le NAS de la nouvelle employée est 506 339 290, il faut le saisir dans le système avant vendredi sinon pas de paie. Merci !`],
  ['linkedin', 'fr', '', `Conseil du jour pour les devs : un NAS se valide avec l'algorithme de Luhn, et un NAS qui commence par 9 appartient à un résident temporaire. Ne stockez jamais le numéro complet si les 3 derniers chiffres suffisent.`],
  ['x', 'mixed', 'secret', `Le Wi-Fi du bureau de Sherbrooke : SSID BorealLab, mot de passe Erable2026!Sucre. Welcome aux nouveaux !`],
  ['linkedin', 'fr', 'financial', `Soumission envoyée au ministère pour le contrat de modernisation : 2,85 M$ sur trois ans. Le choix du fournisseur se fait en février. On croise les doigts !`],
  ['linkedin', 'fr', '', `Le ministère a publié l'attribution du contrat de modernisation sur SEAO : 2,85 M$ sur trois ans. Fiers d'avoir été retenus !`],
  ['x', 'fr', '', `Rappel aux devs : un nom de domaine seul, comme boreal-assur.ca, n'est pas une adresse courriel. Votre regex de validation devrait le savoir.`],
  ['linkedin', 'fr', 'iban', `Notre fournisseur de capteurs à Lyon nous demande de payer sur son nouveau compte. IBAN : FR76 3306 3312 0469 5723 7719 544. Quelqu'un à la compta peut confirmer la réception du virement ?`],
  ['linkedin', 'fr', '', `Tentative d'hameçonnage reçue à la compta : « changez notre IBAN pour FR76 3306 3312 0469 5723 7719 545 ». La clé ne valide même pas. Toujours rappeler le fournisseur à un numéro connu.`],
  ['linkedin', 'mixed', 'card', `Collé dans le mauvais onglet, désolée : Visa corpo 4270 7575 0017 7860, exp 03/29. Card is frozen now, lesson learned.`],
  ['linkedin', 'fr', '', `Notre service de paiement n'enregistre plus jamais le numéro complet : on garde les 4 derniers chiffres (•••• 7860) et un jeton. Conformité PCI DSS niveau 1 atteinte cette semaine !`],
  ['x', 'mixed', 'internal_url', `quelqu'un sait pourquoi http://172.16.30.5:9000 (le MinIO de dev) répond plus ? le build est bloqué`],
  ['linkedin', 'fr', '', `Atelier MinIO demain : on monte un stockage compatible S3 sur un portable. Identifiants par défaut minioadmin / minioadmin, à changer dès la première minute en vrai.`],
  ['linkedin', 'fr', 'phone', `Garde de Noël pour l'équipe SRE : Marc-André au 819 446-2075, Julie au +1 438 771 0952. Merci de couvrir le 24 et le 25 !`],
  ['linkedin', 'fr', 'secret', `Fin de semaine de migration réussie ! Pour l'équipe de nuit, le mot de passe root temporaire du nouveau serveur de build est Huard-Lac-7781, valide jusqu'à lundi.`],
  ['linkedin', 'fr', 'financial', `Les chiffres du trimestre ne sortent que le 12, mais je peux déjà vous dire que notre marge brute sur l'hébergement passe de 54 % à 63 %. Bravo à l'équipe FinOps !`],
  ['linkedin', 'fr', '', `Cours FinOps à l'ÉTS ce soir : si un service coûte 12 000 $ par mois et en rapporte 40 000 $, la marge est de 70 %. Les étudiants ont adoré l'exercice sur les factures réelles d'AWS.`],
  ['linkedin', 'mixed', 'confidential_marker', `Draft de notre RFC pour le nouveau bus d'événements, feedback welcome des collègues :
Classification : Confidentiel
Auteur : équipe plateforme
Objectif : remplacer RabbitMQ par Kafka d'ici l'été`],
  ['x', 'fr', '', `Nouveau projet perso : j'ai nommé mon serveur maison « Kestrel » parce qu'une crécerelle niche sur mon balcon. Les noms de serveurs, c'est sacré.`],
  ['linkedin', 'fr', 'codename', `Le projet Orion passe en production cette nuit : nouvelle file de messages, 12 services migrés. Merci à l'équipe de nuit pour le café !`],
  ['linkedin', 'fr', 'internal_url', `Pour les nouveaux : la doc d'accueil est sur http://wiki.dev.corp/accueil, et le bot Slack vous donne l'accès au VPN en 2 minutes.`],
  ['linkedin', 'fr', 'email', `Vous avez un bogue à signaler dans notre appli ? Écrivez à soutien@tracteo.ca, l'équipe répond en moins de 24 h.`, { surface: 'comment' }],

]);
