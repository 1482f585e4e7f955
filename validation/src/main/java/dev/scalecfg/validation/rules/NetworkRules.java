package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.BANDWIDTH_IN_FLOOR;
import static dev.scalecfg.core.ApiLimits.BANDWIDTH_IN_MIN;
import static dev.scalecfg.core.ApiLimits.SECURITY_GROUPS_DEFAULT_QUOTA;
import static dev.scalecfg.core.ApiLimits.SECURITY_GROUPS_MAX;

import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Network settings: the inbound bandwidth tied to the outbound one ({@code bandwidth}; newest rule,
 * SDK docs from 2024-12 matching newer ECS: when InternetMaxBandwidthOut ≤ 10 the inbound limit is
 * 10, otherwise it is Out; the older flat 1–200 is not followed), the security groups
 * ({@code security-groups}; the VPC checks use the context and are skipped without it), the network
 * interfaces ({@code network-interfaces}; an IPv6 count of 0 asks for nothing, and is what the
 * Terraform provider sends for every interface) and the features of VPC groups ({@code vpc-only}).
 *
 * @since 0.2.0
 */
public final class NetworkRules {

    /** SecurityGroupId together with SecurityGroupIds. */
    public static final ViolationCode SECURITY_GROUP_CONFLICT = ViolationCode.error("SECURITY_GROUP_CONFLICT")
            .addParameters("SecurityGroupId", "SecurityGroupIds.N")
            .description("SecurityGroupId or SecurityGroupIds, not both")
            .source("API doc").build();
    /** No security group. */
    public static final ViolationCode SECURITY_GROUP_MISSING = ViolationCode.error("SECURITY_GROUP_MISSING")
            .addParameters("SecurityGroupId", "SecurityGroupIds.N", "NetworkInterfaces.N")
            .description("SecurityGroupId, SecurityGroupIds or a Primary network interface")
            .source("spec §1.3, Terraform").build();
    /** More security groups than the default quota. */
    public static final ViolationCode SECURITY_GROUP_QUOTA = ViolationCode.warning("SECURITY_GROUP_QUOTA")
            .addParameters("SecurityGroupIds.N")
            .description("more than " + SECURITY_GROUPS_DEFAULT_QUOTA + " exceeds the default ECS quota (the maximum is "
                    + SECURITY_GROUPS_MAX + ")")
            .source("ECS limits").build();
    /** A security group of another VPC or network type. */
    public static final ViolationCode SECURITY_GROUP_VPC_MISMATCH = ViolationCode.error("SECURITY_GROUP_VPC_MISMATCH")
            .addParameters("SecurityGroupId", "SecurityGroupIds.N", "NetworkInterfaces.N.SecurityGroupIds.M")
            .description("a security group of the group's VPC and network type (needs the context)")
            .source("API errors VPCMismatch, IncorrectNetworkType").build();
    /** Network interfaces together with top-level settings. */
    public static final ViolationCode NETWORK_INTERFACE_CONFLICT = ViolationCode.error("NETWORK_INTERFACE_CONFLICT")
            .addParameters("NetworkInterfaces.N")
            .description("not with SecurityGroupId, SecurityGroupIds or Ipv6AddressCount")
            .source("spec §3.7").build();
    /** Not exactly one Primary interface. */
    public static final ViolationCode NETWORK_INTERFACE_PRIMARY = ViolationCode.error("NETWORK_INTERFACE_PRIMARY")
            .addParameters("NetworkInterfaces.N.InstanceType")
            .description("exactly one Primary")
            .source("spec §3.7").build();
    /** IPv6 addresses on a Secondary interface. */
    public static final ViolationCode NETWORK_INTERFACE_IPV6_NOT_PRIMARY = ViolationCode
            .error("NETWORK_INTERFACE_IPV6_NOT_PRIMARY")
            .addParameters("NetworkInterfaces.N.Ipv6AddressCount")
            .description("only on the Primary interface")
            .source("spec §3.7").build();
    /** A RAM role in a classic-network group. */
    public static final ViolationCode RAM_ROLE_REQUIRES_VPC = ViolationCode.error("RAM_ROLE_REQUIRES_VPC")
            .addParameters("RamRoleName")
            .description("VPC scaling groups only")
            .source("API doc").build();
    /** User data in a classic-network group. */
    public static final ViolationCode USER_DATA_REQUIRES_VPC = ViolationCode.error("USER_DATA_REQUIRES_VPC")
            .addParameters("UserData")
            .description("VPC scaling groups only")
            .source("console doc").build();

