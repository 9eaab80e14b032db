package org.redress.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where two readings of a letter differ, in words: the page and line of the visible text, the
 * field of the decision record ({@code effects[0].scoreAfter}). At most {@link #LIMIT} differences
 * of each kind are named; the count says how many there are.
 */
final class ContentDiff {

    static final int LIMIT = 5;
    private static final int SHOWN = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentDiff() {
    }

    /** The lines of the presented pages that differ from the issued ones, as sentences. */
    static List<String> text(List<List<String>> issued, List<List<String>> presented) {
        List<String> out = new ArrayList<>();
        if (issued.size() != presented.size()) {
            out.add("the file has " + presented.size() + " page(s); the letter as issued has " + issued.size());
        }
        for (int p = 0; p < Math.max(issued.size(), presented.size()); p++) {
            List<String> was = p < issued.size() ? issued.get(p) : List.of();
            List<String> now = p < presented.size() ? presented.get(p) : List.of();
            if (!was.equals(now)) {
                lines(p + 1, was, now, out);
            }
        }
        return out;
    }

    /** A line-by-line comparison of one page (longest common subsequence). */
    private static void lines(int page, List<String> was, List<String> now, List<String> out) {
        int n = was.size();
        int m = now.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = was.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && was.get(i).equals(now.get(j))) {
                i++;
                j++;
            } else if (i < n && j < m && common[i + 1][j + 1] == common[i][j]) {
                out.add("page " + page + ", line " + (j + 1) + " reads \"" + shown(now.get(j))
                        + "\" where the letter as issued reads \"" + shown(was.get(i)) + "\"");
                i++;
                j++;
            } else if (j < m && (i >= n || common[i][j + 1] >= common[i + 1][j])) {
                out.add("page " + page + ", line " + (j + 1) + " \"" + shown(now.get(j))
                        + "\" is not in the letter as issued");
                j++;
            } else {
                out.add("page " + page + ": the line \"" + shown(was.get(i)) + "\" of the letter as issued is missing"
                        + " (before line " + (j + 1) + ")");
                i++;
            }
        }
    }

    /** The fields of two decision records that differ ({@code disputed[0].outcome: REVERSED → UPHELD}). */
    static List<String> record(byte[] issued, byte[] presented) {
        List<String> out = new ArrayList<>();
        try {
            compare("", JSON.readTree(issued), JSON.readTree(presented), out);
        } catch (IOException e) {
            out.add("the embedded decision record is not readable JSON");
        }
        return out;
    }

    private static void compare(String path, JsonNode was, JsonNode now, List<String> out) {
        if (was.isObject() && now.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            was.fieldNames().forEachRemaining(keys::add);
            now.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = path.isEmpty() ? key : path + "." + key;
                JsonNode a = was.get(key);
                JsonNode b = now.get(key);
                if (a == null) {
                    out.add("record field " + at + " is not in the record as issued");
                } else if (b == null) {
                    out.add("record field " + at + " of the record as issued is missing");
                } else {
                    compare(at, a, b, out);
                }
            }
        } else if (was.isArray() && now.isArray()) {
            if (was.size() != now.size()) {
                out.add("record field " + path + " has " + now.size() + " item(s); as issued " + was.size());
            }
            Iterator<JsonNode> a = was.elements();
            Iterator<JsonNode> b = now.elements();
            int index = 0;
            while (a.hasNext() && b.hasNext()) {
                compare(path + "[" + index++ + "]", a.next(), b.next(), out);
            }
        } else if (!Objects.equals(was, now)) {
            out.add("record field " + path + " reads " + shown(now.toString()) + " where the record as issued reads "
                    + shown(was.toString()));
        }
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1) + "…";
    }

    /** The first {@link #LIMIT} differences, and how many more there are. */
    static List<String> limited(List<String> differences) {
        if (differences.size() <= LIMIT) {
            return differences;
        }
        List<String> out = new ArrayList<>(differences.subList(0, LIMIT));
        out.add("… and " + (differences.size() - LIMIT) + " more difference(s)");
        return out;
    }
}
