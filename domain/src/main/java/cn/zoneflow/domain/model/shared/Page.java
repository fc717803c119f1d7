package cn.zoneflow.domain.model.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/** One page of a longer list, read from the database, with the size of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }

    /**
     * Hands every item of a long list to the visitor, reading it page by page at the largest page size.
     *
     * @return how many items there were
     */
    public static <T> long readAll(IntFunction<Page<T>> pageNumbered, Consumer<T> visitor) {
        Page<T> page;
        int number = 0;
        do {
            page = pageNumbered.apply(number++);
            page.items().forEach(visitor);
        } while ((long) number * page.size() < page.total());
        return page.total();
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page.negative", String.valueOf(page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("page.size", String.valueOf(size));
        }
    }
}
