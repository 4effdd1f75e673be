package com.example.shop.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table: a title line, a header row, and rows of cells. */
final class MarkdownTable {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String title, List<String> header) {
        this.title = title;
        this.header = header;
    }

    MarkdownTable row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        var text = new StringBuilder("### ").append(title).append("\n\n");
        line(text, header);
        line(text, header.stream().map(cell -> "---").toList());
        rows.forEach(row -> line(text, row));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        text.append("| ");
        text.append(String.join(" | ", cells.stream().map(MarkdownTable::escape).toList()));
        text.append(" |\n");
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
