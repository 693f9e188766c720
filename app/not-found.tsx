import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">There is nothing here, or you don&apos;t have access to it.</p>
      <Link href="/start" className="mt-6 inline-block">
        Go to your practices
      </Link>
    </main>
  );
}
