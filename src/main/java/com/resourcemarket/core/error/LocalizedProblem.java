package com.resourcemarket.core.error;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.util.List;
import java.util.Optional;

/**
 * A 400 problem whose violations carry message codes ({@link FieldMessage}). On the wire it is exactly the plain
 * problem (field, in, English message); the codes stay on the exception for the callers that translate them: the
 * console (in the page's language) and {@link ProblemDefaults} (when the request's Accept-Language asks for Chinese).
 */
public final class LocalizedProblem extends HttpProblem {

    private final transient List<FieldMessage> messages;

    LocalizedProblem(HttpProblem.Builder builder, List<FieldMessage> messages) {
        super(builder);
        this.messages = List.copyOf(messages);
    }

    public List<FieldMessage> messages() {
        return messages;
    }

    /** The coded message of {@code field}, if this problem has one. */
    public Optional<FieldMessage> messageFor(String field) {
        return messages.stream().filter(m -> m.field().equals(field)).findFirst();
    }
}
