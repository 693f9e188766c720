import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface InvitationProps {
  url: string;
  organizationName: string;
  inviterName: string;
  role: "client" | "coach" | "admin" | "owner";
  days: number;
}

export const invitationSubject = ({ organizationName }: Pick<InvitationProps, "organizationName">) =>
  `You're invited to ${organizationName} on Foothold`;

function roleLine({ role, organizationName }: Pick<InvitationProps, "role" | "organizationName">): string {
  return role === "client"
    ? `You'll be able to see the practice work your coach sets, log your attempts and reflect on them, at your own pace.`
    : `You'll join ${organizationName} as a ${role}.`;
}

export function InvitationEmail(props: InvitationProps) {
  return (
    <EmailLayout preview={`${props.inviterName} invited you to ${props.organizationName}`}>
      <Text>
        {props.inviterName} invited you to join {props.organizationName} on Foothold.
      </Text>
      <Text>{roleLine(props)}</Text>
      <Button href={props.url} style={buttonStyle}>
        Accept the invitation
      </Button>
      <Text>This invitation is for this email address and expires in {props.days} days.</Text>
    </EmailLayout>
  );
}

export function invitationText(props: InvitationProps): string {
  return [
    `${props.inviterName} invited you to join ${props.organizationName} on Foothold.`,
    roleLine(props),
    "",
    "Accept the invitation:",
    props.url,
    "",
    `This invitation is for this email address and expires in ${props.days} days.`,
  ].join("\n");
}
