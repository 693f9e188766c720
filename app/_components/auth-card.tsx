import Link from "next/link";
import type { ReactNode } from "react";

export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <Link href="/" className="mb-6 text-lg font-semibold text-brand no-underline">
        Foothold
      </Link>
      <div className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-ink/5">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
