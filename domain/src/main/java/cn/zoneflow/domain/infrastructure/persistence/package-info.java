/**
 * How the domain is stored: the database chosen by configuration (H2 file by default, MySQL/MariaDB for real
 * use), its schema by Flyway migrations, JPA converters for the value objects and the JPA repositories.
 */
package cn.zoneflow.domain.infrastructure.persistence;
