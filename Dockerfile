# Dostap server image: builds dostap.jar with Maven, runs it on a JRE 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/web/target/dostap.jar /app/dostap.jar
RUN mkdir -p /app/graph-cache /app/osm
EXPOSE 7070
# The arguments are dostap's: docker-compose.yml runs "serve --host 0.0.0.0 --port 7070 --db postgresql://...@db:5432/dostap";
# without --db the server uses the bundled data in memory. "docker compose run --rm dostap import --db ... --region SML" imports.
ENTRYPOINT ["java", "-jar", "/app/dostap.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "7070"]
