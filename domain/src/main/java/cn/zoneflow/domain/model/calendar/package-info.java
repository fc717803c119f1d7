/**
 * The Chinese working-day calendar deadlines are counted in: weekends off, statutory holidays off, make-up
 * working days (调休) on. The calendar is data, year by year; a year without data is an error to report, never a
 * reason to fall back to Monday–Friday.
 */
package cn.zoneflow.domain.model.calendar;
