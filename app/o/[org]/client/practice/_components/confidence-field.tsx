import { Field } from "@/app/_components/form-controls";

/** The 0–100 self-efficacy rating, asked the same way before and after an attempt. */
export function ConfidenceField({ label, name, defaultValue, error }: { label: string; name: string; defaultValue: string; error?: string }) {
  return (
    <Field
      label={label}
      name={name}
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      step={1}
      required
      hint="0 means not at all sure, 100 means completely sure."
      defaultValue={defaultValue}
      error={error}
    />
  );
}
