/** A plain form (works without JavaScript) that pins or unpins one win. */
export function PinButton({
  action,
  entryId,
  pinned,
  title,
  from,
}: {
  action: (formData: FormData) => Promise<void>;
  entryId: string;
  pinned: boolean;
  title: string;
  from: "list" | "entry";
}) {
  return (
    <form action={action}>
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="pinned" value={pinned ? "0" : "1"} />
      <input type="hidden" name="from" value={from} />
      <button
        type="submit"
        aria-label={`${pinned ? "Unpin" : "Pin"} “${title}”`}
        className="min-h-11 rounded-md px-3 py-2 text-sm font-medium text-brand ring-1 ring-brand/40 hover:bg-brand-soft"
      >
        {pinned ? "Unpin" : "Pin"}
      </button>
    </form>
  );
}
