import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

// Every variable the app reads, validated once. README "Configuration" lists the same set.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
  MAIL_FROM: z.string().default("Foothold <no-reply@foothold.local>"),
  RESEND_API_KEY: optionalText,
  MAGIC_LINK_MINUTES: positiveInt(10),
  SESSION_IDLE_HOURS: positiveInt(24 * 7),
  SESSION_MAX_HOURS: positiveInt(24 * 30),
  INVITATION_DAYS: positiveInt(7),
  SIGNIN_LIMIT_PER_EMAIL: positiveInt(5),
  SIGNIN_LIMIT_PER_IP: positiveInt(30),
  SIGNIN_LIMIT_WINDOW_MINUTES: positiveInt(15),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and validates the environment on first use; a bad value stops with a clear message. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * The development mailbox (/dev/mail) shows every sign-in link, so it exists only outside
 * production, or in a production build run by the automated tests (FOOTHOLD_DEV_MAILBOX=1)
 * that sends no real mail: with RESEND_API_KEY set it is always off.
 */
export function devMailboxEnabled(): boolean {
  const config = env();
  if (config.NODE_ENV !== "production") return true;
  return process.env.FOOTHOLD_DEV_MAILBOX === "1" && !config.RESEND_API_KEY;
}
