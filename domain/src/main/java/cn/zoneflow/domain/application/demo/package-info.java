/**
 * The demonstration data a fresh H2 installation starts with: the projects the bulletins name, a few hundred
 * plausible ones across every city and stage, and one user per role. Everything here is marked as demo data
 * and loaded once.
 */
package cn.zoneflow.domain.application.demo;
