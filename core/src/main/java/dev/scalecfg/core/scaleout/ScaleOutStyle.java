package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the scale-out input types: the same conventions as
 * {@link dev.scalecfg.core.ScalingStyle} (JavaBeans getters, package-private implementations,
 * public nested builders), with a depluralization dictionary for this package's list names.
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
            "vswitch:vswitches",
            "category:categories",
            "pool:pools",
            "currentMember:currentMembers",
            "diskOffer:diskOffers",
            "shortage:shortages",
            "requestedVswitchId:requestedVswitchIds",
            "quota:quotas",
            "freeIp:freeIps",
            "vcpu:vcpus"
        },
        defaults = @Value.Immutable(copy = true))
@interface ScaleOutStyle {}
