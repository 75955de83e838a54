package no.kompetansemidler.testsupport;

import no.kompetansemidler.local.LocalPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in Docker containers, for machines with a Docker engine. */
final class ContainerServers implements RealServers.Servers {

    static final String POSTGRES_IMAGE = "postgres:18-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private final PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
            .withDatabaseName(LocalPostgres.DATABASE)
            .withUsername(LocalPostgres.USER)
            .withPassword(LocalPostgres.PASSWORD);
    private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);

    ContainerServers() {
        postgres.start();
        kafka.start();
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl();
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    /** Pausing keeps the container's mapped port, so clients reconnect to the same address afterwards. */
    @Override
    public void stopKafka() {
        DockerClientFactory.instance().client().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        DockerClientFactory.instance().client().unpauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
