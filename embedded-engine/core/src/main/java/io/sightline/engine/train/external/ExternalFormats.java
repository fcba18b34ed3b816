package io.sightline.engine.train.external;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.PlatformException;
import java.util.ServiceLoader;

/** Finds the add-on that runs a model format, or says in plain words which add-on is missing. */
public final class ExternalFormats {

    private ExternalFormats() {
    }

    public static ExternalModelFormat require(ModelFormat format) {
        for (ExternalModelFormat candidate : ServiceLoader.load(ExternalModelFormat.class,
                ExternalFormats.class.getClassLoader())) {
            if (candidate.format() == format) {
                return candidate;
            }
        }
        throw new PlatformException(ErrorCode.UNAVAILABLE, format == ModelFormat.ONNX
                ? "ONNX models need the ONNX add-on (sightline-engine-onnx), which this installation does not"
                        + " include. Install the add-on, or export the model as a Tribuo model file."
                : "No add-on for " + format + " models is installed.");
    }
}
