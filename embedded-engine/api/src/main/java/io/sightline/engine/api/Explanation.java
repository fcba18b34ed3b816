package io.sightline.engine.api;

import java.util.List;

/**
 * Why a deployment scored a row as it did: the score, the predicted label, and each input's contribution
 * (how much the score moves when that input is replaced by a typical training value), largest first.
 */
public record Explanation(String deployment, ModelRef model, String label, Double score,
                          List<Contribution> contributions) {

    public Explanation {
        contributions = List.copyOf(contributions);
    }

    /** One input's part in a score, with a short sentence saying it in plain words. */
    public record Contribution(String column, String value, double effect, String sentence) {
    }
}
