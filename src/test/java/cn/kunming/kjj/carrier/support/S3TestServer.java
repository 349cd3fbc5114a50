package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.storage.S3ContentStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real S3-compatible server of the s3 tests (Maven profile {@code s3}): S3Proxy, which .ci/run starts and names in
 * S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY (docs/operations.md shows how to start it by hand). Without it the tests
 * fail rather than pass unrun.
 */
public final class S3TestServer {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private S3TestServer() {
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the s3 tests need a real S3-compatible server "
                    + "(.ci/run starts S3Proxy; by hand: docs/operations.md)");
        }
        return value;
    }

    public static String endpoint() {
        return required("S3_ENDPOINT");
    }

    public static String accessKey() {
        return required("S3_ACCESS_KEY");
    }

    public static String secretKey() {
        return required("S3_SECRET_KEY");
    }

    /** A bucket name no other test (nor an earlier run) uses. */
    public static String uniqueBucket(String purpose) {
        return purpose + "-" + SEQUENCE.incrementAndGet();
    }

    /** A store on a new bucket of the server, created on the way. */
    public static S3ContentStore.Settings settings(String bucket) {
        return new S3ContentStore.Settings(endpoint(), "us-east-1", bucket, accessKey(), secretKey(), true,
                "attachments/", true);
    }

    /** A plain client of the server, to look at (or damage) what the portal stored. */
    public static S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey(), secretKey())))
                // as the portal's client: the SDK's default checksums make S3Proxy refuse the upload
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }
}
