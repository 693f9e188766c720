// The demo practice `npm run db:seed` creates. The landing page lists these addresses in
// development so a newcomer can sign in as each through /dev/mail.
export const DEMO_ORG = { name: "Northstar Coaching (demo)", slug: "demo", timezone: "Europe/London" } as const;

export const DEMO_PEOPLE = [
  { email: "coach@demo.foothold.test", name: "Maya Okafor", role: "owner" },
  { email: "ana@demo.foothold.test", name: "Ana Silva", role: "client" },
  { email: "ben@demo.foothold.test", name: "Ben Carter", role: "client" },
  { email: "chloe@demo.foothold.test", name: "Chloe Nguyen", role: "client" },
] as const;
