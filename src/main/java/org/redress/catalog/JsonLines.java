package org.redress.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the line into a message that starts with a field's path ({@code holidays[1].to: …}), so a
 * refused file says where to look: {@code line 12: holidays[1].to: …}. The lines come from a
 * second, streaming read of the text, which never fails the message: text that is not JSON (the
 * parser's own message has its line already) or a path not found leaves the message as it is.
 */
final class JsonLines {

    private static final Pattern PATH = Pattern.compile("^([A-Za-z]+(?:\\[\\d+])?(?:\\.[A-Za-z]+)?): ");
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {
    }

    static String locate(String json, String message) {
        Matcher m = PATH.matcher(message);
        if (!m.find()) {
            return message;
        }
        Integer line = lines(json).get(pointer(m.group(1)));
        return line == null ? message : "line " + line + ": " + message;
    }

    /** {@code holidays[1].to} → {@code /holidays/1/to}. */
    static String pointer(String path) {
        return "/" + path.replace("[", "/").replace("]", "").replace('.', '/');
    }

    private static Map<String, Integer> lines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                if (token.isStructEnd() || context == null) {
                    continue;
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException notJson) {
            // the reader has said what is wrong, line included
        }
        return lines;
    }
}
