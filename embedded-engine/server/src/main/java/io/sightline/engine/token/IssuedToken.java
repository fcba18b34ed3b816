package io.sightline.engine.token;

/** A token just made: the only moment its secret exists outside the caller's hands. */
public record IssuedToken(ApiToken token, String secret) {
    /** Never the secret: records print themselves in logs and exceptions. */
    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
