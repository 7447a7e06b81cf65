package com.resourcemarket.partner;

/** Input patterns of the partner profile, shared by validation and the contract. */
final class PartnerPatterns {

    static final String TEXT = "^[^\\u0000-\\u001f]*$";
    static final String EMAIL = "^[^\\s*@]+@[^\\s*@]+$";
    /** 7 to 15 digits, optionally with a +country prefix and single spaces or hyphens between digits. */
    static final String PHONE = "^(\\+\\d{1,3}[ -]?)?\\d([ -]?\\d){6,14}$";
    static final String ID_NUMBER = "^\\d{17}[\\dX]$";
    static final String REGION_CODE = "^(CN|[A-Z_]{2,16}|\\d{6})$";

    private PartnerPatterns() {
    }

    /** GB 11643-1999 check character of an 18-character resident ID number. */
    static boolean idNumberChecksumValid(String id) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return checks[sum % 11] == id.charAt(17);
    }
}
