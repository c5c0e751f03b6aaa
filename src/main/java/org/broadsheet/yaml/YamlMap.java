package org.broadsheet.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping with typed accessors that know where each value stands in the file. A value of the wrong type is
 * recorded as a problem at its line and reads as absent, so one pass reports every mistake.
 */
public final class YamlMap {

    private final Path file;
    private final int firstLine;
    private final List<Problem> problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private boolean usable = true;

    YamlMap(MappingNode node, Path file, int firstLine, List<Problem> problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
        if (node == null) {
            return;
        }
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                report(tuple.getKeyNode(), "a key must be a plain word, found " + describe(tuple.getKeyNode()));
                usable = false;
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
            if (earlier != null) {
                report(key, "duplicate key '" + key.getValue() + "' (first set on line "
                        + positionOf(earlier.getKeyNode()).line() + "); keep only one");
            }
        }
    }

    static YamlMap empty(Path file, int firstLine, List<Problem> problems) {
        return new YamlMap(null, file, firstLine, problems);
    }

    boolean isUsable() {
        return usable;
    }

    public Path file() {
        return file;
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** True when the key is written, even with an empty value. */
    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    /** The position of the key itself (for empty values, whose own position is not useful). */
    public SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? SourcePosition.of(file, firstLine) : positionOf(tuple.getKeyNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** The position of {@code key}'s value, or of the mapping's start when the key is absent. */
    public SourcePosition positionOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? SourcePosition.of(file, firstLine) : positionOf(tuple.getValueNode());
    }

    SourcePosition positionOf(Node node) {
        return YamlDocuments.position(file, firstLine, node.getStartMark());
    }

    /** A scalar value as text (numbers and booleans as written); absent for a missing or null value. */
    public Optional<String> string(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        report(node, "'" + key + "' must be a single value, found " + describe(node));
        return Optional.empty();
    }

    /** A scalar that must be written as text, not a number or boolean (e.g. a date: "yesterday" is text, 5 is not). */
    public Optional<String> text(String key, String example) {
        Node node = value(key);
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.STR) || !scalar.isPlain())) {
            return Optional.of(scalar.getValue());
        }
        if (node != null) {
            report(node, "'" + key + "' must be text like " + example + ", found " + describe(node));
        }
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        report(node, "'" + key + "' must be true or false, found " + describe(node));
        return Optional.empty();
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int n = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException ignored) {
                // out of int range: reported below
            }
            report(node, "'" + key + "' must be between " + min + " and " + max + ", found " + scalar.getValue());
            return Optional.empty();
        }
        report(node, "'" + key + "' must be a whole number, found " + describe(node));
        return Optional.empty();
    }

    /** A number (whole or decimal) between {@code min} and {@code max}. */
    public Optional<Double> number(String key, double min, double max) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                double n = Double.parseDouble(scalar.getValue().replace("_", ""));
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException ignored) {
                // .inf, .nan and the like: reported below
            }
            report(node, "'" + key + "' must be between " + min + " and " + max + ", found " + scalar.getValue());
            return Optional.empty();
        }
        report(node, "'" + key + "' must be a number, found " + describe(node));
        return Optional.empty();
    }

    /** True when the key's value is a group of keys (for sections that may also be written as one value). */
    public boolean isMapping(String key) {
        return value(key) instanceof MappingNode;
    }

    /** One of an enum's values, written as its config name (e.g. {@code sanitize}); anything else is a problem. */
    public <E extends Enum<E>> Optional<E> oneOf(String key, Class<E> type, java.util.function.Function<E, String> name) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (E candidate : type.getEnumConstants()) {
            if (name.apply(candidate).equals(value.get().strip())) {
                return Optional.of(candidate);
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(name).toList();
        report(key, "'" + key + "' must be one of " + String.join(", ", allowed) + ", found '" + value.get() + "'");
        return Optional.empty();
    }

    /**
     * A list of text values. A single text value is read as a comma-separated list, as editors often write
     * {@code tags: politics, cyber}.
     */
    public Optional<List<String>> stringList(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
            List<String> parts = new ArrayList<>();
            for (String part : scalar.getValue().split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
            return Optional.of(parts);
        }
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                    items.add(scalar.getValue());
                } else {
                    report(item, "each entry of '" + key + "' must be a single value, found " + describe(item));
                }
            }
            return Optional.of(items);
        }
        report(node, "'" + key + "' must be a list like [a, b], found " + describe(node));
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, file, firstLine, problems));
        }
        report(node, "'" + key + "' must be a group of 'key: value' lines, found " + describe(node));
        return Optional.empty();
    }

    /** The value as plain Java objects (maps, lists, strings, numbers, booleans), for values Broadsheet passes through. */
    public Object plain(String key) {
        Node node = value(key);
        if (node == null) {
            return null;
        }
        try {
            return new StandardConstructor(LoadSettings.builder().build()).constructSingleDocument(Optional.of(node));
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
            report(node, "cannot read the value of '" + key + "' (" + e.getMessage().replaceAll("\\s+", " ").strip()
                    + "); remove custom '!' tags or quote the value");
            return null;
        }
    }

    /** A text value with its own position, for lists whose entries are checked one by one. */
    public record Item(String value, SourcePosition where) {
    }

    /** Like {@link #stringList}, with each entry's position. */
    public List<Item> stringItems(String key) {
        Node node = value(key);
        if (node instanceof SequenceNode sequence) {
            List<Item> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                    items.add(new Item(scalar.getValue(), positionOf(scalar)));
                } else {
                    report(item, "each entry of '" + key + "' must be a single value, found " + describe(item));
                }
            }
            return items;
        }
        return stringList(key).orElse(List.of()).stream().map(v -> new Item(v, positionOf(key))).toList();
    }

    /** Records a problem for every key not in {@code known}, with a hint when a known key is a near miss. */
    public List<Problem> unknownKeys(Set<String> known, String where) {
        List<Problem> unknown = new ArrayList<>();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String hint = known.stream().filter(k -> similar(k, entry.getKey())).findFirst()
                        .map(k -> "; did you mean '" + k + "'?").orElse("; it is ignored");
                unknown.add(new Problem(positionOf(entry.getValue().getKeyNode()),
                        "unknown key '" + entry.getKey() + "' in " + where + hint));
            }
        }
        return unknown;
    }

    public void report(String key, String message) {
        problems.add(new Problem(positionOf(key), message));
    }

    public void report(SourcePosition where, String message) {
        problems.add(new Problem(where, message));
    }

    private void report(Node node, String message) {
        problems.add(new Problem(positionOf(node), message));
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
            if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
                return "the number " + shown;
            }
            if (scalar.getTag().equals(Tag.BOOL)) {
                return "the boolean " + shown;
            }
            return "'" + shown + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a group of keys";
    }

    private static boolean similar(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).replace("-", "_");
        String y = b.toLowerCase(java.util.Locale.ROOT).replace("-", "_");
        return x.equals(y) || distance(x, y) <= Math.max(1, Math.min(x.length(), y.length()) / 4);
    }

    /** Edit distance counting a swap of neighbours as one edit, as typos usually are ("titel"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
