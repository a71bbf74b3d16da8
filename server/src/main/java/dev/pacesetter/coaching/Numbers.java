package dev.pacesetter.coaching;

/**
 * Number formatting for explanation texts, in the root locale (texts are English for now). Plain long
 * arithmetic instead of {@code String.format}: explanations are built for every rep × skill, and the
 * formatter dominated gap analysis time.
 */
final class Numbers {

    private Numbers() {
    }

    /** One decimal, half up: 30 -> "30.0", 2.25 -> "2.3", -0.04 -> "0.0". */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + tenths / 10 + "." + tenths % 10;
    }

    /** Whole number with thousands separators: 31200.4 -> "31,200". */
    static String grouped(double value) {
        long n = Math.round(value);
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A share 0..1 as a whole percentage: 0.4833 -> "48%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
