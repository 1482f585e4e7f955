package dev.scalecfg.validation;

import java.util.Comparator;

/** The deterministic order of violations: path (numeric indexes compared as numbers), code, message. */
final class ViolationOrder implements Comparator<Violation> {

    static final ViolationOrder INSTANCE = new ViolationOrder();

    private ViolationOrder() {}

    @Override
    public int compare(Violation a, Violation b) {
        int byPath = comparePaths(a.getPath(), b.getPath());
        if (byPath != 0) {
            return byPath;
        }
        int byCode = a.getCode().compareTo(b.getCode());
        return byCode != 0 ? byCode : a.getMessage().compareTo(b.getMessage());
    }

    /** Compares paths so that {@code dataDisks[2]} sorts before {@code dataDisks[10]}. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String na = a.substring(i, endA);
                String nb = b.substring(j, endB);
                int byLength = Integer.compare(na.length(), nb.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = na.compareTo(nb);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
