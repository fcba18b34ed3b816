package io.sightline.engine.flow;

import io.sightline.engine.api.Flow;
import java.util.Optional;

/**
 * Who may decide an approval step, beyond the rule every approval keeps (the flow's starter never approves): an
 * approval step names a rule in its parameter {@value #PARAMETER}, such as {@code owner-of-source}.
 */
public interface ApprovalRule {
    /** The approval step parameter naming the rule. */
    String PARAMETER = "approvers";

    /** The name definitions use. */
    String name();

    /** Who may decide for this flow, in plain words, such as "olga, the owner of the project 'risk'". */
    String whoMayDecide(Flow flow);

    /** Why {@code person} may not decide for this flow, in plain words; empty when they may. */
    Optional<String> refusal(Flow flow, String person);
}
