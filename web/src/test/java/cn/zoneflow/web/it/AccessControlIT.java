package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may read and do what over the API, as a matrix: every role and scope of the demo users, the leader in charge of
 * some of 晋中's projects, the demo enterprise on the portal and 朔州's department taking part in 部门联动审批 among them, against every kind of call on one zone's project, its task and document, the
 * reports, supervision, the audit trail and reference data; and changes sent from another site's page refused before
 * they happen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    private static final String O_JZ = "officer.jinzhong";
    private static final String M_JZ = "manager.jinzhong";
    private static final String O_SZ = "officer.shuozhou";
    private static final String S_JZ = "supervisor.jinzhong";
    private static final String S_P = "supervisor.province";
    private static final String ADMIN = "admin";
    private static final String SECURITY = "security";
    private static final String AUDITOR = "auditor";
    private static final String LEADER = "leader.jinzhong";
    private static final String ENTERPRISE = "enterprise.demo";
    private static final String DEPARTMENT = "department.shuozhou";
    /**
     * The officer comes last: their claim, the one allowed, must not change what the others are refused. (朔州's
     * manager is left out: ApiIT locks that account to test the lockout.)
     */
    private static final List<String> USERS = List.of(M_JZ, O_SZ, S_JZ, S_P, ADMIN, SECURITY, AUDITOR, LEADER,
            ENTERPRISE, DEPARTMENT, O_JZ);
    /** Every account of the administration; the enterprise and the department reach none of its calls. */
    private static final Set<String> ADMINISTRATION = Set.of(M_JZ, O_SZ, S_JZ, S_P, ADMIN, SECURITY, AUDITOR, LEADER,
            O_JZ);
    private static final Set<String> JINZHONG = Set.of(O_JZ, M_JZ, S_JZ, S_P);
    private static final Set<String> PROJECT_ROLES = Set.of(O_JZ, M_JZ, O_SZ, S_JZ, S_P);
    private static final Set<String> SUPERVISORS = Set.of(S_JZ, S_P);

    @ArquillianResource
    private URL base;

    /** One kind of call and who may make it; everyone else must be {@linkplain #refused refused}. */
    private record Call(String name, Function<ApiClient, Answer> call, Set<String> allowed) {
    }

    @Test
    void eachRoleAndScopeReachesExactlyWhatItsDutyNeeds() {
        ApiClient officer = ApiClient.as(base, O_JZ);
        String code = Projects.entrusted(officer);
        long project = Projects.idOf(officer, code);
        String task = Projects.taskOf(officer, code, "signAgencyAgreement");
        Answer uploaded = officer.upload("projects/" + project + "/documents?name=" + ApiClient.query("现场.png"),
                Projects.png(), "image/png");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long document = uploaded.json().getJsonNumber("id").longValue();
        long led = ApiClient.as(base, LEADER).get("leader/projects?size=1").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Answer ledUploaded = officer.upload("projects/" + led + "/documents?name=" + ApiClient.query("现场.png"),
                Projects.png(), "image/png");
        assertThat(ledUploaded.status()).as(ledUploaded.body()).isEqualTo(201);
        long ledDocument = ledUploaded.json().getJsonNumber("id").longValue();
        long problem = officer.post("projects/" + project + "/problems", Json.createObjectBuilder()
                .add("category", "OTHER").add("description", "权限测试").build()).json().getJsonNumber("id").longValue();
        long own = ApiClient.as(base, ENTERPRISE).get("portal/projects").json().getJsonArray("projects")
                .getJsonObject(0).getJsonNumber("id").longValue();
        List<Call> calls = List.of(
                new Call("GET a 晋中 project", api -> api.get("projects/" + project), JINZHONG),
                new Call("GET its documents", api -> api.get("projects/" + project + "/documents"), JINZHONG),
                new Call("GET its document", api -> api.get("documents/" + document), JINZHONG),
                new Call("GET its processes", api -> api.get("projects/" + project + "/processes"), JINZHONG),
                new Call("GET its investment", api -> api.get("projects/" + project + "/investment"), JINZHONG),
                new Call("GET its visits", api -> api.get("projects/" + project + "/visits"), JINZHONG),
                new Call("POST a visit to it", api -> api.post("projects/" + project + "/visits",
                        Json.createObjectBuilder().add("visitedOn", ChinaTime.today().toString())
                                .add("visitors", "权限测试").add("met", "经理").add("asked", "无").build()),
                        Set.of(O_JZ, M_JZ)),
                new Call("GET a led 晋中 project", api -> api.get("projects/" + led), Set.of(O_JZ, M_JZ, S_JZ, S_P,
                        LEADER)),
                new Call("GET a document of a led project", api -> api.get("documents/" + ledDocument),
                        Set.of(O_JZ, M_JZ, S_JZ, S_P, LEADER)),
                new Call("GET the visits to a led project", api -> api.get("projects/" + led + "/visits"),
                        Set.of(O_JZ, M_JZ, S_JZ, S_P, LEADER)),
                new Call("GET its problems", api -> api.get("projects/" + project + "/problems"), JINZHONG),
                new Call("POST a problem for it", api -> api.post("projects/" + project + "/problems",
                        Json.createObjectBuilder().add("category", "OTHER").add("description", "权限测试").build()),
                        JINZHONG),
                new Call("GET the problems of a led project", api -> api.get("projects/" + led + "/problems"),
                        Set.of(O_JZ, M_JZ, S_JZ, S_P, LEADER)),
                new Call("GET the problem categories", api -> api.get("problems/categories"),
                        Set.of(O_JZ, M_JZ, O_SZ, S_JZ, S_P, LEADER)),
                new Call("GET the problem figures", api -> api.get("reports/problems"), PROJECT_ROLES),
                new Call("GET 晋中开发区's problem figures", api -> api.get("reports/problems?scope="
                        + ApiClient.query("zone:晋中开发区")), JINZHONG),
                new Call("GET the projects one leads", api -> api.get("leader/projects"), Set.of(LEADER)),
                new Call("GET the project list", api -> api.get("projects?size=1"), PROJECT_ROLES),
                new Call("GET the inbox", api -> api.get("tasks"), Set.of(O_JZ, M_JZ, O_SZ, S_JZ, S_P, LEADER)),
                new Call("GET one's messages", api -> api.get("messages"), PROJECT_ROLES),
                new Call("GET the warnings", api -> api.get("warnings"), PROJECT_ROLES),
                new Call("GET 晋中开发区's warnings", api -> api.get("warnings?scope="
                        + ApiClient.query("zone:晋中开发区")), JINZHONG),
                new Call("GET its officers' task's documents", api -> api.get("tasks/" + task + "/documents"),
                        Set.of(O_JZ)),
                new Call("GET its officers' task", api -> api.get("tasks/" + task), Set.of(O_JZ)),
                new Call("GET 晋中开发区's rates", api -> api.get("reports/rates?scope="
                        + ApiClient.query("zone:晋中开发区")), JINZHONG),
                new Call("GET the province's overview", api -> api.get("reports/overview?scope=province"),
                        Set.of(S_P)),
                new Call("GET the monthly notice", api -> api.get("reports/monthly-notice"), PROJECT_ROLES),
                new Call("GET the overdue board", api -> api.get("supervision/overdue"), SUPERVISORS),
                new Call("GET the 三未 lists", api -> api.get("supervision/stalls"), SUPERVISORS),
                new Call("GET the activities", api -> api.get("activities"), PROJECT_ROLES),
                new Call("POST an activity", api -> api.post("activities", Json.createObjectBuilder()
                        .add("name", "权限测试 " + Projects.newCode()).add("heldOn", "2026-11-20").build()),
                        SUPERVISORS),
                new Call("GET the land parcels", api -> api.get("land-parcels"),
                        Set.of(O_JZ, M_JZ, O_SZ, S_JZ, S_P, ADMIN)),
                new Call("GET the audit trail", api -> api.get("audit"), Set.of(AUDITOR)),
                new Call("GET the audit chain's verification", api -> api.get("audit/verification"), Set.of(AUDITOR)),
                new Call("GET the working-day calendar", api -> api.get("calendar"), Set.of(ADMIN)),
                new Call("GET the procedure catalogue", api -> api.get("procedures"), Set.of(ADMIN)),
                new Call("GET the problem category catalogue", api -> api.get("problem-categories"), Set.of(ADMIN)),
                new Call("GET the cities", api -> api.get("cities"), ADMINISTRATION),
                new Call("GET the portal's projects", api -> api.get("portal/projects"), Set.of(ENTERPRISE)),
                new Call("GET the enterprise's messages", api -> api.get("portal/messages"), Set.of(ENTERPRISE)),
                new Call("POST the enterprise's messages seen", api -> api.post("portal/messages/seen"),
                        Set.of(ENTERPRISE)),
                new Call("PUT the address the enterprise's messages are mailed to", api -> api.put(
                        "portal/messages/email", Json.createObjectBuilder().add("email", "").build()),
                        Set.of(ENTERPRISE)),
                new Call("GET the enterprise's own project on the portal", api -> api.get("portal/projects/" + own),
                        Set.of(ENTERPRISE)),
                new Call("GET the ratings of the enterprise's own project",
                        api -> api.get("portal/projects/" + own + "/ratings"), Set.of(ENTERPRISE)),
                new Call("GET the ratings of another enterprise's project",
                        api -> api.get("portal/projects/" + project + "/ratings"), Set.of()),
                new Call("GET the materials of the enterprise's own project",
                        api -> api.get("portal/projects/" + own + "/materials"), Set.of(ENTERPRISE)),
                new Call("GET the materials of another enterprise's project",
                        api -> api.get("portal/projects/" + project + "/materials"), Set.of()),
                new Call("POST a material for another enterprise's project", api -> api.upload("portal/projects/"
                        + project + "/materials?procedure=LAND_USE&name=x.png", Projects.png(), "image/png"),
                        Set.of()),
                new Call("GET the enterprise's materials at its officers' task",
                        api -> api.get("tasks/" + task + "/enterprise-materials"), Set.of(O_JZ)),
                new Call("GET another enterprise's project on the portal",
                        api -> api.get("portal/projects/" + project), Set.of()),
                new Call("GET a document of another enterprise's project on the portal",
                        api -> api.get("portal/projects/" + project + "/documents/" + document), Set.of()),
                new Call("GET a zone's document through the enterprise's own project",
                        api -> api.get("portal/projects/" + own + "/documents/" + document), Set.of()),
                new Call("POST a commitment signature for another enterprise's project", api -> api.post(
                        "portal/projects/" + project + "/commitment/signature", Json.createObjectBuilder()
                                .add("textSha256", "0".repeat(64)).add("password", ApiClient.DEMO_PASSWORD).build()),
                        Set.of()),
                new Call("POST a commitment refusal for another enterprise's project", api -> api.post(
                        "portal/projects/" + project + "/commitment/refusal", Json.createObjectBuilder()
                                .add("reason", "权限测试").build()), Set.of()),
                new Call("GET the department's procedures to decide", api -> api.get("portal/department/procedures"),
                        Set.of(DEPARTMENT)),
                new Call("GET a zone's task on the department's desk", api -> api.get("portal/department/procedures/"
                        + task), Set.of()),
                new Call("POST an answer to a zone's task on the department's desk", api -> api.post(
                        "portal/department/procedures/" + task + "/answer", Json.createObjectBuilder()
                                .add("decision", "approve").add("approvalNumber", "权限测试").build()), Set.of()),
                new Call("GET the problems given to the department", api -> api.get("portal/department/problems"),
                        Set.of(DEPARTMENT)),
                new Call("GET a zone's task on the department's problem desk", api -> api.get(
                        "portal/department/problems/" + task), Set.of()),
                new Call("POST an answer to a zone's task on the department's problem desk", api -> api.post(
                        "portal/department/problems/" + task + "/answer", Json.createObjectBuilder()
                                .add("answer", "权限测试").build()), Set.of()),
                new Call("DELETE a file of a zone's task on the department's problem desk", api -> api.delete(
                        "portal/department/problems/" + task + "/files/1"), Set.of()),
                new Call("POST a zone's task back to the zone from the department's problem desk", api -> api.post(
                        "portal/department/problems/" + task + "/return", Json.createObjectBuilder()
                                .add("reason", "权限测试").build()), Set.of()),
                new Call("GET the departments a 晋中 problem may be given to", api -> api.get("problems/" + problem
                        + "/departments"), JINZHONG),
                new Call("GET the departments taking part", api -> api.get("departments"), Set.of(ADMIN, SECURITY)),
                new Call("GET the invitations of a 晋中 project", api -> api.get("projects/" + project
                        + "/invitations"), Set.of(O_JZ, M_JZ)),
                new Call("POST a 晋中 project", api -> api.post("projects",
                        Projects.signed(Projects.newCode(), "晋中开发区", "900")), Set.of(O_JZ, M_JZ)),
                new Call("POST its investment", api -> api.post("projects/" + project + "/investment",
                        Json.createObjectBuilder().add("month", ChinaTime.thisMonth().toString()).add("completed", 1)
                                .build()), Set.of(O_JZ, M_JZ)),
                new Call("POST a claim of its officers' task", api -> api.post("tasks/" + task + "/claim"),
                        Set.of(O_JZ)));

        Map<String, String> wrong = new LinkedHashMap<>();
        int combinations = 0;
        for (String user : USERS) {
            // a token signs its account in with the same roles and scope as the password it was exchanged for
            Map<String, ApiClient> signedIn = Map.of("password", ApiClient.as(base, user),
                    "token", ApiClient.as(base, user).signedInWithToken());
            signedIn.forEach((how, api) -> {
                for (Call call : calls) {
                    Answer answer = call.call().apply(api);
                    boolean allowed = call.allowed().contains(user);
                    boolean ok = allowed ? answer.status() / 100 == 2 : refused(answer);
                    if (!ok) {
                        wrong.put(user + " with a " + how + " · " + call.name(), (allowed ? "allowed" : "refused")
                                + " expected, got " + answer.status());
                    }
                }
            });
            combinations += signedIn.size() * calls.size();
        }

        assertThat(wrong).as("of %d combinations of user and call", combinations).isEmpty();
    }

    @Test
    void aChangeSentFromAnotherSitesPageIsRefusedAndAudited() {
        String name = "跨站测试 " + Projects.newCode();
        JsonObject activity = Json.createObjectBuilder().add("name", name).add("heldOn", "2026-11-20").build();
        ApiClient supervisor = ApiClient.as(base, S_P);

        Answer forged = ApiClient.as(base, S_P).sentFrom("https://evil.example").post("activities", activity);
        List<String> names = new ArrayList<>();
        supervisor.get("activities").jsonArray().getValuesAs(JsonObject.class)
                .forEach(listed -> names.add(listed.getString("name")));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.json().getString("title")).isEqualTo("拒绝跨站请求");
        assertThat(names).doesNotContain(name);
        assertThat(ApiClient.as(base, AUDITOR).get("audit?action=ACCESS_DENIED&actor=" + S_P).json()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("detail")).isEqualTo("POST from https://evil.example"));
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertThat(ApiClient.as(base, S_P).sentFrom(own).post("activities", activity).status())
                .as("the same change from ZoneFlow's own page").isEqualTo(201);
    }

    /**
     * Signing in on the login page: the session cookie is out of scripts' reach and not sent along from other
     * sites, and signing in gives a new session id, so an id known before (planted, say) signs nobody in.
     */
    @Test
    void signingInRenewsTheSessionAndTheIdKnownBeforeOpensNothing() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = browser.send(page("login.xhtml").build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionId(cookies);
        String viewState = ScreenSession.viewStateOf(loginPage.body());

        HttpResponse<String> signedIn = browser.send(page("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(ScreenSession.loginForm(M_JZ, ApiClient.DEMO_PASSWORD, viewState))
                .build(), HttpResponse.BodyHandlers.ofString());
        String after = sessionId(cookies);

        assertThat(signedIn.statusCode()).as("sent on to the start page").isIn(302, 303);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=" + after).containsIgnoringCase("HttpOnly")
                .matches(written -> written.toLowerCase().split("samesite=lax", -1).length == 2, "SameSite once"));
        assertThat(after).isNotEqualTo(before);
        assertThat(withSession(before).statusCode()).as("the id from before signing in").isEqualTo(302);
        assertThat(withSession(after).statusCode()).isEqualTo(200);
    }

    /** What a prober learns from headers: nothing about the server, and no session from an API call. */
    @Test
    void answersNameNoServerAndKeepPagesOutOfCachesAndApiCallsLeaveNoSession() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((O_JZ + ":" + ApiClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> login = http.send(page("login.xhtml").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(page("api/cities").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wadl = http.send(page("api/application.wadl").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> options = http.send(page("api/cities").header("Authorization", basic)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'")
                .containsPattern("script-src 'self' 'nonce-[^']+'");
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        for (HttpResponse<String> answer : List.of(login, api, wadl, options)) {
            assertThat(answer.headers().firstValue("Server").orElse("")).as(answer.uri().toString()).isBlank();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(answer.uri().toString()).isEmpty();
        }
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).as("an API call opens no session").isEmpty();
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(options.headers().firstValue("Content-Type").orElse("")).doesNotContain("wadl");
        assertThat(options.body()).doesNotContainIgnoringCase("jersey");
    }

    /** 移交在办事项 is the zone manager's page: it lists the zone's officers and managers with what they hold. */
    @Test
    void onlyAZoneManagerOpensTheHandoverPage() {
        HttpResponse<String> managers = ScreenSession.signIn(base, M_JZ).open("task/handover.xhtml");
        HttpResponse<String> officers = ScreenSession.signIn(base, O_JZ).open("task/handover.xhtml");
        HttpResponse<String> supervisors = ScreenSession.signIn(base, S_JZ).open("task/handover.xhtml");

        assertThat(managers.statusCode()).isEqualTo(200);
        assertThat(managers.body()).contains("移交在办事项", "officer.jinzhong").doesNotContain("officer.shuozhou");
        assertThat(officers.statusCode()).isEqualTo(403);
        assertThat(supervisors.statusCode()).isEqualTo(403);
    }

    /**
     * A screen's form submitted any other way than POST, as a link on another page could, runs nothing; one from a
     * page whose view is gone is told so, not answered with a server error.
     */
    @Test
    void onlyAPostSubmitsAScreensForm() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> asGet = http.send(page("login.xhtml?login=login&login%3Ausername=" + M_JZ
                + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=1").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asPut = http.send(page("login.xhtml")
                .PUT(HttpRequest.BodyPublishers.ofString("login=login")).build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> expired = http.send(page("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=" + M_JZ
                        + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=123%3A456")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(expired.statusCode()).as("a form from a page that is gone").isEqualTo(400);
        assertThat(expired.body()).contains("页面已过期");
        assertThat(asGet.statusCode()).isEqualTo(405);
        assertThat(asPut.statusCode()).isEqualTo(405);
        assertThat(asGet.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertThat(asGet.body()).as("no stack trace").doesNotContainPattern("\\tat |Exception:|Caused by");
    }

    /**
     * Refused: 403 or 404, or, for a registration naming a zone the caller does not work in, the zone field marked as
     * outside their scope, as the form would mark it.
     */
    private static boolean refused(Answer answer) {
        if (answer.status() == 403 || answer.status() == 404) {
            return true;
        }
        return answer.status() == 400 && answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .allMatch(error -> error.getString("field").equals("zone")
                        && error.getString("message").equals("不在您的权限范围内"));
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private HttpResponse<String> withSession(String id) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(page("task/inbox.xhtml").header("Cookie", "JSESSIONID=" + id).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(Duration.ofMinutes(2));
    }
}
