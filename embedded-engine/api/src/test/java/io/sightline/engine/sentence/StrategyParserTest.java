package io.sightline.engine.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.Task;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrategyParserTest {
    private static final String PRODUCT_OWNER =
            "block electronics sellers with risk score above 0.85 when their chargeback rate is over 2%";
    private static final StrategyCondition ELECTRONICS =
            new StrategyCondition("category", Comparison.EQUAL, "electronics");
    private static final StrategyCondition RISKY = new StrategyCondition("score", Comparison.GREATER, "0.85");
    private static final StrategyCondition CHARGEBACKS =
            new StrategyCondition("seller_chargeback_rate", Comparison.GREATER, "0.02");

    private final StrategyParser parser = new StrategyParser(SellerRiskSchema.binary());

    /** The one problem the sentence has. */
    private String problem(String sentence) {
        ParsedStrategy parsed = parser.parse(sentence);
        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0);
    }

    @Test
    void theProductOwnersSentenceBecomesThreeConditionsThatBlock() {
        ParsedStrategy parsed = parser.parse(PRODUCT_OWNER);

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.action()).isEqualTo(Decision.BLOCK);
        assertThat(parsed.conditions()).containsExactly(ELECTRONICS, RISKY, CHARGEBACKS);
        assertThat(parsed.readings()).containsExactly("category is electronics", "risk score above 0.85",
                "seller_chargeback_rate above 0.02 (2%)");
        StrategySpec spec = parsed.spec();
        assertThat(spec.action()).isEqualTo(Decision.BLOCK);
        assertThat(spec.text()).isEqualTo(PRODUCT_OWNER);
        assertThat(spec.name()).isEqualTo("Block when category is electronics and risk score above 0.85 and"
                + " seller_chargeback_rate above 0.02 (2%)");
    }

    @Test
    void aChosenNameReplacesTheReadBackOneUnlessItIsBlank() {
        ParsedStrategy parsed = parser.parse(PRODUCT_OWNER);

        assertThat(parsed.spec("  Electronics ring ").name()).isEqualTo("Electronics ring");
        assertThat(parsed.spec(" ").name()).isEqualTo(parsed.name());
        assertThatThrownBy(() -> parser.parse("block wingspan above 3").spec("Wings"))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Block electronics sellers with a risk score over 0.85 and a chargeback rate above 2 %",
        "block sellers in electronics when risk score > 0.85 and chargeback rate > 2%",
        "If the risk score is above 85% and their chargeback rate exceeds 2 percent, block electronics sellers",
        "BLOCK electronics sellers whose risk score is more than 0.85, chargeback rate over 0.02",
        "block electronic sellers with risk score above 0.85 when their chargback rate is over 2 per cent",
        "block electronics merchants with score greater than .85 and seller chargeback rate higher than 2%",
        "block when category is electronics and risk score above 0.85 and chargeback rate is over 2%",
        "Block electronics sellers with risk score above 0,85 when their chargeback rate is over 2%."
    })
    void variantsOfTheSentenceMeanTheSame(String sentence) {
        ParsedStrategy parsed = parser.parse(sentence);

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.action()).isEqualTo(Decision.BLOCK);
        assertThat(parsed.conditions()).containsExactlyInAnyOrder(ELECTRONICS, RISKY, CHARGEBACKS);
    }

    @ParameterizedTest
    @CsvSource({
        "block orders with risk score above 0.9, BLOCK, Block",
        "decline orders with risk score above 0.9, BLOCK, Block",
        "review orders with risk score above 0.9, REVIEW, Send to review",
        "send orders with risk score above 0.9 to manual review, REVIEW, Send to review",
        "flag orders with risk score above 0.9, REVIEW, Flag for review",
        "mark orders with risk score above 0.9, REVIEW, Flag for review"
    })
    void eachActionIsRecognised(String sentence, Decision action, String reading) {
        ParsedStrategy parsed = parser.parse(sentence);

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.action()).isEqualTo(action);
        assertThat(parsed.actionReading()).isEqualTo(reading);
        assertThat(parsed.conditions()).containsExactly(new StrategyCondition("score", Comparison.GREATER, "0.9"));
    }

    @ParameterizedTest
    @CsvSource({
        "'review when risk score is at least 0.7', GREATER_OR_EQUAL, 0.7",
        "'review when risk score >= 0.7', GREATER_OR_EQUAL, 0.7",
        "'review when risk score is no less than 0.7', GREATER_OR_EQUAL, 0.7",
        "'review when risk score is below 0.2', LESS, 0.2",
        "'review when risk score is under 20%', LESS, 0.2",
        "'review when risk score is at most 0.2', LESS_OR_EQUAL, 0.2",
        "'review when risk score is no more than 0.2', LESS_OR_EQUAL, 0.2",
        "'review when the fraud probability exceeds 0.5', GREATER, 0.5",
        "'review when risk > 0.5', GREATER, 0.5"
    })
    void eachComparisonOnTheScore(String sentence, Comparison comparison, String value) {
        ParsedStrategy parsed = parser.parse(sentence);

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.conditions()).containsExactly(new StrategyCondition("score", comparison, value));
    }

    @Test
    void wordsItDoesNotKnowAreNamedBackAndStopTheRule() {
        ParsedStrategy parsed = parser.parse("block electronics sellers on tuesdays with risk score above 0.85 "
                + "unless they are trusted");

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.unknownWords()).containsExactly("tuesdays", "unless", "trusted");
        assertThat(parsed.message()).contains("'tuesdays', 'unless' and 'trusted'");
        assertThatThrownBy(parsed::spec).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownWordInAConditionIsNamedToo() {
        ParsedStrategy parsed = parser.parse("block when the monthly chargeback rate is over 2%");

        assertThat(parsed.unknownWords()).containsExactly("monthly");
        assertThat(parsed.conditions()).containsExactly(CHARGEBACKS);
        assertThat(parsed.understood()).isFalse();
    }

    @Test
    void aStrayNumberIsNamed() {
        ParsedStrategy parsed = parser.parse("block 500 electronics sellers with risk score above 0.9");

        assertThat(parsed.unknownWords()).containsExactly("500");
    }

    @Test
    void wordsThatFitTwoColumnsEquallyAreAskedAbout() {
        ParsedStrategy parsed = parser.parse("review orders when the rate is over 5%");

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.problems()).singleElement().asString()
                .contains("'rate' could mean seller_chargeback_rate or buyer_refund_rate")
                .contains("add a word that tells them apart");
    }

    @Test
    void anotherWordSettlesWhichColumnIsMeant() {
        assertThat(problem("block when account age is under 30 days"))
                .contains("seller_account_age_days or buyer_account_age_days");

        ParsedStrategy settled = parser.parse("block when the seller account age is under 30 days");
        assertThat(settled.understood()).as(settled.message()).isTrue();
        assertThat(settled.conditions()).containsExactly(
                new StrategyCondition("seller_account_age_days", Comparison.LESS, "30"));
    }

    @Test
    void aColumnThatNothingMatchesIsSaidWithTheColumnsThereAre() {
        ParsedStrategy parsed = parser.parse("block when weather is over 30");

        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("No input column of the model matches 'weather'")
                .contains("seller_chargeback_rate");
    }

    @Test
    void aPercentageIsAFractionOnlyForColumnsThatRunFromZeroToOne() {
        ParsedStrategy refunds = parser.parse("review when buyer refund rate is above 40%");
        assertThat(refunds.conditions()).containsExactly(
                new StrategyCondition("buyer_refund_rate", Comparison.GREATER, "0.4"));

        ParsedStrategy ratio = parser.parse("review when amount to seller average is above 300%");
        assertThat(ratio.understood()).as(ratio.message()).isTrue();
        assertThat(ratio.conditions()).containsExactly(
                new StrategyCondition("amount_to_seller_avg", Comparison.GREATER, "300"));
        assertThat(ratio.readings()).singleElement().asString().contains("read as 300");
    }

    @Test
    void aScoreAboveOneIsRefusedWithWhatToWriteInstead() {
        ParsedStrategy parsed = parser.parse("block when risk score is above 85");

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.problems()).containsExactly(
                "The risk score runs from 0 to 1: write 0.85 or 85%, not 85.");
    }

    @Test
    void numbersWithGroupingAndCurrencyAreRead() {
        assertThat(parser.parse("review gift cards orders with amount over €1,500.50").conditions()).containsExactly(
                new StrategyCondition("category", Comparison.EQUAL, "gift_cards"),
                new StrategyCondition("amount", Comparison.GREATER, "1500.5"));
        assertThat(parser.parse("review when amount is more than 1,000").conditions()).containsExactly(
                new StrategyCondition("amount", Comparison.GREATER, "1000"));
    }

    @Test
    void aCategoryCanBeNamedWithItsColumnAndNegated() {
        ParsedStrategy paypal = parser.parse("review when payment method is paypal and risk score above 0.6");
        assertThat(paypal.conditions()).containsExactly(
                new StrategyCondition("payment_method", Comparison.EQUAL, "paypal"),
                new StrategyCondition("score", Comparison.GREATER, "0.6"));

        ParsedStrategy notFashion = parser.parse("flag when category is not fashion and amount above 2000");
        assertThat(notFashion.understood()).as(notFashion.message()).isTrue();
        assertThat(notFashion.conditions()).first()
                .isEqualTo(new StrategyCondition("category", Comparison.NOT_EQUAL, "fashion"));
    }

    @Test
    void aValueThatIsNotOneOfTheColumnsIsSaidWithTheValuesThereAre() {
        ParsedStrategy parsed = parser.parse("block when category is cars");

        assertThat(parsed.problems()).singleElement().asString()
                .isEqualTo("'cars' is not a value of category; its values are: electronics, fashion, home, beauty,"
                        + " toys, sports, gift_cards, collectibles.");
    }

    @Test
    void aComparisonOnCategoriesOrTextOnNumbersIsExplained() {
        assertThat(problem("block when category is above 3"))
                .startsWith("'category' holds categories");
        assertThat(problem("block when amount is large"))
                .startsWith("'amount' holds numbers");
    }

    @Test
    void orIsRefusedWithASentenceOfItsOwn() {
        ParsedStrategy parsed = parser.parse("block electronics or toys sellers with risk score above 0.9");

        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.problems()).anyMatch(p -> p.contains("'or' cannot be used"));
    }

    @Test
    void twoValuesOfOneColumnCanNeverBothHold() {
        ParsedStrategy parsed = parser.parse("block electronics fashion sellers with risk score above 0.9");

        assertThat(parsed.problems()).containsExactly("A case has one category, so electronics and fashion cannot"
                + " both hold: write one rule for each.");
    }

    @Test
    void withoutAnActionOrAConditionItSaysWhatIsMissing() {
        assertThat(parser.parse("electronics sellers with risk score above 0.9").problems())
                .containsExactly("Say what to do with the cases that match: block, review or flag.");
        assertThat(parser.parse("block electronics sellers and review them").problems())
                .containsExactly("Say one action: the sentence says block and review.");
        assertThat(parser.parse("block everything").unknownWords()).containsExactly("everything");
        assertThat(parser.parse("block sellers").problems())
                .containsExactly("Say when the rule applies, such as 'risk score above 0.85'.");
        assertThat(problem("   ")).startsWith("Write the rule");
    }

    @Test
    void aComparisonWithoutSubjectOrValueIsExplained() {
        assertThat(problem("block above 0.9"))
                .isEqualTo("Say what must be above 0.9: the risk score or one of the model's input columns.");
        assertThat(problem("block when risk score is above"))
                .startsWith("Say a value after 'above'");
        assertThat(problem("block when risk score above 0.9 below 0.95"))
                .contains("more than one comparison");
    }

    @Test
    void aModelWithoutAScoreSaysSo() {
        ParsedStrategy parsed = new StrategyParser(SellerRiskSchema.multiclass()).parse("block when risk score > 0.9");

        assertThat(parsed.problems()).singleElement().asString().startsWith("This model gives no risk score");
    }

    @Test
    void columnNamesWrittenAsTheyAreAreMatchedExactly() {
        ParsedStrategy parsed = parser.parse("review when seller_orders_last_day > 200 and hour_of_day < 5");

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.conditions()).containsExactly(
                new StrategyCondition("seller_orders_last_day", Comparison.GREATER, "200"),
                new StrategyCondition("hour_of_day", Comparison.LESS, "5"));
    }

    @Test
    void aYesNoColumnComparesWithItsValues() {
        ParsedStrategy parsed = parser.parse("review when new device is yes and risk score above 0.5");

        assertThat(parsed.understood()).as(parsed.message()).isTrue();
        assertThat(parsed.conditions()).first().isEqualTo(new StrategyCondition("new_device", Comparison.EQUAL, "yes"));
    }

    @Test
    void aValueOfSeveralColumnsNeedsItsColumn() {
        StrategyParser twoColumns = new StrategyParser(new ModelSchema(List.of(
                new FieldSpec("buyer_country", ColumnType.CATEGORICAL,
                        List.of("fr", "de"), null, null, "fr"),
                new FieldSpec("seller_country", ColumnType.CATEGORICAL,
                        List.of("fr", "de"), null, null, "fr")),
                "chargeback", Task.BINARY, List.of("no", "yes")));

        assertThat(twoColumns.parse("review fr orders with risk score above 0.5").problems()).singleElement()
                .asString().contains("'fr' is a value of buyer_country or seller_country");
        assertThat(twoColumns.parse("review fr seller country orders with risk score above 0.5").conditions())
                .first().isEqualTo(new StrategyCondition("seller_country", Comparison.EQUAL, "fr"));
    }
}
