package io.sightline.engine.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One input's part in a score in plain words, e.g. "amount 4 950 raises the probability of 'bad' by 0.21". */
final class ContributionSentence {
    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+)(\\.\\d+)?");

    private ContributionSentence() {
    }

    static String of(String column, String value, String typical, double effect, Score score) {
        String input = column + " " + shown(value);
        if (normalised(value).equals(normalised(typical))) {
            return input + " is typical of the training data, so it does not move " + score.name();
        }
        if (score.kind() == Score.Kind.SAME_LABEL) {
            return effect == 0 ? input + " does not change the prediction"
                    : input + " decides the prediction: with " + column + " " + shown(typical) + " it would not be '"
                            + score.label() + "'";
        }
        if (effect == 0) {
            return input + " makes no difference to " + score.name();
        }
        String direction = effect > 0 ? " raises " : " lowers ";
        double size = Math.abs(effect);
        if (score.kind() == Score.Kind.PROBABILITY) {
            return size < 0.005 ? input + " changes " + score.name() + " by less than 0.01"
                    : input + direction + score.name() + " by " + String.format(Locale.ROOT, "%.2f", size);
        }
        return input + direction + score.name() + " by " + grouped(new BigDecimal(size)
                .round(new MathContext(3)).stripTrailingZeros().toPlainString());
    }

    private static String shown(String value) {
        String text = normalised(value);
        return text.isEmpty() ? "(unknown)" : grouped(text);
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip();
    }

    /** A plain number with its whole part grouped by threes ("4950" is "4 950"); other text as it is. */
    static String grouped(String text) {
        Matcher number = NUMBER.matcher(text);
        if (!number.matches() || number.group(2).length() < 4) {
            return text;
        }
        String whole = number.group(2);
        StringBuilder out = new StringBuilder(number.group(1));
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(whole.charAt(i));
        }
        return out.append(number.group(3) == null ? "" : number.group(3)).toString();
    }
}
