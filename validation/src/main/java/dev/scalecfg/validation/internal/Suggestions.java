package dev.scalecfg.validation.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt setting names and codes. Not API. */
public final class Suggestions {
    /** Longer inputs get no suggestion (the distance is quadratic). */
    private static final int MAX_INPUT = 100;

    private Suggestions() {}

    /**
     * Returns the known word closest to a misspelt one: the same word in another case, else the
     * nearest by edit distance when it is near enough (at most a third of the word's length, and at
     * least 2 edits are always allowed), ties to the first in iteration order.
     *
     * @param input what was written
     * @param known the known words
     * @return the closest known word, empty when none is close
     */
    public static Optional<String> closest(String input, Collection<String> known) {
        if (input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String wanted = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, wanted.length() / 3) + 1;
        for (String candidate : known) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lower.equals(wanted)) {
                return Optional.of(candidate);
            }
            if (Math.abs(lower.length() - wanted.length()) >= bestDistance) {
                continue;
            }
            int distance = distance(wanted, lower);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns {@code "; did you mean X?"} for the closest known word, or nothing.
     *
     * @param input what was written
     * @param known the known words
     * @return the hint, possibly empty
     */
    public static String hint(String input, Collection<String> known) {
        return closest(input, known).map(word -> "; did you mean " + word + "?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
