package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.Collector;
import dev.scalecfg.interop.internal.Names;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Turns the evaluated arguments of one {@code alicloud_ess_scaling_configuration} into the ESS
 * parameters the provider sends (interop-formats §1.4), through the {@link TfSchema} table, and
 * builds the entry from them.
 */
public final class TfMapper {
    /** Where the arguments come from. */
    public enum Source {
        /** A configuration ({@code .tf}, {@code .tf.json}): what is written, with the provider's defaults. */
        CONFIGURATION,
        /** A plan or a state: every argument is present; values Terraform fills in when unset are read as unset. */
        STATE
    }

    /** The provider version that removed the {@code internet_charge_type} default. */
    public static final String CHARGE_TYPE_DEFAULT_REMOVED = "1.279.0";

    private final Source source;
    private final boolean chargeTypeDefault;
    private final Collector out;

    private TfMapper(Source source, boolean chargeTypeDefault, String location) {
        this.source = source;
        this.chargeTypeDefault = chargeTypeDefault;
        this.out = new Collector(location);
    }

    /**
     * Maps one resource instance.
     *
     * @param chargeTypeDefault whether to apply the provider's {@code internet_charge_type =
     *     PayByBandwidth} default (providers before 1.279.0)
     * @param location a prefix for problem locations (a file name), or empty
     * @param extra problems and notes found while evaluating (such as an unknown {@code count}),
     *     added first
     */
    public static ConfigEntry map(TfObject resource, Source source, boolean chargeTypeDefault, String location,
            String name, java.util.function.Consumer<Collector> extra) {
        TfMapper mapper = new TfMapper(source, chargeTypeDefault, location);
        if (extra != null) {
            extra.accept(mapper.out);
        }
        mapper.root(resource);
        return mapper.out.build(name, ApiVersion.V2014_08_28);
    }

