# The portal's production image (used by docker-compose.yml). Builds the production jar with the Maven wrapper.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY db db
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/carrier-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app portal && mkdir -p /app/data && chown portal /app/data
WORKDIR /app
COPY --from=build /portal.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
