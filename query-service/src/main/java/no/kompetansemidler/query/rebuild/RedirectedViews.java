package no.kompetansemidler.query.rebuild;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database as a rebuild job sees it: every statement that names a view table in the live schema
 * ({@code query_service.round_view}) names it in the schema being rebuilt instead, so the projections' own SQL fills
 * the new tables while the live ones serve. Only the unquoted form is redirected: the job's own statements about the
 * live schema name it quoted ({@code "query_service"}), and the event store's schemas are never touched.
 */
final class RedirectedViews extends DelegatingDataSource {

    /** A string literal (kept as it is), or the live schema's unquoted name before a table's. */
    private static final Pattern LIVE = Pattern.compile("'(?:[^']|'')*'|(?<![\\w\"])" + ViewSchemas.LIVE + "\\.");

    /** How many statement texts are kept redirected, at most. */
    private static final int KNOWN_STATEMENTS = 4_096;

    private final String replacement;
    private final Map<String, String> redirected = new ConcurrentHashMap<>();

    RedirectedViews(DataSource target, String schema) {
        super(target);
        this.replacement = schema + ".";
    }

    /** The statement with the live schema's unquoted name replaced, outside string literals. */
    String redirect(String sql) {
        if (sql == null) {
            return null;
        }
        String known = redirected.get(sql);
        if (known != null) {
            return known;
        }
        String replaced = replaced(sql);
        // the code's statements are a few hundred texts, asked for again with every event
        if (redirected.size() < KNOWN_STATEMENTS) {
            redirected.putIfAbsent(sql, replaced);
        }
        return replaced;
    }

    private String replaced(String sql) {
        Matcher matcher = LIVE.matcher(sql);
        StringBuilder redirected = new StringBuilder(sql.length() + 16);
        while (matcher.find()) {
            matcher.appendReplacement(redirected, Matcher.quoteReplacement(
                    matcher.group().startsWith("'") ? matcher.group() : replacement));
        }
        return matcher.appendTail(redirected).toString();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return redirecting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return redirecting(super.getConnection(username, password));
    }

    private Connection redirecting(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            redirectFirstArgument(method, args);
            Object result = method.invoke(connection, args);
            return result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                    ? proxy(Statement.class, statement, (statementMethod, statementArgs) -> {
                        redirectFirstArgument(statementMethod, statementArgs);
                        return statementMethod.invoke(statement, statementArgs);
                    })
                    : result;
        });
    }

    /** prepareStatement, prepareCall, nativeSQL, execute*, addBatch: the SQL is the first argument. */
    private void redirectFirstArgument(Method method, Object[] args) {
        if (args != null && args.length > 0 && args[0] instanceof String sql && !method.getName().equals("unwrap")
                && !method.getName().equals("isWrapperFor") && !method.getName().startsWith("set")
                && !method.getName().startsWith("get")) {
            args[0] = redirect(sql);
        }
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(RedirectedViews.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
