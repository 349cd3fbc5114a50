package cn.kunming.kjj.carrier.storage;

import cn.kunming.kjj.carrier.support.S3TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments in an S3-compatible bucket, against a real server (S3Proxy, started by .ci/run; Maven profile s3): the
 * same contract as the disk, plus the bucket's own ways of failing.
 */
@Tag("s3")
class S3ContentStoreTest extends ContentStoreContract {

    private final S3Client raw = S3TestServer.client();
    private final List<S3ContentStore> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(S3ContentStore::close);
        raw.close();
    }

    private S3ContentStore store(S3ContentStore.Settings settings) {
        S3ContentStore store = new S3ContentStore(settings);
        opened.add(store);
        return store;
    }

    private static String bucketOf(ContentStore store) {
        return store.location().substring("s3://".length(), store.location().indexOf('/', "s3://".length()));
    }

    @Override
    ContentStore emptyStore() {
        return store(S3TestServer.settings(S3TestServer.uniqueBucket("contract")));
    }

    @Override
    void damage(ContentStore store, String sha256, byte[] bytes) {
        raw.putObject(b -> b.bucket(bucketOf(store)).key("attachments/" + sha256.substring(0, 2) + "/" + sha256),
                RequestBody.fromBytes(bytes));
    }

    @Test
    void objectsAreKeptUnderThePrefixByTheirHashAndTheTemporaryFileIsLeftToTheCaller() throws Exception {
        ContentStore store = emptyStore();
        Path file = pdfFile(50_000);
        String sha = sha256(file);
        store.put(sha, file);
        store.put(sha, file);

        // (S3Proxy's filesystem backend also lists its folders, as keys ending in a slash)
        assertThat(raw.listObjectsV2(b -> b.bucket(bucketOf(store))).contents().stream().map(S3Object::key)
                .filter(k -> !k.endsWith("/"))).containsExactly("attachments/" + sha.substring(0, 2) + "/" + sha);
        assertThat(file).exists();
        assertThat(store.location()).startsWith("s3://contract-").contains("/attachments/ at " + S3TestServer.endpoint());
    }

    @Test
    void aMissingBucketOrAWrongSecretIsNotReachableAndSaysSo() {
        S3ContentStore.Settings good = S3TestServer.settings(S3TestServer.uniqueBucket("reachable"));
        store(good).checkReachable();

        S3ContentStore.Settings missing = new S3ContentStore.Settings(good.endpoint(), good.region(),
                S3TestServer.uniqueBucket("missing"), good.accessKey(), good.secretKey(), true, "attachments/", false);
        assertThatThrownBy(() -> store(missing).checkReachable()).isInstanceOf(RuntimeException.class);

        S3ContentStore.Settings wrongSecret = new S3ContentStore.Settings(good.endpoint(), good.region(), good.bucket(),
                good.accessKey(), good.secretKey() + "x", true, "attachments/", false);
        assertThatThrownBy(() -> store(wrongSecret).checkReachable()).isInstanceOf(RuntimeException.class);
    }
}
