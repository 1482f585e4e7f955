package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.interop.internal.hcl.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluated arguments of one resource instance, or of one nested block: what the mapper turns
 * into ESS parameters, whatever the source (HCL, {@code .tf.json}, a plan or a state).
 */
public final class TfObject {
    /** One argument: a value, or (for a nested block type) the block instances. */
    public static final class Field {
        public final String name;
        /** The value; for block types, unknown when the blocks are not known (a dynamic block over an unknown). */
        public final Value value;
        /** The block instances of a block type, or null for a plain argument. */
        public final List<TfObject> blocks;
        /** The path messages name, such as {@code data_disk[1].size}. */
        public final String path;
        public final int line;
        public final int column;

        public Field(String name, Value value, List<TfObject> blocks, String path, int line, int column) {
            this.name = name;
            this.value = value;
            this.blocks = blocks;
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    public final String path;
    public final int line;
    public final int column;

    public TfObject(String path, int line, int column) {
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** Adds a field; a block type seen again gets its blocks appended. */
    public void put(Field field) {
        Field earlier = fields.get(field.name);
        if (earlier != null && earlier.blocks != null && field.blocks != null) {
            List<TfObject> all = new java.util.ArrayList<>(earlier.blocks);
            all.addAll(field.blocks);
            fields.put(field.name, new Field(field.name, earlier.value.isKnown() ? field.value : earlier.value,
                    all, earlier.path, earlier.line, earlier.column));
            return;
        }
        fields.put(field.name, field);
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Field get(String name) {
        return fields.get(name);
    }
}
