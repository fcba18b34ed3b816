package io.sightline.engine.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.train.external.ExternalFormats;
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
 * and the preprocessing as JSON) and {@value #MODEL} (the Tribuo model in its protobuf format), or for a model
 * imported in a format an add-on runs, {@value #IMPORTED} (the file as imported; format {@value #IMPORTED_FORMAT},
 * so that an older reader says it is too new rather than that it is damaged). A model whose preprocessing gives a
 * category as one number per level is format {@value #LEVEL_NUMBERS_FORMAT}, for the same reason; a yes/no
 * model's decision threshold is kept in the manifest (a reader that ignores it decides by the highest score).
 * Entries come in a fixed order with a fixed timestamp, so that the same model always gives the same bytes.
 */
final class ModelArtifact {
    static final String MANIFEST = "sightline-model.json";
    static final String MODEL = "tribuo-model.pb";
    static final String IMPORTED = "imported-model.bin";
    static final int FORMAT = 1;
    static final int IMPORTED_FORMAT = 2;
    static final int LEVEL_NUMBERS_FORMAT = 3;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the manifest holds; {@code imported} is the format of an imported file, null for a Tribuo model. */
    record Manifest(int format, String algorithm, String positiveLabel, ModelSchema schema, FeaturePipeline pipeline,
                    @JsonInclude(JsonInclude.Include.NON_NULL) ModelFormat imported,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Double threshold) {
    }

    private ModelArtifact() {
    }

    static byte[] write(TrainedModel model) {
        try {
            ImportedFile imported = model.imported();
            int format = imported != null ? IMPORTED_FORMAT
                    : model.pipeline().inputs().stream().anyMatch(InputEncoding::numberPerLevel) ? LEVEL_NUMBERS_FORMAT
                    : FORMAT;
            Manifest manifest = new Manifest(format, model.algorithm(),
                    model.positiveLabel(), model.schema(), model.pipeline(), imported == null ? null : imported.format(),
                    Double.isNaN(model.threshold()) ? null : model.threshold());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, MANIFEST, MAPPER.writeValueAsBytes(manifest));
                if (imported == null) {
                    put(zip, MODEL, model.tribuoModel().serialize().toByteArray());
                } else {
                    put(zip, IMPORTED, imported.bytes());
                }
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
            if (!entries.containsKey(MANIFEST) || !entries.containsKey(MODEL) && !entries.containsKey(IMPORTED)) {
                throw new PlatformException(ErrorCode.BAD_FILE,
                        "This is not a Sightline model file: it lacks " + MANIFEST + " or " + MODEL + ".");
            }
            Manifest manifest = MAPPER.readValue(entries.get(MANIFEST), Manifest.class);
            if (manifest.format() > LEVEL_NUMBERS_FORMAT) {
                throw new PlatformException(ErrorCode.BAD_FILE, "This model file was written by a newer Sightline"
                        + " (format " + manifest.format() + "); upgrade to read it.");
            }
            if (manifest.imported() != null) {
                byte[] file = entries.get(IMPORTED);
                ImportedFile imported = new ImportedFile(manifest.imported(), file,
                        ExternalFormats.require(manifest.imported()).load(file));
                return new TrainedModel(manifest.pipeline(), manifest.schema(), manifest.algorithm(), imported);
            }
            ModelProto proto = ModelProto.parseFrom(entries.get(MODEL));
            Model<?> model = Model.deserialize(proto);
            return new TrainedModel(manifest.pipeline(), manifest.schema(), manifest.algorithm(),
                    manifest.positiveLabel(), manifest.threshold() == null ? Double.NaN : manifest.threshold(), model,
                    proto);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlatformException p) {
                throw p;
            }
            throw new PlatformException(ErrorCode.BAD_FILE, "The model file could not be read: " + e.getMessage(), e);
        }
    }
}
