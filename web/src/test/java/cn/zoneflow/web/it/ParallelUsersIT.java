package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many signed-in users at the same moment: each keeps being let in to what their role shows them, however busy the
 * server is with the others. (A caller seen without their groups under concurrency was once refused with 403.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelUsersIT {

    private static final List<String> USERS = List.of("officer.jinzhong", "manager.jinzhong", "officer.shuozhou",
            "supervisor.jinzhong", "supervisor.province");
    private static final List<String> PAGES = List.of("task/inbox.xhtml", "project/list.xhtml");
    private static final List<String> CALLS = List.of("tasks?size=5", "projects?size=5");
    private static final int ROUNDS = 12;

    @ArquillianResource
    private URL base;

    @Test
    void everySignedInUserIsLetInWhileTheOthersAreBusyToo() throws Exception {
        List<String> users = new ArrayList<>(USERS);
        users.addAll(USERS);
        CyclicBarrier together = new CyclicBarrier(users.size() * 2);
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        long deniedBefore = accessDenied();
        List<Future<?>> work = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(users.size() * 2);
        try {
            for (String user : users) {
                work.add(clients.submit(() -> {
                    ScreenSession screens = ScreenSession.signIn(base, user);
                    rounds(together, user + " on the screens", refused,
                            PAGES.stream().map(page -> (IntSupplier) () -> screens.open(page).statusCode()).toList());
                    return null;
                }));
                work.add(clients.submit(() -> {
                    ApiClient api = ApiClient.as(base, user);
                    rounds(together, user + " over the API", refused,
                            CALLS.stream().map(call -> (IntSupplier) () -> api.get(call).status()).toList());
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(refused).as("requests answered other than 200").isEmpty();
        assertThat(accessDenied()).as("refusals in the audit trail").isEqualTo(deniedBefore);
    }

    private static void rounds(CyclicBarrier together, String who, ConcurrentLinkedQueue<String> refused,
            List<IntSupplier> requests) throws Exception {
        together.await();
        for (int round = 0; round < ROUNDS; round++) {
            for (int request = 0; request < requests.size(); request++) {
                int status = requests.get(request).getAsInt();
                if (status != 200) {
                    refused.add(who + ", round " + round + ", request " + request + ": " + status);
                }
            }
        }
    }

    private long accessDenied() {
        return ApiClient.as(base, "auditor").get("audit?action=ACCESS_DENIED&size=1").json()
                .getJsonNumber("total").longValue();
    }
}
