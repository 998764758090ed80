package org.engagements.synthetic;

import java.util.List;
import org.engagements.data.Place;

/** Real cities with their coordinates, where generated engagements take place. */
final class Cities {
    private Cities() {
    }

    static final List<Place> ALL = List.of(
            city("washington", "Washington", "US", 38.9072, -77.0369),
            city("new-york", "New York", "US", 40.7128, -74.0060),
            city("san-francisco", "San Francisco", "US", 37.7749, -122.4194),
            city("los-angeles", "Los Angeles", "US", 34.0522, -118.2437),
            city("honolulu", "Honolulu", "US", 21.3069, -157.8583),
            city("anchorage", "Anchorage", "US", 61.2181, -149.9003),
            city("chicago", "Chicago", "US", 41.8781, -87.6298),
            city("seattle", "Seattle", "US", 47.6062, -122.3321),
            city("houston", "Houston", "US", 29.7604, -95.3698),
            city("boston", "Boston", "US", 42.3601, -71.0589),
            city("des-moines", "Des Moines", "US", 41.5868, -93.6250),
            city("rancho-mirage", "Rancho Mirage", "US", 33.7397, -116.4128),
            city("palm-beach", "Palm Beach", "US", 26.7056, -80.0364),
            city("beijing", "Beijing", "CN", 39.9042, 116.4074),
            city("shanghai", "Shanghai", "CN", 31.2304, 121.4737),
            city("tianjin", "Tianjin", "CN", 39.3434, 117.3616),
            city("guangzhou", "Guangzhou", "CN", 23.1291, 113.2644),
            city("shenzhen", "Shenzhen", "CN", 22.5431, 114.0579),
            city("hangzhou", "Hangzhou", "CN", 30.2741, 120.1551),
            city("xian", "Xi'an", "CN", 34.3416, 108.9398),
            city("chengdu", "Chengdu", "CN", 30.5728, 104.0668),
            city("wuhan", "Wuhan", "CN", 30.5928, 114.3055),
            city("nanjing", "Nanjing", "CN", 32.0603, 118.7969),
            city("qingdao", "Qingdao", "CN", 36.0671, 120.3826),
            city("xiamen", "Xiamen", "CN", 24.4798, 118.0894),
            city("dalian", "Dalian", "CN", 38.9140, 121.6147),
            city("geneva", "Geneva", "CH", 46.2044, 6.1432),
            city("zurich", "Zurich", "CH", 47.3769, 8.5417),
            city("rome", "Rome", "IT", 41.9028, 12.4964),
            city("valletta", "Valletta", "MT", 35.8989, 14.5146),
            city("bali", "Bali", "ID", -8.3405, 115.0920),
            city("jakarta", "Jakarta", "ID", -6.2088, 106.8456),
            city("singapore", "Singapore", "SG", 1.3521, 103.8198),
            city("kuala-lumpur", "Kuala Lumpur", "MY", 3.1390, 101.6869),
            city("bangkok", "Bangkok", "TH", 13.7563, 100.5018),
            city("hanoi", "Hanoi", "VN", 21.0278, 105.8342),
            city("manila", "Manila", "PH", 14.5995, 120.9842),
            city("tokyo", "Tokyo", "JP", 35.6762, 139.6503),
            city("osaka", "Osaka", "JP", 34.6937, 135.5023),
            city("seoul", "Seoul", "KR", 37.5665, 126.9780),
            city("phnom-penh", "Phnom Penh", "KH", 11.5564, 104.9282),
            city("vientiane", "Vientiane", "LA", 17.9757, 102.6331),
            city("new-delhi", "New Delhi", "IN", 28.6139, 77.2090),
            city("hamburg", "Hamburg", "DE", 53.5511, 9.9937),
            city("munich", "Munich", "DE", 48.1351, 11.5820),
            city("paris", "Paris", "FR", 48.8566, 2.3522),
            city("london", "London", "GB", 51.5074, -0.1278),
            city("stockholm", "Stockholm", "SE", 59.3293, 18.0686),
            city("vienna", "Vienna", "AT", 48.2082, 16.3738),
            city("madrid", "Madrid", "ES", 40.4168, -3.7038),
            city("buenos-aires", "Buenos Aires", "AR", -34.6037, -58.3816),
            city("lima", "Lima", "PE", -12.0464, -77.0428),
            city("brisbane", "Brisbane", "AU", -27.4698, 153.0251),
            city("islamabad", "Islamabad", "PK", 33.6844, 73.0479),
            city("riyadh", "Riyadh", "SA", 24.7136, 46.6753),
            city("doha", "Doha", "QA", 25.2854, 51.5310));

    /** The cities of one country code, or of every other country for {@code null}. */
    static List<Place> in(String country) {
        return ALL.stream().filter(p -> country == null
                ? !p.country().equals("US") && !p.country().equals("CN")
                : p.country().equals(country)).toList();
    }

    private static Place city(String id, String name, String country, double latitude, double longitude) {
        return new Place(id, name, country, latitude, longitude, List.of());
    }
}
