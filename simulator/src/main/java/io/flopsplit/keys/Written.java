package io.flopsplit.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keys and their values as YAML text, in order, nested where a section holds another: what the
 * effective scenario and a policy's options are written as. Written as a block
 * ({@code key: value} lines, nested sections indented) or as a flow mapping ({@code {key: value}}).
 */
public final class Written {

    private record Entry(String name, String text, Written nested, List<String> items) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds {@code key} at {@code value}, unless the key is written by leaving it out. */
    @SuppressWarnings("unchecked")
    public <T> Written put(Key<T> key, Object value) {
        key.write((T) value).ifPresent(text -> entries.add(new Entry(key.name(), text, null, null)));
        return this;
    }

    /** Adds a key with its YAML text as it is. */
    public Written text(String name, String text) {
        entries.add(new Entry(name, text, null, null));
        return this;
    }

    /** Adds a list, each item as YAML flow text: a block list in a block, {@code [a, b]} in a flow. */
    public Written list(String name, List<String> items) {
        entries.add(new Entry(name, null, null, List.copyOf(items)));
        return this;
    }

    /** Adds a nested section. */
    public Written section(String name, Written nested) {
        entries.add(new Entry(name, null, nested, null));
        return this;
    }

    /**
     * The entries that {@code other} does not hold with the same text (nested sections compared
     * entry by entry, and left out when nothing in them differs): what a file must write to turn
     * {@code other}'s values into these.
     */
    public Written minus(Written other) {
        Written left = new Written();
        for (Entry entry : entries) {
            Entry theirs = other.entries.stream().filter(e -> e.name().equals(entry.name())).findFirst().orElse(null);
            if (entry.nested() != null) {
                Written nested = theirs == null || theirs.nested() == null ? entry.nested()
                        : entry.nested().minus(theirs.nested());
                if (!nested.isEmpty()) {
                    left.entries.add(new Entry(entry.name(), null, nested, null));
                }
            } else if (theirs == null || !Objects.equals(entry.text(), theirs.text())
                    || !Objects.equals(entry.items(), theirs.items())) {
                left.entries.add(entry);
            }
        }
        return left;
    }

    /** Whether nothing was added. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** As a YAML block at {@code indent} spaces, one line per key, ending in a newline. */
    public String block(int indent) {
        StringBuilder text = new StringBuilder();
        String pad = " ".repeat(indent);
        for (Entry entry : entries) {
            if (entry.nested() != null) {
                text.append(pad).append(entry.name()).append(':').append('\n').append(entry.nested().block(indent + 2));
            } else if (entry.items() != null) {
                text.append(pad).append(entry.name()).append(':').append('\n');
                entry.items().forEach(item -> text.append(pad).append("  - ").append(item).append('\n'));
            } else {
                text.append(pad).append(entry.name()).append(": ").append(entry.text()).append('\n');
            }
        }
        return text.toString();
    }

    /** As a YAML flow mapping, {@code {key: value, ...}}. */
    public String flow() {
        List<String> parts = new ArrayList<>();
        for (Entry entry : entries) {
            String value = entry.nested() != null ? entry.nested().flow()
                    : entry.items() != null ? "[" + String.join(", ", entry.items()) + "]" : entry.text();
            parts.add(entry.name() + ": " + value);
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** The entries' texts joined into a flow mapping without braces, for a mapping that has other keys first. */
    public String flowEntries() {
        String flow = flow();
        return flow.substring(1, flow.length() - 1);
    }
}
