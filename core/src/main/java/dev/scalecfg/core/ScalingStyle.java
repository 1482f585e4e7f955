package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every scalecfg value type.
 *
 * <p>Accessors use JavaBeans names ({@code getName()}, {@code isX()}) so that any stock Jakarta
 * {@code Validator} sees the field constraints; Immutables strips the prefix, so the builder
 * method and the JSON property are the bare attribute name ({@code name}). Implementations are
 * package-private: users only see the public interfaces and their nested {@code Builder}.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        jakarta = true,
        depluralize = true,
        depluralizeDictionary = {
            "category:categories",
            "family:families",
            "priority:priorities",
            "tag:tags",
            "limit:limits",
            "vswitch:vswitches",
            "entry:entries"
        },
        defaults = @Value.Immutable(copy = true))
public @interface ScalingStyle {}
