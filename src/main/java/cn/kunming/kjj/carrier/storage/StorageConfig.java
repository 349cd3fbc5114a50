package cn.kunming.kjj.carrier.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses where attachments live: {@code portal.storage.type=filesystem} (default: {@code portal.attachments.dir}) or
 * {@code s3} (the bucket of {@code portal.storage.s3.*}; see docs/operations.md). Several portal nodes need s3.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

    @Bean
    ContentStore contentStore(@Value("${portal.storage.type:filesystem}") String type,
                              @Value("${portal.attachments.dir:./data/attachments}") Path directory,
                              @Value("${portal.storage.s3.endpoint:}") String endpoint,
                              @Value("${portal.storage.s3.region:us-east-1}") String region,
                              @Value("${portal.storage.s3.bucket:carrier-attachments}") String bucket,
                              @Value("${portal.storage.s3.access-key:}") String accessKey,
                              @Value("${portal.storage.s3.secret-key:}") String secretKey,
                              @Value("${portal.storage.s3.path-style:true}") boolean pathStyle,
                              @Value("${portal.storage.s3.prefix:attachments/}") String prefix,
                              @Value("${portal.storage.s3.create-bucket:false}") boolean createBucket) {
        ContentStore store = switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "filesystem" -> new FilesystemContentStore(directory);
            case "s3" -> new S3ContentStore(new S3ContentStore.Settings(endpoint, region, bucket, accessKey, secretKey,
                    pathStyle, prefix, createBucket));
            default -> throw new IllegalStateException("portal.storage.type is '" + type + "': filesystem or s3");
        };
        log.info("attachments are kept in {}", store.location());
        return store;
    }
}
