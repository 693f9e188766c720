import type { ComponentProps } from "react";

/** A labelled textarea with its hint and error wired up for assistive technology. */
export function TextArea({ label, name, error, hint, ...props }: { label: string; name: string; error?: string; hint?: string } & ComponentProps<"textarea">) {
  const id = name.replace(/[^a-zA-Z0-9_-]/g, "-");
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        rows={3}
        className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger"
        {...props}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
