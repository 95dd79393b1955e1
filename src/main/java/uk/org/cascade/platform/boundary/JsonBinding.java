package uk.org.cascade.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import uk.org.cascade.platform.control.Json;

/** The API reads and writes JSON with Cascade's one JSON-B configuration. */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return Json.JSONB;
    }
}
