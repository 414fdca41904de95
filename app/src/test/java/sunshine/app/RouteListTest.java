package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.http.HandlerType;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hostile-input tests cover every route: a route the app serves but {@link HostileRoutes} lacks fails here. */
class RouteListTest {
    @Test
    void everyRegisteredRouteIsListedForHostileInput() {
        Set<String> registered = TestPortal.get().app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod() && e.endpoint.method != HandlerType.HEAD)
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
        registered.removeAll(HostileRoutes.ALL.stream().map(HostileRoutes.Route::key).toList());
        assertEquals(Set.of(), registered, "add these routes to HostileRoutes.ALL (with a sample and their parameters)");
    }
}
