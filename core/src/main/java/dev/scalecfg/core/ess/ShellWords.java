package dev.scalecfg.core.ess;

import dev.scalecfg.core.FormatError;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell-script text into commands and words the way a POSIX shell does for the subset that
 * appears in scripts calling the aliyun CLI: quotes, backslash escapes, line continuations,
 * comments, command separators and redirections. Expansions are reported, not performed.
 */
final class ShellWords {
    static final String LOCATION = "command line";

    /** A word with the position of its first character. */
    static final class Word {
        final String text;
        final int line;
        final int column;

        Word(String text, int line, int column) {
            this.text = text;
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private final List<FormatError> errors;
    private final List<List<Word>> commands = new ArrayList<>();
    private List<Word> command = new ArrayList<>();
    private StringBuilder word;
    private int wordStart;
    private boolean redirectTarget;
    private int pos;
    private int[] lineStarts;

    private ShellWords(String text, List<FormatError> errors) {
        this.text = text;
        this.errors = errors;
    }

    /** Splits the text; problems are added to {@code errors}. */
    static List<List<Word>> split(String text, List<FormatError> errors) {
        ShellWords words = new ShellWords(text, errors);
        words.run();
        return words.commands;
    }

    int[] position(int index) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int found = java.util.Arrays.binarySearch(lineStarts, index);
        int line = found >= 0 ? found : -found - 2;
        return new int[] {line + 1, index - lineStarts[line] + 1};
    }

    private void error(int index, String message) {
        int[] at = position(index);
        errors.add(FormatError.at(LOCATION, at[0], at[1], null, message));
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && continuation(pos + 1) > 0) {
                pos += 1 + continuation(pos + 1); // line continuation: joins lines, also inside a word
            } else if (c == ' ' || c == '\t' || c == '\r') {
                endWord();
                pos++;
            } else if (c == '\n' || c == ';' || c == '&' || c == '|') {
                endWord();
                endCommand();
                pos++;
            } else if (c == '#' && word == null) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '>' || c == '<') {
                if (word != null && word.toString().matches("\\d+")) {
                    word = null; // a file descriptor such as 2 in 2>
                }
                endWord();
                while (pos < text.length() && (text.charAt(pos) == '>' || text.charAt(pos) == '<'
                        || text.charAt(pos) == '&')) {
                    pos++;
                }
                redirectTarget = true;
            } else if (c == '\'') {
                startWord();
                int close = text.indexOf('\'', pos + 1);
                if (close < 0) {
                    error(pos, "has a single quote that is never closed");
                    pos = text.length();
                } else {
                    word.append(text, pos + 1, close);
                    pos = close + 1;
                }
            } else if (c == '"') {
                startWord();
                doubleQuoted();
            } else if (c == '\\') {
                startWord();
                if (pos + 1 < text.length()) {
                    word.append(text.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '$' || c == '`') {
                startWord();
                expansion();
            } else {
                startWord();
                word.append(c);
                pos++;
            }
        }
        endWord();
        endCommand();
    }

    /** The length of a newline at {@code index} (1 or 2 for \r\n), or 0. */
    private int continuation(int index) {
        if (index < text.length() && text.charAt(index) == '\n') {
            return 1;
        }
        if (index + 1 < text.length() && text.charAt(index) == '\r' && text.charAt(index + 1) == '\n') {
            return 2;
        }
        return 0;
    }

    private void doubleQuoted() {
        int open = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' && continuation(pos + 1) > 0) {
                pos += 1 + continuation(pos + 1);
            } else if (c == '\\' && pos + 1 < text.length() && "\"\\$`".indexOf(text.charAt(pos + 1)) >= 0) {
                word.append(text.charAt(pos + 1));
                pos += 2;
            } else if (c == '$' || c == '`') {
                expansion();
            } else {
                word.append(c);
                pos++;
            }
        }
        error(open, "has a double quote that is never closed");
    }

    private void expansion() {
        char c = text.charAt(pos);
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        if (c == '`' || Character.isLetterOrDigit(next) || "_{(@*#?!-".indexOf(next) >= 0) {
            int end = pos + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                    || "{(".indexOf(text.charAt(end)) >= 0 && end == pos + 1)) {
                end++;
            }
            error(pos, "uses the shell expansion " + text.substring(pos, Math.min(end, text.length()))
                    + ", which cannot be expanded here; write the value itself (or quote it with single quotes)");
        }
        word.append(c);
        pos++;
    }

    private void startWord() {
        if (word == null) {
            word = new StringBuilder();
            wordStart = pos;
        }
    }

    private void endWord() {
        if (word == null) {
            return;
        }
        if (redirectTarget) {
            redirectTarget = false; // the file of a redirection is not an argument
        } else {
            int[] at = position(wordStart);
            command.add(new Word(word.toString(), at[0], at[1]));
        }
        word = null;
    }

    private void endCommand() {
        if (!command.isEmpty()) {
            commands.add(command);
            command = new ArrayList<>();
        }
    }
}
