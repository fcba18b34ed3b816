package io.sightline.app.shell.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user typed for a remote profile, and the rules it must meet before it is saved or tried: a name
 * no other platform has, an http or https address with a host, and a token (or the saved one, kept).
 */
record ProfileForm(String name, String url, String token) {

    /** The first rule the form breaks, in words for the user; empty when it can be saved. */
    Optional<String> problem(List<RemoteProfile> others, boolean tokenKept) {
        String cleanName = clean(name);
        if (cleanName.isEmpty()) {
            return Optional.of("Give the platform a name, such as \"Production\".");
        }
        boolean taken = others.stream().anyMatch(p -> p.name().equalsIgnoreCase(cleanName))
                || cleanName.equalsIgnoreCase(EmbeddedEngine.INSTANCE.title()) || cleanName.equalsIgnoreCase("This computer");
        if (taken) {
            return Optional.of("There is already a platform called \"" + cleanName + "\". Choose another name.");
        }
        Optional<String> urlProblem = urlProblem();
        if (urlProblem.isPresent()) {
            return urlProblem;
        }
        if (!tokenKept && clean(token).isEmpty()) {
            return Optional.of("Give the access token that the platform's administrator issued to you.");
        }
        return Optional.empty();
    }

    private Optional<String> urlProblem() {
        String cleanUrl = clean(url);
        if (cleanUrl.isEmpty()) {
            return Optional.of("Give the platform's address, such as https://sightline.example.com.");
        }
        URI uri;
        try {
            uri = new URI(cleanUrl);
        } catch (URISyntaxException e) {
            return Optional.of("\"" + cleanUrl + "\" is not a web address. Write it as https://host or"
                    + " http://host:port.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("The address must start with http:// or https://, such as"
                    + " https://sightline.example.com.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("The address needs a host name after " + scheme + "://, such as"
                    + " https://sightline.example.com.");
        }
        return Optional.empty();
    }

    /** The profile this form describes; {@code keptToken} stands in when the user kept the saved token. */
    RemoteProfile toProfile(String keptToken) {
        String typed = clean(token);
        return new RemoteProfile(clean(name), URI.create(clean(url)), typed.isEmpty() ? keptToken : typed);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
