package io.sightline.engine.registry;

import java.nio.file.Path;

/**
 * A second home for the files of an {@link ArtifactStore}, shared by every engine node, so that a node can
 * fetch a dataset or a model it did not store itself. Standalone engines have none.
 */
public interface ArtifactMirror {
    /** No mirror: the files live in the local folder only. */
    ArtifactMirror NONE = new ArtifactMirror() {
        @Override
        public void upload(String sha256, Path file) {
        }

        @Override
        public boolean download(String sha256, Path target) {
            return false;
        }

        @Override
        public void delete(String sha256) {
        }
    };

    /** Keeps a copy of {@code file}, whose bytes have the SHA-256 {@code sha256}, unless one is kept already. */
    void upload(String sha256, Path file);

    /** Writes the copy kept under {@code sha256} to {@code target}; false when there is none. */
    boolean download(String sha256, Path target);

    void delete(String sha256);
}
