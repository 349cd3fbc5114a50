package cn.kunming.kjj.carrier.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Content in a bucket of S3-compatible object storage (MinIO, Ceph RGW, the object stores of government clouds;
 * S3Proxy in the tests), as {@code <prefix>ab/abcdef…}, through the AWS SDK v2 with a configurable endpoint and
 * path-style addressing. Uploads are sent from the temporary file the upload was hashed into (length known, one
 * request: attachments are at most 20 MB, far below the 5 GB of a single PUT); downloads stream the response body.
 */
public final class S3ContentStore implements ContentStore, AutoCloseable {

    /** Where and how to reach the bucket. A blank access key means the SDK's default chain (environment, profile, role). */
    public record Settings(String endpoint, String region, String bucket, String accessKey, String secretKey,
                           boolean pathStyle, String prefix, boolean createBucket) {

        String prefixWithSlash() {
            String p = prefix.strip();
            return p.isEmpty() || p.endsWith("/") ? p : p + "/";
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String location;

    public S3ContentStore(Settings settings) {
        this.s3 = client(settings);
        this.bucket = settings.bucket();
        this.prefix = settings.prefixWithSlash();
        this.location = "s3://" + bucket + "/" + prefix
                + (settings.endpoint().isBlank() ? "" : " at " + settings.endpoint().strip());
        if (settings.createBucket()) {
            createBucketIfMissing();
        }
    }

    private static S3Client client(Settings settings) {
        AwsCredentialsProvider credentials = settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // the SDK's default extra checksums (CRC32 trailers, since 2.30) are not understood by every
                // S3-compatible server; SigV4 still signs each request's payload hash
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(60)));
        if (!settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    private String key(String sha256) {
        return prefix + Hashes.relative(sha256);
    }

    @Override
    public boolean contains(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void put(String sha256, Path file) {
        if (contains(sha256)) {
            return;
        }
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key(sha256))
                        .contentType("application/octet-stream").metadata(Map.of("sha256", sha256)).build(),
                RequestBody.fromFile(file));
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (NoSuchKeyException e) {
            throw new MissingContentException(sha256, location);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new MissingContentException(sha256, location);
            }
            throw e;
        }
    }

    @Override
    public long size(String sha256) {
        try {
            Long length = s3.headObject(b -> b.bucket(bucket).key(key(sha256))).contentLength();
            return length == null ? -1 : length;
        } catch (NoSuchKeyException e) {
            throw new MissingContentException(sha256, location);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new MissingContentException(sha256, location);
            }
            throw e;
        }
    }

    @Override
    public Stream<String> hashes() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .map(k -> k.substring(k.lastIndexOf('/') + 1))
                .filter(Hashes::isSha256);
    }

    @Override
    public void checkReachable() {
        s3.headBucket(b -> b.bucket(bucket));
    }

    @Override
    public String location() {
        return location;
    }

    private void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
