import Link from "next/link";
import { CAUSE_OPTIONS, FLAG_OPTIONS, type FeedFilters } from "@/lib/reflections/feed-filters";

interface ClientOption {
  membershipId: string;
  name: string | null;
  email: string;
}

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2">
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the query string, so a filtered feed can be bookmarked or linked. */
export function FilterForm({ action, filters, clients }: { action: string; filters: FeedFilters; clients: ClientOption[] }) {
  return (
    <form method="get" action={action} className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-ink/5 sm:grid-cols-2 lg:grid-cols-5" aria-label="Filter reflections">
      <Select name="client" label="Client" value={filters.client} options={clients.map((client) => ({ value: client.membershipId, label: client.name ?? client.email }))} />
      <Select
        name="outcome"
        label="Outcome"
        value={filters.outcome}
        options={[
          { value: "success", label: "Success" },
          { value: "setback", label: "Setback" },
        ]}
      />
      <Select name="flag" label="Flag" value={filters.flag} options={FLAG_OPTIONS} />
      <Select name="cause" label="Cause" value={filters.cause} options={CAUSE_OPTIONS} />
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand/90">
          Filter
        </button>
        <Link href={action} className="py-2 text-sm">
          Clear
        </Link>
      </div>
    </form>
  );
}
