import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface SignInLinkProps {
  url: string;
  minutes: number;
}

export const signInLinkSubject = () => "Your Foothold sign-in link";

export function SignInLinkEmail({ url, minutes }: SignInLinkProps) {
  return (
    <EmailLayout preview="Your sign-in link for Foothold">
      <Text>Use the button below to sign in to Foothold. The link works once and expires in {minutes} minutes.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in to Foothold
      </Button>
      <Text>If you did not ask to sign in, you can ignore this email: nobody can sign in without opening this link.</Text>
    </EmailLayout>
  );
}

export function signInLinkText({ url, minutes }: SignInLinkProps): string {
  return [
    "Use this link to sign in to Foothold. It works once and expires in " + minutes + " minutes.",
    "",
    url,
    "",
    "If you did not ask to sign in, you can ignore this email: nobody can sign in without opening this link.",
  ].join("\n");
}
