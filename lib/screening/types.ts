/** Shapes shared by every screening section, so one form component can render any of them. */

export interface Option<V extends string | number> {
  value: V;
  label: string;
}

export interface Question<V extends string | number> {
  id: string;
  text: string;
  options: readonly Option<V>[];
}
