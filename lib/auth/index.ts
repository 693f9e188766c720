import "server-only";
import NextAuth from "next-auth";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { magicLinkProvider } from "./magic-link";
import { footholdAdapter } from "./session-adapter";

const HOUR = 60 * 60;

// Lazy config: the environment is read per request, not when `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = env();
  // Auth.js derives its own URLs from AUTH_URL when set, rather than from request headers.
  process.env.AUTH_URL ??= config.APP_URL;
  const idleSeconds = config.SESSION_IDLE_HOURS * HOUR;
  return {
    secret: config.AUTH_SECRET,
    trustHost: true,
    adapter: footholdAdapter(getDb(), { maxLifetimeMs: config.SESSION_MAX_HOURS * HOUR * 1000 }),
    providers: [magicLinkProvider({ minutes: config.MAGIC_LINK_MINUTES, appUrl: config.APP_URL })],
    session: {
      strategy: "database",
      // Database sessions slide `expires` forward on use: maxAge is the idle timeout.
      maxAge: idleSeconds,
      updateAge: Math.min(HOUR, Math.floor(idleSeconds / 2)),
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
