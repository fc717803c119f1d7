/**
 * Who is signed in: a form login for the screens and HTTP Basic for {@code /api} clients, both against the
 * user accounts in the database, whose passwords are salted PBKDF2 hashes.
 */
package cn.zoneflow.web.security;
