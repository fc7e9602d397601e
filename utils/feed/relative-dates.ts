/**
 * The bundled sample feed writes a few dates relative to the moment it is loaded, so the demo always
 * shows an item under embargo and an expired one: a JSON string "now+48h" or "now-30d" (hours or days)
 * becomes the ISO date that far from `now`. Only the sample feed is rewritten; a company's feed is read
 * as written.
 */
const RELATIVE_DATE = /"now([+-])(\d{1,4})([hd])"/g;

export function anchorRelativeDates(documentText: string, now: number): string {
  return documentText.replace(RELATIVE_DATE, (_match, sign: string, amount: string, unit: string) => {
    const ms = Number(amount) * (unit === 'h' ? 3_600_000 : 86_400_000);
    return JSON.stringify(new Date(now + (sign === '-' ? -ms : ms)).toISOString());
  });
}
