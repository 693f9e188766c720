import { PHQ9_ITEM_IDS, PHQ9_QUESTIONS, type Phq9ItemId } from "./phq9";

/**
 * PHQ-2: the first two PHQ-9 items, same stem and response options.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2:
 * validity of a two-item depression screener. Med Care 2003;41:1284-92.
 * Same Pfizer statement as the PHQ-9: no permission required to reproduce,
 * translate, display or distribute.
 *
 * The ids are the PHQ-9 ids on purpose: a positive screen leads on to the PHQ-9
 * and these answers carry over instead of being asked twice.
 */

export const PHQ2_ITEM_IDS = PHQ9_ITEM_IDS.slice(0, 2) as readonly Phq9ItemId[];
export const PHQ2_QUESTIONS = PHQ9_QUESTIONS.slice(0, 2);

/** Kroenke 2003: 3 is the optimal cut point (83% sensitivity, 92% specificity for major depression). */
export const PHQ2_POSITIVE_AT = 3;
