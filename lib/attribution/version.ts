/** Bump whenever a rule, a lexicon, the features or the trained model change, so stored results can be re-tagged. */
export const MODEL_VERSION = "2026.12.5";
