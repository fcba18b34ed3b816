package io.sightline.engine.monitor.drift;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predictions a model version served under a deployment in a time window, read from the prediction log:
 * the newest {@code limit} of them, each input of interest as its text (null when missing or blank), the output
 * and its confidence.
 */
record PredictionSample(List<String[]> inputs, String[] outputs, Double[] confidences) {

    int size() {
        return outputs.length;
    }

    static PredictionSample read(Database database, String deployment, ModelRef ref, Instant from, Instant to,
                                 List<String> columns, int limit) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            index.put(columns.get(c), c);
        }
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT inputs_json, output, confidence "
                    + "FROM prediction_log WHERE deployment = ? AND model_name = ? AND model_version = ? "
                    + "AND at >= ? AND at < ? AND shadow = FALSE AND failed = FALSE ORDER BY id DESC LIMIT ?")) {
                Sql.bind(query, deployment, ref.model(), ref.version(), from, to, limit);
                List<String[]> inputs = new ArrayList<>();
                List<String> outputs = new ArrayList<>();
                List<Double> confidences = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        inputs.add(cells(rows.getString("inputs_json"), index));
                        outputs.add(rows.getString("output"));
                        double confidence = rows.getDouble("confidence");
                        confidences.add(rows.wasNull() ? null : confidence);
                    }
                }
                return new PredictionSample(inputs, outputs.toArray(String[]::new),
                        confidences.toArray(Double[]::new));
            }
        });
    }

    /** The cells of the columns in {@code index} from a logged row's JSON object of texts. */
    private static String[] cells(String json, Map<String, Integer> index) {
        String[] cells = new String[index.size()];
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return cells;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Integer at = index.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (at != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    String text = parser.getText().strip();
                    cells[at] = text.isEmpty() ? null : text;
                } else {
                    parser.skipChildren();
                }
            }
            return cells;
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "A logged prediction's inputs are damaged: "
                    + e.getMessage(), e);
        }
    }
}
