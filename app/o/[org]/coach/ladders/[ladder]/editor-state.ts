import type { LadderFields } from "@/lib/ladders/editor-form";
import type { LadderStatus } from "@/lib/ladders/types";

/** What the ladder editor's action returns: the coach's fields as typed, and the version they now edit. */
export interface LadderEditorState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  fields: LadderFields;
  versionId: string;
  revision: number;
  version: number;
  status: LadderStatus;
  /** On a conflict: what is stored now, for the coach to compare with their fields. */
  current?: { version: number; status: LadderStatus; fields: LadderFields };
  /** Changes on every response that reshapes the form, so inputs remount with the new values. */
  nonce: number;
}