    /** The codes of {@link #SECURITY_GROUPS}. */
    public static final List<ViolationCode> SECURITY_GROUP_CODES = List.of(SECURITY_GROUP_CONFLICT,
            SECURITY_GROUP_MISSING, SECURITY_GROUP_QUOTA, SECURITY_GROUP_VPC_MISMATCH);
    /** The codes of {@link #NETWORK_INTERFACES}. */
    public static final List<ViolationCode> NETWORK_INTERFACE_CODES = List.of(NETWORK_INTERFACE_CONFLICT,
            NETWORK_INTERFACE_PRIMARY, NETWORK_INTERFACE_IPV6_NOT_PRIMARY);
    /** The codes of {@link #VPC_ONLY}. */
    public static final List<ViolationCode> VPC_ONLY_CODES = List.of(RAM_ROLE_REQUIRES_VPC, USER_DATA_REQUIRES_VPC);

    /** The rule {@code bandwidth}: the upper bound of {@link FieldRules#BANDWIDTH_IN_OUT_OF_RANGE}. */
    public static final Rule BANDWIDTH = ReportingRule.of("bandwidth", List.of(FieldRules.BANDWIDTH_IN_OUT_OF_RANGE),
            NetworkRules::bandwidth);
    /** The rule {@code security-groups}. */
    public static final Rule SECURITY_GROUPS = ReportingRule.of("security-groups", SECURITY_GROUP_CODES,
            NetworkRules::securityGroups);
    /** The rule {@code network-interfaces}. */
    public static final Rule NETWORK_INTERFACES = ReportingRule.of("network-interfaces", NETWORK_INTERFACE_CODES,
            NetworkRules::networkInterfaces);
    /** The rule {@code vpc-only}. */
    public static final Rule VPC_ONLY = ReportingRule.of("vpc-only", VPC_ONLY_CODES, NetworkRules::vpcOnly);

    private NetworkRules() {}

    /** Inbound bandwidth tied to outbound (SDK docs from 2024-12). */
    private static void bandwidth(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        network.getInternetMaxBandwidthIn().filter(in -> in >= BANDWIDTH_IN_MIN).ifPresent(in -> {
            int out = network.getInternetMaxBandwidthOut().orElse(0);
            int max = out <= BANDWIDTH_IN_FLOOR ? BANDWIDTH_IN_FLOOR : out;
            if (in > max) {
                r.add(FieldRules.BANDWIDTH_IN_OUT_OF_RANGE, "network.internetMaxBandwidthIn", p -> p + " is " + in
                        + " Mbit/s; with InternetMaxBandwidthOut " + out + " it takes " + BANDWIDTH_IN_MIN + " to " + max
                        + " Mbit/s");
            }
        });
    }

