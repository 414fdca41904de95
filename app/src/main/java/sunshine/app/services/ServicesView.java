package sunshine.app.services;

import java.util.List;
import java.util.Map;
import sunshine.index.content.ServicePoint;
import sunshine.index.hours.OpeningState;

/**
 * The service directory: the filter form's choices and current values, the count sentence, the points and whether
 * each is open now (by point id).
 */
public record ServicesView(ServiceFilter filter, List<String> streets, List<String> types, List<String> features,
                           String status, List<ServicePoint> points, Map<String, OpeningState> opening) {

    static ServicesView of(ServiceFilter filter, List<String> streets, List<ServicePoint> points, Map<String, OpeningState> opening) {
        String status;
        if (points.isEmpty()) {
            status = "没有符合条件的服务点。请减少筛选条件再试。";
        } else {
            status = filter.active() ? "找到 " + points.size() + " 个符合条件的服务点。" : "共 " + points.size() + " 个服务点。";
        }
        return new ServicesView(filter, streets, ServicePoint.TYPES, ServicePoint.ACCESSIBILITY_FEATURES, status, points, opening);
    }
}
