import { redirect } from "next/navigation";
import { requireMember } from "@/lib/tenancy/guard";
import { isStaff } from "@/lib/tenancy/roles";

export default async function OrganizationHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org);
  redirect(`/o/${member.org.slug}/${isStaff(member.role) ? "coach" : "client"}`);
}
