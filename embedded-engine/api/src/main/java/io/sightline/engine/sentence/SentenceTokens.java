package io.sightline.engine.sentence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's sentence cut into tokens: lower-case words (column names written with underscores fall apart into
 * their words), numbers (a following "%" is kept with the number), comparison symbols and clause breaks
 * (commas, semicolons). Other punctuation carries no meaning here and is dropped.
 */
final class SentenceTokens {
    /** What a token is. */
    enum Kind {
        WORD,
        NUMBER,
        SYMBOL,
        BREAK
    }

    /** One token; {@code number} is set for numbers, {@code percent} when a "%" followed it. */
    record Token(Kind kind, String text, BigDecimal number, boolean percent) {
        static Token word(String text) {
            return new Token(Kind.WORD, text, null, false);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            ">=|<=|!=|=>|=<|[<>=]|[$€£]?(?:\\d+(?:[.,]\\d+)*|\\.\\d+)\\s*%?|\\p{L}+|[,;&]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    private SentenceTokens() {
    }

    static List<Token> of(String sentence) {
        String text = POSSESSIVE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll("");
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(token(matcher.group()));
        }
        return tokens;
    }

    private static Token token(String text) {
        char first = text.charAt(0);
        if (Character.isLetter(first)) {
            return Token.word(text);
        }
        if (text.equals(",") || text.equals(";") || text.equals("&")) {
            return new Token(Kind.BREAK, text, null, false);
        }
        if (Character.isDigit(first) || first == '.' || "$€£".indexOf(first) >= 0) {
            boolean percent = text.endsWith("%");
            String digits = text.replaceAll("[$€£%\\s]", "");
            return new Token(Kind.NUMBER, text.strip(), number(digits), percent);
        }
        return new Token(Kind.SYMBOL, text, null, false);
    }

    /** "1,000" and "1,000.5" group thousands; "0,85" is a decimal comma. */
    static BigDecimal number(String digits) {
        String plain;
        if (digits.contains(".") && digits.contains(",")) {
            plain = digits.replace(",", "");
        } else if (digits.contains(",")) {
            boolean grouping = digits.matches("\\d{1,3}(,\\d{3})+");
            plain = grouping ? digits.replace(",", "") : digits.replace(',', '.');
        } else {
            plain = digits;
        }
        return new BigDecimal(plain);
    }
}
