import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a server's HTTP sessions retain, read from a heap dump ({@code jcmd PID GC.heap_dump FILE}, or the benchmark's
 * {@code -Dbench.heapDumps=DIR}): no profiler needed, the JDK's source launcher runs it.
 *
 * <pre>java -Xmx6g bench/SessionHeap.java FILE.hprof [session class] [depth] [threshold bytes]</pre>
 *
 * Prints (1) what all sessions retain together, per session and by class; (2) what one session of median size
 * retains as a dominator tree, each node named by the field that holds it, down to the threshold; (3) the same tree's
 * nodes summed over every session by their path (what a typical session spends on each holder). Sizes are estimated
 * as HotSpot lays objects out with compressed pointers (12-byte headers, 4-byte references, 8-byte alignment), so they
 * come within a few per cent of a class histogram's.
 */
public class SessionHeap {

    static final int OBJECT = 2;
    final ByteBuffer dump;
    int idSize;
    final Map<Long, String> strings = new HashMap<>();
    final Map<Long, Long> classNameIds = new HashMap<>();
    final Map<Long, ClassInfo> classes = new HashMap<>();
    final LongIntMap index = new LongIntMap(1 << 24);
    long[] offsets = new long[1 << 22];
    int count;
    long[] roots = new long[1 << 16];
    int rootCount;

    record Field(String name, int type) {
    }

    static final class ClassInfo {
        String name = "?";
        long superId;
        Field[] fields = new Field[0];
        int shallow;
        long[] staticRefs = new long[0];
        String[] staticNames = new String[0];
    }

    SessionHeap(ByteBuffer dump) {
        this.dump = dump;
    }

