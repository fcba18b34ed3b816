package io.sightline.engine.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

/**
 * The file form of a {@link TrainedModel}: a zip holding {@value #MANIFEST} (format version, algorithm, schema
 * and the preprocessing as JSON) and {@value #MODEL} (the Tribuo model in its protobuf format). Entries come in
 * a fixed order with a fixed timestamp, so that the same model always gives the same bytes.
 */
final class ModelArtifact {
    static final String MANIFEST = "sightline-model.json";
    static final String MODEL = "tribuo-model.pb";
    static final int FORMAT = 1;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the manifest holds. */
    record Manifest(int format, String algorithm, String positiveLabel, ModelSchema schema, FeaturePipeline pipeline) {
    }

    private ModelArtifact() {
    }

    static byte[] write(TrainedModel model) {
        try {
            Manifest manifest = new Manifest(FORMAT, model.algorithm(), model.positiveLabel(), model.schema(),
                    model.pipeline());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, MANIFEST, MAPPER.writeValueAsBytes(manifest));
                put(zip, MODEL, model.tribuoModel().serialize().toByteArray());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static TrainedModel read(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
            if (!entries.containsKey(MANIFEST) || !entries.containsKey(MODEL)) {
                throw new PlatformException(ErrorCode.BAD_FILE,
                        "This is not a Sightline model file: it lacks " + MANIFEST + " or " + MODEL + ".");
            }
            Manifest manifest = MAPPER.readValue(entries.get(MANIFEST), Manifest.class);
            if (manifest.format() > FORMAT) {
                throw new PlatformException(ErrorCode.BAD_FILE, "This model file was written by a newer Sightline"
                        + " (format " + manifest.format() + "); upgrade to read it.");
            }
            ModelProto proto = ModelProto.parseFrom(entries.get(MODEL));
            Model<?> model = Model.deserialize(proto);
            return new TrainedModel(manifest.pipeline(), manifest.schema(), manifest.algorithm(),
                    manifest.positiveLabel(), model, proto);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException(ErrorCode.BAD_FILE, "The model file could not be read: " + e.getMessage(), e);
        }
    }
}
