package io.sightline.engine.search;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.search.Condition.Comparison;
import io.sightline.engine.search.SearchVocabulary.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed filter: clauses joined by {@code AND}, each {@code identifier comparison value}, e.g.
 * {@code metrics.rmse < 0.8 and params.alpha = '0.5' and tags."team name" LIKE 'risk%'
 * and attributes.status = 'FINISHED'}. Keys with spaces or dots are quoted with back-ticks or double quotes.
 */
public record SearchFilter(List<Condition> conditions) {

    public static final SearchFilter ALL = new SearchFilter(List.of());

    public SearchFilter {
        conditions = List.copyOf(conditions);
    }

    /** Parses {@code text} (null or blank: everything) against what {@code vocabulary} can search. */
    public static SearchFilter parse(String text, SearchVocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        return new SearchFilter(new Parser(text, vocabulary).conditions());
    }

    public <T> boolean test(T record, FieldReader<T> reader) {
        for (Condition condition : conditions) {
            if (!condition.test(reader.read(record, condition.field()))) {
                return false;
            }
        }
        return true;
    }

    /** A small recursive-descent reader over the filter text. */
    private static final class Parser {
        private final String text;
        private final SearchVocabulary vocabulary;
        private int at;

        Parser(String text, SearchVocabulary vocabulary) {
            this.text = text;
            this.vocabulary = vocabulary;
        }

        List<Condition> conditions() {
            List<Condition> conditions = new ArrayList<>();
            conditions.add(condition());
            skipSpaces();
            while (at < text.length()) {
                String word = word();
                if (word.equalsIgnoreCase("or")) {
                    throw invalid("OR is not supported; combine clauses with AND");
                }
                if (!word.equalsIgnoreCase("and")) {
                    throw invalid("expected AND before '" + rest() + "'");
                }
                conditions.add(condition());
                skipSpaces();
            }
            return conditions;
        }

        private Condition condition() {
            SearchField field = identifier();
            Comparison comparison = comparison();
            ValueType type = vocabulary.typeOf(field);
            skipSpaces();
            Object value;
            if (comparison == Comparison.IN || comparison == Comparison.NOT_IN) {
                value = list();
            } else if (type == ValueType.NUMBER) {
                value = number(field);
            } else {
                value = quoted();
            }
            if (type == ValueType.NUMBER && !comparison.ordersNumbers()) {
                throw invalid("'" + comparison.symbol() + "' does not compare numbers such as " + field);
            }
            return new Condition(field, comparison, value);
        }

        private SearchField identifier() {
            skipSpaces();
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quotedPart = false;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '`' || (c == '"' && part.isEmpty())) {
                    int end = text.indexOf(c, at + 1);
                    if (end < 0) {
                        throw invalid("a quoted name is not closed");
                    }
                    part.append(text, at + 1, end);
                    quotedPart = true;
                    at = end + 1;
                } else if (c == '.' && parts.isEmpty() && !quotedPart) {
                    parts.add(part.toString());
                    part.setLength(0);
                    at++;
                } else if (Character.isWhitespace(c) || "=!<>(".indexOf(c) >= 0) {
                    break;
                } else {
                    part.append(c);
                    at++;
                }
            }
            parts.add(part.toString());
            if (parts.size() == 1 && parts.get(0).isEmpty()) {
                throw invalid("expected a name such as metrics.accuracy at '" + rest() + "'");
            }
            return parts.size() == 1 ? vocabulary.resolve(null, parts.get(0))
                    : vocabulary.resolve(parts.get(0), parts.get(1));
        }

        private Comparison comparison() {
            skipSpaces();
            for (String symbol : List.of("!=", ">=", "<=", "<>", "=", ">", "<")) {
                if (text.startsWith(symbol, at)) {
                    at += symbol.length();
                    return switch (symbol) {
                        case "!=", "<>" -> Comparison.NOT_EQUALS;
                        case ">=" -> Comparison.GREATER_OR_EQUAL;
                        case "<=" -> Comparison.LESS_OR_EQUAL;
                        case "=" -> Comparison.EQUALS;
                        case ">" -> Comparison.GREATER;
                        default -> Comparison.LESS;
                    };
                }
            }
            String word = word().toUpperCase(Locale.ROOT);
            return switch (word) {
                case "LIKE" -> Comparison.LIKE;
                case "ILIKE" -> Comparison.ILIKE;
                case "IN" -> Comparison.IN;
                case "NOT" -> {
                    if (!word().equalsIgnoreCase("in")) {
                        throw invalid("expected IN after NOT");
                    }
                    yield Comparison.NOT_IN;
                }
                default -> throw invalid("expected a comparison (=, !=, >, >=, <, <=, LIKE, ILIKE, IN) but found '"
                        + word + "'");
            };
        }

        private Double number(SearchField field) {
            int start = at;
            while (at < text.length() && "+-.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String digits = text.substring(start, at);
            try {
                return Double.valueOf(digits);
            } catch (NumberFormatException e) {
                at = start;
                throw invalid(field + " is compared with numbers, but the value at '" + rest() + "' is not one");
            }
        }

        private String quoted() {
            if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
                throw invalid("expected a quoted value such as 'abc' at '" + rest() + "'");
            }
            char quote = text.charAt(at);
            int end = text.indexOf(quote, at + 1);
            if (end < 0) {
                throw invalid("a quoted value is not closed");
            }
            String value = text.substring(at + 1, end);
            at = end + 1;
            return value;
        }

        private List<String> list() {
            if (at >= text.length() || text.charAt(at) != '(') {
                throw invalid("expected a list such as ('a', 'b') after IN");
            }
            at++;
            List<String> values = new ArrayList<>();
            while (true) {
                skipSpaces();
                values.add(quoted());
                skipSpaces();
                if (at < text.length() && text.charAt(at) == ',') {
                    at++;
                } else if (at < text.length() && text.charAt(at) == ')') {
                    at++;
                    return values;
                } else {
                    throw invalid("a list of values is not closed with ')'");
                }
            }
        }

        private String word() {
            skipSpaces();
            int start = at;
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private String rest() {
            return text.substring(Math.min(at, text.length()));
        }

        private PlatformException invalid(String problem) {
            return PlatformException.invalid("Invalid filter '" + text + "': " + problem + ".");
        }
    }
}
