package dev.pacesetter.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One user's share of a split deal, in percent points (more than 0, at most 100, at most two
 * decimals). The ledger stores a deal's shares as one canonical text, users ascending:
 * {@code 12:60,15:40}. Canonical so that a resend with the shares in another order or written
 * {@code 60.00} is still recognised as the same content.
 *
 * @param userId  the user credited with the share
 * @param percent the share, e.g. {@code 60} or {@code 33.34}
 */
public record SplitShare(long userId, BigDecimal percent) {

    /** Rejects a share outside (0, 100] or with more than two decimals. */
    public SplitShare {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a split percent is more than 0, at most 100, two decimals: " + percent);
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /** The canonical text of some shares, or null for none (the owner credited in full). */
    static String encode(List<SplitShare> shares) {
        if (shares == null || shares.isEmpty()) {
            return null;
        }
        List<SplitShare> sorted = new ArrayList<>(shares);
        sorted.sort(Comparator.comparingLong(SplitShare::userId));
        StringBuilder out = new StringBuilder();
        for (SplitShare s : sorted) {
            out.append(out.isEmpty() ? "" : ",").append(s.userId()).append(':').append(s.percent().toPlainString());
        }
        return out.toString();
    }

    /** The shares of a canonical text; empty for null. */
    static List<SplitShare> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SplitShare> out = new ArrayList<>();
        for (String part : text.split(",")) {
            int colon = part.indexOf(':');
            out.add(new SplitShare(Long.parseLong(part.substring(0, colon)), new BigDecimal(part.substring(colon + 1))));
        }
        return List.copyOf(out);
    }

    /** The LIKE pattern that finds {@code userId} in a canonical text prefixed with a comma. */
    static String participantPattern(long userId) {
        return "%," + userId + ":%";
    }
}
