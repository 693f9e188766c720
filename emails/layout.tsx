import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const body = { backgroundColor: "#f6f5f1", fontFamily: "-apple-system, Segoe UI, Helvetica, Arial, sans-serif" };
const card = { backgroundColor: "#ffffff", borderRadius: "8px", margin: "24px auto", padding: "24px", maxWidth: "520px" };
const footer = { color: "#6b6b6b", fontSize: "12px" };

/** The frame every Foothold email shares: a preview line, one calm card, a footer. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>Foothold: practice that builds on what you have already done.</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#1f4d3a",
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "15px",
  padding: "12px 20px",
  textDecoration: "none",
};
