package no.kompetansemidler.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authorization code flow with PKCE, as a browser's app runs it, and what the provider refuses. */
class DevelopmentIdentityProviderTest {

    private static final String VERIFIER = "a-verifier-of-forty-three-characters-or-more-0123456789";

    @TempDir
    Path keys;

    private final HttpClient http = HttpClient.newHttpClient();
    private DevelopmentIdentityProvider provider;

    @BeforeEach
    void start() {
        provider = DevelopmentIdentityProvider.start(LocalTokens.inDirectory(keys), 0,
                URI.create("http://localhost:8082"));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void a_code_for_the_chosen_identity_becomes_a_signed_token_once_and_only_with_its_verifier() throws Exception {
        Map<String, String> request = authorizeRequest();
        HttpResponse<String> page = get("/authorize?" + form(request));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<select name=\"role\"", "auditor", "person", "value=\"s&amp;t\"");

        Map<String, String> choice = new LinkedHashMap<>(request);
        choice.putAll(Map.of("role", "person", "identity", "kari.nordmann", "acr", LocalTokens.SUBSTANTIAL));
        HttpResponse<String> redirect = post("/authorize", choice);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(provider.baseUrl() + "/app/?code=").endsWith("&state=s%26t");
        String code = location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));

        Map<String, String> exchange = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", provider.baseUrl() + "/app/", "client_id", DevelopmentIdentityProvider.CLIENT_ID,
                "code_verifier", "not-the-verifier");
        assertThat(post("/token", exchange).body()).contains("invalid_grant");
        // the failed attempt used the code up
        Map<String, String> rightVerifier = new LinkedHashMap<>(exchange);
        rightVerifier.put("code_verifier", VERIFIER);
        assertThat(post("/token", rightVerifier).statusCode()).isEqualTo(400);

        // a fresh code, with the verifier: a token signed by the published key, for the chosen identity
        String secondCode = codeOf(post("/authorize", choice));
        rightVerifier.put("code", secondCode);
        HttpResponse<String> token = post("/token", rightVerifier);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"access_token\": \"([^\"]+)\".*", "$1");
        SignedJWT jwt = SignedJWT.parse(accessToken);
        RSAKey key = JWKSet.parse(get("/jwks").body()).getKeys().get(0).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(LocalTokens.PEOPLE_ISSUER);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("pid")).isEqualTo("kari.nordmann");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("acr")).isEqualTo(LocalTokens.SUBSTANTIAL);
        assertThat(jwt.getJWTClaimsSet().getClaim("role")).as("roles come from the register").isNull();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
        assertThat(post("/token", rightVerifier).statusCode()).as("a code is good once").isEqualTo(400);
    }

    @Test
    void another_client_another_redirect_or_no_pkce_is_refused_before_the_login_page() throws Exception {
        for (Map.Entry<String, String> wrong : Map.of("client_id", "someone-else",
                "redirect_uri", "https://evil.example/app/", "code_challenge_method", "plain",
                "code_challenge", "short").entrySet()) {
            Map<String, String> request = authorizeRequest();
            request.put(wrong.getKey(), wrong.getValue());
            assertThat(get("/authorize?" + form(request)).statusCode()).as(wrong.getKey()).isEqualTo(400);
            request.putAll(Map.of("role", "administrator", "county", "innlandet"));
            assertThat(post("/authorize", request).statusCode()).as(wrong.getKey()).isEqualTo(400);
        }
        Map<String, String> unknownRole = authorizeRequest();
        unknownRole.putAll(Map.of("role", "root", "county", "innlandet"));
        assertThat(post("/authorize", unknownRole).statusCode()).isEqualTo(400);
        Map<String, String> personWithoutIdentity = authorizeRequest();
        personWithoutIdentity.putAll(Map.of("role", "person", "identity", "a b"));
        assertThat(post("/authorize", personWithoutIdentity).statusCode()).isEqualTo(400);
    }

    @Test
    void the_discovery_document_names_the_endpoints_and_the_app_is_served_with_its_settings() throws Exception {
        assertThat(get("/.well-known/openid-configuration").body()).contains(
                "\"authorization_endpoint\": \"" + provider.baseUrl() + "/authorize\"",
                "\"code_challenge_methods_supported\": [\"S256\"]", LocalTokens.ISSUER);
        HttpResponse<String> app = get("/app/");
        assertThat(app.body()).contains("const QUERY_SERVICE = \"http://localhost:8082\"",
                "const CLIENT_ID = \"" + DevelopmentIdentityProvider.CLIENT_ID + "\"");
        assertThat(app.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private Map<String, String> authorizeRequest() {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", DevelopmentIdentityProvider.CLIENT_ID);
        request.put("redirect_uri", provider.baseUrl() + "/app/");
        request.put("state", "s&t");
        request.put("code_challenge", DevelopmentIdentityProvider.challengeOf(VERIFIER));
        request.put("code_challenge_method", "S256");
        return request;
    }

    private static String codeOf(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(provider.baseUrl().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        return http.send(HttpRequest.newBuilder(provider.baseUrl().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
