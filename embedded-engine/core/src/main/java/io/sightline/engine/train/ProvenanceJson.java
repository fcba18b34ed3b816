package io.sightline.engine.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.io.FlatMarshalledProvenance;
import com.oracle.labs.mlrg.olcut.provenance.io.ListMarshalledProvenance;
import com.oracle.labs.mlrg.olcut.provenance.io.MapMarshalledProvenance;
import com.oracle.labs.mlrg.olcut.provenance.io.ObjectMarshalledProvenance;
import com.oracle.labs.mlrg.olcut.provenance.io.SimpleMarshalledProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tribuo provenance (trainer, settings, data, versions) as JSON, in the layout of OLCUT's JSON provenance
 * serialisation: a list of marshalled objects, each with its fields, references between them by name.
 */
final class ProvenanceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProvenanceJson() {
    }

    static String render(ObjectProvenance provenance) {
        ArrayNode objects = NODES.arrayNode();
        for (ObjectMarshalledProvenance object : ProvenanceUtil.marshalProvenance(provenance)) {
            ObjectNode node = objects.addObject();
            node.put("marshalled-class", object.getClass().getName());
            node.put("object-name", object.getName());
            node.put("object-class-name", object.getObjectClassName());
            node.put("provenance-class", object.getProvenanceClassName());
            ObjectNode fields = node.putObject("map");
            // sorted, so that the same provenance always reads the same
            new TreeMap<>(object.getMap()).forEach((key, value) -> fields.set(key, flat(value)));
        }
        try {
            return MAPPER.writeValueAsString(objects);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode flat(FlatMarshalledProvenance value) {
        if (value instanceof SimpleMarshalledProvenance simple) {
            ObjectNode node = NODES.objectNode();
            node.put("key", simple.getKey());
            node.put("value", simple.getValue());
            node.put("provenance-class", simple.getProvenanceClassName());
            node.put("additional", simple.getAdditional());
            node.put("is-reference", simple.isReference());
            return node;
        }
        if (value instanceof ListMarshalledProvenance list) {
            ArrayNode node = NODES.arrayNode();
            list.getList().forEach(item -> node.add(flat(item)));
            return node;
        }
        if (value instanceof MapMarshalledProvenance map) {
            Map<String, FlatMarshalledProvenance> sorted = new TreeMap<>();
            for (Pair<String, FlatMarshalledProvenance> pair : map) {
                sorted.put(pair.getA(), pair.getB());
            }
            ObjectNode node = NODES.objectNode();
            sorted.forEach((key, item) -> node.set(key, flat(item)));
            return node;
        }
        return NODES.textNode(String.valueOf(value));
    }
}
