package sunshine.app.services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import sunshine.index.content.ServicePoint;

/**
 * One service point's page. {@code mapUrl} opens the point in 高德地图 (null without coordinates); the stored
 * coordinates are WGS84, so the link says so rather than letting the map shift the marker.
 */
public record ServiceView(ServicePoint point, String coordinates, String mapUrl) {

    static ServiceView of(ServicePoint p) {
        if (p.lat() == null || p.lon() == null) {
            return new ServiceView(p, null, null);
        }
        String text = "北纬 " + p.lat() + "°，东经 " + p.lon() + "°";
        String map = "https://uri.amap.com/marker?position=" + p.lon() + "," + p.lat()
                + "&name=" + URLEncoder.encode(p.name(), StandardCharsets.UTF_8) + "&coordinate=wgs84&callnative=0";
        return new ServiceView(p, text, map);
    }
}
