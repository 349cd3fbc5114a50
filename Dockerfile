# The portal's production image (used by docker-compose.yml). Builds the production jar with the Maven wrapper.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY db db
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/carrier-portal-*.jar /portal.jar \
    && java -Djarmode=tools -jar /portal.jar extract --destination /portal

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app portal && mkdir -p /app/data && chown portal /app/data
WORKDIR /app
# extracted (lib/ beside the jar), so that the JVM's AOT cache applies: deploy/start.sh makes it at the first start
COPY --from=build /portal /app/portal
COPY deploy/start.sh /app/start.sh
USER portal
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["/app/start.sh"]
