package dev.scalecfg.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file named on the command line: the name as the user typed it (used in every message) and
 * its content, read as strict UTF-8.
 *
 * @param name the path as given on the command line
 * @param text the content, without a byte-order mark; never blank
 */
public record InputFile(String name, String text) {

    /**
     * Reads a file named on the command line.
     *
     * @param workingDirectory the directory relative names are resolved against
     * @param name the path as given on the command line
     * @return the file and its text
     * @throws InputException when the file is missing, a directory, unreadable, not UTF-8 or empty
     */
    public static InputFile read(Path workingDirectory, String name) {
        if (name.isBlank()) {
            throw new InputException("'" + name + "': an empty file name");
        }
        Path path;
        try {
            path = workingDirectory.resolve(name);
        } catch (RuntimeException invalidPath) {
            throw new InputException(name + ": not a valid file name", invalidPath);
        }
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, expected a file");
        }
        if (!Files.exists(path)) {
            throw new InputException(name + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException denied) {
            throw new InputException(name + ": cannot read the file (permission denied)", denied);
        } catch (IOException | RuntimeException unreadable) {
            throw new InputException(name + ": cannot read the file (" + unreadable.getMessage() + ")", unreadable);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InputException(name + ": not a UTF-8 text file", notUtf8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name + ": empty file");
        }
        return new InputFile(name, text);
    }

    /**
     * Returns the prefix of a message about a position in this file.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @return {@code NAME:LINE:COLUMN}, {@code NAME:LINE} or {@code NAME}
     */
    public String at(int line, int column) {
        if (line <= 0) {
            return name;
        }
        return column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }
}
