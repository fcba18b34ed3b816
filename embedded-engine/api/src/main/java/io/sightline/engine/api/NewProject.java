package io.sightline.engine.api;

/**
 * A request to create a project: its name (1 to 64 letters, digits, dots, dashes or underscores, starting with a
 * letter or digit) and its owner, a user name that must be given.
 */
public record NewProject(String name, String owner) {
    public NewProject {
        if (name == null || !name.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw PlatformException.invalid("A project's name is 1 to 64 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit (got '" + name + "').");
        }
        if (owner == null || owner.isBlank()) {
            throw PlatformException.invalid("Say who owns the project '" + name.strip() + "': the owner approves what"
                    + " leaves it.");
        }
        name = name.strip();
        owner = owner.strip();
    }
}
