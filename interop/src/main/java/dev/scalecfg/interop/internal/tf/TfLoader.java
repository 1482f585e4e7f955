package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.Collector;
import dev.scalecfg.interop.internal.hcl.Ast;
import dev.scalecfg.interop.internal.hcl.Evaluator;
import dev.scalecfg.interop.internal.hcl.HclParser;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import dev.scalecfg.interop.internal.tree.Trees;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loads a Terraform configuration (a root module, and the local modules it calls) and evaluates
 * every {@code alicloud_ess_scaling_configuration} instance: variables from their defaults,
 * {@code .tfvars} files and given values; locals; {@code count} and {@code for_each} of resources
 * and modules; {@code dynamic} blocks.
 */
public final class TfLoader {
    /** The resource type read. */
    public static final String RESOURCE_TYPE = "alicloud_ess_scaling_configuration";
    private static final int MAX_MODULE_DEPTH = 16;
    private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers",
            "depends_on");

    /** Values given from outside: {@code -var name=value} and {@code .tfvars} files, in order. */
    public static final class Inputs {
        final Map<String, String> variables;
        final Map<String, String> variableFiles;
        final String providerVersion;

        public Inputs(Map<String, String> variables, Map<String, String> variableFiles, String providerVersion) {
            this.variables = Map.copyOf(variables);
            this.variableFiles = new LinkedHashMap<>(variableFiles);
            this.providerVersion = providerVersion;
        }
    }

    /** One evaluated resource instance. */
    public static final class Instance {
        public final String address;
        public final TfObject object;
        /** The prefix of problem locations: the file, for configurations of several files. */
        public final String location;
        public final List<Consumer<Collector>> extras;

        Instance(String address, TfObject object, String location, List<Consumer<Collector>> extras) {
            this.address = address;
            this.object = object;
            this.location = location;
            this.extras = extras;
        }
    }

    /** What a configuration holds. */
    public static final class Result {
        public final List<Instance> instances;
        /** Whether the provider's old {@code internet_charge_type} default applies. */
        public final boolean chargeTypeDefault;

        Result(List<Instance> instances, boolean chargeTypeDefault) {
            this.instances = instances;
            this.chargeTypeDefault = chargeTypeDefault;
        }
    }

    private static final class VarDecl {
        final Ast.Expr defaultValue;
        final Ast.Expr type;
        final boolean sensitive;

        VarDecl(Ast.Expr defaultValue, Ast.Expr type, boolean sensitive) {
            this.defaultValue = defaultValue;
            this.type = type;
            this.sensitive = sensitive;
        }
    }

    private static final class Located {
        final Ast.Block block;
        final String file;

        Located(Ast.Block block, String file) {
            this.block = block;
            this.file = file;
        }
    }

    /** The declarations of one module's files. */
    private static final class Module {
        final Map<String, VarDecl> variables = new LinkedHashMap<>();
        final Map<String, Ast.Expr> locals = new LinkedHashMap<>();
        final List<Located> resources = new ArrayList<>();
        final List<Located> calls = new ArrayList<>();
        final List<Ast.Expr> providerVersions = new ArrayList<>();
    }

    private final Sources sources;
    private final ReadLimits limits;
    private final boolean multiFile;
    private final boolean followModules;
    private long chars;
    private final List<Instance> instances = new ArrayList<>();

    private TfLoader(Sources sources, ReadLimits limits, boolean multiFile, boolean followModules) {
        this.sources = sources;
        this.limits = limits;
        this.multiFile = multiFile;
        this.followModules = followModules;
    }

    /**
     * Loads a configuration.
     *
     * @param files the files of the root module to read, or null for every {@code .tf} and
     *     {@code .tf.json} file of {@code root} (and its {@code terraform.tfvars} and
     *     {@code *.auto.tfvars} files)
     * @param multiFile whether problem locations name the file
     * @param followModules whether local module sources are read
     */
    public static Result load(Sources sources, String root, List<String> files, Inputs inputs, ReadLimits limits,
            boolean multiFile, boolean followModules) {
        TfLoader loader = new TfLoader(sources, limits, multiFile, followModules);
        List<String> names = files;
        Map<String, String> autoVarFiles = new LinkedHashMap<>();
        if (names == null) {
            names = new ArrayList<>();
            for (String file : sources.files(root)) {
                if (isConfigurationFile(file)) {
                    names.add(file);
                } else if (file.equals("terraform.tfvars") || file.equals("terraform.tfvars.json")) {
                    autoVarFiles.put(Sources.join(root, file), loader.text(root, file));
                }
            }
            for (String file : sources.files(root)) {
                if (file.endsWith(".auto.tfvars") || file.endsWith(".auto.tfvars.json")) {
                    autoVarFiles.put(Sources.join(root, file), loader.text(root, file));
                }
            }
        }
        Module module = loader.module(root, names);
        Map<String, Value> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : autoVarFiles.entrySet()) {
            given.putAll(loader.variableFile(file.getKey(), file.getValue()));
        }
        for (Map.Entry<String, String> file : inputs.variableFiles.entrySet()) {
            loader.count(file.getValue().length(), file.getKey());
            given.putAll(loader.variableFile(file.getKey(), file.getValue()));
        }
        for (Map.Entry<String, String> variable : inputs.variables.entrySet()) {
            given.put(variable.getKey(), loader.commandLineValue(module, variable.getKey(), variable.getValue()));
        }
        Evaluator.Context context = loader.context(module, given, "");
        boolean legacy = inputs.providerVersion != null ? ProviderVersions.belowChargeTypeRemoval(inputs.providerVersion)
                : loader.legacyFromConstraints(module, context);
        loader.evaluate(module, context, "", root, 0, new ArrayList<>(List.of(root)));
        return new Result(List.copyOf(loader.instances), legacy);
    }

    /** Whether a file name is a configuration file Terraform reads ({@code *_override.tf} files are not merged). */
    public static boolean isConfigurationFile(String file) {
        boolean config = file.endsWith(".tf") || file.endsWith(".tf.json");
        boolean override = file.equals("override.tf") || file.equals("override.tf.json")
                || file.endsWith("_override.tf") || file.endsWith("_override.tf.json");
        return config && !override;
    }

    private String text(String dir, String file) {
        String text = sources.read(dir, file);
        count(text.length(), Sources.join(dir, file));
        return text;
    }

    private void count(int length, String where) {
        chars += length;
        if (chars > limits.getMaxDocumentChars()) {
            throw new ConfigFormatException(FormatError.of(where, null, "brings the configuration to more than "
                    + limits.getMaxDocumentChars() + " characters, the limit").withCode(Codes.LIMIT_DOCUMENT_SIZE));
        }
    }

    private String location(String file) {
        return multiFile ? file : "";
    }

    /** Parses one file of a configuration ({@code .tf} or {@code .tf.json}). */
    public static Ast.Body parse(String name, String text, ReadLimits limits, String location) {
        if (name.endsWith(".json") || (!name.endsWith(".tf") && firstNonBlank(text) == '{')) {
            return TfJson.body(Trees.json(text, limits, location), limits, location);
        }
        return HclParser.parseFile(text, limits, location);
    }

    static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private Module module(String dir, List<String> files) {
        Module module = new Module();
        for (String file : files) {
            String path = Sources.join(dir, file);
            String text = sources.read(dir, file);
            if (text == null) {
                continue;
            }
            count(text.length(), path);
            Ast.Body body = parse(file, text, limits, location(path));
            for (Ast.Block block : body.blocks) {
                switch (block.type) {
                    case "variable":
                        if (block.labels.size() == 1) {
                            Ast.Attribute sensitive = block.body.attribute("sensitive");
                            boolean isSensitive = sensitive != null && sensitive.value instanceof Ast.Literal
                                    && Boolean.TRUE.equals(((Ast.Literal) sensitive.value).value);
                            Ast.Attribute type = block.body.attribute("type");
                            Ast.Attribute value = block.body.attribute("default");
                            module.variables.put(block.labels.get(0), new VarDecl(value == null ? null : value.value,
                                    type == null ? null : type.value, isSensitive));
                        }
                        break;
                    case "locals":
                        for (Ast.Attribute local : block.body.attributes) {
                            module.locals.put(local.name, local.value);
                        }
                        break;
                    case "resource":
                        if (block.labels.size() == 2 && RESOURCE_TYPE.equals(block.labels.get(0))) {
                            module.resources.add(new Located(block, path));
                        }
                        break;
                    case "module":
                        if (block.labels.size() == 1) {
                            module.calls.add(new Located(block, path));
                        }
                        break;
                    case "terraform":
                        for (Ast.Block inner : block.body.blocks) {
                            if ("required_providers".equals(inner.type) && inner.body.attribute("alicloud") != null) {
                                module.providerVersions.add(inner.body.attribute("alicloud").value);
                            }
                        }
                        break;
                    case "provider":
                        if (block.labels.equals(List.of("alicloud")) && block.body.attribute("version") != null) {
                            module.providerVersions.add(block.body.attribute("version").value);
                        }
                        break;
                    default:
                }
            }
        }
        return module;
    }

    private Map<String, Value> variableFile(String path, String text) {
        Evaluator.Context empty = Evaluator.Context.module(Map.of(), Map.of(), limits, location(path));
        Map<String, Value> values = new LinkedHashMap<>();
        if (path.endsWith(".json")) {
            return jsonVariables(text, path);
        }
        Ast.Body body = HclParser.parseFile(text, limits, location(path));
        for (Ast.Attribute attribute : body.attributes) {
            values.put(attribute.name, Evaluator.eval(attribute.value, empty));
        }
        return values;
    }

    private Map<String, Value> jsonVariables(String text, String path) {
        dev.scalecfg.interop.internal.tree.Node root = Trees.json(text, limits, location(path));
        Map<String, Value> values = new LinkedHashMap<>();
        if (root.isObject()) {
            for (Map.Entry<String, dev.scalecfg.interop.internal.tree.Node> entry : root.fields().entrySet()) {
                values.put(entry.getKey(), JsonValues.value(entry.getValue(), limits));
            }
        }
        return values;
    }

    /** A {@code -var} value: literal for primitive types, an HCL expression for collection types. */
    private Value commandLineValue(Module module, String name, String text) {
        VarDecl declaration = module.variables.get(name);
        if (declaration != null && declaration.type != null && isComplex(declaration.type)) {
            Ast.Expr expr = HclParser.parseExpression(text, limits, "-var " + name);
            return Evaluator.eval(expr, Evaluator.Context.module(Map.of(), Map.of(), limits, ""));
        }
        return Value.string(text);
    }

    private static boolean isComplex(Ast.Expr type) {
        return type instanceof Ast.Call;
    }

    private Evaluator.Context context(Module module, Map<String, Value> given, String location) {
        Evaluator.Context empty = Evaluator.Context.module(Map.of(), Map.of(), limits, location);
        Map<String, Value> variables = new LinkedHashMap<>();
        for (Map.Entry<String, VarDecl> declared : module.variables.entrySet()) {
            String name = declared.getKey();
            VarDecl declaration = declared.getValue();
            Value value = given.get(name);
            if (value == null && declaration.defaultValue != null) {
                value = Evaluator.eval(declaration.defaultValue, empty);
            }
            if (value == null) {
                value = Value.unknown("var." + name + " has no default, and no value was given for it (-var or a"
                        + " .tfvars file)");
            } else if (declaration.type != null) {
                value = Types.convert(value, declaration.type, empty);
            }
            variables.put(name, declaration.sensitive ? value.asSensitive() : value);
        }
        return Evaluator.Context.module(variables, module.locals, limits, location);
    }

    private boolean legacyFromConstraints(Module module, Evaluator.Context context) {
        for (Ast.Expr expr : module.providerVersions) {
            Value value = Evaluator.eval(expr, context);
            String constraint = null;
            if (value.kind() == Value.Kind.STRING) {
                constraint = value.asString();
            } else if (value.kind() == Value.Kind.MAP && value.asMap().get("version") != null) {
                constraint = Values.asText(value.asMap().get("version"));
            }
            if (constraint != null && ProviderVersions.onlyBelowChargeTypeRemoval(constraint)) {
                return true;
            }
        }
        return false;
    }

    private void evaluate(Module module, Evaluator.Context context, String prefix, String dir, int depth,
            List<String> stack) {
        for (Located resource : module.resources) {
            String base = prefix + RESOURCE_TYPE + "." + resource.block.labels.get(1);
            expand(resource.block, context, base, resource.file, (address, inner, extras) ->
                    instances.add(new Instance(address, TfBodies.evaluate(resource.block, inner),
                            location(resource.file).isEmpty() ? "" : location(resource.file) + ": ", extras)));
        }
        if (!followModules || depth >= MAX_MODULE_DEPTH) {
            return;
        }
        for (Located call : module.calls) {
            Ast.Attribute sourceAttribute = call.block.body.attribute("source");
            Value source = sourceAttribute == null ? Value.NULL : Evaluator.eval(sourceAttribute.value, context);
            if (source.kind() != Value.Kind.STRING) {
                continue;
            }
            String child = Sources.resolve(dir, source.asString());
            if (child == null || stack.contains(child) || !sources.isDirectory(child)) {
                continue;
            }
            List<String> files = new ArrayList<>();
            for (String file : sources.files(child)) {
                if (isConfigurationFile(file)) {
                    files.add(file);
                }
            }
            Module callee = module(child, files);
            String base = prefix + "module." + call.block.labels.get(0);
            expand(call.block, context, base, call.file, (address, inner, extras) -> {
                Map<String, Value> inputs = new HashMap<>();
                for (Ast.Attribute input : call.block.body.attributes) {
                    if (!MODULE_META.contains(input.name)) {
                        inputs.put(input.name, Evaluator.eval(input.value, inner));
                    }
                }
                List<String> deeper = new ArrayList<>(stack);
                deeper.add(child);
                int before = instances.size();
                evaluate(callee, context(callee, inputs, location(child)), address + ".", child, depth + 1, deeper);
                for (int i = before; i < instances.size(); i++) {
                    Instance instance = instances.get(i);
                    List<Consumer<Collector>> all = new ArrayList<>(extras);
                    all.addAll(instance.extras);
                    instances.set(i, new Instance(instance.address, instance.object, instance.location, all));
                }
            });
        }
    }

    private interface InstanceSink {
        void accept(String address, Evaluator.Context context, List<Consumer<Collector>> extras);
    }

    /** Expands {@code count} and {@code for_each} of a resource or module block. */
    private void expand(Ast.Block block, Evaluator.Context context, String base, String file, InstanceSink sink) {
        Ast.Attribute count = block.body.attribute("count");
        Ast.Attribute forEach = block.body.attribute("for_each");
        String where = location(file).isEmpty() ? "" : location(file) + ": ";
        if (count != null) {
            Value value = Evaluator.eval(count.value, context);
            BigDecimal number = value.isKnown() ? Values.asNumber(value) : null;
            if (number != null && number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0
                    && number.compareTo(BigDecimal.valueOf(limits.getMaxListElements())) <= 0) {
                for (int i = 0; i < number.intValueExact(); i++) {
                    sink.accept(base + "[" + i + "]", context.with("count",
                            Value.map(Map.of("index", Value.number(BigDecimal.valueOf(i))))), List.of());
                }
                return;
            }
            String reason = value.isUnknown() ? value.reason()
                    : number == null ? "it is " + value.describe() + ", not a whole number"
                    : "it is " + Shown.number(number) + "; count is a whole number from 0 to "
                            + limits.getMaxListElements();
            Consumer<Collector> problem = out -> out.unresolvedArgument(where + "count", count.value.pos.line,
                    count.value.pos.column, reason + "; the resource is read once, and values that use count.index"
                            + " are unresolved");
            sink.accept(base, context.with("count", Value.map(Map.of("index",
                    Value.unknown("count is not known offline")))), List.of(problem));
            return;
        }
        if (forEach != null) {
            Value value = Evaluator.eval(forEach.value, context);
            Map<String, Value> elements = null;
            if (value.kind() == Value.Kind.MAP) {
                elements = value.asMap();
            } else if (value.kind() == Value.Kind.LIST && value.asList().stream()
                    .allMatch(item -> item.kind() == Value.Kind.STRING)) {
                elements = new LinkedHashMap<>();
                for (Value item : value.asList()) {
                    elements.put(item.asString(), item);
                }
            }
            if (elements != null && value.firstUnknown() == null) {
                for (Map.Entry<String, Value> element : elements.entrySet()) {
                    sink.accept(base + "[\"" + element.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]",
                            context.with("each", Value.map(Map.of("key", Value.string(element.getKey()),
                                    "value", element.getValue()))), List.of());
                }
                return;
            }
            String reason = !value.isKnown() ? value.reason()
                    : "it is " + value.describe() + "; for_each takes a map or a set of strings";
            Consumer<Collector> problem = out -> out.unresolvedArgument(where + "for_each", forEach.value.pos.line,
                    forEach.value.pos.column, reason + "; the resource is read once, and values that use each.key or"
                            + " each.value are unresolved");
            sink.accept(base, context.with("each", Value.unknown("for_each is not known offline")), List.of(problem));
            return;
        }
        sink.accept(base, context, List.of());
    }
}
