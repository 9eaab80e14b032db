package org.redress.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Reads an agency feed in JSON: one object with the arrays {@code ledgerEvents} and/or
 * {@code appeals}, each element an object whose members are the CSV columns. Streams element by
 * element in file order, so a feed whose appeals dispute entries of the same file lists
 * {@code ledgerEvents} first. Bytes that are not UTF-8 refuse the element they fall in, and reading
 * goes on ({@link Utf8Reader}).
 */
public final class JsonFeedReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public void read(Path file, FeedRecordSink sink) throws IOException {
        String name = file.getFileName().toString();
        try (Utf8Reader text = new Utf8Reader(Files.newInputStream(file));
             JsonParser parser = FACTORY.createParser(text)) {
            try {
                read(name, parser, text.badBytes(), sink);
            } catch (JsonProcessingException e) {
                BadBytesPlacement.drain(text.badBytes(), name, sink);
                var loc = e.getLocation();
                String at = loc == null ? "file" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
                sink.problem(FeedProblem.error(new SourceLocation(name, at), null,
                        "is not well-formed JSON: " + e.getOriginalMessage()));
            }
            BadBytesPlacement.drain(text.badBytes(), name, sink);
        }
    }

    private static void read(String name, JsonParser parser, Queue<Utf8Reader.BadBytes> bad, FeedRecordSink sink)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            sink.problem(FeedProblem.error(SourceLocation.wholeFile(name), null,
                    "a JSON feed is one object with the arrays \"ledgerEvents\" and/or \"appeals\""));
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            JsonToken value = parser.nextToken();
            FeedKind kind = kindOf(member);
            if (kind == null) {
                if (!"feed".equals(member) && !"agency".equals(member) && !"generatedAt".equals(member)) {
                    sink.problem(FeedProblem.error(new SourceLocation(name, member), null,
                            "unknown member; expected \"ledgerEvents\" or \"appeals\""));
                }
                parser.skipChildren();
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                sink.problem(FeedProblem.error(new SourceLocation(name, member), null, "must be an array"));
                parser.skipChildren();
                continue;
            }
            readArray(name, parser, kind, bad, sink);
        }
    }

    private static void readArray(String name, JsonParser parser, FeedKind kind, Queue<Utf8Reader.BadBytes> bad,
                                  FeedRecordSink sink) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            long firstLine = parser.currentTokenLocation().getLineNr();
            SourceLocation where = new SourceLocation(name, kind.jsonArray() + "[" + index + "] (line " + firstLine + ")");
            if (token != JsonToken.START_OBJECT) {
                sink.problem(FeedProblem.error(where, null, "each element must be an object"));
                parser.skipChildren();
                index++;
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean ok = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                if (!kind.knows(field)) {
                    sink.problem(FeedProblem.error(where, field, "unknown field for " + kind.jsonArray()));
                    ok = false;
                    parser.skipChildren();
                } else if (v == JsonToken.START_ARRAY && ("disputed".equals(field) || "grounds".equals(field))) {
                    StringBuilder joined = new StringBuilder();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (!joined.isEmpty()) {
                            joined.append(';');
                        }
                        joined.append(parser.getText());
                    }
                    fields.put(field, joined.toString());
                } else if (v.isScalarValue()) {
                    if (v != JsonToken.VALUE_NULL) {
                        fields.put(field, parser.getText());
                    }
                } else {
                    sink.problem(FeedProblem.error(where, field, "must be a string or a number"));
                    ok = false;
                    parser.skipChildren();
                }
            }
            long lastLine = parser.currentTokenLocation().getLineNr();
            List<FeedProblem> reading = bad.isEmpty() || bad.peek().line() > lastLine ? List.of()
                    : BadBytesPlacement.take(bad, name, where, firstLine, lastLine, List.copyOf(fields.keySet()),
                            List.copyOf(fields.values()), sink);
            if (ok) {
                sink.record(new RawRecord(kind, where, fields, reading));
            } else {
                reading.forEach(sink::problem);
            }
            index++;
        }
    }

    private static @org.jspecify.annotations.Nullable FeedKind kindOf(String member) {
        for (FeedKind kind : FeedKind.values()) {
            if (kind.jsonArray().equals(member)) {
                return kind;
            }
        }
        return null;
    }
}
