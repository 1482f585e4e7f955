package dev.scalecfg.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operating system family of the image, which decides the host-name, password and key-pair
 * rules.
 *
 * @since 0.1.0
 */
public enum OsType {
    /** Linux and every other non-Windows OS (the host-name rule of "Linux and other OSes"). */
    LINUX,
    /** Windows. */
    WINDOWS;

    private static final List<String> LINUX_PREFIXES = List.of(
            "ubuntu", "centos", "aliyun", "alinux", "alibaba_cloud_linux", "debian", "rockylinux",
            "almalinux", "anolisos", "opensuse", "suse", "sles", "fedora", "redhat", "rhel", "coreos",
            "kylin", "uos", "gentoo", "archlinux", "freebsd");

    /**
     * Infers the OS from a public image ID whose name says it; the family name must be followed
     * by {@code _} or a digit. {@code win…} or {@code windows…} (such as
     * {@code win2019_1809_x64_dtc_en-us_40G_alibase_20230811.vhd}) is Windows; {@code ubuntu_},
     * {@code centos_}, {@code aliyun_}, {@code alinux}, {@code alibaba_cloud_linux}, {@code debian_},
     * {@code rockylinux_}, {@code almalinux_}, {@code anolisos_}, {@code opensuse_}, {@code suse},
     * {@code fedora_}, {@code redhat_}, {@code rhel}, {@code coreos_}, {@code kylin}, {@code uos},
     * {@code gentoo}, {@code archlinux} and {@code freebsd} are Linux (or another non-Windows
     * OS). Custom images ({@code m-…}) and unknown names give nothing.
     *
     * @param imageId an image ID
     * @return the inferred OS, empty when the ID does not say
     */
    public static Optional<OsType> inferFromImageId(String imageId) {
        String id = imageId.toLowerCase(Locale.ROOT);
        if (id.startsWith("m-")) {
            return Optional.empty();
        }
        if (id.matches("win(dows)?[_0-9].*")) {
            return Optional.of(WINDOWS);
        }
        for (String prefix : LINUX_PREFIXES) {
            if (id.startsWith(prefix) && id.length() > prefix.length()
                    && (id.charAt(prefix.length()) == '_' || Character.isDigit(id.charAt(prefix.length())))) {
                return Optional.of(LINUX);
            }
        }
        return Optional.empty();
    }
}
