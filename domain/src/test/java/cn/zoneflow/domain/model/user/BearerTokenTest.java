package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void aNewTokenIsFortyThreeUrlSafeCharactersAndNeverTheSameTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String value = BearerToken.random().value();
            assertThat(value).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(value)).isTrue();
        }
    }

    @Test
    void aTokenPresentedIsFoundUnderTheHashItWasKeptUnder() {
        BearerToken issued = BearerToken.random();

        assertThat(BearerToken.presented(issued.value())).contains(issued);
        assertThat(BearerToken.presented(issued.value()).orElseThrow().hash())
                .isEqualTo(issued.hash()).matches("[0-9a-f]{64}").doesNotContain(issued.value());
    }

    @Test
    void whatCannotBeATokenIsNoneWhateverItIs() {
        String value = BearerToken.random().value();

        assertThat(BearerToken.presented(null)).isEmpty();
        assertThat(BearerToken.presented("")).isEmpty();
        assertThat(BearerToken.presented(value + "A")).isEmpty();
        assertThat(BearerToken.presented(value.substring(1) + "=")).isEmpty();
        assertThat(BearerToken.presented("' or 1=1 --" + value.substring(11))).isEmpty();
    }

    @Test
    void aTokenNeverShowsItselfInALog() {
        BearerToken token = BearerToken.random();

        assertThat(token.toString()).doesNotContain(token.value());
    }
}
