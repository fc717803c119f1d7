/**
 * 标准地: land a zone sells with its regional assessments done in advance and with the standards a project on it
 * must reach (investment intensity, output, tax per mu, energy use), so that the project skips what the
 * assessments cover and is measured against those standards when its output is evaluated.
 */
package cn.zoneflow.domain.model.land;
