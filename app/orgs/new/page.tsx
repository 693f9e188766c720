import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { commonTimeZones } from "@/lib/tenancy/timezone";
import { AuthCard } from "../../_components/auth-card";
import { CreatePracticeForm } from "./create-practice-form";

export const metadata: Metadata = { title: "Create your practice" };

export default async function NewPracticePage() {
  await requireUser("/orgs/new");
  return (
    <AuthCard title="Create your practice">
      <p className="text-muted">You&apos;ll be its owner and can coach clients in it straight away.</p>
      <CreatePracticeForm timeZones={commonTimeZones()} defaultTimeZone="Europe/London" />
    </AuthCard>
  );
}
