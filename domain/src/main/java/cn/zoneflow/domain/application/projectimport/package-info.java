/**
 * Import of the project lists zones already keep: the template's columns, reading an .xlsx or UTF-8 .csv
 * upload within stated limits, checking every row before anything is written, and writing all rows or none.
 */
package cn.zoneflow.domain.application.projectimport;
