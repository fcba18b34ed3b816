package io.sightline.app.workspace.executive;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of the overview, in tile order, computed from the platform's records: see {@link FraudKpis},
 * {@link DeliveryKpis} and {@link ServiceKpis} for the formulas. Pure: the same inputs give the same figures.
 */
public final class Kpis {
    private Kpis() {
    }

    public static List<Kpi> of(KpiInputs inputs) {
        List<Kpi> all = new ArrayList<>(FraudKpis.of(inputs));
        all.addAll(DeliveryKpis.of(inputs));
        all.addAll(ServiceKpis.of(inputs));
        return List.copyOf(all);
    }
}
