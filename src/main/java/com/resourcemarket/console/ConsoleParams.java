package com.resourcemarket.console;

import com.resourcemarket.core.error.Problems;

import java.util.UUID;

/** Lenient parsing of the console's path and query parameters, shared by the page classes. */
final class ConsoleParams {

    private ConsoleParams() {
    }

    /** A page number from a query parameter: 1 when absent or not a number, at most 10,000. */
    static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(page == null ? "1" : page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The constant named by {@code value} (stripped), or null when it is blank or names none (a filter left open). */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A path id; one that is not a UUID names nothing, so it is the 404 of {@code what}. */
    static UUID idOrNotFound(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.notFound(what, id);
        }
    }

    /** A form field's text stripped, or null when absent or blank. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A form field's text as posted, "" when absent (to show it again in the form). */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
