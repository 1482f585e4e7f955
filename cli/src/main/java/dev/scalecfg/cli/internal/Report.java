package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;

/** Prints validation findings as compiler-style text lines or as JSON Lines. */
public final class Report {
    static final ObjectMapper COMPACT = JsonMapper.builder().build();

    private Report() {}

    /**
     * Prints the findings of one file as text: {@code FILE: SEVERITY PARAMETER CODE: message}.
     * When a finding has no API parameter its model path is shown, and {@code -} when it concerns the
     * whole configuration.
     *
     * @param out where to print
     * @param file the file name as given on the command line
     * @param findings the findings
     */
    public static void text(PrintStream out, String file, List<Finding> findings) {
        for (Finding finding : findings) {
            out.println(textLine(file, finding));
        }
    }

    /**
     * Formats one finding as a text line.
     *
     * @param file the file name
     * @param finding the finding
     * @return {@code FILE: SEVERITY PARAMETER CODE: message}
     */
    public static String textLine(String file, Finding finding) {
        return file + ": " + finding.severity() + " " + where(finding) + " " + finding.code() + ": "
                + InputException.oneLine(finding.message());
    }

    /**
     * Returns the API parameter of a finding, else its path, else {@code -}.
     *
     * @param finding the finding
     * @return what the finding is about
     */
    public static String where(Finding finding) {
        if (finding.parameter() != null && !finding.parameter().isEmpty()) {
            return finding.parameter();
        }
        if (finding.path() != null && !finding.path().isEmpty()) {
            return finding.path();
        }
        return "-";
    }

    /**
     * Prints one JSON line for a file.
     *
     * @param out where to print
     * @param file the file name
     * @param findings the findings
     */
    public static void json(PrintStream out, String file, List<Finding> findings) {
        ObjectNode line = COMPACT.createObjectNode();
        line.put("file", file);
        line.put("valid", findings.stream().noneMatch(Finding::error));
        ArrayNode violations = line.putArray("violations");
        for (Finding finding : findings) {
            ObjectNode violation = violations.addObject();
            violation.put("code", finding.code());
            violation.put("severity", finding.severity());
            violation.put("path", finding.path() == null ? "" : finding.path());
            violation.put("parameter", finding.parameter());
            violation.put("message", finding.message());
        }
        out.println(write(line));
    }

    /**
     * Prints one JSON line for a file that could not be read.
     *
     * @param out where to print
     * @param file the file name
     * @param error the one-line reason
     */
    public static void jsonError(PrintStream out, String file, String error) {
        ObjectNode line = COMPACT.createObjectNode();
        line.put("file", file);
        line.put("valid", false);
        line.put("error", error);
        line.putArray("violations");
        out.println(write(line));
    }

    static String write(Object node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
