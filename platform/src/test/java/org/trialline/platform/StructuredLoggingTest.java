package org.trialline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trialline.sample.SampleServiceApplication;
import org.trialline.testsupport.RealInfrastructureInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    @Test
    void consoleShouldCarryJsonLinesWhenThePropertyAsksForThem(CapturedOutput output) {
        List<String> arguments = new ArrayList<>();
        RealInfrastructureInitializer.properties().forEach(property -> arguments.add("--" + property));
        arguments.add("--logging.structured.format.console=ecs");

        new SpringApplicationBuilder(SampleServiceApplication.class)
                .run(arguments.toArray(String[]::new))
                .close();

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> started = output.getOut()
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(json::readTree)
                .filter(event -> event.path("message").asString().startsWith("Started "))
                .toList();
        assertThat(started).hasSize(1);
        assertThat(started.get(0).path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(started.get(0).has("@timestamp")).isTrue();
    }
}
