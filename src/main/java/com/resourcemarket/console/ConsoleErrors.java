package com.resourcemarket.console;

import com.resourcemarket.core.error.FieldMessage;
import com.resourcemarket.core.error.LocalizedProblem;
import com.resourcemarket.core.error.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** Error pages of the console: a problem from a service, in the user's language, with the right status. */
public final class ConsoleErrors {

    private ConsoleErrors() {
    }

    @TemplateData
    public record ErrorView(int status, String message, String detail) {
    }

    public static String describe(HttpProblem problem, ConsoleMessages m) {
        if (ProblemTypes.STALE_VERSION.equals(problem.getType())) {
            return m.error_stale();
        }
        if (ProblemTypes.INVALID_STATE.equals(problem.getType())) {
            return m.error_invalid_state();
        }
        return switch (problem.getStatusCode()) {
            case 400 -> m.error_bad_request();
            case 403 -> m.error_forbidden();
            case 404 -> m.error_not_found();
            case 409 -> m.error_conflict();
            default -> m.error_generic();
        };
    }

    public static Response page(HttpProblem problem, ConsoleContext context) {
        ConsoleMessages m = context.messages();
        // The services' problem details are English; the Chinese page keeps to its own text, unless the problem
        // carries a message code it can translate.
        String detail = problem.getDetail() == null || context.zh() ? null : m.error_detail(problem.getDetail());
        if (problem instanceof LocalizedProblem localized && !localized.messages().isEmpty()) {
            FieldMessage first = localized.messages().get(0);
            detail = m.error_detail(first.field() + ": "
                    + first.text(context.zh() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
        }
        ErrorView view = new ErrorView(problem.getStatusCode(), describe(problem, m), detail);
        return Response.status(problem.getStatusCode())
                .entity(Views.error(view).setLocale(context.lang())).type("text/html;charset=UTF-8").build();
    }

    public static Response forbidden(ConsoleContext context) {
        ConsoleMessages m = context.messages();
        return Response.status(403).entity(Views.error(new ErrorView(403, m.error_forbidden(), null))
                .setLocale(context.lang())).type("text/html;charset=UTF-8").build();
    }
}
