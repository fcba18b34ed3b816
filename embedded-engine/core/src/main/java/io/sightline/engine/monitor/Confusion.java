package io.sightline.engine.monitor;

import io.sightline.engine.api.Decision;

/**
 * Labelled predictions of a yes/no model counted against the truth. "Flagged" is predicted as the positive
 * label or not allowed by a strategy; money is counted by where its case fell. Without a positive label (models
 * of several categories or of numbers) only the labelled predictions are counted.
 */
final class Confusion {
    private final String positiveLabel;
    private long labelled;
    private long truePositives;
    private long falsePositives;
    private long trueNegatives;
    private long falseNegatives;
    private double valueCaught;
    private double valueMissed;
    private double valueFalselyFlagged;

    Confusion(String positiveLabel) {
        this.positiveLabel = positiveLabel;
    }

    /** Counts one labelled prediction; returns whether its outcome was positive. */
    boolean add(String predicted, Decision decision, String actual, double value) {
        labelled++;
        if (positiveLabel == null) {
            return false;
        }
        boolean flagged = positiveLabel.equals(predicted) || (decision != null && decision != Decision.ALLOW);
        boolean positive = positiveLabel.equals(actual);
        if (positive && flagged) {
            truePositives++;
            valueCaught += value;
        } else if (positive) {
            falseNegatives++;
            valueMissed += value;
        } else if (flagged) {
            falsePositives++;
            valueFalselyFlagged += value;
        } else {
            trueNegatives++;
        }
        return positive;
    }

    long labelled() {
        return labelled;
    }

    long truePositives() {
        return truePositives;
    }

    long falsePositives() {
        return falsePositives;
    }

    long trueNegatives() {
        return trueNegatives;
    }

    long falseNegatives() {
        return falseNegatives;
    }

    double valueCaught() {
        return valueCaught;
    }

    double valueMissed() {
        return valueMissed;
    }

    double valueFalselyFlagged() {
        return valueFalselyFlagged;
    }

    /** Of the flagged, the share that were positive; null when nothing was flagged. */
    Double precision() {
        long flagged = truePositives + falsePositives;
        return flagged == 0 ? null : (double) truePositives / flagged;
    }

    /** Of the positives, the share that were flagged; null when there was no positive. */
    Double recall() {
        long positives = truePositives + falseNegatives;
        return positives == 0 ? null : (double) truePositives / positives;
    }
}
