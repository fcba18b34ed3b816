package io.sightline.engine.store;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets (the SMTP password) before they are stored, with AES-256-GCM and a key kept in a file outside
 * the database, so that a copy of the database alone does not give them away. The key file is made on first
 * use, readable by its owner only. A sealed value reads {@code {aes-gcm}BASE64(nonce + ciphertext + tag)}.
 */
public final class SecretBox {
    private static final String PREFIX = "{aes-gcm}";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keyFile;
    private volatile SecretKeySpec key;

    public SecretBox(Path keyFile) {
        this.keyFile = keyFile.toAbsolutePath();
    }

    public Path keyFile() {
        return keyFile;
    }

    /** Whether {@code stored} was sealed here (or by another box), rather than kept in clear. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "A secret could not be encrypted: " + e.getMessage(), e);
        }
    }

    /** The secret in {@code stored}; a value kept in clear (from before sealing) is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored == null ? "" : stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "A stored secret cannot be decrypted with the key in "
                    + keyFile + ": it was encrypted with another key. Use that key file, or enter the secret again.", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                known = key;
                if (known == null) {
                    known = new SecretKeySpec(readOrCreate(), "AES");
                    key = known;
                }
            }
        }
        return known;
    }

    private byte[] readOrCreate() {
        try {
            if (!Files.exists(keyFile)) {
                create();
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            if (bytes.length != KEY_BYTES) {
                throw new IOException("it does not hold a 256-bit key");
            }
            return bytes;
        } catch (IOException | IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "The key file " + keyFile + " cannot be used: "
                    + e.getMessage() + ". Check its permissions, or point the engine at the right one.", e);
        }
    }

    /** Writes a new random key, readable by its owner only; another process making one at once wins. */
    private void create() throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        Files.createDirectories(keyFile.getParent());
        try {
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes) + "\n", StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // made by another process in the meantime: use that one
        }
    }
}
