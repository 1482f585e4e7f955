/**
 * The scalecfg model: immutable value types for ESS scaling configurations, with codecs for the
 * canonical JSON document and the ESS API parameters.
 */
module dev.scalecfg.core {
    requires static org.immutables.value;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports dev.scalecfg.core;
    exports dev.scalecfg.core.json;
    exports dev.scalecfg.core.ess;
    exports dev.scalecfg.core.scaleout;
    exports dev.scalecfg.core.io;

    uses dev.scalecfg.core.io.DocumentReader;
    provides dev.scalecfg.core.io.DocumentReader with dev.scalecfg.core.ess.DescribeResponseReader;

    opens dev.scalecfg.core to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens dev.scalecfg.core.scaleout to com.fasterxml.jackson.databind;
}
