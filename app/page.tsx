import Link from "next/link";
import { DEMO_ORG, DEMO_PEOPLE } from "@/db/seed-data";
import { getCurrentUser } from "@/lib/auth/current-user";
import { devMailboxEnabled } from "@/lib/env";

const STEPS = [
  { title: "Start from real wins", body: "Clients take stock of what they have already done well, in their own words, across work, body, relationships and self." },
  { title: "Climb a ladder", body: "Coaches design levels of progressively harder challenges. Clients prepare, attempt, and reflect on each one." },
  { title: "Credit what worked", body: "Reflections are read for what the client credits, so coaches can reinforce effort and strategy over luck." },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-12">
      <header className="flex items-center justify-between">
        <span className="text-xl font-semibold text-brand">Foothold</span>
        {user ? (
          <Link href="/start">Your practices</Link>
        ) : (
          <Link href="/sign-in" className="rounded-md bg-brand px-4 py-2 font-medium text-white no-underline">
            Sign in
          </Link>
        )}
      </header>
      <section className="mt-16 max-w-2xl">
        <h1 className="text-4xl font-semibold leading-tight">Confidence that comes from doing.</h1>
        <p className="mt-4 text-lg text-muted">
          Foothold is a coaching practice platform built on Bandura&apos;s mastery experiences method: clients build self-efficacy through
          real successes at progressively harder challenges, with their coach alongside between sessions.
        </p>
        <Link href="/sign-in" className="mt-6 inline-block rounded-md bg-brand px-5 py-3 font-medium text-white no-underline">
          Start your practice
        </Link>
      </section>
      <section className="mt-16 grid gap-6 sm:grid-cols-3">
        {STEPS.map((step) => (
          <div key={step.title} className="rounded-lg bg-white p-5 ring-1 ring-ink/5">
            <h2 className="font-medium">{step.title}</h2>
            <p className="mt-2 text-sm text-muted">{step.body}</p>
          </div>
        ))}
      </section>
      {devMailboxEnabled() ? (
        <section className="mt-16 rounded-lg bg-brand-soft p-6" aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="text-lg font-medium">
            Development: the demo practice
          </h2>
          <p className="mt-2 text-sm">
            Sign in with any address below, then open the <Link href="/dev/mail">development mailbox</Link> and follow the link. The
            practice is <Link href={`/o/${DEMO_ORG.slug}`}>{DEMO_ORG.name}</Link>.
          </p>
          <ul className="mt-3 space-y-1 text-sm">
            {DEMO_PEOPLE.map((person) => (
              <li key={person.email}>
                <Link href={`/sign-in?email=${encodeURIComponent(person.email)}`}>{person.email}</Link> · {person.name} ({person.role === "owner" ? "owner and coach" : "client"})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