    /** Security group id vs ids, presence, quota, VPC membership. */
    private static void securityGroups(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        if (network.getSecurityGroupId().isPresent() && !network.getSecurityGroupIds().isEmpty()) {
            r.add(SECURITY_GROUP_CONFLICT, "network.securityGroupIds", p -> p + " is set together with"
                    + " SecurityGroupId; use one of them");
        }
        if (network.getSecurityGroupId().isEmpty() && network.getSecurityGroupIds().isEmpty()
                && network.getNetworkInterfaces().isEmpty()) {
            r.add(SECURITY_GROUP_MISSING, "network.securityGroupId", p -> "no security group is set; set"
                    + " SecurityGroupId, SecurityGroupIds or a Primary network interface");
        }
        int count = network.getSecurityGroupIds().size();
        if (count > SECURITY_GROUPS_DEFAULT_QUOTA && count <= SECURITY_GROUPS_MAX) {
            r.add(SECURITY_GROUP_QUOTA, "network.securityGroupIds", p -> p + " lists " + count
                    + " security groups; an instance joins at most " + SECURITY_GROUPS_DEFAULT_QUOTA
                    + " unless the ECS quota was raised (up to " + SECURITY_GROUPS_MAX + ")");
        }
        Optional<NetworkType> type = ctx.resolveNetworkType();
        List<String[]> groups = new ArrayList<>();
        network.getSecurityGroupId().ifPresent(id -> groups.add(new String[] {"network.securityGroupId", id}));
        for (int i = 0; i < network.getSecurityGroupIds().size(); i++) {
            groups.add(new String[] {"network.securityGroupIds[" + i + "]", network.getSecurityGroupIds().get(i)});
        }
        for (int n = 0; n < network.getNetworkInterfaces().size(); n++) {
            List<String> ids = network.getNetworkInterfaces().get(n).getSecurityGroupIds();
            for (int i = 0; i < ids.size(); i++) {
                groups.add(new String[] {"network.networkInterfaces[" + n + "].securityGroupIds[" + i + "]", ids.get(i)});
            }
        }
        for (String[] group : groups) {
            String vpc = ctx.getSecurityGroupVpcs().get(group[1]);
            if (vpc == null || type.isEmpty()) {
                continue;
            }
            String id = Shown.text(group[1]);
            if (type.get() == NetworkType.CLASSIC) {
                r.add(SECURITY_GROUP_VPC_MISMATCH, group[0], p -> p + " is " + id + ", a VPC security group ("
                        + Shown.text(vpc) + "), but the scaling group is classic-network; use a classic security group");
            } else if (ctx.getVpcId().isPresent() && !ctx.getVpcId().get().equals(vpc)) {
                r.add(SECURITY_GROUP_VPC_MISMATCH, group[0], p -> p + " is " + id + " in " + Shown.text(vpc)
                        + " but the scaling group is in " + Shown.text(ctx.getVpcId().get())
                        + "; use a security group of that VPC");
            }
        }
    }

    /** Network interfaces: exclusivity with top-level settings, one primary, IPv6 on the primary. */
    private static void networkInterfaces(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        List<NetworkInterfaceSpec> nics = network.getNetworkInterfaces();
        if (nics.isEmpty()) {
            return;
        }
        if (network.getSecurityGroupId().isPresent() || !network.getSecurityGroupIds().isEmpty()
                || network.getIpv6AddressCount().isPresent()) {
            r.add(NETWORK_INTERFACE_CONFLICT, "network.networkInterfaces", p -> p + " is set together with"
                    + " SecurityGroupId, SecurityGroupIds or Ipv6AddressCount; move those settings into the Primary interface");
        }
        long primaries = nics.stream()
                .filter(n -> n.getInterfaceType().orElse(NetworkInterfaceType.SECONDARY) == NetworkInterfaceType.PRIMARY)
                .count();
        if (primaries != 1) {
            r.add(NETWORK_INTERFACE_PRIMARY, "network.networkInterfaces", p -> p + " has " + primaries
                    + " Primary interfaces; exactly one interface must be Primary");
        }
        for (int i = 0; i < nics.size(); i++) {
            NetworkInterfaceSpec nic = nics.get(i);
            // a count of 0 asks for nothing: the Terraform provider sends Ipv6AddressCount=0 for every interface
            if (nic.getIpv6AddressCount().filter(count -> count > 0).isPresent()
                    && nic.getInterfaceType().orElse(NetworkInterfaceType.SECONDARY) != NetworkInterfaceType.PRIMARY) {
                r.add(NETWORK_INTERFACE_IPV6_NOT_PRIMARY, "network.networkInterfaces[" + i + "].ipv6AddressCount",
                        p -> p + " is set on a Secondary interface; only the Primary interface takes IPv6 addresses");
            }
        }
    }

    /** RAM role and user data only in VPC groups. */
    private static void vpcOnly(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (ctx.resolveNetworkType().orElse(null) != NetworkType.CLASSIC) {
            return;
        }
        c.getRamRoleName().ifPresent(role -> r.add(RAM_ROLE_REQUIRES_VPC, "ramRoleName", p -> p + " is \""
                + Shown.text(role) + "\" but the scaling group is classic-network; RAM roles need a VPC scaling group"));
        c.getUserData().ifPresent(data -> r.add(USER_DATA_REQUIRES_VPC, "userData", p -> p
                + " is set but the scaling group is classic-network; user data needs a VPC scaling group"));
    }
}
