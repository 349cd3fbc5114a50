package cn.kunming.kjj.carrier.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The storage commands of operators, run by starting the portal with one of these options (best with
 * {@code --spring.main.web-application-type=none}); the portal then reports and exits, with status 0 only when every
 * file was verified:
 * <ul>
 * <li>{@code --portal.storage.migrate=true}: copies the files of {@code portal.attachments.dir} (the disk store of a
 * single node) into the configured bucket ({@code portal.storage.type=s3});</li>
 * <li>{@code --portal.storage.export=<folder>}: copies every stored file into a folder (a backup of the bucket, laid out
 * like the disk store);</li>
 * <li>{@code --portal.storage.import=<folder>}: copies such a folder into the configured store (the restore);</li>
 * <li>{@code --portal.storage.verify=true}: reads every stored file back and checks it against its name.</li>
 * </ul>
 * Each source file is hashed as it is read and each copy read back from its target and hashed again.
 */
@Component
public class StorageCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StorageCommands.class);

    private final ContentStore configured;
    private final Path directory;
    private final boolean migrate;
    private final String exportTo;
    private final String importFrom;
    private final boolean verify;
    private final boolean exitAfterwards;
    private final ConfigurableApplicationContext context;

    StorageCommands(ContentStore configured, ConfigurableApplicationContext context,
                    @Value("${portal.attachments.dir:./data/attachments}") Path directory,
                    @Value("${portal.storage.migrate:false}") boolean migrate,
                    @Value("${portal.storage.export:}") String exportTo,
                    @Value("${portal.storage.import:}") String importFrom,
                    @Value("${portal.storage.verify:false}") boolean verify,
                    @Value("${portal.storage.command-exits:true}") boolean exitAfterwards) {
        this.configured = configured;
        this.context = context;
        this.directory = directory;
        this.migrate = migrate;
        this.exportTo = exportTo.strip();
        this.importFrom = importFrom.strip();
        this.verify = verify;
        this.exitAfterwards = exitAfterwards;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<StorageTransfer.Report> report = execute();
        if (report.isPresent() && exitAfterwards) {
            int status = report.get().ok() ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Runs the command the options name, if any; its report. */
    public Optional<StorageTransfer.Report> execute() {
        String name;
        StorageTransfer.Report report;
        if (migrate) {
            FilesystemContentStore disk = new FilesystemContentStore(directory);
            if (configured instanceof FilesystemContentStore && disk.location().equals(configured.location())) {
                throw new IllegalStateException("portal.storage.migrate copies " + disk.location()
                        + " into the bucket: set portal.storage.type=s3 and the bucket's portal.storage.s3.* first");
            }
            name = "migrate " + disk.location() + " -> " + configured.location();
            report = run(name, disk, configured);
        } else if (!exportTo.isEmpty()) {
            name = "export " + configured.location() + " -> " + exportTo;
            report = run(name, configured, new FilesystemContentStore(Path.of(exportTo)));
        } else if (!importFrom.isEmpty()) {
            name = "import " + importFrom + " -> " + configured.location();
            report = run(name, new FilesystemContentStore(Path.of(importFrom)), configured);
        } else if (verify) {
            name = "verify " + configured.location();
            log.info("storage command: {}", name);
            report = StorageTransfer.verify(configured);
        } else {
            return Optional.empty();
        }
        log(name, report);
        return Optional.of(report);
    }

    private static StorageTransfer.Report run(String name, ContentStore from, ContentStore to) {
        log.info("storage command: {}", name);
        return StorageTransfer.copy(from, to, progress -> log.info("{}: {}", name, progress));
    }

    private static void log(String name, StorageTransfer.Report report) {
        if (report.ok()) {
            log.info("storage command {}: {} — OK", name, report);
        } else {
            log.error("storage command {}: {} — NOT OK", name, report);
        }
    }
}
