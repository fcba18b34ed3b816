package io.sightline.engine.cli;

import io.sightline.engine.token.ApiToken;
import io.sightline.engine.token.ApiTokens;
import io.sightline.engine.token.IssuedToken;
import io.sightline.engine.store.Database;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline token}: the server's API tokens, managed on the machine that holds its database (which is
 * how the first administrator's token is made).
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes the bearer tokens that clients of 'sightline serve' send.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {

    @CommandLine.ParentCommand
    SightlineCommand parent;

    /** What every token subcommand has: the database options, the output, and the tokens to work on. */
    abstract static class Subcommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        TokenCommand token;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        <T> T withTokens(Function<ApiTokens, T> work) {
            try (Database db = database.open(token.parent.dataDirectory)) {
                return work.apply(new ApiTokens(db));
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Makes a token for a user and prints it once, alone on standard output; only its hash is kept.")
    static final class Create extends Subcommand {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose token it is.")
        String user;

        @Override
        public Integer call() {
            IssuedToken issued = withTokens(tokens -> tokens.create(user));
            out().println(issued.secret());
            spec.commandLine().getErr().println("Token " + issued.token().id() + " for " + user
                    + ". Keep it now: it is not shown again. Clients send it as 'Authorization: Bearer TOKEN'.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tokens (never their secrets).")
    static final class ListTokens extends Subcommand {
        @Override
        public Integer call() {
            PrintWriter out = out();
            java.util.List<ApiToken> all = withTokens(ApiTokens::list);
            out.printf(Locale.ROOT, "%-18s %-20s %-28s %-28s %s%n", "id", "user", "created", "last used", "revoked");
            for (ApiToken t : all) {
                out.printf(Locale.ROOT, "%-18s %-20s %-28s %-28s %s%n", t.id(), t.user(), t.createdAt(),
                        t.lastUsedAt() == null ? "-" : t.lastUsedAt(), t.revokedAt() == null ? "-" : t.revokedAt());
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token: it is refused from now on.")
    static final class Revoke extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The token's id, as 'token list' shows it.")
        String id;

        @Override
        public Integer call() {
            ApiToken revoked = withTokens(tokens -> tokens.revoke(id));
            out().println("Revoked " + revoked.id() + " of " + revoked.user() + " at "
                    + revoked.revokedAt() + ".");
            return 0;
        }
    }
}