    private void root(TfObject resource) {
        List<String> types = new ArrayList<>();
        boolean typesUnknown = false;
        TfObject.Field plural = resource.get("instance_types");
        TfObject.Field single = resource.get(TfSchema.INSTANCE_TYPE);
        for (TfObject.Field field : resource.fields().values()) {
            String name = field.name;
            TfSchema.Attr attr = TfSchema.attribute(name);
            if (attr == null) {
                if (TfSchema.NO_PARAMETER.containsKey(name)) {
                    String note = TfSchema.NO_PARAMETER.get(name);
                    if (note != null && source == Source.CONFIGURATION && !field.value.isNull()) {
                        out.note(note);
                    }
                    if (TfSchema.KMS_ENCRYPTED_PASSWORD.equals(name)) {
                        kmsPassword(resource, field);
                    }
                } else if (source == Source.CONFIGURATION) {
                    String suggestion = Names.closest(name, TfSchema.names());
                    out.problem(Codes.PARAMETER_UNKNOWN, null, field.path, field.line, field.column, null,
                            "is not an argument of alicloud_ess_scaling_configuration"
                                    + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
                }
                continue;
            }
            if (attr.name.equals(TfSchema.INSTANCE_TYPE) || attr.name.equals("instance_types")) {
                continue; // merged below, in the provider's order
            }
            if (attr.name.equals(TfSchema.IS_OUTDATED)) {
                isOutdated(field);
                continue;
            }
            field(attr, field, "");
        }
        if (plural != null && single != null && present(plural) && present(single) && source == Source.CONFIGURATION) {
            out.problem(Codes.PARAMETER_CONFLICT, "InstanceTypes", single.path, single.line, single.column, null,
                    "conflicts with instance_types: Terraform refuses both; list every type in instance_types");
        }
        for (TfObject.Field field : new TfObject.Field[] {plural, single}) {
            if (field == null || field.value.isNull()) {
                continue;
            }
            if (!known(field, "InstanceTypes")) {
                typesUnknown = true;
                continue;
            }
            if (field == plural) {
                List<Value> items = listItems(field, "InstanceTypes");
                if (items == null) {
                    continue;
                }
                for (Value item : items) {
                    String text = Values.asText(item);
                    if (text != null && !text.isEmpty()) {
                        types.add(text);
                    }
                }
            } else {
                String text = scalar(field, TfSchema.Conv.STRING, "InstanceTypes");
                if (text != null && !text.isEmpty()) {
                    types.add(text);
                }
            }
        }
        if (!typesUnknown) {
            TfObject.Field at = plural != null && present(plural) ? plural : single;
            for (int i = 0; i < types.size(); i++) {
                out.put("InstanceTypes." + (i + 1), types.get(i), at.path + (at == plural ? "[" + i + "]" : ""),
                        at.line, at.column);
            }
        } else {
            out.removeAll("InstanceTypes");
        }
        TfObject.Field override = resource.get("instance_type_override");
        if (override != null && override.blocks != null && !override.blocks.isEmpty() && !types.isEmpty()
                && source == Source.CONFIGURATION) {
            out.problem(Codes.PARAMETER_CONFLICT, "InstanceTypes", override.path, override.line, override.column, null,
                    "conflicts with instance_type and instance_types: Terraform refuses both");
        }
        if (source == Source.CONFIGURATION) {
            defaults(resource);
        }
    }

    private static boolean present(TfObject.Field field) {
        return field.value != null && !field.value.isNull()
                && !(field.value.kind() == Value.Kind.STRING && field.value.asString().isEmpty());
    }

    /** The schema defaults Terraform applies and the API does not (interop-formats §1.4). */
    private void defaults(TfObject resource) {
        if (resource.get("instance_name") == null || resource.get("instance_name").value.isNull()) {
            out.put("InstanceName", "ESS-Instance", "instance_name", resource.line, resource.column);
            out.note("instance_name is not set: Terraform sends its default, ESS-Instance");
        }
        if (resource.get("system_disk_category") == null || resource.get("system_disk_category").value.isNull()) {
            out.put("SystemDisk.Category", "cloud_efficiency", "system_disk_category", resource.line, resource.column);
            out.note("system_disk_category is not set: Terraform sends its default, cloud_efficiency");
        }
        if (chargeTypeDefault && (resource.get("internet_charge_type") == null
                || resource.get("internet_charge_type").value.isNull())) {
            out.put("InternetChargeType", "PayByBandwidth", "internet_charge_type", resource.line, resource.column);
            out.note("internet_charge_type is not set: providers before " + CHARGE_TYPE_DEFAULT_REMOVED
                    + " send their default, PayByBandwidth");
        }
    }

    private void isOutdated(TfObject.Field field) {
        if (field.value.isNull() || !known(field, "IoOptimized")) {
            return;
        }
        Boolean outdated = Values.asBool(field.value);
        if (outdated == null) {
            out.problem(Codes.VALUE_WRONG_TYPE, "IoOptimized", field.path, field.line, field.column,
                    Values.asText(field.value), "is not a bool; is_outdated takes true or false");
        } else if (outdated) {
            out.put("IoOptimized", "none", field.path, field.line, field.column);
        }
    }

    private void kmsPassword(TfObject resource, TfObject.Field field) {
        TfObject.Field password = resource.get("password");
        TfObject.Field inherit = resource.get("password_inherit");
        boolean hasPassword = password != null && present(password);
        boolean inherits = inherit != null && inherit.value.isKnown() && Boolean.TRUE.equals(Values.asBool(inherit.value));
        if (present(field) && !hasPassword && !inherits) {
            out.unresolved("Password", field.path, field.line, field.column,
                    "kms_encrypted_password is decrypted with KMS when Terraform runs, and sent as Password");
        }
    }

    /** Whether a field's value is known; if not, records it as unresolved (or as a problem). */
    private boolean known(TfObject.Field field, String parameter) {
        Value unknown = field.value.firstUnknown();
        if (unknown == null) {
            if (field.value.sensitive() && !isSecret(parameter)) {
                out.unresolved(parameter, field.path, field.line, field.column, "it is sensitive, and its value is"
                        + " not read so that it is never shown");
                return false;
            }
            return true;
        }
        if (unknown.isUnknown()) {
            out.unresolved(parameter, field.path, field.line, field.column, unknown.reason());
        } else {
            String reason = unknown.reason();
            out.problem(reason.startsWith("is a number of") ? Codes.VALUE_TOO_LONG : "VALUE_INVALID", parameter,
                    field.path, field.line, field.column, null,
                    reason.startsWith("is a number of") ? reason : "cannot be computed: it " + reason);
        }
        return false;
    }

    private static boolean isSecret(String parameter) {
        return parameter.equals("Password") || parameter.equals("UserData");
    }

    /** Maps one argument (of the resource or of a block) under a parameter prefix. */
    private void field(TfSchema.Attr attr, TfObject.Field field, String prefix) {
        String parameter = prefix + attr.parameter;
        switch (attr.shape) {
            case SCALAR: {
                if (field.value.isNull() || !known(field, parameter)) {
                    return;
                }
                String text = scalar(field, attr.conv, parameter);
                if (text == null || skipped(attr, text, field)) {
                    return;
                }
                out.put(parameter, text, field.path, field.line, field.column);
                return;
            }
            case LIST: {
                if (field.value.isNull() || !known(field, parameter)) {
                    return;
                }
                List<Value> items = listItems(field, parameter);
                if (items == null) {
                    return;
                }
                for (int i = 0; i < items.size(); i++) {
                    String text = Values.asText(items.get(i));
                    if (text == null) {
                        out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path + "[" + i + "]", field.line,
                                field.column, null, "is " + items.get(i).describe() + "; the list takes strings");
                        continue;
                    }
                    out.put(parameter + "." + (i + 1), text, field.path + "[" + i + "]", field.line, field.column);
                }
                return;
            }
            case MAP:
                tags(field, parameter);
                return;
            default:
                blocks(attr, field, parameter);
        }
    }

