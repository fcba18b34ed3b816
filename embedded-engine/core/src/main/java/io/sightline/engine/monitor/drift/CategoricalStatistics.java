package io.sightline.engine.monitor.drift;

/** Every drift statistic of a categorical column: chi-square and its p-value, PSI and the Jensen-Shannon distance. */
public record CategoricalStatistics(double chiSquare, double chiSquarePValue, double psi, double jensenShannon) {

    public static CategoricalStatistics of(Frequencies frequencies) {
        Frequencies.ChiSquare chi = frequencies.chiSquare();
        return new CategoricalStatistics(chi.statistic(), chi.pValue(), frequencies.psi(), frequencies.jensenShannon());
    }
}
