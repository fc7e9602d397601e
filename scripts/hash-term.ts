// Prints the salted SHA-256 of a codename or client name, for a policy that must not reveal it.
// Usage: npx tsx scripts/hash-term.ts "<salt>" "Project Orion" ["Société Générique" ...]
import { hashTerm } from '../utils/policy';

const [salt, ...terms] = process.argv.slice(2);
if (salt === undefined || terms.length === 0) {
  console.error('Usage: npx tsx scripts/hash-term.ts "<salt>" "<name>" ["<name>" ...]');
  process.exit(2);
}
for (const term of terms) console.log(`sha256:${hashTerm(term, salt)}\t${term}`);
