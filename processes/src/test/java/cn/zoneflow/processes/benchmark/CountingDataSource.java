package cn.zoneflow.processes.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements sent through a data source, as the database counts them: each execution, and each
 * statement of a batch.
 */
final class CountingDataSource {

    private final AtomicLong statements = new AtomicLong();

    long statements() {
        return statements.get();
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, result, this::statementsOf) : result);
    }

    private Object statementsOf(Method method, Object result) {
        if (result instanceof CallableStatement callable) {
            return proxy(CallableStatement.class, callable, this::counted);
        }
        if (result instanceof PreparedStatement prepared) {
            return proxy(PreparedStatement.class, prepared, this::counted);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, this::counted);
        }
        return result;
    }

    private Object counted(Method method, Object result) {
        String name = method.getName();
        if (name.equals("addBatch") || (name.startsWith("execute") && !name.equals("executeBatch"))) {
            statements.incrementAndGet();
        }
        return result;
    }

    /** What a proxy does with the result of each call it passed on. */
    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
