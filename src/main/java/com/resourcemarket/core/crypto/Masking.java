package com.resourcemarket.core.crypto;

/**
 * Masking (脱敏) of personal data for display: phone and ID numbers are never shown whole unless revealed.
 * Every method returns null for null and never returns its input unchanged when it has something to hide.
 */
public final class Masking {

    private static final String STARS4 = "****";

    private Masking() {
    }

    /**
     * Phone: keep the first 3 and last 4 digits of the national number ({@code 13812345678 -> 138****5678}). A
     * {@code +86}/{@code 0086} prefix is kept as {@code +86 }; other international numbers keep their {@code +} and
     * are masked as a whole (the first 3 digits then include the country code).
     * Spaces and hyphens are dropped. Numbers too short for that fall back to {@link #generic(String)}.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.strip().replaceAll("[\\s()-]", "");
        String prefix = "";
        if (compact.startsWith("+86")) {
            prefix = "+86 ";
            compact = compact.substring(3);
        } else if (compact.startsWith("0086")) {
            prefix = "+86 ";
            compact = compact.substring(4);
        } else if (compact.startsWith("86") && compact.length() == 13 && compact.charAt(2) == '1') {
            prefix = "+86 ";
            compact = compact.substring(2);
        } else if (compact.startsWith("+")) {
            prefix = "+";
            compact = compact.substring(1);
        }
        if (compact.length() < 8) {
            return prefix + generic(compact);
        }
        return prefix + compact.substring(0, 3) + STARS4 + compact.substring(compact.length() - 4);
    }

    /**
     * Chinese resident ID number (18 characters): first 6 (region), 8 stars, last 4 ({@code 110105********002X}).
     * Other lengths (e.g. old 15-digit numbers, passports) fall back to {@link #generic(String)}.
     */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        String compact = id.strip();
        if (compact.length() == 18) {
            return compact.substring(0, 6) + "********" + compact.substring(14);
        }
        return generic(compact);
    }

    /** E-mail: first character of the local part, stars, the domain ({@code w***@example.com}). */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return generic(email);
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /**
     * Anything else: keeps about a quarter of the characters at each end (at most 4, none for 1-2 characters)
     * and stars the rest, at least 3 stars so the length is not revealed for short values.
     */
    public static String generic(String value) {
        if (value == null) {
            return null;
        }
        int[] cps = value.strip().codePoints().toArray();
        int n = cps.length;
        if (n == 0) {
            return "";
        }
        int keep = n <= 2 ? 0 : Math.min(4, n / 4 == 0 ? 1 : n / 4);
        int stars = Math.max(3, n - 2 * keep);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keep; i++) {
            out.appendCodePoint(cps[i]);
        }
        out.append("*".repeat(stars));
        for (int i = n - keep; i < n; i++) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }
}
