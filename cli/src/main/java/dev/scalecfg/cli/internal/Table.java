package dev.scalecfg.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numeric columns are right-aligned. */
public final class Table {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates a table. A header starting with {@code >} is right-aligned (the marker is not shown).
     *
     * @param headers the column headers
     */
    public Table(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].startsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     */
    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "");
        }
        rows.add(row);
        return this;
    }

    /**
     * Renders the table.
     *
     * @param indent the indentation of every line
     * @return the lines, header first
     */
    public List<String> lines(String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(line(indent, headers, widths));
        for (List<String> row : rows) {
            out.add(line(indent, row, widths));
        }
        return out;
    }

    private String line(String indent, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(rightAligned[i] ? padding + cell : cell + padding);
            if (i < cells.size() - 1) {
                text.append("  ");
            }
        }
        return text.toString().stripTrailing();
    }
}
