package kz.minsearch.crawl;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareTest {
    @Test
    void everySiteFallsToExactlyOneShareAndAllItsPagesWithIt() {
        int processes = 3;
        int[] perShare = new int[processes];
        for (int i = 0; i < 300; i++) {
            String site = "https://news" + i + ".example.kz";
            int owners = 0;
            for (int k = 1; k <= processes; k++) {
                Share share = new Share(k, processes);
                if (share.owns(site + "/")) {
                    owners++;
                    perShare[k - 1]++;
                    assertTrue(share.owns(site + "/kk/news/page-2.html?x=1"), "the whole site goes with its share");
                }
            }
            assertEquals(1, owners, site);
        }
        assertTrue(IntStream.of(perShare).allMatch(n -> n > 60), "the sites spread over the shares: " + java.util.Arrays.toString(perShare));
    }

    @Test
    void parsesKOfNAndRefusesTheRest() {
        assertEquals(new Share(2, 3), Share.parse(" 2/3 "));
        assertTrue(Share.ALL.owns("http://anything.kz/"));
        for (String bad : new String[] {"0/3", "4/3", "2", "a/b", "1/0", "1/2/3"}) {
            assertThrows(IllegalArgumentException.class, () -> Share.parse(bad), bad);
        }
    }
}
