package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.zone.Zone;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Whose data a user may see and change: one zone, the zones of one city, or the whole province. Every read and
 * write of projects, tasks and reports is narrowed by it. What a use does for each kind is said in one
 * {@link #match} call, so a new kind of scope (an enterprise, a department) is a compile error at every place that
 * narrows by scope until that place says what the new kind sees.
 */
public sealed interface Scope extends Reach permits Scope.Province, Scope.OfCity, Scope.OfZone {

    Scope PROVINCE = new Province();

    /** The province as reports name it. */
    String PROVINCE_NAME = "山西省";

    static Scope ofZone(long zoneId) {
        return new OfZone(zoneId);
    }

    static Scope ofCity(String cityCode) {
        return new OfCity(cityCode);
    }

    /** What this scope gives for each kind there is. */
    <R> R match(Supplier<R> province, Function<String, R> city, LongFunction<R> zone);

    default boolean covers(Zone zone) {
        return match(() -> true, city -> city.equals(zone.city().divisionCode()), id -> Long.valueOf(id).equals(zone.id()));
    }

    /** Whether the scope is one zone, the narrowest there is, with no places below it to choose from. */
    default boolean isOneZone() {
        return match(() -> false, city -> false, zone -> true);
    }

    /** The whole province. */
    record Province() implements Scope {
        @Override
        public <R> R match(Supplier<R> province, Function<String, R> city, LongFunction<R> zone) {
            return province.get();
        }
    }

    /** The zones of one city, by its administrative division code. */
    record OfCity(String cityCode) implements Scope {
        @Override
        public <R> R match(Supplier<R> province, Function<String, R> city, LongFunction<R> zone) {
            return city.apply(cityCode);
        }
    }

    /** One zone, by its id. */
    record OfZone(long zoneId) implements Scope {
        @Override
        public <R> R match(Supplier<R> province, Function<String, R> city, LongFunction<R> zone) {
            return zone.apply(zoneId);
        }
    }
}
