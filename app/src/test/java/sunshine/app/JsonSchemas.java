package sunshine.app;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema (draft 2020-12, formats asserted) checks with networknt's validator: the OpenAPI document's component
 * schemas (OpenAPI 3.1 schemas are 2020-12) and the HSDS 3.0 schema files kept under test resources.
 */
final class JsonSchemas {
    static final String OPENAPI_URI = "https://sunshine.test/openapi.json";
    static final String HSDS_URI = "https://hsds.test/";

    private final SchemaRegistry registry;

    private JsonSchemas(SchemaRegistry registry) {
        this.registry = registry;
    }

    static JsonSchemas openApi(String document) {
        return new JsonSchemas(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(OPENAPI_URI, document)).schemaRegistryConfig(strict())));
    }

    /** HSDS files from {@code src/test/resources/hsds}; refs such as "phone.json" resolve beside the referring file. */
    static JsonSchemas hsds() {
        return new JsonSchemas(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mappings(JsonSchemas::hsdsResource)).schemaRegistryConfig(strict())));
    }

    /**
     * Where an HSDS schema URI is kept. compiled/tabular.json refers to "phone.json" etc. as if they sat beside it;
     * in the specification they are one folder up, so those refs are mapped there.
     */
    private static String hsdsResource(String uri) {
        if (!uri.startsWith(HSDS_URI)) {
            return null;
        }
        String path = uri.substring(HSDS_URI.length());
        if (path.startsWith("compiled/") && JsonSchemas.class.getClassLoader().getResource("hsds/" + path) == null) {
            path = path.substring("compiled/".length());
        }
        return "classpath:hsds/" + path;
    }

    Schema component(String name) {
        return registry.getSchema(SchemaLocation.of(OPENAPI_URI + "#/components/schemas/" + name));
    }

    Schema hsdsFile(String path) {
        return registry.getSchema(SchemaLocation.of(HSDS_URI + path));
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static SchemaRegistryConfig strict() {
        return SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    }
}
