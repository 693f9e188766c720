import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

/**
 * Sent when a client's screening answers take the safety route. Deliberately says no more
 * than that: no answers, no scores, no name. The coach reads the rest signed in.
 */
export interface ScreeningAlertProps {
  organizationName: string;
  /** The client's page in the coach portal. */
  url: string;
}

export const screeningAlertSubject = ({ organizationName }: Pick<ScreeningAlertProps, "organizationName">) =>
  `Urgent: a client's answers need your attention (${organizationName})`;

const LINES = [
  "A client's answers to the intake screening need your attention soon.",
  "They were shown crisis resources straight away. Please sign in to see what needs following up, and check in with them.",
] as const;

export function ScreeningAlertEmail(props: ScreeningAlertProps) {
  return (
    <EmailLayout preview="A client's answers need your attention">
      <Text>{LINES[0]}</Text>
      <Text>{LINES[1]}</Text>
      <Button href={props.url} style={buttonStyle}>
        Open the client&apos;s page
      </Button>
      <Text>This email leaves out the answers on purpose; they are on the client&apos;s page in {props.organizationName}.</Text>
    </EmailLayout>
  );
}

export function screeningAlertText(props: ScreeningAlertProps): string {
  return [
    ...LINES,
    "",
    "Open the client's page:",
    props.url,
    "",
    `This email leaves out the answers on purpose; they are on the client's page in ${props.organizationName}.`,
  ].join("\n");
}
