package cn.kunming.kjj.carrier.volume;

import cn.kunming.kjj.carrier.security.PasswordHashes;
import cn.kunming.kjj.carrier.volume.repository.JooqVolumeGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Profile {@code volume} (with {@code demo}): fills the database with the full multi-year volume the portal is
 * measured at (docs/benchmarks), once — a database that already holds it is left alone. Every generated account
 * signs in with the demo password. {@code portal.volume.exit=true} stops the portal when the volume is written.
 * Without the {@code demo} profile there is no demo password and the portal refuses to start: a production database
 * never receives generated data by a stray profile.
 */
@Component
@Profile("volume")
class VolumeGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);

    private final JooqVolumeGenerator generator;
    private final PasswordEncoder passwords;
    private final ConfigurableApplicationContext context;
    private final String password;
    private final double scale;
    private final int lastYear;
    private final boolean exit;

    VolumeGenerator(JooqVolumeGenerator generator, PasswordEncoder passwords, ConfigurableApplicationContext context,
                    @Value("${portal.demo.password}") String password,
                    @Value("${portal.volume.scale:1.0}") double scale,
                    @Value("${portal.volume.last-year:2026}") int lastYear,
                    @Value("${portal.volume.exit:false}") boolean exit) {
        this.generator = generator;
        this.passwords = passwords;
        this.context = context;
        this.password = password;
        this.scale = scale;
        this.lastYear = lastYear;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        VolumeSpec spec = scale == 1.0 ? VolumeSpec.full() : VolumeSpec.full().scaled(scale);
        if (generator.present(spec)) {
            log.info("volume: already present ({} dossiers or more); not generating", spec.dossiers());
        } else {
            long started = System.nanoTime();
            log.info("volume: generating {}", spec);
            generator.generate(spec, PasswordHashes.of(passwords, password), lastYear);
            log.info("volume: written in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
