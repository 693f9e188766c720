import { signOut } from "@/lib/auth";
import { safeRedirectPath } from "@/lib/validation/safe-redirect";

export function SignOutButton({ redirectTo = "/", label = "Sign out" }: { redirectTo?: string; label?: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: safeRedirectPath(redirectTo, "/") });
      }}
    >
      <button type="submit" className="rounded-md border border-ink/20 bg-white px-3 py-1.5 text-sm hover:bg-paper">
        {label}
      </button>
    </form>
  );
}
