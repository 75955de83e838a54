package no.kompetansemidler.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A development identity provider for browsers: OAuth 2.0's authorization code flow with PKCE (S256) and an
 * OpenID-style discovery document and JWK set, a login page where a developer chooses who to be (staff of a county,
 * or a person by identity and assurance level), and access tokens signed by {@link LocalTokens} for the staff or the
 * person issuer, which the services trust locally. No ID token: the app
 * needs only the access token. It also serves a small frontend ({@code /app/}) that logs in through it
 * and shows a round's audit report from query-service, as a caseworker's browser would. Never for production: anyone
 * may be anyone here.
 *
 * <p>Endpoints: {@code /.well-known/openid-configuration}, {@code /jwks}, {@code /authorize} (GET: the login page,
 * POST: the choice), {@code /token}, {@code /app/}. Only the registered client and its redirect URI (the app) are
 * accepted; a code is good once, for one minute, with its verifier.
 */
public final class DevelopmentIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "kompetansemidler-dev";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    /** Staff roles come from the directory's groups; a person's roles from the access register. */
    private static final Set<String> LOGINS = Set.of("administrator", "auditor", "person");
    private static final Set<String> LEVELS = Set.of(LocalTokens.SUBSTANTIAL, LocalTokens.HIGH);
    private static final Pattern IDENTITY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9*][a-z0-9-]{0,39}");
    /** RFC 7636: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A login waiting for its code to be redeemed: as staff (a role and county) or as a person (identity, level). */
    private record Grant(String login, String county, String identity, String acr, String challenge,
                         Instant expires) {
    }

    private final HttpServer server;
    private final LocalTokens tokens;
    private final URI publicUrl;
    private final URI queryService;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    private DevelopmentIdentityProvider(HttpServer server, LocalTokens tokens, URI publicUrl, URI queryService) {
        this.server = server;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.queryService = queryService;
    }

    /**
     * On localhost, for the local launcher.
     *
     * @param port         the port (0: any free one)
     * @param queryService where the app reads from (its origin must be allowed by query-service's CORS)
     */
    public static DevelopmentIdentityProvider start(LocalTokens tokens, int port, URI queryService) {
        return start(tokens, "localhost", port, null, queryService);
    }

    /**
     * @param bindAddress where to listen ({@code 0.0.0.0} in a container)
     * @param publicUrl   the provider's address as browsers reach it; {@code null} for http://localhost:port
     */
    public static DevelopmentIdentityProvider start(LocalTokens tokens, String bindAddress, int port, URI publicUrl,
                                                    URI queryService) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            URI address = publicUrl != null ? URI.create(publicUrl.toString().replaceAll("/$", ""))
                    : URI.create("http://localhost:" + server.getAddress().getPort());
            DevelopmentIdentityProvider provider = new DevelopmentIdentityProvider(server, tokens, address,
                    queryService);
            server.createContext("/", provider::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "identity-provider");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("the development identity provider did not start", e);
        }
    }

    /**
     * The provider on its own (deploy/compose): {@code IDENTITY_PROVIDER_PORT} (18080), {@code
     * IDENTITY_PROVIDER_PUBLIC_URL} (http://localhost:18080), {@code IDENTITY_PROVIDER_KEYS} (where the signing key
     * is kept, created on first start) and {@code QUERY_SERVICE_PUBLIC_URL} (http://localhost:8082).
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> environment = System.getenv();
        int port = Integer.parseInt(environment.getOrDefault("IDENTITY_PROVIDER_PORT", "18080"));
        DevelopmentIdentityProvider provider = start(
                LocalTokens.inDirectory(Path.of(environment.getOrDefault("IDENTITY_PROVIDER_KEYS",
                        "/var/lib/identity-provider"))), "0.0.0.0", port,
                URI.create(environment.getOrDefault("IDENTITY_PROVIDER_PUBLIC_URL", "http://localhost:" + port)),
                URI.create(environment.getOrDefault("QUERY_SERVICE_PUBLIC_URL", "http://localhost:8082")));
        System.out.println("Development identity provider at " + provider.baseUrl() + " (issuer "
                + LocalTokens.ISSUER + "); the app: " + provider.appUrl("innlandet-2027"));
        Thread.currentThread().join();
    }

    /** Where the provider answers, e.g. {@code http://localhost:18080}; the app's origin too. */
    public URI baseUrl() {
        return publicUrl;
    }

    /** The app, which logs in and shows the audit report of {@code round}. */
    public URI appUrl(String round) {
        return baseUrl().resolve("/app/?round=" + round);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                text(exchange, 400, e.getMessage());
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
            case "/jwks" -> json(exchange, 200, jwks());
            case "/authorize" -> {
                if (method.equals("GET")) {
                    authorizePage(exchange);
                } else if (method.equals("POST")) {
                    authorize(exchange);
                } else {
                    text(exchange, 405, "GET or POST");
                }
            }
            case "/token" -> token(exchange);
            case "/app/" -> app(exchange);
            default -> text(exchange, 404, "not found");
        }
    }

    /** The signing key's public half as a JWK set, as a real provider publishes it. */
    private String jwks() {
        try {
            return new JWKSet(new RSAKey.Builder(tokens.publicKey()).keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint().build()).toString(true);
        } catch (JOSEException e) {
            throw new IllegalStateException("the signing key cannot be published", e);
        }
    }

    private String discovery() {
        String base = baseUrl().toString();
        return """
                {"issuer": "%s", "authorization_endpoint": "%s/authorize", "token_endpoint": "%s/token",
                 "jwks_uri": "%s/jwks", "response_types_supported": ["code"],
                 "grant_types_supported": ["authorization_code"], "code_challenge_methods_supported": ["S256"],
                 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
                 "token_endpoint_auth_methods_supported": ["none"]}""".formatted(LocalTokens.ISSUER, base, base,
                base);
    }

    /** The login page: who do you want to be? The request's parameters are checked first and carried along. */
    private void authorizePage(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        checkClient(query);
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method")) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escape(query.getOrDefault(name, ""))).append("\">");
        }
        StringBuilder roles = new StringBuilder();
        LOGINS.stream().sorted().forEach(role -> roles.append("<option>").append(role).append("</option>"));
        StringBuilder levels = new StringBuilder();
        LEVELS.stream().sorted().forEach(level -> levels.append("<option>").append(level).append("</option>"));
        html(exchange, 200, """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development login</title></head>
                <body><h1>Development login</h1>
                <p>Not a real login: choose who to be. Staff (administrator, auditor) log in through the county
                governor's directory with a group for the county; a person through ID-porten with an identity, and
                acts in the roles the access register grants that identity. Tokens are signed with the local key only
                the services' local profile trusts.</p>
                <form method="post" action="/authorize">%s
                <label>Log in as <select name="role" id="role">%s</select></label>
                <label>County (staff) <input name="county" id="county" value="innlandet"></label>
                <label>Identity (person) <input name="identity" id="identity" value=""></label>
                <label>Assurance level (person) <select name="acr" id="acr">%s</select></label>
                <button type="submit" id="login">Log in</button></form></body></html>"""
                .formatted(hidden, roles, levels));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(readBody(exchange), StandardCharsets.UTF_8));
        checkClient(form);
        String login = form.getOrDefault("role", "");
        String county = form.getOrDefault("county", "").strip();
        String identity = form.getOrDefault("identity", "").strip();
        String acr = form.getOrDefault("acr", LocalTokens.HIGH);
        if (!LOGINS.contains(login)) {
            throw new IllegalArgumentException("log in as administrator, auditor or person");
        }
        if (login.equals("person") ? !IDENTITY.matcher(identity).matches() || !LEVELS.contains(acr)
                : !SLUG.matcher(county).matches()) {
            throw new IllegalArgumentException(login.equals("person") ? "a person needs an identity and a level"
                    : "staff need a county slug");
        }
        Instant now = Instant.now();
        codes.values().removeIf(expired -> expired.expires().isBefore(now));
        String code = random();
        codes.put(code, new Grant(login, county, identity, acr, form.get("code_challenge"),
                Instant.now().plus(CODE_LIFETIME)));
        exchange.getResponseHeaders().add("Location", form.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(form.getOrDefault("state", ""), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            text(exchange, 405, "POST");
            return;
        }
        Map<String, String> form = form(new String(readBody(exchange), StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        String verifier = form.getOrDefault("code_verifier", "");
        if (!"authorization_code".equals(form.get("grant_type")) || !CLIENT_ID.equals(form.get("client_id"))
                || !appRedirect().equals(form.get("redirect_uri")) || grant == null
                || grant.expires().isBefore(Instant.now())
                || !VERIFIER.matcher(verifier).matches() || !grant.challenge().equals(challengeOf(verifier))) {
            json(exchange, 400, "{\"error\": \"invalid_grant\"}");
            return;
        }
        String accessToken = grant.login().equals("person")
                ? tokens.person(grant.identity(), grant.acr(), TOKEN_LIFETIME)
                : tokens.issue(grant.login(), grant.county(), List.of(), TOKEN_LIFETIME);
        json(exchange, 200, "{\"access_token\": \"" + accessToken + "\", \"token_type\": \"Bearer\", "
                + "\"expires_in\": " + TOKEN_LIFETIME.toSeconds() + "}");
    }

    private void checkClient(Map<String, String> request) {
        if (!CLIENT_ID.equals(request.get("client_id"))) {
            throw new IllegalArgumentException("unknown client_id");
        }
        if (!appRedirect().equals(request.get("redirect_uri"))) {
            throw new IllegalArgumentException("redirect_uri is not the registered one");
        }
        if (!"S256".equals(request.get("code_challenge_method"))
                || !request.getOrDefault("code_challenge", "").matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("PKCE with S256 is required");
        }
    }

    private String appRedirect() {
        return baseUrl() + "/app/";
    }

    private void app(HttpExchange exchange) throws IOException {
        try (InputStream page = DevelopmentIdentityProvider.class.getResourceAsStream("/dev-app/index.html")) {
            if (page == null) {
                throw new IllegalStateException("the app's page is missing from the jar");
            }
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${QUERY_SERVICE}", queryService.toString().replaceAll("/$", ""))
                    .replace("${CLIENT_ID}", CLIENT_ID);
            html(exchange, 200, html);
        }
    }

    static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(16 * 1024 + 1);
        if (body.length > 16 * 1024) {
            throw new IllegalArgumentException("request too large");
        }
        return body;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    /** Pages: their own inline script and style, calls to this provider and query-service, never framed. */
    private void html(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'; script-src 'self' "
                + "'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' " + origin(queryService)
                + "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