    public static void main(String[] args) throws IOException {
        String session = args.length > 1 ? args[1] : "org.apache.catalina.session.StandardSession";
        int depth = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        long threshold = args.length > 3 ? Long.parseLong(args[3]) : 1024;
        try (RandomAccessFile file = new RandomAccessFile(args[0], "r")) {
            if (file.length() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("dumps up to 2 GiB");
            }
            SessionHeap heap = new SessionHeap(file.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, file.length()));
            heap.read();
            heap.report(session, depth, threshold);
        }
    }

    // ---- reading

    void read() {
        while (dump.get() != 0) {
            // "JAVA PROFILE 1.0.2"
        }
        idSize = dump.getInt();
        dump.getLong();
        while (dump.hasRemaining()) {
            int tag = dump.get() & 0xff;
            dump.getInt();
            long length = Integer.toUnsignedLong(dump.getInt());
            int end = (int) (dump.position() + length);
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] text = new byte[(int) (length - idSize)];
                    dump.get(text);
                    strings.put(id, new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    dump.getInt();
                    long classId = id();
                    dump.getInt();
                    classNameIds.put(classId, id());
                }
                case 0x0C, 0x1C -> segment(end);
                default -> { }
            }
            dump.position(end);
        }
        classes.forEach((id, c) -> c.name = strings.getOrDefault(classNameIds.get(id), "?").replace('/', '.'));
        classes.values().forEach(c -> c.shallow = align(12 + fieldBytes(c)));
        System.out.printf("objects: %,d; classes: %,d; roots: %,d%n", count, classes.size(), rootCount);
    }

    int fieldBytes(ClassInfo c) {
        int bytes = 0;
        for (ClassInfo k = c; k != null; k = classes.get(k.superId)) {
            for (Field f : k.fields) {
                bytes += f.type == OBJECT ? 4 : size(f.type);
            }
        }
        return bytes;
    }

    void segment(int end) {
        while (dump.position() < end) {
            int start = dump.position();
            int sub = dump.get() & 0xff;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> root(id());
                case 0x01 -> { root(id()); id(); }
                case 0x02, 0x03, 0x08 -> { root(id()); dump.getInt(); dump.getInt(); }
                case 0x04, 0x06 -> { root(id()); dump.getInt(); }
                case 0x20 -> classDump(start);
                case 0x21 -> {
                    object(id(), start);
                    dump.getInt();
                    id();
                    skip(dump.getInt());
                }
                case 0x22 -> {
                    object(id(), start);
                    dump.getInt();
                    int n = dump.getInt();
                    id();
                    skip((long) n * idSize);
                }
                case 0x23 -> {
                    object(id(), start);
                    dump.getInt();
                    int n = dump.getInt();
                    skip((long) n * size(dump.get()));
                }
                default -> throw new IllegalStateException("sub-record " + sub + " at " + start);
            }
        }
    }

    void classDump(int start) {
        long id = id();
        object(id, start);
        ClassInfo c = new ClassInfo();
        dump.getInt();
        c.superId = id();
        long loader = id();
        id();
        id();
        id();
        id();
        dump.getInt();
        int constants = dump.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            dump.getShort();
            skip(size(dump.get()));
        }
        int statics = dump.getShort() & 0xffff;
        List<Long> refs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        refs.add(loader);
        names.add("<loader>");
        refs.add(c.superId);
        names.add("<super>");
        for (int i = 0; i < statics; i++) {
            long name = id();
            int type = dump.get();
            if (type == OBJECT) {
                refs.add(id());
                names.add(strings.getOrDefault(name, "?"));
            } else {
                skip(size(type));
            }
        }
        c.staticRefs = refs.stream().mapToLong(Long::longValue).toArray();
        c.staticNames = names.toArray(String[]::new);
        int fields = dump.getShort() & 0xffff;
        c.fields = new Field[fields];
        for (int i = 0; i < fields; i++) {
            c.fields[i] = new Field(strings.getOrDefault(id(), "?"), dump.get());
        }
        classes.put(id, c);
    }

    void root(long id) {
        if (rootCount == roots.length) {
            roots = Arrays.copyOf(roots, rootCount * 2);
        }
        roots[rootCount++] = id;
    }

    void object(long id, int offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count] = offset;
        index.put(id, count++);
    }

    long id() {
        return idSize == 4 ? Integer.toUnsignedLong(dump.getInt()) : dump.getLong();
    }

    void skip(long bytes) {
        dump.position((int) (dump.position() + bytes));
    }

    int size(int type) {
        return switch (type) {
            case OBJECT -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("type " + type);
        };
    }

    static int align(long bytes) {
        return (int) ((bytes + 7) & ~7L);
    }

    // ---- one object: its class, size and references (with the field that holds each)

    String className(int object) {
        ByteBuffer b = dump.duplicate().position((int) offsets[object]);
        int tag = b.get() & 0xff;
        return switch (tag) {
            case 0x20 -> "class " + classes.get(read(b)).name;
            case 0x21 -> {
                read(b);
                b.getInt();
                yield classes.get(read(b)).name;
            }
            case 0x22 -> {
                read(b);
                b.getInt();
                b.getInt();
                yield classes.get(read(b)).name;
            }
            default -> {
                read(b);
                b.getInt();
                b.getInt();
                yield switch (b.get()) {
                    case 4 -> "boolean[]";
                    case 5 -> "char[]";
                    case 6 -> "float[]";
                    case 7 -> "double[]";
                    case 8 -> "byte[]";
                    case 9 -> "short[]";
                    case 10 -> "int[]";
                    default -> "long[]";
                };
            }
        };
    }

    /** Whether an instance's class or one of its superclasses has this name. */
    boolean instanceOf(int object, String name) {
        ByteBuffer b = dump.duplicate().position((int) offsets[object] + 1);
        read(b);
        b.getInt();
        for (ClassInfo k = classes.get(read(b)); k != null; k = classes.get(k.superId)) {
            if (k.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    long read(ByteBuffer b) {
        return idSize == 4 ? Integer.toUnsignedLong(b.getInt()) : b.getLong();
    }

    long shallow(int object) {
        ByteBuffer b = dump.duplicate().position((int) offsets[object]);
        int tag = b.get() & 0xff;
        read(b);
        b.getInt();
        return switch (tag) {
            case 0x20 -> 0;
            case 0x21 -> classes.get(read(b)).shallow;
            case 0x22 -> align(16 + 4L * b.getInt());
            default -> {
                int n = b.getInt();
                yield align(16 + (long) n * size(b.get()));
            }
        };
    }

    interface Visitor {
        void reference(int target, String via);
    }

    /** Every reference the object holds; {@code named} asks for the field names (slower). */
    void references(int object, Visitor visitor, boolean named) {
        ByteBuffer b = dump.duplicate().position((int) offsets[object]);
        int tag = b.get() & 0xff;
        long self = read(b);
        switch (tag) {
            case 0x20 -> {
                ClassInfo c = classes.get(self);
                for (int i = 0; i < c.staticRefs.length; i++) {
                    visit(c.staticRefs[i], c.staticNames[i], visitor);
                }
            }
            case 0x21 -> {
                b.getInt();
                long classId = read(b);
                b.getInt();
                visit(classId, "<class>", visitor);
                for (ClassInfo k = classes.get(classId); k != null; k = classes.get(k.superId)) {
                    for (Field f : k.fields) {
                        if (f.type == OBJECT) {
                            visit(read(b), f.name, visitor);
                        } else {
                            b.position(b.position() + size(f.type));
                        }
                    }
                }
            }
            case 0x22 -> {
                b.getInt();
                int n = b.getInt();
                visit(read(b), "<class>", visitor);
                for (int i = 0; i < n; i++) {
                    visit(read(b), named ? "[]" : null, visitor);
                }
            }
            default -> { }
        }
    }

    void visit(long id, String via, Visitor visitor) {
        if (id != 0) {
            int target = index.get(id);
            if (target >= 0) {
                visitor.reference(target, via);
            }
        }
    }

    // ---- retained sets

    /** Marks what the roots reach without passing through a blocked object. */
    boolean[] reachableAvoiding(boolean[] blocked) {
        boolean[] seen = new boolean[count];
        int[] stack = new int[1 << 20];
        int top = 0;
        for (int r = 0; r < rootCount; r++) {
            int o = index.get(roots[r]);
            if (o >= 0 && !seen[o] && !blocked[o]) {
                seen[o] = true;
                if (top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                }
                stack[top++] = o;
            }
        }
        while (top > 0) {
            int o = stack[--top];
            int[][] s = {stack};
            int[] t = {top};
            references(o, (target, via) -> {
                if (!seen[target] && !blocked[target]) {
                    seen[target] = true;
                    if (t[0] == s[0].length) {
                        s[0] = Arrays.copyOf(s[0], t[0] * 2);
                    }
                    s[0][t[0]++] = target;
                }
            }, false);
            stack = s[0];
            top = t[0];
        }
        return seen;
    }

    /** The objects only reachable through {@code from}: what it retains (itself included), in depth-first order. */
    List<Integer> retained(int from, boolean[] elsewhere) {
        List<Integer> order = new ArrayList<>();
        Map<Integer, Boolean> visited = new HashMap<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(from);
        visited.put(from, true);
        while (!stack.isEmpty()) {
            int o = stack.pop();
            order.add(o);
            references(o, (target, via) -> {
                if (!elsewhere[target] && visited.putIfAbsent(target, true) == null) {
                    stack.push(target);
                }
            }, false);
        }
        return order;
    }

    record Tree(int[] nodes, int[] idom, long[] retainedSizes, String[] via) {
    }

    /** Dominator tree of a retained set (Cooper, Harvey and Kennedy's iteration over a reverse post-order). */
    Tree dominators(int from, boolean[] elsewhere) {
        List<Integer> members = retained(from, elsewhere);
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            local.put(members.get(i), i);
        }
        int n = members.size();
        List<List<Integer>> successors = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> out = new ArrayList<>();
            List<String> via = new ArrayList<>();
            references(members.get(i), (target, field) -> {
                Integer t = local.get(target);
                if (t != null) {
                    out.add(t);
                    via.add(field);
                }
            }, true);
            successors.add(out);
            names.add(via);
        }
        // reverse post-order from the session
        int[] post = new int[n];
        int[] rpoIndex = new int[n];
        Arrays.fill(rpoIndex, -1);
        boolean[] visited = new boolean[n];
        int[] stack = new int[n];
        int[] edge = new int[n];
        int top = 0;
        int p = 0;
        stack[top++] = 0;
        visited[0] = true;
        while (top > 0) {
            int v = stack[top - 1];
            if (edge[v] < successors.get(v).size()) {
                int w = successors.get(v).get(edge[v]++);
                if (!visited[w]) {
                    visited[w] = true;
                    stack[top++] = w;
                }
            } else {
                top--;
                post[p++] = v;
            }
        }
        int[] rpo = new int[p];
        for (int i = 0; i < p; i++) {
            rpo[i] = post[p - 1 - i];
            rpoIndex[rpo[i]] = i;
        }
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            for (int w : successors.get(v)) {
                predecessors.get(w).add(v);
            }
        }
        int[] idom = new int[n];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < p; i++) {
                int v = rpo[i];
                int chosen = -1;
                for (int u : predecessors.get(v)) {
                    if (idom[u] >= 0) {
                        chosen = chosen < 0 ? u : intersect(u, chosen, idom, rpoIndex);
                    }
                }
                if (chosen >= 0 && idom[v] != chosen) {
                    idom[v] = chosen;
                    changed = true;
                }
            }
        }
        long[] sizes = new long[n];
        for (int i = p - 1; i >= 0; i--) {
            int v = rpo[i];
            sizes[v] += shallow(members.get(v));
            if (v != 0) {
                sizes[idom[v]] += sizes[v];
            }
        }
        String[] via = new String[n];
        for (int v = 1; v < n; v++) {
            int parent = idom[v];
            List<Integer> out = successors.get(parent);
            String field = "~";
            for (int k = 0; k < out.size(); k++) {
                if (out.get(k) == v) {
                    field = names.get(parent).get(k);
                    break;
                }
            }
            via[v] = field;
        }
        return new Tree(members.stream().mapToInt(Integer::intValue).toArray(), idom, sizes, via);
    }

    static int intersect(int a, int b, int[] idom, int[] rpoIndex) {
        while (a != b) {
            while (rpoIndex[a] > rpoIndex[b]) {
                a = idom[a];
            }
            while (rpoIndex[b] > rpoIndex[a]) {
                b = idom[b];
            }
        }
        return a;
    }

    // ---- the report

    void report(String sessionClass, int depth, long threshold) {
        List<Integer> sessions = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            if ((dump.get((int) offsets[o]) & 0xff) == 0x21 && instanceOf(o, sessionClass)) {
                sessions.add(o);
            }
        }
        boolean[] blocked = new boolean[count];
        sessions.forEach(s -> blocked[s] = true);
        boolean[] outside = reachableAvoiding(blocked);
        long together = 0;
        Map<String, long[]> byClass = new HashMap<>();
        boolean[] counted = new boolean[count];
        for (int s : sessions) {
            for (int o : retained(s, outside)) {
                if (!counted[o]) {
                    counted[o] = true;
                    long size = shallow(o);
                    together += size;
                    long[] c = byClass.computeIfAbsent(className(o), k -> new long[2]);
                    c[0]++;
                    c[1] += size;
                }
            }
        }
        int n = Math.max(1, sessions.size());
        System.out.printf("%n%s: %d; retained together: %,d KiB, %.1f KiB per session%n", sessionClass, sessions.size(),
                together / 1024, together / 1024.0 / n);
        System.out.println("\nby class, per session (count, bytes):");
        byClass.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue()[1])).limit(40)
                .forEach(e -> System.out.printf("  %8.1f %9.0f  %s%n", e.getValue()[0] / (double) n,
                        e.getValue()[1] / (double) n, e.getKey()));

        // each session alone: what the others do not share with it
        boolean[] none = new boolean[count];
        boolean[] solo = new boolean[count];
        Map<String, long[]> byPath = new TreeMap<>();
        List<long[]> sizes = new ArrayList<>();
        Map<Integer, Tree> trees = new HashMap<>();
        for (int s : sessions) {
            blockedOnly(none, s);
            boolean[] elsewhere = reachableAvoiding(none);
            none[s] = false;
            Tree tree = dominators(s, elsewhere);
            sizes.add(new long[] {tree.retainedSizes[0], s});
            paths(tree, byPath);
            if (trees.size() < 40) {
                trees.put(s, tree);
            }
            if (sizes.size() >= 40) {
                break;
            }
        }
        sizes.sort(Comparator.comparingLong(a -> a[0]));
        int sampled = sizes.size();
        if (sampled == 0) {
            return;
        }
        System.out.printf("%nsessions alone (%d sampled): min %,d, median %,d, max %,d bytes%n", sampled,
                sizes.getFirst()[0], sizes.get(sampled / 2)[0], sizes.getLast()[0]);
        Tree median = trees.get((int) sizes.get(sampled / 2)[1]);
        if (median != null) {
            System.out.println("\ndominator tree of the median session (retained bytes, field, class):");
            print(median, depth, threshold);
        }
        System.out.println("\nholders summed by path, per sampled session (retained bytes ≥ threshold):");
        byPath.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue()[0]))
                .filter(e -> e.getValue()[0] / sampled >= threshold)
                .forEach(e -> System.out.printf("  %9d  %s%n", e.getValue()[0] / sampled, e.getKey()));
    }

    static void blockedOnly(boolean[] flags, int s) {
        flags[s] = true;
    }

    void print(Tree tree, int depth, long threshold) {
        int n = tree.nodes.length;
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (int v = 1; v < n; v++) {
            if (tree.idom[v] >= 0) {
                children.get(tree.idom[v]).add(v);
            }
        }
        print(tree, children, 0, 0, depth, threshold);
    }

    void print(Tree tree, List<List<Integer>> children, int v, int level, int depth, long threshold) {
        System.out.printf("%s%,9d  %s%s%n", "  ".repeat(level), tree.retainedSizes[v],
                v == 0 ? "" : tree.via[v] + ": ", className(tree.nodes[v]));
        if (level >= depth) {
            return;
        }
        List<Integer> kids = new ArrayList<>(children.get(v));
        kids.sort(Comparator.comparingLong(k -> -tree.retainedSizes[k]));
        long rest = 0;
        int restCount = 0;
        for (int k : kids) {
            if (tree.retainedSizes[k] >= threshold) {
                print(tree, children, k, level + 1, depth, threshold);
            } else {
                rest += tree.retainedSizes[k];
                restCount++;
            }
        }
        if (restCount > 0) {
            System.out.printf("%s%,9d  (%d smaller)%n", "  ".repeat(level + 1), rest, restCount);
        }
    }

    /** Each node's retained size under a path of field names and classes from the session (arrays and maps folded). */
    void paths(Tree tree, Map<String, long[]> byPath) {
        int n = tree.nodes.length;
        String[] path = new String[n];
        path[0] = "session";
        // nodes come in depth-first discovery order, but a dominator may come later: resolve lazily
        for (int v = 0; v < n; v++) {
            String p = pathOf(tree, v, path);
            byPath.computeIfAbsent(p, k -> new long[1])[0] += tree.retainedSizes[v];
        }
    }

    String pathOf(Tree tree, int v, String[] path) {
        if (path[v] != null) {
            return path[v];
        }
        if (tree.idom[v] < 0) {
            return path[v] = "?";
        }
        String parent = pathOf(tree, tree.idom[v], path);
        String cls = className(tree.nodes[v]);
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        String step = tree.via[v] + ":" + simple;
        if (simple.equals("StateNode")) {
            step += "<" + componentOf(tree.nodes[v]) + ">";
        }
        // containers' inner nodes say nothing: fold them into the holder
        if (simple.endsWith("$Node") || simple.endsWith("$Node[]") || simple.equals("Object[]") || step.startsWith("[]")
                || simple.endsWith("$Entry") || simple.endsWith("$Entry[]")) {
            step = "…";
            if (parent.endsWith("/…")) {
                return path[v] = parent;
            }
        }
        return path[v] = parent + "/" + step;
    }

    /** The component a state node stands for (its ComponentMapping's), or its tag. */
    String componentOf(int node) {
        int features = field(node, "features");
        if (features < 0) {
            return "?";
        }
        List<Integer> items = new ArrayList<>();
        references(features, (target, via) -> {
            if (!"<class>".equals(via)) {
                items.add(target);
            }
        }, true);
        String tag = "?";
        for (int feature : items) {
            String cls = className(feature);
            if (cls.endsWith(".ComponentMapping")) {
                int component = field(feature, "component");
                if (component >= 0) {
                    String name = className(component);
                    return name.substring(name.lastIndexOf('.') + 1);
                }
            }
        }
        return tag;
    }

    /** The object an instance's field refers to, or -1. */
    int field(int object, String name) {
        int[] found = {-1};
        references(object, (target, via) -> {
            if (found[0] < 0 && name.equals(via)) {
                found[0] = target;
            }
        }, true);
        return found[0];
    }

    /** Open addressing from object id to index. */
    static final class LongIntMap {
        long[] keys;
        int[] values;
        int size;

        LongIntMap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void put(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            return -1;
        }

        int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & (keys.length - 1);
        }

        void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
