import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/tenancy/guard";
import { createEntryAction } from "../actions";
import { DetailsForm } from "../_details-form";

export const metadata: Metadata = { title: "Add a win" };

export default async function NewWinPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href={`/o/${member.org.slug}/client/wins`} className="text-sm">
        ← My wins
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Add a win</h1>
        <p className="mt-2 text-muted">
          Think of a time you accomplished something difficult: something that took real effort from you. Big or small, recent or long ago.
          You&apos;ll answer five short questions about it, one at a time; your answers are saved as you go.
        </p>
      </div>
      {/* The key is made here, when the form renders, and becomes the entry's id: a double click finds the first draft. */}
      <DetailsForm action={createEntryAction.bind(null, member.org.slug)} clientKey={crypto.randomUUID()} submitLabel="Start" />
    </div>
  );
}
