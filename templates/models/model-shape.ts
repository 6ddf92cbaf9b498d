import type { PartStatus } from '../../shared/domain/part-status.ts';

/**
 * The shape of a learned model's weights as data: what it was fitted on, its features and
 * classes, and the weights (multinomial logistic regression: one row of weights per class).
 * Prediction lives in shared/analysis/verdict-model.ts; fitting in tests/eval/train.ts.
 */
export type VerdictModel = {
  readonly fittedOn: {
    readonly corpus: string;
    readonly texts: number;
    readonly parts: number;
    readonly labelsSha256: string;
    readonly l2: number;
    /** Cross-validated (folds grouped by source) group accuracy of the same recipe, for the record. */
    readonly crossValidatedGroupAccuracy: number;
  };
  /** Below this confidence a verdict is marked "check this": the cut that keeps the 70% most confident verdicts in cross-validation. */
  readonly checkBelow: number;
  readonly featureNames: readonly string[];
  readonly classes: readonly PartStatus[];
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
};
