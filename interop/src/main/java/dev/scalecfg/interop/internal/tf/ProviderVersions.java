package dev.scalecfg.interop.internal.tf;

/**
 * Reads provider version constraints, to tell whether a configuration runs with a provider older
 * than 1.279.0, which still applied {@code internet_charge_type = PayByBandwidth} (interop-formats §1.1).
 */
public final class ProviderVersions {
    private static final int[] REMOVED = {1, 279, 0};

    private ProviderVersions() {}

    /** Whether a version such as {@code 1.250.0} is older than 1.279.0; false when it cannot be read. */
    public static boolean belowChargeTypeRemoval(String version) {
        int[] parsed = parse(version.strip().replaceFirst("^v", ""));
        return parsed != null && compare(parsed, REMOVED) < 0;
    }

    /**
     * Whether a constraint such as {@code ~> 1.230.0}, {@code = 1.200.0} or {@code >= 1.100, < 1.250}
     * allows only versions older than 1.279.0.
     */
    public static boolean onlyBelowChargeTypeRemoval(String constraint) {
        for (String part : constraint.split(",")) {
            String text = part.strip();
            String op = "=";
            for (String candidate : new String[] {"~>", ">=", "<=", "!=", "=", ">", "<"}) {
                if (text.startsWith(candidate)) {
                    op = candidate;
                    text = text.substring(candidate.length()).strip();
                    break;
                }
            }
            int[] version = parse(text.replaceFirst("^v", ""));
            if (version == null) {
                continue;
            }
            switch (op) {
                case "=":
                case "<=":
                    if (compare(version, REMOVED) < 0) {
                        return true;
                    }
                    break;
                case "<":
                    if (compare(version, REMOVED) <= 0) {
                        return true;
                    }
                    break;
                case "~>": {
                    int[] upper = pessimisticUpper(text.replaceFirst("^v", ""), version);
                    if (upper != null && compare(upper, REMOVED) <= 0) {
                        return true;
                    }
                    break;
                }
                default:
            }
        }
        return false;
    }

    /** The exclusive upper bound of {@code ~> version}: the last written segment but one, incremented. */
    private static int[] pessimisticUpper(String text, int[] version) {
        int segments = text.split("\\.").length;
        if (segments < 2) {
            return new int[] {version[0] + 1, 0, 0};
        }
        int[] upper = version.clone();
        upper[segments - 2]++;
        for (int i = segments - 1; i < upper.length; i++) {
            upper[i] = 0;
        }
        return upper;
    }

    private static int[] parse(String text) {
        String[] parts = text.split("[-+]")[0].split("\\.");
        if (parts.length == 0 || parts.length > 3) {
            return null;
        }
        int[] version = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("\\d{1,6}")) {
                return null;
            }
            version[i] = Integer.parseInt(parts[i]);
        }
        return version;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
