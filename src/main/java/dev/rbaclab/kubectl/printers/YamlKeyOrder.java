package dev.rbaclab.kubectl.printers;

import java.util.Comparator;

/**
 * The order in which go-yaml v2 writes map keys ({@code keyList.Less} in gopkg.in/yaml.v2 sorter.go): not plain
 * lexicographic — runs of digits compare as numbers and non-letters sort before letters. kubectl -o yaml goes
 * through JSON, so every key is a string and only the string branch matters.
 */
final class YamlKeyOrder implements Comparator<String> {

    static final YamlKeyOrder INSTANCE = new YamlKeyOrder();

    private YamlKeyOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        return less(a, b) ? -1 : 1;
    }

    private static boolean less(String a, String b) {
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return ar[i] < br[i];
            }
            if (al || bl) {
                return bl;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                // a zero inside a longer number ("10" vs "1a") still counts as part of that number
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }
}
