import type { ClientPanelProps } from "./_panel-props";

// Filled in by the feature that owns this panel.
export async function ScreeningPanel(_props: ClientPanelProps) {
  return null;
}
