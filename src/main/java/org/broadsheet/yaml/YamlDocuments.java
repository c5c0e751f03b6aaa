package org.broadsheet.yaml;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.broadsheet.error.Problem;
import org.broadsheet.error.SourcePosition;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and writes the YAML of config files and front matter with snakeyaml-engine, under limits that make hostile
 * documents (alias bombs, huge inputs) fail fast with a position instead of eating memory.
 */
public final class YamlDocuments {

    /** Front matter and config are small; anything larger is a mistake or an attack. */
    public static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_ALIASES = 50;

    private static final DumpSettings DUMP_SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(0)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setUseUnicodeEncoding(true)
            .build();

    private YamlDocuments() {
    }

    /**
     * Parses {@code text} as a YAML mapping. {@code firstLine} is the line of the file on which the text starts, so
     * positions point into the real file. Returns an empty mapping for an empty document; records a problem and
     * returns empty when the text is not a well-formed mapping.
     */
    public static Optional<YamlMap> parseMapping(String text, Path file, int firstLine, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        int before = problems.size();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                return Optional.of(YamlMap.empty(file, firstLine, problems));
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(new Problem(position(file, firstLine, root.get().getStartMark()),
                        "expected 'key: value' lines, found " + YamlMap.describe(root.get())));
                return Optional.empty();
            }
            YamlMap map = new YamlMap(mapping, file, firstLine, problems);
            return problems.size() == before || map.isUsable() ? Optional.of(map) : Optional.empty();
        } catch (MarkedYamlEngineException e) {
            // "found unexpected end of stream" points past the text; where the construct opened is more useful
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Optional<Mark> mark = e.getProblemMark().isPresent() && !(atEnd && e.getContextMark().isPresent())
                    ? e.getProblemMark() : e.getContextMark();
            problems.add(new Problem(position(file, firstLine, mark), "invalid YAML: " + describe(e)));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(SourcePosition.of(file, firstLine), "invalid YAML: " + oneLine(e.getMessage())));
            return Optional.empty();
        } catch (RuntimeException e) {
            // a fault inside the YAML library on odd input must still name the file, not end the run
            problems.add(new Problem(SourcePosition.of(file, firstLine), "the YAML could not be read ("
                    + e.getClass().getSimpleName() + "); simplify or retype this part of the file"));
            return Optional.empty();
        }
    }

    /** Writes a mapping as block-style YAML, one key per line, in the map's order. */
    public static String dump(Map<String, Object> values) {
        return new Dump(DUMP_SETTINGS).dumpToString(new LinkedHashMap<>(values));
    }

    static SourcePosition position(Path file, int firstLine, Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(file, firstLine + m.getLine(), m.getColumn() + 1))
                .orElse(SourcePosition.of(file, firstLine));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = (context.isEmpty() ? problem : context + ": " + problem).strip();
        if (problem.contains("mapping values are not allowed")) {
            text += " (a value containing ': ' must be quoted, e.g. title: \"Q: and A\")";
        }
        return oneLine(text);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable document" : s.replaceAll("\\s+", " ").strip();
    }
}
