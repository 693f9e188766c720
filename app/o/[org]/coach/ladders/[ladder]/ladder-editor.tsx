"use client";

import { type ComponentProps, useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/app/_components/form-controls";
import type { LadderFields, LevelFields } from "@/lib/ladders/editor-form";
import { STATUS_LABELS } from "@/lib/ladders/labels";
import { LIMITS } from "@/lib/ladders/validation";
import type { LadderEditorState } from "./editor-state";

const inputClass = "block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger";

/** A button of the editor form; every button is disabled while any submit is in flight, so a double click sends one request. */
function IntentButton({ intent, primary = false, disabled = false, ...button }: { intent: string; primary?: boolean } & ComponentProps<"button">) {
  const { pending } = useFormStatus();
  const look = primary
    ? "rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand/90"
    : "rounded-md px-3 py-1.5 text-sm ring-1 ring-ink/20 hover:bg-paper";
  return <button type="submit" name="intent" value={intent} className={`${look} disabled:opacity-60`} {...button} disabled={pending || disabled} />;
}

function TextField({
  id,
  name,
  label,
  value,
  error,
  multiline = false,
  maxLength,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  multiline?: boolean;
  maxLength?: number;
  hint?: string;
}) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, defaultValue: value, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: inputClass };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? <textarea rows={3} maxLength={maxLength} {...common} /> : <input type="text" maxLength={maxLength} {...common} />}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function NumberField({ id, name, label, value, error, min, max }: { id: string; name: string; label: string; value: string; error?: string; min: number; max: number }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} w-28`}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function LevelFieldset({ level, index, count, errors }: { level: LevelFields; index: number; count: number; errors: Record<string, string> }) {
  const name = (field: string) => `levels.${index}.${field}`;
  const id = (field: string) => `level-${index}-${field}`;
  const number = index + 1;
  return (
    <li>
      <fieldset className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-ink/10">
        <legend className="px-1 font-medium">Level {number}</legend>
        <TextField id={id("title")} name={name("title")} label="Level title" value={level.title} error={errors[name("title")]} maxLength={LIMITS.levelTitle} />
        <TextField
          id={id("instructions")}
          name={name("instructions")}
          label="What to do"
          value={level.instructions}
          error={errors[name("instructions")]}
          multiline
          maxLength={LIMITS.instructions}
        />
        <TextField
          id={id("successCriteria")}
          name={name("successCriteria")}
          label="Success criteria"
          hint="How the client knows they succeeded: something both of you can observe."
          value={level.successCriteria}
          error={errors[name("successCriteria")]}
          multiline
          maxLength={LIMITS.successCriteria}
        />
        <div className="flex flex-wrap gap-6">
          <NumberField id={id("difficulty")} name={name("difficulty")} label="Difficulty (1–10)" value={level.difficulty} error={errors[name("difficulty")]} min={1} max={10} />
          <NumberField
            id={id("masteryCount")}
            name={name("masteryCount")}
            label="Successes to master"
            value={level.masteryCount}
            error={errors[name("masteryCount")]}
            min={1}
            max={20}
          />
        </div>
        <div className="flex items-start gap-2">
          <input id={id("coachConfirms")} name={name("coachConfirms")} type="checkbox" defaultChecked={level.coachConfirms} className="mt-1 size-4" aria-describedby={`${id("coachConfirms")}-hint`} />
          <div>
            <label htmlFor={id("coachConfirms")} className="text-sm font-medium">
              Coach confirms
            </label>
            <p id={`${id("coachConfirms")}-hint`} className="text-sm text-muted">
              The next level waits until you confirm the client&apos;s successes were genuine.
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2 border-t border-ink/10 pt-3">
          <IntentButton intent={`up:${index}`} disabled={index === 0} aria-label={`Move level ${number} up`}>
            Move up
          </IntentButton>
          <IntentButton intent={`down:${index}`} disabled={index === count - 1} aria-label={`Move level ${number} down`}>
            Move down
          </IntentButton>
          <IntentButton intent={`remove:${index}`} aria-label={`Remove level ${number}`}>
            Remove
          </IntentButton>
        </div>
      </fieldset>
    </li>
  );
}

function StoredVersion({ current }: { current: NonNullable<LadderEditorState["current"]> }) {
  const { fields } = current;
  return (
    <details open className="rounded-lg bg-paper p-4 ring-1 ring-ink/10">
      <summary className="cursor-pointer font-medium">
        What is saved now: version {current.version} ({STATUS_LABELS[current.status]})
      </summary>
      <dl className="mt-3 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">Title: </dt>
          <dd className="inline">{fields.title}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Skill or goal: </dt>
          <dd className="inline">{fields.skill}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Description: </dt>
          <dd className="inline">{fields.description || "—"}</dd>
        </div>
      </dl>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm">
        {fields.levels.map((level, index) => (
          <li key={index}>
            <span className="font-medium">{level.title}</span> · difficulty {level.difficulty} · {level.masteryCount} to master
            {level.coachConfirms ? " · coach confirms" : ""}
            <p className="text-muted">{level.instructions}</p>
            <p className="text-muted">Success: {level.successCriteria}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * `save` is the server action already bound (by the server page) to the practice and the
 * ladder: binding it here in the client would hang the no-JavaScript submit (vercel/next.js#98045).
 */
export function LadderEditor({
  save,
  initial,
}: {
  save: (previous: LadderEditorState, formData: FormData) => Promise<LadderEditorState>;
  initial: Omit<LadderEditorState, "ok" | "nonce">;
}) {
  const [state, action] = useActionState(save, { ...initial, ok: true, nonce: 0 });
  const errors = state.fieldErrors ?? {};
  const fields: LadderFields = state.fields;
  const editsPublished = state.status !== "draft";
  return (
    <form action={action} className="space-y-6" noValidate>
      {/* Enter in a text field saves, rather than pressing the first level's "Move" button. */}
      <button type="submit" name="intent" value="save" className="sr-only" tabIndex={-1} aria-hidden="true">
        Save
      </button>
      <input type="hidden" name="versionId" value={state.versionId} />
      <input type="hidden" name="revision" value={state.revision} />
      <FormMessage message={state.message} ok={state.ok} />
      {state.current ? <StoredVersion current={state.current} /> : null}
      {editsPublished ? (
        <p className="rounded-md bg-brand-soft p-3 text-sm">
          Version {state.version} is {STATUS_LABELS[state.status].toLowerCase()}. Saving your changes creates draft version {state.version + 1}; clients
          stay on the version they have until you publish the new one and move them.
        </p>
      ) : null}
      <div key={state.nonce} className="space-y-6">
        <div className="space-y-4">
          <TextField id="ladder-title" name="title" label="Ladder title" value={fields.title} error={errors.title} maxLength={LIMITS.ladderTitle} />
          <TextField id="ladder-skill" name="skill" label="Skill or goal" value={fields.skill} error={errors.skill} maxLength={LIMITS.skill} />
          <TextField
            id="ladder-description"
            name="description"
            label="Description"
            value={fields.description}
            error={errors.description}
            multiline
            maxLength={LIMITS.description}
          />
        </div>
        <div className="space-y-3">
          <h2 className="text-xl font-semibold">Levels</h2>
          <p className="text-sm text-muted">
            Start with a level the client can do with the skills they have now; each one a step harder than the last.
          </p>
          {errors.levels ? (
            <p className="text-sm text-danger" role="alert">
              {errors.levels}
            </p>
          ) : null}
          <ol className="space-y-4">
            {fields.levels.map((level, index) => (
              <LevelFieldset key={index} level={level} index={index} count={fields.levels.length} errors={errors} />
            ))}
          </ol>
          <IntentButton intent="add">Add level</IntentButton>
        </div>
      </div>
      <div className="flex flex-wrap gap-3 border-t border-ink/10 pt-4">
        <IntentButton intent="save" primary>
          Save changes
        </IntentButton>
        {state.status === "draft" ? (
          <IntentButton intent="publish" primary>
            Publish
          </IntentButton>
        ) : null}
      </div>
    </form>
  );
}
