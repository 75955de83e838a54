package no.kompetansemidler.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run promises that data survives a restart; these are the servers that keep that promise. */
class LocalServersRestartIT {

    @TempDir
    Path data;

    @Test
    void postgres_keeps_its_rows_across_a_restart_on_the_same_data_directory() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(data, 0)) {
            execute(postgres, "CREATE TABLE survivor (name TEXT)", "INSERT INTO survivor VALUES ('Innlandet')");
        }
        try (LocalPostgres postgres = LocalPostgres.start(data, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER,
                     LocalPostgres.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Innlandet");
        }
    }

    @Test
    void kafka_keeps_its_records_across_a_stop_and_start() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(data, 0)) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("survivors", "innlandet-2027", "kept")).get(30, TimeUnit.SECONDS);
            }

            kafka.stop();
            kafka.start();

            assertThat(readAll(kafka, "survivors")).containsExactly("kept");
        }
    }

    private static List<String> readAll(LocalKafka kafka, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private static void execute(LocalPostgres postgres, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
