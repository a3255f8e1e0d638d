package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Spark's Jackson Scala module refuses a jackson-databind of another minor version at session
 * start (Spark 4.1 fails so with this project's Jackson): the project's Jackson, which wins on
 * every class path, must stay on the minor version of the Jackson Spark was built with.
 */
class SparkJacksonTest {
  @Test
  void projectJacksonIsOnSparksJacksonMinorVersion() throws ReflectiveOperationException {
    Version project = new ObjectMapper().version();
    // The Scala module Spark ships (a Scala object: its instance is the static MODULE$).
    Module scala = (Module) Class.forName("com.fasterxml.jackson.module.scala.DefaultScalaModule$")
        .getField("MODULE$").get(null);
    Version spark = scala.version();
    assertThat(project.getMajorVersion() + "." + project.getMinorVersion())
        .as("jackson-databind %s (pom.xml jackson.version) vs the Jackson of Spark (%s)",
            project, spark)
        .isEqualTo(spark.getMajorVersion() + "." + spark.getMinorVersion());
  }
}