    private void blocks(TfSchema.Attr attr, TfObject.Field field, String parameter) {
        if (field.blocks == null) {
            if (!field.value.isNull() && field.value.isKnown()) {
                out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path, field.line, field.column, null,
                        "is " + field.value.describe() + "; " + attr.name + " takes blocks");
            } else if (!field.value.isNull()) {
                known(field, parameter);
            }
            return;
        }
        for (int i = 0; i < field.blocks.size(); i++) {
            TfObject block = field.blocks.get(i);
            String element = parameter + "." + (i + 1) + ".";
            for (TfObject.Field inner : block.fields().values()) {
                TfSchema.Attr sub = attr.field(inner.name);
                if (sub == null) {
                    if (source == Source.CONFIGURATION && !inner.name.equals("dynamic")) {
                        String suggestion = Names.closest(inner.name,
                                attr.fields.stream().map(f -> f.name).collect(java.util.stream.Collectors.toList()));
                        out.problem(Codes.PARAMETER_UNKNOWN, null, inner.path, inner.line, inner.column, null,
                                "is not an argument of " + attr.name
                                        + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
                    }
                    continue;
                }
                field(sub, inner, element);
            }
        }
    }

    private void tags(TfObject.Field field, String parameter) {
        if (field.value.isNull() || !known(field, parameter)) {
            return;
        }
        if (field.value.kind() != Value.Kind.MAP) {
            out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path, field.line, field.column, null,
                    "is " + field.value.describe() + "; tags takes a map of strings");
            return;
        }
        if (field.value.asMap().isEmpty()) {
            return;
        }
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Value> tag : field.value.asMap().entrySet()) {
            String text = Values.asText(tag.getValue());
            if (text == null) {
                out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path + "[" + Shown.text(tag.getKey()) + "]",
                        field.line, field.column, null, "is " + tag.getValue().describe() + "; a tag value is a string");
                return;
            }
            json.append(first ? "" : ",").append(quote(tag.getKey())).append(':').append(quote(text));
            first = false;
        }
        out.put(parameter, json.append('}').toString(), field.path, field.line, field.column);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The items of a list argument, or null (with a problem) when it is not a list. */
    private List<Value> listItems(TfObject.Field field, String parameter) {
        if (field.value.kind() == Value.Kind.LIST) {
            return field.value.asList();
        }
        out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path, field.line, field.column, null,
                "is " + field.value.describe() + "; it takes a list");
        return null;
    }

    /** Whether the provider does not send this value (interop-formats §1.4 item 3, and implicit values of plans). */
    private boolean skipped(TfSchema.Attr attr, String text, TfObject.Field field) {
        if (source == Source.STATE && attr.implicit != null && attr.implicit.equals(text)) {
            return true;
        }
        if (attr.send == TfSchema.Send.NONZERO && (text.isEmpty() || isZero(text))
                && attr.conv != TfSchema.Conv.STRING && attr.conv != TfSchema.Conv.SECRET) {
            if (source == Source.CONFIGURATION) {
                out.note(field.path + " = 0 is not sent: the provider sends " + field.name + " only when it is not 0");
            }
            return true;
        }
        return text.isEmpty() && attr.conv != TfSchema.Conv.SECRET;
    }

    private static boolean isZero(String text) {
        try {
            return text.length() < 40 && new BigDecimal(text).signum() == 0;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    /** Converts a known scalar as the provider does; null (with a problem) when it cannot be. */
    private String scalar(TfObject.Field field, TfSchema.Conv conv, String parameter) {
        Value value = field.value;
        String text = Values.asText(value);
        if (text == null) {
            out.problem(Codes.VALUE_WRONG_TYPE, parameter, field.path, field.line, field.column, null,
                    "is " + value.describe() + "; " + field.name + " takes a single value");
            return null;
        }
        switch (conv) {
            case INT: {
                BigDecimal number = Values.asNumber(value);
                if (number != null && number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BIG) < 0) {
                    return number.toBigInteger().toString();
                }
                return text;
            }
            case FLOAT2: {
                BigDecimal number = Values.asNumber(value);
                if (number == null || number.abs().compareTo(BIG) >= 0) {
                    return text;
                }
                BigDecimal rounded = new BigDecimal(number.doubleValue()).setScale(2, RoundingMode.HALF_EVEN);
                if (rounded.compareTo(number) == 0) {
                    return Values.plain(number);
                }
                out.note(field.path + " = " + Values.plain(number) + " is sent as " + rounded.toPlainString()
                        + ": the provider formats it with two decimals");
                return rounded.toPlainString();
            }
            case BOOL: {
                Boolean bool = Values.asBool(value);
                return bool == null ? text : bool.toString();
            }
            case USER_DATA:
                return isBase64(text) ? text
                        : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            default:
                return text;
        }
    }

    private static final BigDecimal BIG = new BigDecimal("1e30");

    /** Whether Go's base64.StdEncoding decodes the text (it skips carriage returns and newlines). */
    static boolean isBase64(String text) {
        String stripped = text.replace("\r", "").replace("\n", "");
        if (stripped.isEmpty() || stripped.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(stripped);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
