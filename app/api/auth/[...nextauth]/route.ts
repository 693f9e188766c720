import { type NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth";
import { CONFIRM_PATH, EMAIL_PROVIDER_ID } from "@/lib/auth/magic-link";

const CALLBACK = `/api/auth/callback/${EMAIL_PROVIDER_ID}`;
const SIGN_IN = `/api/auth/signin/${EMAIL_PROVIDER_ID}`;

// A GET of the magic link (a mail scanner, a preview) must not consume it: send it to the
// confirm page, whose button POSTs here.
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === CALLBACK) {
    const target = new URL(CONFIRM_PATH, request.nextUrl.origin);
    target.search = request.nextUrl.search;
    return NextResponse.redirect(target, 303);
  }
  return handlers.GET(request);
}

// Sign-in emails are requested through the sign-in page's action, which applies the rate
// limits; the raw endpoint would bypass them.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname === SIGN_IN) return new NextResponse("Not found", { status: 404 });
  return handlers.POST(request);
}
